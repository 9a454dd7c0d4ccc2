// The task pane shell: theme, header, host notice and the six views as tabs.
// The views themselves live in ./views and are filled in by their own work;
// this file only arranges them.
import * as React from "react";
import {
  Caption1,
  FluentProvider,
  MessageBar,
  MessageBarBody,
  Tab,
  TabList,
  Text,
  createFocusOutlineStyle,
  makeStaticStyles,
  makeStyles,
  tokens,
  webDarkTheme,
  webLightTheme,
} from "@fluentui/react-components";
import type { SelectTabData, SelectTabEvent } from "@fluentui/react-components";
import { CheckView } from "./views/CheckView";
import { FillView } from "./views/FillView";
import { ScoreView } from "./views/ScoreView";
import { ReportView } from "./views/ReportView";
import { FormsView } from "./views/FormsView";
import { RollupView } from "./views/RollupView";
import { PaneProvider } from "./pane";
import type { PaneController } from "../host/excel/pane";

// ------------------------------------------------------------------ views

export type ViewId = "check" | "fill" | "score" | "report" | "forms" | "rollup";

interface ViewDefinition {
  id: ViewId;
  /** Tab label shown to the clerk. */
  label: string;
  Component: React.ComponentType;
}

export const VIEWS: readonly ViewDefinition[] = [
  { id: "check", label: "Kiểm tra", Component: CheckView },
  { id: "fill", label: "Điền số liệu", Component: FillView },
  { id: "score", label: "Chấm điểm", Component: ScoreView },
  { id: "report", label: "Tạo báo cáo", Component: ReportView },
  { id: "forms", label: "Tạo biểu mẫu", Component: FormsView },
  { id: "rollup", label: "Tổng hợp", Component: RollupView },
];

export const DEFAULT_VIEW: ViewId = "check";

function isViewId(value: unknown): value is ViewId {
  return VIEWS.some((v) => v.id === value);
}

/** The view named by `?view=…` (the ribbon's "Tạo báo cáo" button opens `?view=report`). */
export function viewFromSearch(search: string): ViewId {
  const requested = new URLSearchParams(search).get("view");
  return isViewId(requested) ? requested : DEFAULT_VIEW;
}

/** Keep `?view=` in step with the selected tab, so a reload of the pane stays there. */
function rememberView(view: ViewId): void {
  try {
    const url = new URL(window.location.href);
    url.searchParams.set("view", view);
    window.history.replaceState(window.history.state, "", url.toString());
  } catch {
    // A sandboxed frame may refuse; the selection still works.
  }
}

// ------------------------------------------------------------------- host

/** Where the pane runs, as far as the shell needs to know. */
export type HostStatus =
  | { kind: "excel"; platform: string | null }
  /** Opened with ?host=fake: the in-browser preview with a simulated workbook. */
  | { kind: "fake" }
  /** No Office host (plain browser, or Office.js could not load). */
  | { kind: "browser" }
  /** Office.js is present but has not answered Office.onReady yet. */
  | { kind: "waiting" }
  /** Another Office application (the manifest only targets Excel). */
  | { kind: "other"; host: string };

const HOST_NOTICE: Record<Exclude<HostStatus["kind"], "excel">, string> = {
  fake: "Chế độ xem thử: sổ làm việc mô phỏng, không phải Excel thật.",
  browser: "Đang mở ngoài Excel: các thao tác trên sổ làm việc chưa dùng được.",
  waiting: "Đang chờ kết nối với Excel…",
  other: "Tiện ích này chỉ dùng trong Excel.",
};

// ------------------------------------------------------------------ theme

export type ThemeName = "light" | "dark";

function readOfficeTheme(): Office.OfficeTheme | undefined {
  try {
    return typeof Office !== "undefined" ? Office.context?.officeTheme : undefined;
  } catch {
    return undefined;
  }
}

/** Relative luminance (0 black … 1 white) of "#rrggbb", or null if unreadable. */
function luminance(color: string | undefined): number | null {
  const m = /^#?([0-9a-f]{6})$/i.exec((color ?? "").trim());
  if (!m) return null;
  const n = parseInt(m[1], 16);
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
  };
  return 0.2126 * channel((n >> 16) & 255) + 0.7152 * channel((n >> 8) & 255) + 0.0722 * channel(n & 255);
}

function prefersDark(): boolean {
  return typeof window !== "undefined" && typeof window.matchMedia === "function"
    ? window.matchMedia("(prefers-color-scheme: dark)").matches
    : false;
}

/**
 * Light or dark, in this order: `?theme=` (preview and screenshots), Office's
 * theme (isDarkTheme, else the body background's luminance), the system's
 * colour scheme.
 */
export function detectTheme(search: string = typeof window !== "undefined" ? window.location.search : ""): ThemeName {
  const forced = new URLSearchParams(search).get("theme");
  if (forced === "dark" || forced === "light") return forced;
  const office = readOfficeTheme();
  if (office) {
    if (typeof office.isDarkTheme === "boolean") return office.isDarkTheme ? "dark" : "light";
    const lum = luminance(office.bodyBackgroundColor);
    if (lum !== null) return lum < 0.35 ? "dark" : "light";
  }
  return prefersDark() ? "dark" : "light";
}

/**
 * The current theme. Excel raises no theme-change event for task panes, so
 * the theme is read again when the pane regains focus; the system scheme is
 * followed live outside Office.
 */
function useThemeName(): ThemeName {
  const [theme, setTheme] = React.useState<ThemeName>(() => detectTheme());
  React.useEffect(() => {
    const refresh = () => setTheme(detectTheme());
    window.addEventListener("focus", refresh);
    const media = typeof window.matchMedia === "function" ? window.matchMedia("(prefers-color-scheme: dark)") : null;
    media?.addEventListener?.("change", refresh);
    return () => {
      window.removeEventListener("focus", refresh);
      media?.removeEventListener?.("change", refresh);
    };
  }, []);
  return theme;
}

// ----------------------------------------------------------------- styles

const useGlobalStyles = makeStaticStyles({
  "html, body": { margin: 0, padding: 0, minHeight: "100%" },
});

const useStyles = makeStyles({
  provider: {
    minHeight: "100vh",
    display: "flex",
    flexDirection: "column",
  },
  header: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM} ${tokens.spacingVerticalS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  title: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    fontWeight: tokens.fontWeightSemibold,
  },
  subtitle: {
    color: tokens.colorNeutralForeground3,
  },
  notice: {
    margin: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM} 0`,
  },
  tabs: {
    // Six Vietnamese labels do not fit in one row at 320 px: let them wrap.
    flexWrap: "wrap",
    rowGap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  main: {
    flexGrow: 1,
    minWidth: 0,
  },
  panel: {
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    overflowWrap: "anywhere",
    ...createFocusOutlineStyle({ style: { outlineOffset: "-2px" } }),
  },
});

// ------------------------------------------------------------------- shell

export interface AppProps {
  initialView: ViewId;
  host: HostStatus;
  /** The controller the views use (preview, tests); default: one on the global Excel and Office. */
  controller?: PaneController;
}

function Shell({ initialView, host }: AppProps): React.JSX.Element {
  useGlobalStyles();
  const styles = useStyles();
  const [selected, setSelected] = React.useState<ViewId>(initialView);
  // A view is mounted on first visit and then kept (hidden), so switching tabs
  // does not lose its state or re-read the workbook.
  const [visited, setVisited] = React.useState<ReadonlySet<ViewId>>(() => new Set([initialView]));

  const onTabSelect = React.useCallback((_event: SelectTabEvent, data: SelectTabData) => {
    if (!isViewId(data.value)) return;
    const view = data.value;
    setSelected(view);
    setVisited((prev) => (prev.has(view) ? prev : new Set([...prev, view])));
    rememberView(view);
  }, []);

  return (
    <>
      <header className={styles.header}>
        <Text as="h1" className={styles.title}>
          Báo cáo TTHC
        </Text>
        <Caption1 className={styles.subtitle}>Kiểm soát thủ tục hành chính hằng quý</Caption1>
      </header>
      {host.kind !== "excel" && (
        <MessageBar className={styles.notice} intent={host.kind === "other" ? "warning" : "info"}>
          <MessageBarBody>{HOST_NOTICE[host.kind]}</MessageBarBody>
        </MessageBar>
      )}
      <TabList
        className={styles.tabs}
        size="small"
        selectedValue={selected}
        onTabSelect={onTabSelect}
        aria-label="Chức năng"
      >
        {VIEWS.map((view) => (
          <Tab key={view.id} value={view.id} id={`tab-${view.id}`} aria-controls={`panel-${view.id}`}>
            {view.label}
          </Tab>
        ))}
      </TabList>
      <main className={styles.main}>
        {VIEWS.filter((view) => visited.has(view.id)).map(({ id, Component }) => (
          <section
            key={id}
            id={`panel-${id}`}
            role="tabpanel"
            aria-labelledby={`tab-${id}`}
            hidden={id !== selected}
            tabIndex={0}
            className={styles.panel}
          >
            <Component />
          </section>
        ))}
      </main>
    </>
  );
}

export function App(props: AppProps): React.JSX.Element {
  const theme = useThemeName();
  const styles = useStyles();
  return (
    <FluentProvider theme={theme === "dark" ? webDarkTheme : webLightTheme} className={styles.provider}>
      {/* Outside Office (plain browser) there is no workbook to look at when the pane opens. */}
      <PaneProvider controller={props.controller} refreshOnMount={props.host.kind === "excel" || props.host.kind === "fake"}>
        <Shell {...props} />
      </PaneProvider>
    </FluentProvider>
  );
}
