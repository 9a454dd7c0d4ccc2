// The controller as the views see it: one PaneController for the pane's life (it remembers the
// workbook's sheet names, so commands stay at ≤ 2 syncs), the journal as React state, and a small
// hook for a command's busy/error state.
import * as React from "react";
import { PaneController } from "./controller";
import { paneMessage } from "./model";
import type { JournalState } from "./model";

const PaneContext = React.createContext<PaneController | null>(null);

export interface PaneProviderProps {
  /** A controller to use (tests, preview); default: one on the global Excel and Office. */
  controller?: PaneController;
  /** Learn the sheet names and the journal when the pane opens (1 sync). Default true. */
  refreshOnMount?: boolean;
  children?: React.ReactNode;
}

export function PaneProvider({
  controller,
  refreshOnMount = true,
  children,
}: PaneProviderProps): React.JSX.Element {
  const [pane] = React.useState(() => controller ?? new PaneController());
  React.useEffect(() => {
    // Outside Excel this fails quietly; the first command then says why.
    if (refreshOnMount) pane.refresh().catch(() => undefined);
  }, [pane, refreshOnMount]);
  return <PaneContext.Provider value={pane}>{children}</PaneContext.Provider>;
}

export function usePane(): PaneController {
  const pane = React.useContext(PaneContext);
  if (!pane) throw new Error("usePane outside PaneProvider");
  return pane;
}

/** The undo/marks journal, updated after every command. */
export function useJournal(): JournalState | null {
  const pane = usePane();
  return React.useSyncExternalStore(
    (cb) => pane.subscribe(cb),
    () => pane.journalState,
    () => pane.journalState
  );
}

export interface Task {
  busy: boolean;
  error: string | null;
  /** Run a command: busy while it runs, its error (in Vietnamese) kept for a MessageBar. */
  run<T>(fn: () => Promise<T>): Promise<T | undefined>;
  setError(message: string | null): void;
}

export function useTask(): Task {
  const [busy, setBusy] = React.useState(false);
  const [error, setError] = React.useState<string | null>(null);
  const mounted = React.useRef(true);
  React.useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);
  const run = React.useCallback(async <T,>(fn: () => Promise<T>): Promise<T | undefined> => {
    setBusy(true);
    setError(null);
    try {
      return await fn();
    } catch (e) {
      if (mounted.current) setError(paneMessage(e));
      return undefined;
    } finally {
      if (mounted.current) setBusy(false);
    }
  }, []);
  return { busy, error, run, setError };
}
