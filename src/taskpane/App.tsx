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
import { PANE_MSG } from "../core/messages/taskpane";
import { StartView } from "./views/StartView";
import { Busy } from "./components";
import { NavContext, type ViewId } from "./nav";
import { PaneProvider } from "./pane";
import { loadEngine, type PaneController } from "./controller";

export type { ViewId } from "./nav";

// ------------------------------------------------------------------ views

interface ViewDefinition {
  id: ViewId;
  /** Tab label shown to the clerk. */
  label: string;
  Component: React.ComponentType;
}

/**
 * Each view but "Bắt đầu" is its own chunk, loaded when its tab is first opened (issue 16
 * point 9: the start-up script holds the shell and the first view only).
 */
const lazyView = <K extends string>(load: () => Promise<Record<K, React.ComponentType>>, name: K) =>
  React.lazy(() => load().then((m) => ({ default: m[name] })));

const T = PANE_MSG.tabs;
export const VIEWS: readonly ViewDefinition[] = [
  { id: "start", label: T.start, Component: StartView },
  {
    id: "check",
    label: T.check,
    Component: lazyView(
      () => import(/* webpackChunkName: "view-check" */ "./views/CheckView"),
      "CheckView"
    ),
  },
  {
    id: "fill",
    label: T.fill,
    Component: lazyView(
      () => import(/* webpackChunkName: "view-fill" */ "./views/FillView"),
      "FillView"
    ),
  },
  {
    id: "score",
    label: T.score,
    Component: lazyView(
      () => import(/* webpackChunkName: "view-score" */ "./views/ScoreView"),
      "ScoreView"
    ),
  },
  {
    id: "report",
    label: T.report,
    Component: lazyView(
      () => import(/* webpackChunkName: "view-report" */ "./views/ReportView"),
      "ReportView"
    ),
  },
  {
    id: "forms",
    label: T.forms,
    Component: lazyView(
      () => import(/* webpackChunkName: "view-forms" */ "./views/FormsView"),
      "FormsView"
    ),
  },
  {
    id: "rollup",
    label: T.rollup,
    Component: lazyView(
      () => import(/* webpackChunkName: "view-rollup" */ "./views/RollupView"),
      "RollupView"
    ),
  },
];

/** "Bắt đầu" opens first: the steps of the quarter and where this workbook stands. */
export const DEFAULT_VIEW: ViewId = "start";

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
  return (
    0.2126 * channel((n >> 16) & 255) + 0.7152 * channel((n >> 8) & 255) + 0.0722 * channel(n & 255)
  );
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
export function detectTheme(
  search: string = typeof window !== "undefined" ? window.location.search : ""
): ThemeName {
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
    const media =
      typeof window.matchMedia === "function"
        ? window.matchMedia("(prefers-color-scheme: dark)")
        : null;
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
    marginTop: tokens.spacingVerticalS,
  },
  nav: {
    // The steps stay in reach however far a long view is scrolled (issue 16 point 4).
    position: "sticky",
    top: 0,
    zIndex: 2,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    boxShadow: tokens.shadow2,
  },
  tabs: {
    // Seven Vietnamese labels do not fit in one row at 320 px: they wrap, in a sticky bar.
    flexWrap: "wrap",
    rowGap: 0,
    padding: `0 ${tokens.spacingHorizontalXXS}`,
    // Narrower tabs: the four steps fit on the first row at 320 px, the rest on the second.
    "& > .fui-Tab": {
      paddingLeft: tokens.spacingHorizontalXS,
      paddingRight: tokens.spacingHorizontalXS,
    },
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
  const focusPanel = React.useRef<ViewId | null>(null);

  const select = React.useCallback((view: ViewId) => {
    setSelected(view);
    setVisited((prev) => (prev.has(view) ? prev : new Set([...prev, view])));
    rememberView(view);
  }, []);
  const onTabSelect = React.useCallback(
    (_event: SelectTabEvent, data: SelectTabData) => {
      if (isViewId(data.value)) select(data.value);
    },
    [select]
  );
  // A view's "Mở thẻ …" button: show that view and put the focus on its panel, at the top.
  const go = React.useCallback(
    (view: ViewId) => {
      focusPanel.current = view;
      select(view);
    },
    [select]
  );
  React.useEffect(() => {
    if (focusPanel.current !== selected) return;
    focusPanel.current = null;
    const panel = document.getElementById(`panel-${selected}`);
    panel?.focus();
    panel?.scrollIntoView({ block: "nearest" });
  }, [selected]);
  // The engine (analysis, layouts) downloads right after the first paint, before a command needs it.
  React.useEffect(() => {
    loadEngine().catch(() => undefined);
  }, []);
  const nav = React.useMemo(() => ({ selected, go }), [selected, go]);

  return (
    <NavContext.Provider value={nav}>
      <header className={styles.header}>
        <Text as="h1" className={styles.title}>
          {PANE_MSG.shell.title}
        </Text>
        <Caption1 className={styles.subtitle}>{PANE_MSG.shell.subtitle}</Caption1>
        {/* Inside the banner landmark (axe "region"). */}
        {host.kind !== "excel" && (
          <MessageBar className={styles.notice} intent={host.kind === "other" ? "warning" : "info"}>
            <MessageBarBody>{HOST_NOTICE[host.kind]}</MessageBarBody>
          </MessageBar>
        )}
      </header>
      <nav className={styles.nav} aria-label={PANE_MSG.shell.nav}>
        <TabList
          className={styles.tabs}
          size="small"
          selectedValue={selected}
          onTabSelect={onTabSelect}
          aria-label={PANE_MSG.shell.nav}
        >
          {VIEWS.map((view) => (
            <Tab
              key={view.id}
              value={view.id}
              id={`tab-${view.id}`}
              aria-controls={`panel-${view.id}`}
            >
              {view.label}
            </Tab>
          ))}
        </TabList>
      </nav>
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
            <React.Suspense fallback={<Busy label={PANE_MSG.shell.loading} />}>
              <Component />
            </React.Suspense>
          </section>
        ))}
      </main>
    </NavContext.Provider>
  );
}

export function App(props: AppProps): React.JSX.Element {
  const theme = useThemeName();
  const styles = useStyles();
  return (
    <FluentProvider
      theme={theme === "dark" ? webDarkTheme : webLightTheme}
      className={styles.provider}
    >
      {/* Outside Office (plain browser) there is no workbook to look at when the pane opens. */}
      <PaneProvider
        controller={props.controller}
        refreshOnMount={props.host.kind === "excel" || props.host.kind === "fake"}
      >
        <Shell {...props} />
      </PaneProvider>
    </FluentProvider>
  );
}
