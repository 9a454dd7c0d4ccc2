import * as React from "react";
import {
  Body1,
  Button,
  Caption1,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import { PANE_MSG, STEP_LABEL } from "../../core/messages/taskpane";
import type { CheckOutcome, ConvertOutcome } from "../model";
import {
  ActionRow,
  FindingGroups,
  Intro,
  NoFormNotice,
  NoticeBar,
  UndoBlock,
  useViewStyles,
} from "../components";
import { useJournal, usePane, useTask } from "../pane";

const M = PANE_MSG.check;

const useStyles = makeStyles({
  counts: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalS,
  },
  count: {
    display: "inline-flex",
    alignItems: "baseline",
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    fontWeight: tokens.fontWeightSemibold,
  },
  errors: {
    backgroundColor: tokens.colorPaletteRedBackground1,
    color: tokens.colorPaletteRedForeground1,
  },
  warnings: {
    backgroundColor: tokens.colorPaletteMarigoldBackground1,
    color: tokens.colorPaletteMarigoldForeground2,
  },
  none: {
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground2,
  },
});

/** The "Kiểm tra" view: check and mark the workbook, list the findings, clear the marks. */
export function CheckView(): React.JSX.Element {
  const styles = useViewStyles();
  const own = useStyles();
  const pane = usePane();
  const task = useTask();
  const [outcome, setOutcome] = React.useState<CheckOutcome | null>(null);
  const [note, setNote] = React.useState<string | null>(null);
  const [converted, setConverted] = React.useState<ConvertOutcome | null>(null);
  const [showUndo, setShowUndo] = React.useState(false);
  const journal = useJournal();
  const lastIsConvert =
    !!journal &&
    journal.undo.length > 0 &&
    journal.undo[journal.undo.length - 1].label === STEP_LABEL.convert;
  const [converting, setConverting] = React.useState(false);

  const onCheck = async () => {
    setNote(null);
    setConverted(null);
    setShowUndo(false);
    const r = await task.run(() => pane.check());
    if (r) setOutcome(r);
  };
  const onConvert = async () => {
    setNote(null);
    setConverting(true);
    const r = await task.run(() => pane.convertLegacy());
    setConverting(false);
    if (!r) return;
    setConverted(r);
    setShowUndo(true);
  };
  const onClear = async () => {
    setNote(null);
    const r = await task.run(() => pane.clearMarks());
    if (!r) return;
    setNote(M.cleared(r.cleared));
    // "Đã tô màu …" belonged to the check; the marks are gone now.
    setOutcome((o) => (o ? { ...o, marked: null } : o));
  };

  const marked = outcome?.marked ? M.marked(outcome.marked.marked, outcome.marked.via) : "";
  return (
    <div className={styles.view}>
      <Intro>{M.intro}</Intro>
      <ActionRow
        actions={[
          { label: M.button, onClick: onCheck, appearance: "primary" },
          { label: M.clear, onClick: onClear, appearance: "secondary" },
        ]}
        task={task}
        busyLabel={converting ? M.converting : M.busy}
      />
      {note && <NoticeBar intent="info">{note}</NoticeBar>}
      {!outcome && !task.busy && !task.error && (
        <Caption1 className={styles.muted}>{M.notFirst}</Caption1>
      )}
      {outcome && (
        <>
          {outcome.form ? (
            <div className={styles.section}>
              <Body1>{M.form(outcome.form.sheet, outcome.form.range, outcome.form.rows)}</Body1>
              {outcome.form.period && (
                <Caption1 className={styles.muted}>{M.period(outcome.form.period)}</Caption1>
              )}
            </div>
          ) : (
            <NoFormNotice reason={outcome.formError} />
          )}
          {outcome.legacy && !converted && (
            <div className={styles.section}>
              <NoticeBar intent="warning">
                {M.legacy(outcome.legacy.name, outcome.legacy.encoding)}
              </NoticeBar>
              <div className={styles.actions}>
                <Button appearance="secondary" onClick={onConvert} disabledFocusable={task.busy}>
                  {M.convert}
                </Button>
              </div>
              <Caption1 className={styles.muted}>{M.convertHint}</Caption1>
            </div>
          )}
          {converted && (
            <NoticeBar intent="success">
              {converted.converted > 0
                ? M.converted(converted.converted, converted.fonts)
                : M.convertNothing}
            </NoticeBar>
          )}
          {(showUndo || lastIsConvert) && (
            <UndoBlock steps={[STEP_LABEL.convert]} onDone={() => setConverted(null)} />
          )}
          {/* Without a form there is nothing to count: no "0 lỗi" that reads as "all fine". */}
          {(outcome.form || outcome.findings.length > 0) && (
            <div className={own.counts} role="status" aria-label={M.summaryLabel}>
              <span className={mergeClasses(own.count, outcome.errors ? own.errors : own.none)}>
                {M.errors(outcome.errors)}
              </span>
              <span className={mergeClasses(own.count, outcome.warnings ? own.warnings : own.none)}>
                {M.warnings(outcome.warnings)}
              </span>
            </div>
          )}
          {outcome.findings.length === 0 ? (
            outcome.form && (
              <NoticeBar intent="success">
                {M.empty} {M.emptyHint}
              </NoticeBar>
            )
          ) : (
            <>
              {marked && <Caption1>{marked}</Caption1>}
              <Caption1 className={styles.muted}>{M.selectHint}</Caption1>
              <FindingGroups findings={outcome.findings} onError={(m) => task.setError(m)} />
            </>
          )}
        </>
      )}
    </div>
  );
}
