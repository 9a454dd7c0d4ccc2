// locate → read → compute → rules, and the JSON contract of `tthc score`.
import { EVAL_LEVELS } from "../messages/evaluation";
import { Finding, WorkbookSnapshot } from "../grid";
import { locateBallots, locateEvaluation } from "./locate";
import { readEvaluation } from "./read";
import { computeEvaluation } from "./compute";
import { runEvalRules } from "./rules";
import {
  DEFAULT_THRESHOLDS,
  normalizeThresholds,
  readThresholdsTable,
  ThresholdsTable,
} from "./thresholds";
import {
  BallotsLocation,
  EvalComputed,
  EvalForm,
  EvalLocation,
  GradeThreshold,
  ThresholdsInput,
  ThresholdsSource,
  Totals06a,
} from "./types";

export interface ScoreOptions {
  /** Look for the evaluation table on this sheet only. */
  sheet?: string;
  /** Look for the ballots on this sheet only. */
  ballotsSheet?: string;
  /** Biểu 06a's total row, for the index-1 estimate. */
  totals06a?: Totals06a | null;
  /** Grade thresholds; they win over the workbook's "Ngưỡng xếp loại" table and the defaults. */
  thresholds?: ThresholdsInput;
}

export interface ScoreIndex {
  no: number;
  name: string;
  max: number;
  /** The typed self-score, or the ballots' mean when none is typed; null when neither. */
  self: number | null;
  appraised: number | null;
  /** The ballots' mean for this index (one decimal); null without ballots. */
  fromBallots: number | null;
}

export interface SatisfactionShares {
  veryDissatisfied: number | null;
  dissatisfied: number | null;
  neutral: number | null;
  satisfied: number | null;
  verySatisfied: number | null;
}

/** Exactly the JSON `tthc score --json` prints. */
export interface ScoreResult {
  indices: ScoreIndex[];
  total: { max: number; self: number | null; appraised: number | null };
  grade: string | null;
  gradeBasis: "appraised" | "self";
  ballots: number | null;
  satisfaction: SatisfactionShares;
  index1Estimate: number | null;
  /** Levels the satisfaction table does not have (a three-level export), when any; their shares are null. */
  satisfactionAbsent?: string[];
  findings: Finding[];
}

/** Everything behind a ScoreResult (locations, parsed cells, computed figures) for fill, UI and report. */
export interface EvaluationAnalysis {
  result: ScoreResult;
  location: EvalLocation;
  ballotsLocation: BallotsLocation | null;
  form: EvalForm;
  computed: EvalComputed;
  thresholdsTable: ThresholdsTable | null;
}

export function resolveThresholds(
  wb: WorkbookSnapshot,
  input?: ThresholdsInput
): { thresholds: GradeThreshold[]; source: ThresholdsSource; table: ThresholdsTable | null } {
  const table = readThresholdsTable(wb);
  if (input !== undefined)
    return { thresholds: normalizeThresholds(input), source: "options", table };
  if (table) return { thresholds: table.thresholds, source: "workbook", table };
  return { thresholds: [...DEFAULT_THRESHOLDS], source: "default", table: null };
}

function toResult(form: EvalForm, c: EvalComputed, findings: Finding[]): ScoreResult {
  const [veryDissatisfied, dissatisfied, neutral, satisfied, verySatisfied] = c.satisfaction;
  const absent = (form.location.satisfaction?.cols ?? []).flatMap((col, i) =>
    col === null ? [EVAL_LEVELS[i]] : []
  );
  return {
    indices: form.indices.map((ix, i) => ({
      no: ix.no,
      name: ix.name,
      max: c.max[i],
      self: c.self[i],
      appraised: c.appraised[i],
      fromBallots: c.means[i],
    })),
    total: { max: c.total.max, self: c.total.self, appraised: c.total.appraised },
    grade: c.grade,
    gradeBasis: c.gradeBasis,
    ballots: c.ballots,
    satisfaction: { veryDissatisfied, dissatisfied, neutral, satisfied, verySatisfied },
    index1Estimate: c.index1Estimate,
    ...(absent.length ? { satisfactionAbsent: absent } : {}),
    findings,
  };
}

/** The whole analysis, or null when the workbook has no evaluation table. */
export function analyzeEvaluation(
  wb: WorkbookSnapshot,
  opts: ScoreOptions = {}
): EvaluationAnalysis | null {
  const location = locateEvaluation(wb, { sheet: opts.sheet });
  if (!location) return null;
  const ballotsLocation = locateBallots(wb, { ballotsSheet: opts.ballotsSheet });
  const th = resolveThresholds(wb, opts.thresholds);
  const form = readEvaluation(
    wb,
    location,
    ballotsLocation,
    th.thresholds.map((t) => t.grade)
  );
  const computed = computeEvaluation(form, {
    thresholds: th.thresholds,
    thresholdsSource: th.source,
    totals06a: opts.totals06a ?? null,
  });
  const findings = runEvalRules(
    form,
    { computed, totals06a: opts.totals06a ?? null },
    wb.sheets.map((s) => s.name)
  );
  return {
    result: toResult(form, computed, findings),
    location,
    ballotsLocation,
    form,
    computed,
    thresholdsTable: th.table,
  };
}

/** The `tthc score` result, or null when the workbook has no evaluation table. */
export function scoreWorkbook(wb: WorkbookSnapshot, opts: ScoreOptions = {}): ScoreResult | null {
  return analyzeEvaluation(wb, opts)?.result ?? null;
}
