import * as React from "react";
import { Body1, Button, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { EVAL_LEVELS } from "../../core/messages/evaluation";
import { PANE_MSG, STEP_LABEL } from "../../core/messages/taskpane";
import { fmtPercent, fmtScore } from "../../core/text/numbers";
import type { ApplyOutcome, ScoreOutcome } from "../model";
import {
  Busy,
  Details,
  ErrorBar,
  FindingList,
  Intro,
  NoticeBar,
  UndoBlock,
  useViewStyles,
} from "../components";
import { usePane, useTask } from "../pane";

const M = PANE_MSG.score;

const useStyles = makeStyles({
  nameCell: {
    minWidth: "96px",
    overflowWrap: "anywhere",
  },
  totalRow: {
    fontWeight: tokens.fontWeightSemibold,
  },
  grade: {
    fontWeight: tokens.fontWeightSemibold,
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
  },
  levels: {
    display: "grid",
    gridTemplateColumns: "1fr auto",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
    "& dt": { margin: 0 },
    "& dd": { margin: 0, textAlign: "right", fontVariantNumeric: "tabular-nums" },
  },
});

const pts = (v: number | null) => (v === null ? M.empty : fmtScore(v));

/** The "Chấm điểm" view: the nine indices, total, grade, ballots, satisfaction; fill the evaluation sheet. */
export function ScoreView(): React.JSX.Element {
  const styles = useViewStyles();
  const own = useStyles();
  const pane = usePane();
  const task = useTask();
  const [outcome, setOutcome] = React.useState<ScoreOutcome | null>(null);
  const [filled, setFilled] = React.useState<ApplyOutcome | null>(null);

  const onScore = async () => {
    setFilled(null);
    const r = await task.run(() => pane.score());
    if (r) setOutcome(r);
  };
  const onFill = async () => {
    const r = await task.run(async () => {
      const f = await pane.fillEvaluation();
      return { f, s: await pane.score() };
    });
    if (r) {
      setFilled(r.f);
      setOutcome(r.s);
    }
  };

  const result = outcome?.result ?? null;
  const shares = result
    ? [
        result.satisfaction.veryDissatisfied,
        result.satisfaction.dissatisfied,
        result.satisfaction.neutral,
        result.satisfaction.satisfied,
        result.satisfaction.verySatisfied,
      ]
    : [];
  return (
    <div className={styles.view}>
      <Intro>{M.intro}</Intro>
      <div className={styles.actions}>
        <Button appearance="primary" onClick={onScore} disabledFocusable={task.busy}>
          {M.button}
        </Button>
        <Button appearance="secondary" onClick={onFill} disabledFocusable={task.busy || !result}>
          {M.fillButton}
        </Button>
        {task.busy && <Busy label={M.busy} />}
      </div>
      <ErrorBar message={task.error} />
      {filled && (
        <NoticeBar intent={filled.written > 0 ? "success" : "info"}>
          {M.filled(filled.written)}
          {filled.conflicts.length > 0 &&
            ` ${PANE_MSG.fill.conflicts(filled.conflicts.length)} ${filled.conflicts.map((c) => c.cell).join(", ")}`}
        </NoticeBar>
      )}
      {outcome && !result && <NoticeBar intent="warning">{M.none}</NoticeBar>}
      {outcome && result && (
        <>
          <Caption1 className={styles.muted}>
            {M.sheet(outcome.sheet ?? "", outcome.ballotsSheet)}
          </Caption1>
          <Body1 className={own.grade}>{M.grade(result.grade, result.gradeBasis)}</Body1>
          <Body1>
            {M.totalLine(
              pts(result.total.self),
              pts(result.total.appraised),
              fmtScore(result.total.max)
            )}
          </Body1>
          <Details summary={M.showTable}>
            <table className={styles.table} aria-label={M.tableLabel}>
              <thead>
                <tr>
                  <th scope="col">{M.colNo}</th>
                  <th scope="col">{M.colName}</th>
                  <th scope="col" data-num="">
                    {M.colSelf}
                  </th>
                  <th scope="col" data-num="">
                    {M.colAppraised}
                  </th>
                  <th scope="col" data-num="">
                    {M.colBallots}
                  </th>
                </tr>
              </thead>
              <tbody>
                {result.indices.map((ix) => (
                  <tr key={ix.no}>
                    <td data-num="">{ix.no}</td>
                    <td className={own.nameCell}>{ix.name}</td>
                    <td data-num="">{pts(ix.self)}</td>
                    <td data-num="">{pts(ix.appraised)}</td>
                    <td data-num="">{pts(ix.fromBallots)}</td>
                  </tr>
                ))}
                <tr className={own.totalRow}>
                  <td />
                  <td>
                    {M.total}{" "}
                    <span className={styles.muted}>{M.totalOf(fmtScore(result.total.max))}</span>
                  </td>
                  <td data-num="">{pts(result.total.self)}</td>
                  <td data-num="">{pts(result.total.appraised)}</td>
                  <td />
                </tr>
              </tbody>
            </table>
          </Details>
          <Body1>{M.ballots(result.ballots)}</Body1>
          <section className={styles.section} aria-labelledby="score-satisfaction">
            <h2 id="score-satisfaction" className={styles.heading}>
              {M.satisfaction}
            </h2>
            <dl className={own.levels}>
              {EVAL_LEVELS.map((level, i) => (
                <React.Fragment key={level}>
                  <dt>{level}</dt>
                  <dd>
                    {shares[i] === null || shares[i] === undefined
                      ? M.empty
                      : fmtPercent(shares[i] as number)}
                  </dd>
                </React.Fragment>
              ))}
            </dl>
          </section>
          {result.index1Estimate !== null && (
            <Caption1>
              {M.index1(
                fmtScore(result.index1Estimate),
                result.indices[0]?.self === null || result.indices[0] === undefined
                  ? null
                  : fmtScore(result.indices[0].self)
              )}
            </Caption1>
          )}
          {outcome.findings.length > 0 && (
            <section className={styles.section} aria-labelledby="score-findings">
              <h2 id="score-findings" className={styles.heading}>
                {M.findings}
              </h2>
              <FindingList
                findings={outcome.findings}
                label={M.findings}
                onError={(m) => task.setError(m)}
              />
            </section>
          )}
        </>
      )}
      <UndoBlock steps={[STEP_LABEL.fillEvaluation]} onDone={() => setFilled(null)} />
    </div>
  );
}
