import * as React from "react";
import {
  Body1,
  Button,
  Caption1,
  Link,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import { PANE_MSG } from "../../core/messages/taskpane";
import type { StepsStatus } from "../model";
import { Busy, ErrorBar, Intro, NoFormNotice, useViewStyles } from "../components";
import { useNav, type ViewId } from "../nav";
import { usePane, useTask } from "../pane";

const M = PANE_MSG.start;
/** The user guide, built next to taskpane.html (docs → dist/huong-dan.html). */
export const GUIDE_URL = "huong-dan.html";

type StepState = "todo" | "errors" | "done" | "unknown";

interface Step {
  view: ViewId;
  label: string;
  what: string;
  state: StepState;
  detail: string;
}

const useStyles = makeStyles({
  steps: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    counterReset: "step",
  },
  step: {
    display: "grid",
    gridTemplateColumns: "auto 1fr",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
    padding: tokens.spacingVerticalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderLeftWidth: tokens.strokeWidthThickest,
    borderRadius: tokens.borderRadiusMedium,
  },
  no: {
    gridRow: "1 / span 3",
    fontWeight: tokens.fontWeightSemibold,
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    color: tokens.colorNeutralForeground3,
  },
  head: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "baseline",
    columnGap: tokens.spacingHorizontalS,
  },
  name: { fontWeight: tokens.fontWeightSemibold },
  badge: {
    padding: `0 ${tokens.spacingHorizontalXS}`,
    borderRadius: tokens.borderRadiusMedium,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    fontWeight: tokens.fontWeightSemibold,
  },
  todo: { backgroundColor: tokens.colorNeutralBackground3, color: tokens.colorNeutralForeground2 },
  unknown: {
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground2,
  },
  errors: {
    backgroundColor: tokens.colorPaletteRedBackground1,
    color: tokens.colorPaletteRedForeground1,
  },
  done: {
    backgroundColor: tokens.colorPaletteGreenBackground1,
    color: tokens.colorPaletteGreenForeground1,
  },
  borderTodo: { borderLeftColor: tokens.colorNeutralStroke1 },
  borderUnknown: { borderLeftColor: tokens.colorNeutralStroke1 },
  borderErrors: { borderLeftColor: tokens.colorPaletteRedBorder2 },
  borderDone: { borderLeftColor: tokens.colorPaletteGreenBorder2 },
  go: { justifySelf: "start" },
});

export function stepsOf(s: StepsStatus | null): Step[] {
  const T = PANE_MSG.tabs;
  const unknown = { state: "unknown" as const, detail: "" };
  const noForm = !s || !s.form;
  return [
    {
      view: "check",
      label: T.check,
      what: M.check.what,
      ...(!s
        ? unknown
        : noForm
          ? { state: "todo", detail: M.noForm }
          : s.errors > 0
            ? { state: "errors", detail: M.check.errors(s.errors, s.warnings) }
            : {
                state: "done",
                detail: s.warnings > 0 ? M.check.warnings(s.warnings) : M.check.clean,
              }),
    },
    {
      view: "fill",
      label: T.fill,
      what: M.fill.what,
      ...(!s
        ? unknown
        : noForm
          ? { state: "todo", detail: M.noForm }
          : s.toFill > 0
            ? { state: "todo", detail: M.fill.todo(s.toFill) }
            : { state: "done", detail: M.fill.done }),
    },
    {
      view: "score",
      label: T.score,
      // Under NĐ 118/2025 the decree's evaluation has no points (Điều 33.1); a province's nine-index
      // sheet is still scored when the workbook has one.
      what: !s
        ? M.score.whatAny
        : s.regime.model === "art33-contents" && !s.evaluation
          ? M.score.whatArt33
          : M.score.what,
      ...(!s
        ? unknown
        : s.evaluation
          ? s.grade
            ? { state: "done", detail: M.score.grade(s.grade) }
            : { state: "todo", detail: M.score.noGrade }
          : s.regime.model === "art33-contents"
            ? s.art33
              ? { state: "done", detail: M.score.art33(s.art33) }
              : { state: "todo", detail: M.score.noneArt33 }
            : { state: "todo", detail: M.score.none }),
    },
    {
      view: "report",
      label: T.report,
      what: M.report.what,
      ...(!s
        ? unknown
        : s.reported
          ? { state: "done", detail: M.report.done }
          : { state: "todo", detail: noForm ? M.noForm : M.report.todo }),
    },
  ];
}

/** Opens the user guide in a browser window (Office) or a new tab (elsewhere). */
function openGuide(e: React.MouseEvent<HTMLAnchorElement>): void {
  const ui =
    typeof Office !== "undefined"
      ? (Office.context?.ui as { openBrowserWindow?: (url: string) => void } | undefined)
      : undefined;
  if (!ui || typeof ui.openBrowserWindow !== "function") return; // the <a target="_blank"> does it
  try {
    ui.openBrowserWindow(new URL(GUIDE_URL, window.location.href).toString());
    e.preventDefault();
  } catch {
    // Fall back to the link itself.
  }
}

/** "Bắt đầu": the quarter's four steps in order, each with its state in this workbook, and the guide. */
export function StartView(): React.JSX.Element {
  const styles = useViewStyles();
  const own = useStyles();
  const pane = usePane();
  const task = useTask();
  const nav = useNav();
  const [status, setStatus] = React.useState<StepsStatus | null>(null);
  const { run } = task;

  const read = React.useCallback(async () => {
    const r = await run(() => pane.status());
    if (r) setStatus(r);
  }, [pane, run]);
  // Read again each time the clerk comes back to this view (the other steps change the workbook).
  React.useEffect(() => {
    if (nav.selected === "start") void read();
  }, [nav.selected, read]);

  const steps = stepsOf(status);
  const badge = { todo: own.todo, errors: own.errors, done: own.done, unknown: own.unknown };
  const border = {
    todo: own.borderTodo,
    errors: own.borderErrors,
    done: own.borderDone,
    unknown: own.borderUnknown,
  };
  return (
    <div className={styles.view}>
      <Intro>{M.intro}</Intro>
      {status && !status.form && <NoFormNotice reason={status.formError} />}
      {status?.form && (
        <Caption1 className={styles.muted}>
          {M.form(status.form.sheet, status.form.period)}
        </Caption1>
      )}
      <ol className={own.steps} aria-label={M.stepsLabel}>
        {steps.map((s, i) => (
          <li key={s.view} className={mergeClasses(own.step, border[s.state])} data-state={s.state}>
            <span className={own.no} aria-hidden="true">
              {i + 1}
            </span>
            <span className={own.head}>
              <span className={own.name}>{s.label}</span>
              <span className={mergeClasses(own.badge, badge[s.state])}>{M.state[s.state]}</span>
            </span>
            <Caption1>
              {s.what}
              {s.detail && ` ${s.detail}`}
            </Caption1>
            <Button
              className={own.go}
              size="small"
              appearance={s.state === "done" ? "subtle" : "secondary"}
              onClick={() => nav.go(s.view)}
            >
              {M.go(s.label)}
            </Button>
          </li>
        ))}
      </ol>
      <div className={styles.actions}>
        <Button appearance="secondary" onClick={read} disabledFocusable={task.busy}>
          {M.refresh}
        </Button>
        {task.busy && <Busy label={M.reading} />}
      </div>
      <ErrorBar message={task.error} />
      <Body1>
        <Link href={GUIDE_URL} target="_blank" rel="noopener" onClick={openGuide}>
          {M.guide}
        </Link>
      </Body1>
      <Caption1 className={styles.muted}>
        {status ? M.otherFor(status.regime.rollupLevel, status.regime.rollupMembers) : M.other}
      </Caption1>
    </div>
  );
}
