// Pieces the views share: the findings list (click or Enter selects the cell in Excel), the
// "Hoàn tác" block, busy and error lines, and the layout styles.
import * as React from "react";
import {
  Body1,
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  Spinner,
  makeStyles,
  mergeClasses,
  tokens,
  useArrowNavigationGroup,
} from "@fluentui/react-components";
import type { Severity } from "../core/grid";
import { PANE_MSG } from "../core/messages/taskpane";
import type { PaneFinding } from "./model";
import { useNav } from "./nav";
import { type Task, useJournal, usePane, useTask } from "./pane";

export const useViewStyles = makeStyles({
  view: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    maxWidth: "720px",
  },
  intro: {
    color: tokens.colorNeutralForeground2,
  },
  actions: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalS,
    alignItems: "center",
  },
  section: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
  },
  heading: {
    margin: 0,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    fontWeight: tokens.fontWeightSemibold,
  },
  muted: {
    color: tokens.colorNeutralForeground3,
  },
  table: {
    borderCollapse: "collapse",
    width: "100%",
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    "& th, & td": {
      borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
      padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXS}`,
      verticalAlign: "top",
      textAlign: "left",
    },
    // Figures line up on the right (the rule above would otherwise win over a class).
    "& th[data-num], & td[data-num]": {
      textAlign: "right",
      fontVariantNumeric: "tabular-nums",
      whiteSpace: "nowrap",
    },
    "& th": {
      fontWeight: tokens.fontWeightSemibold,
      color: tokens.colorNeutralForeground2,
      // The panel lets long text break anywhere; headers break between words only.
      overflowWrap: "normal",
      wordBreak: "keep-all",
    },
  },
  num: {
    textAlign: "right",
    fontVariantNumeric: "tabular-nums",
  },
  /** A hint under a checkbox, aligned with its label. */
  checkboxHint: {
    paddingLeft: "36px",
    marginTop: `calc(-1 * ${tokens.spacingVerticalS})`,
  },
  caption: {
    textAlign: "left",
    fontWeight: tokens.fontWeightSemibold,
    padding: `${tokens.spacingVerticalXS} 0`,
  },
  cellRef: {
    whiteSpace: "nowrap",
    width: "1%",
    fontWeight: tokens.fontWeightSemibold,
  },
  strong: {
    fontWeight: tokens.fontWeightSemibold,
  },
});

const useListStyles = makeStyles({
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
  },
  item: {
    display: "flex",
  },
  button: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    rowGap: tokens.spacingVerticalXXS,
    width: "100%",
    textAlign: "left",
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderLeftWidth: tokens.strokeWidthThickest,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
    ":active": { backgroundColor: tokens.colorNeutralBackground1Pressed },
    ":focus-visible": {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: "1px",
    },
  },
  error: { borderLeftColor: tokens.colorPaletteRedBorder2 },
  warning: { borderLeftColor: tokens.colorPaletteMarigoldBorder2 },
  cell: {
    fontWeight: tokens.fontWeightSemibold,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  cellError: { color: tokens.colorPaletteRedForeground1 },
  cellWarning: { color: tokens.colorPaletteMarigoldForeground2 },
  message: {
    overflowWrap: "anywhere",
  },
});

export interface FindingListProps {
  findings: PaneFinding[];
  /** Accessible name of the list. */
  label: string;
  /** Called with an error message when selecting the cell failed. */
  onError?: (message: string) => void;
}

/** One list item per finding; each is a button: click or Enter selects its cell in Excel. Arrow keys move. */
export function FindingList({ findings, label, onError }: FindingListProps): React.JSX.Element {
  const styles = useListStyles();
  const pane = usePane();
  const arrows = useArrowNavigationGroup({ axis: "vertical", memorizeCurrent: true });
  const select = (f: PaneFinding) => {
    pane.select(f).catch((e: unknown) => onError?.(e instanceof Error ? e.message : String(e)));
  };
  return (
    <ul className={styles.list} aria-label={label} {...arrows}>
      {findings.map((f, i) => (
        <li key={`${f.cell}:${f.rule}:${i}`} className={styles.item}>
          <button
            type="button"
            className={mergeClasses(
              styles.button,
              f.severity === "error" ? styles.error : styles.warning
            )}
            onClick={() => select(f)}
            title={PANE_MSG.findingLabel(f.cell, f.severity, f.message)}
          >
            <span
              className={mergeClasses(
                styles.cell,
                f.severity === "error" ? styles.cellError : styles.cellWarning
              )}
            >
              {f.cell}
            </span>
            <span className={styles.message}>{f.message}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}

/** Findings split into "Lỗi (n)" and "Cảnh báo (n)" sections. */
export function FindingGroups({
  findings,
  onError,
}: {
  findings: PaneFinding[];
  onError?: (m: string) => void;
}): React.JSX.Element {
  const styles = useViewStyles();
  const id = React.useId();
  const groups: { severity: Severity; items: PaneFinding[] }[] = [
    { severity: "error" as const, items: findings.filter((f) => f.severity === "error") },
    { severity: "warning" as const, items: findings.filter((f) => f.severity === "warning") },
  ].filter((g) => g.items.length > 0);
  return (
    <>
      {groups.map((g) => (
        <section
          key={g.severity}
          className={styles.section}
          aria-labelledby={`${id}-${g.severity}`}
        >
          <h2 id={`${id}-${g.severity}`} className={styles.heading}>
            {g.severity === "error"
              ? PANE_MSG.check.groupErrors(g.items.length)
              : PANE_MSG.check.groupWarnings(g.items.length)}
          </h2>
          <FindingList
            findings={g.items}
            label={g.severity === "error" ? PANE_MSG.check.listErrors : PANE_MSG.check.listWarnings}
            onError={onError}
          />
        </section>
      ))}
    </>
  );
}

export function Busy({ label }: { label: string }): React.JSX.Element {
  return <Spinner size="tiny" label={label} labelPosition="after" role="status" />;
}

/** One button of a view's action row. */
export interface ViewAction {
  label: string;
  onClick: () => void;
  appearance: "primary" | "secondary";
}

/**
 * A view's action row: its buttons (focusable but unusable while the view's task runs), the spinner
 * after them while it runs, and the task's error below.
 */
export function ActionRow({
  actions,
  task,
  busyLabel,
}: {
  actions: ViewAction[];
  task: Pick<Task, "busy" | "error">;
  busyLabel: string;
}): React.JSX.Element {
  const styles = useViewStyles();
  return (
    <>
      <div className={styles.actions}>
        {actions.map((a) => (
          <Button
            key={a.label}
            appearance={a.appearance}
            onClick={a.onClick}
            disabledFocusable={task.busy}
          >
            {a.label}
          </Button>
        ))}
        {task.busy && <Busy label={busyLabel} />}
      </div>
      <ErrorBar message={task.error} />
    </>
  );
}

export function ErrorBar({ message }: { message: string | null }): React.JSX.Element | null {
  if (!message) return null;
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>{message}</MessageBarBody>
    </MessageBar>
  );
}

export function NoticeBar({
  intent,
  children,
}: {
  intent: "success" | "info" | "warning" | "error";
  children: React.ReactNode;
}): React.JSX.Element {
  return (
    <MessageBar intent={intent} layout="multiline">
      <MessageBarBody>{children}</MessageBarBody>
    </MessageBar>
  );
}

/**
 * "Hoàn tác" of a view: offered only while the journal's last step is one this view made
 * (`steps`: its STEP_LABELs), and says which step it undoes. A later step of another view is
 * named, not offered: undo goes back in order, and Tổng hợp must not undo Tạo biểu mẫu.
 */
export function UndoBlock({
  steps,
  onDone,
}: {
  steps: readonly string[];
  onDone?: () => void;
}): React.JSX.Element | null {
  const styles = useViewStyles();
  const pane = usePane();
  const journal = useJournal();
  const task = useTask();
  const [done, setDone] = React.useState<string | null>(null);
  const latest = journal && journal.undo.length > 0 ? journal.undo[journal.undo.length - 1] : null;
  const mine = !!latest && steps.includes(latest.label ?? "");
  const last = mine ? latest : null;
  // While an undo runs the journal already lacks its step: keep the button (and its focus) until it ends.
  if (!mine && !done && !task.error && !task.busy) {
    return latest?.label ? (
      <Caption1 className={styles.muted}>{PANE_MSG.undoElsewhere(latest.label)}</Caption1>
    ) : null;
  }
  const onUndo = async () => {
    setDone(null);
    const r = await task.run(() => pane.undo());
    if (!r) return;
    const parts = [r.done ? PANE_MSG.undone(r.label ?? null, r.restored) : (r.message ?? "")];
    if (r.deletedSheets.length) parts.push(PANE_MSG.undoDeletedSheets(r.deletedSheets));
    if (r.done && r.message) parts.push(r.message);
    setDone(parts.filter(Boolean).join(" "));
    onDone?.();
  };
  return (
    <div className={styles.section}>
      <div className={styles.actions}>
        <Button appearance="secondary" disabledFocusable={!last || task.busy} onClick={onUndo}>
          {PANE_MSG.undo}
        </Button>
        {task.busy ? (
          <Busy label={PANE_MSG.working} />
        ) : (
          <Caption1 className={styles.muted}>
            {PANE_MSG.undoHint(last ? (last.label ?? "") || null : null)}
          </Caption1>
        )}
      </div>
      <ErrorBar message={task.error} />
      {done && <NoticeBar intent="success">{done}</NoticeBar>}
    </div>
  );
}

/** No Biểu 06a in the workbook: say so, no counts, and point to "Tạo biểu mẫu" (issue 16 point 1). */
export function NoFormNotice({ reason }: { reason: string | null }): React.JSX.Element {
  const styles = useViewStyles();
  const nav = useNav();
  return (
    <div className={styles.section} data-testid="no-form">
      <NoticeBar intent="warning">{PANE_MSG.noForm(reason)}</NoticeBar>
      <div className={styles.actions}>
        <Button appearance="secondary" size="small" onClick={() => nav.go("forms")}>
          {PANE_MSG.openForms}
        </Button>
      </div>
    </div>
  );
}

/** A part of a view shown on demand (long tables), so the view stays short at 320 px. */
export function Details({
  summary,
  children,
  open,
}: {
  summary: string;
  children: React.ReactNode;
  open?: boolean;
}): React.JSX.Element {
  const styles = useDetailsStyles();
  return (
    <details className={styles.details} open={open}>
      <summary className={styles.summary}>{summary}</summary>
      <div className={styles.body}>{children}</div>
    </details>
  );
}

const useDetailsStyles = makeStyles({
  details: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  summary: {
    cursor: "pointer",
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorBrandForeground1,
    ":focus-visible": {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: "-2px",
    },
  },
  body: {
    padding: `0 ${tokens.spacingHorizontalXS} ${tokens.spacingVerticalS}`,
  },
});

export function Intro({ children }: { children: React.ReactNode }): React.JSX.Element {
  const styles = useViewStyles();
  return <Body1 className={styles.intro}>{children}</Body1>;
}
