import * as React from "react";
import { Body1, Button, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import type { Art33Result } from "../../core/evaluation/art33";
import { EVAL_LEVELS } from "../../core/messages/evaluation";
import { REGIME_MSG } from "../../core/messages/regime";
import { PANE_MSG, STEP_LABEL } from "../../core/messages/taskpane";
import { fmtNumber, fmtPercent, fmtScore } from "../../core/text/numbers";
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
const A = M.art33;

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
  contents: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalL,
  },
  contentName: {
    margin: 0,
    fontWeight: tokens.fontWeightSemibold,
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
const count = (v: number | null) => (v === null ? M.empty : fmtNumber(v));
/** A share as `tthc score` prints it ("0,4%", "35%"). */
const share = (v: number | null) => (v === null ? null : `${fmtScore(v)}%`);

/**
 * The citizens' evaluation under NĐ 118/2025: Điều 33.1 contents a)–i) with the evaluations
 * received at each level (no points, no total, no grade), and the Điều 32.1 criteria as the
 * national portal publishes them — the figures `tthc score` prints.
 */
export function Art33Results({ art33 }: { art33: Art33Result }): React.JSX.Element {
  const styles = useViewStyles();
  const own = useStyles();
  const rec = art33.received;
  return (
    <>
      <section className={styles.section} aria-labelledby="score-art33">
        <h2 id="score-art33" className={styles.heading}>
          {A.heading}
        </h2>
        <Caption1 className={styles.muted}>{A.noPoints}</Caption1>
        <Body1>
          {A.received(
            count(rec.ballots),
            count(rec.portal),
            count(rec.devices),
            rec.total === null ? null : fmtNumber(rec.total)
          )}
        </Body1>
        <table className={styles.table} aria-label={A.tableLabel}>
          <thead>
            <tr>
              <th scope="col">{A.colContent}</th>
              <th scope="col" data-num="">
                {A.colTotal}
              </th>
            </tr>
          </thead>
          <tbody>
            {art33.contents.map((c) => (
              <tr key={c.key}>
                <td className={own.nameCell}>{A.content(c.key, c.name)}</td>
                <td data-num="">{count(c.total)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <Details summary={A.showLevels}>
          <div className={own.contents}>
            {art33.contents.map((c) => (
              <div key={c.key} className={styles.section}>
                <p className={own.contentName}>
                  {A.content(c.key, c.name)}
                  {" — "}
                  <span className={styles.muted}>
                    {A.evaluations(c.total === null ? M.empty : fmtNumber(c.total))}
                  </span>
                </p>
                <dl className={own.levels} aria-label={A.levelsOf(c.key)}>
                  {art33.levels.map((level, i) => (
                    <React.Fragment key={`${level}-${i}`}>
                      <dt>{level}</dt>
                      <dd>{A.level(count(c.counts[i] ?? null), share(c.shares[i] ?? null))}</dd>
                    </React.Fragment>
                  ))}
                </dl>
              </div>
            ))}
          </div>
        </Details>
      </section>
      {art33.criteria && (
        <section className={styles.section} aria-labelledby="score-criteria">
          <h2 id="score-criteria" className={styles.heading}>
            {A.criteria}
          </h2>
          <Caption1 className={styles.muted}>{A.criteriaNote(art33.criteria.sheet)}</Caption1>
          <dl className={own.levels}>
            {art33.criteria.rows.map((r) => (
              <React.Fragment key={r.key}>
                <dt>{A.content(r.key, r.name)}</dt>
                <dd>{r.value || M.empty}</dd>
              </React.Fragment>
            ))}
            {art33.criteria.total && (
              <>
                <dt className={own.totalRow}>{A.criteriaTotal}</dt>
                <dd className={own.totalRow}>{art33.criteria.total}</dd>
              </>
            )}
          </dl>
        </section>
      )}
    </>
  );
}

/**
 * The "Chấm điểm" view: under NĐ 61/2018 the nine indices, total, grade, ballots, satisfaction
 * (and "Điền bảng đánh giá"); under NĐ 118/2025 the Điều 33.1 contents and Điều 32.1 criteria.
 */
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

  const findingsSection = (findings: ScoreOutcome["findings"]) => (
    <section className={styles.section} aria-labelledby="score-findings">
      <h2 id="score-findings" className={styles.heading}>
        {M.findings}
      </h2>
      <FindingList findings={findings} label={M.findings} onError={(m) => task.setError(m)} />
    </section>
  );
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
      {outcome && (
        <Caption1 className={styles.muted}>
          {M.regime(outcome.regime.name, REGIME_MSG.source[outcome.regime.source])}
          {outcome.method === "decree" && outcome.art33 && ` ${A.sheet(outcome.art33.sheet)}`}
        </Caption1>
      )}
      {outcome && outcome.method === null && (
        <NoticeBar intent="warning">
          {outcome.regime.model === "art33-contents" ? M.noneArt33 : M.none}
        </NoticeBar>
      )}
      {outcome && outcome.method === "decree" && outcome.art33 && (
        <>
          <Art33Results art33={outcome.art33} />
          {outcome.findings.length > 0 && findingsSection(outcome.findings)}
        </>
      )}
      {outcome && result && (
        <>
          {outcome.method === "province" && <NoticeBar intent="info">{M.provinceMethod}</NoticeBar>}
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
          {outcome.method === "province" && outcome.art33 && <Art33Results art33={outcome.art33} />}
          {outcome.findings.length > 0 && findingsSection(outcome.findings)}
        </>
      )}
      <UndoBlock steps={[STEP_LABEL.fillEvaluation]} onDone={() => setFilled(null)} />
    </div>
  );
}
