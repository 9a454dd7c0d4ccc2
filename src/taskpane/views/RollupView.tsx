import * as React from "react";
import {
  Body1,
  Button,
  Caption1,
  Field,
  Input,
  ProgressBar,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { PANE_MSG, STEP_LABEL } from "../../core/messages/taskpane";
import { REGIMES } from "../../core/regime";
import type { RegimeId } from "../../core/regime";
import type { UnitFailure } from "../../core/rollup";
import type { RollupOutcome } from "../model";
import { readUnitFiles } from "../../host/xlsx/unitFiles";
import {
  Busy,
  ErrorBar,
  FindingList,
  Intro,
  NoticeBar,
  UndoBlock,
  useViewStyles,
} from "../components";
import { usePane, useTask } from "../pane";

const M = PANE_MSG.rollup;

const dmy = (iso: string) => iso.split("-").reverse().join("/");

/**
 * Who rolls up, from the regimes' data (newest first): the province under NĐ 118/2025, the
 * district before it; only the pane's chosen regime when the setting names one. The units'
 * periods decide the roll-up's regime when it runs (core/rollup rollupRegime).
 */
export function rollupLevels(only: RegimeId | null): string[] {
  return [...REGIMES]
    .reverse()
    .filter((r) => !only || r.id === only)
    .map((r) => M.level(r.rollup.levelWord, dmy(r.from), r.to ? dmy(r.to) : null, r.name));
}

/** Names listed under "Đã chọn N tệp" before "… và N mục khác". */
const SHOWN_FILES = 6;

const useStyles = makeStyles({
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
  },
  fileName: {
    fontWeight: tokens.fontWeightSemibold,
  },
  warn: {
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorPaletteMarigoldForeground2,
  },
  progress: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
  },
});

/**
 * What makes a roll-up's figures doubtful, in a few words each: a unit counted twice, periods
 * that differ, files left out, units with errors, errors in the district form. Any of these makes
 * the headline a warning (issue 16 point 2), not a success.
 */
export function rollupProblems(r: RollupOutcome): string[] {
  const districtErrors = r.districtFindings.filter((f) => f.severity === "error").length;
  const out: string[] = [];
  if (r.duplicateNotes.length) out.push(M.problemDuplicate(r.duplicateNotes.length));
  if (r.periodNotes.length) out.push(M.problemPeriod(r.periodNotes.length));
  if (r.failures.length) out.push(M.problemFailed(r.failures.length));
  if (r.unitsWithErrors.length) out.push(M.problemErrors(r.unitsWithErrors.length));
  if (districtErrors) out.push(M.problemDistrict(districtErrors));
  return out;
}

type Phase = { kind: "reading"; done: number; total: number; name: string } | { kind: "writing" };

/** The "Tổng hợp" view: the wards' workbooks into new sheets of the open workbook (district roll-up). */
export function RollupView(): React.JSX.Element {
  const styles = useViewStyles();
  const own = useStyles();
  const pane = usePane();
  const task = useTask();
  const fileInput = React.useRef<HTMLInputElement>(null);
  const [unit, setUnit] = React.useState("");
  const [files, setFiles] = React.useState<File[]>([]);
  const [phase, setPhase] = React.useState<Phase | null>(null);
  const [failures, setFailures] = React.useState<UnitFailure[]>([]);
  const [done, setDone] = React.useState<RollupOutcome | null>(null);

  const onPick = (e: React.ChangeEvent<HTMLInputElement>) => {
    const picked = Array.from(e.target.files ?? []);
    e.target.value = "";
    if (picked.length === 0) return;
    setFiles(picked);
    setFailures([]);
    setDone(null);
    task.setError(null);
  };

  const onRollup = async () => {
    setDone(null);
    setFailures([]);
    const r = await task.run(async () => {
      try {
        const results = await readUnitFiles(files, (k, total, name) =>
          setPhase({ kind: "reading", done: k, total, name })
        );
        setFailures(results.flatMap((x) => (x.ok ? [] : [x.failure])));
        setPhase({ kind: "writing" });
        return await pane.rollup(results, { unit });
      } finally {
        setPhase(null);
      }
    });
    if (r) setDone(r);
  };

  const shownFiles = files.slice(0, SHOWN_FILES);
  return (
    <div className={styles.view}>
      <Intro>{M.intro(rollupLevels(pane.regime))}</Intro>
      <Field label={M.unit} hint={M.unitHint}>
        <Input
          value={unit}
          onChange={(_e, d) => setUnit(d.value)}
          placeholder={M.unitPlaceholder}
        />
      </Field>
      <div className={styles.section}>
        <div className={styles.actions}>
          <Button
            appearance="secondary"
            onClick={() => fileInput.current?.click()}
            disabledFocusable={task.busy}
          >
            {M.pick}
          </Button>
          <input
            ref={fileInput}
            type="file"
            multiple
            accept=".xlsx,.xls,.htm,.html"
            hidden
            aria-label={M.pickLabel}
            onChange={onPick}
          />
        </div>
        {files.length === 0 ? (
          <Caption1 className={styles.muted}>{M.noneChosen}</Caption1>
        ) : (
          <>
            <Caption1>{M.chosen(files.length)}</Caption1>
            <ul className={own.list} aria-label={M.chosenList}>
              {shownFiles.map((f, i) => (
                <li key={`${f.name}:${i}`}>
                  <Caption1>{f.name}</Caption1>
                </li>
              ))}
              {files.length > shownFiles.length && (
                <li>
                  <Caption1 className={styles.muted}>
                    {PANE_MSG.andMore(files.length - shownFiles.length)}
                  </Caption1>
                </li>
              )}
            </ul>
          </>
        )}
      </div>
      <div className={styles.actions}>
        <Button
          appearance="primary"
          onClick={onRollup}
          disabledFocusable={task.busy || files.length === 0}
        >
          {M.button}
        </Button>
        {task.busy && !phase && <Busy label={M.busy} />}
      </div>
      {phase && (
        <div className={own.progress} role="status">
          <ProgressBar
            aria-label={M.progressLabel}
            value={phase.kind === "reading" ? phase.done / Math.max(1, phase.total) : undefined}
            thickness="large"
          />
          <Caption1>
            {phase.kind === "reading"
              ? M.progress(Math.min(phase.done + 1, phase.total), phase.total, phase.name)
              : M.writing}
          </Caption1>
        </div>
      )}
      <ErrorBar message={task.error} />
      {done &&
        (rollupProblems(done).length > 0 ? (
          <NoticeBar intent="warning">
            {M.doneWarn(rollupProblems(done))} {M.sheetsAdded(Object.values(done.sheets))}
          </NoticeBar>
        ) : (
          <NoticeBar intent="success">{M.done(Object.values(done.sheets))}</NoticeBar>
        ))}
      {failures.length > 0 && (
        <section className={styles.section} aria-labelledby="rollup-failures">
          <NoticeBar intent="warning">
            <span id="rollup-failures">{M.badFiles(failures.length)}</span>
          </NoticeBar>
          <ul className={own.list} aria-label={M.badFiles(failures.length)}>
            {failures.map((f, i) => (
              <li key={`${f.file}:${i}`}>
                <Caption1>
                  <span className={own.fileName}>{f.file}</span>: {f.reason}
                </Caption1>
              </li>
            ))}
          </ul>
        </section>
      )}
      {done && <Summary outcome={done} onError={(m) => task.setError(m)} />}
      <UndoBlock steps={[STEP_LABEL.rollup]} onDone={() => setDone(null)} />
    </div>
  );
}

function Summary({
  outcome: r,
  onError,
}: {
  outcome: RollupOutcome;
  onError: (m: string) => void;
}): React.JSX.Element {
  const styles = useViewStyles();
  const own = useStyles();
  const errors = r.districtFindings.filter((f) => f.severity === "error").length;
  const items = (xs: string[]) => (
    <ul className={own.list}>
      {xs.map((x, i) => (
        <li key={i}>
          <Caption1>{x}</Caption1>
        </li>
      ))}
    </ul>
  );
  return (
    <>
      <section className={styles.section} aria-labelledby="rollup-summary">
        <h2 id="rollup-summary" className={styles.heading}>
          {M.summary}
        </h2>
        <Body1>{M.unitsRead(r.units, r.files)}</Body1>
        <Body1>{r.period ? M.period(r.period, r.periodUnits, r.units) : M.noPeriod}</Body1>
        <Body1>{M.totals(r.totals.received, r.totals.resolved, r.totals.pending)}</Body1>
        <Body1>{M.fields(r.fields.matched, r.fields.unmatched.length)}</Body1>
        {r.fields.unmatched.length > 0 && items(r.fields.unmatched)}
        {r.duplicateNotes.length > 0 && (
          <>
            <Body1 className={own.warn}>{M.duplicates}</Body1>
            {items(r.duplicateNotes)}
          </>
        )}
        <Body1>{M.unitsWithErrors(r.unitsWithErrors.length)}</Body1>
        {r.unitsWithErrors.length > 0 &&
          items(r.unitsWithErrors.map((u) => `${u.unit} (${u.file}): ${u.text}`))}
        <Body1>{M.periodMismatch(r.periodNotes.length)}</Body1>
        {r.periodNotes.length > 0 && items(r.periodNotes)}
        {r.otherNotes.length > 0 && (
          <>
            <Body1>{M.otherNotes}</Body1>
            {items(r.otherNotes)}
          </>
        )}
        <Body1>
          {r.districtFindings.length === 0
            ? M.districtClean(r.sheets.form06a)
            : M.districtFindings(r.sheets.form06a, errors, r.districtFindings.length - errors)}
        </Body1>
        {r.districtFindings.length > 0 && (
          <FindingList
            findings={r.districtFindings}
            label={M.districtFindings(r.sheets.form06a, errors, r.districtFindings.length - errors)}
            onError={onError}
          />
        )}
        <Caption1 className={styles.muted}>{M.details(r.sheets.problems)}</Caption1>
      </section>
    </>
  );
}
