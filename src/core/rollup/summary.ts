// One unit's workbook reduced to what the roll-up needs: a small, plain-JSON UnitSummary that a
// worker thread (or the browser) can send cheaply. Pure: a WorkbookSnapshot in, a summary out.
import { addr, Finding, WorkbookSnapshot } from "../grid";
import { COUNT_KEYS, CountKey, countValue, LocateError } from "../form06a";
import { isoDate } from "../text/numbers";
import { analyse, totalsOf } from "../workbook";
import { cleanName } from "./fields";

/** Counts in COUNT_KEYS order: (3) received … (13) overdue. A cell that is not a count is 0. */
export type Counts = number[];

export interface UnitEvaluation {
  /** The scores shown and graded: appraised when the sheet has them, else self-assessed. */
  basis: "appraised" | "self";
  /** Nine scores, index 1 first; null when the index has no score. */
  scores: (number | null)[];
  total: number | null;
  grade: string | null;
  ballots: number | null;
  /** Shares in percent of the five satisfaction levels, lowest first. */
  satisfaction: (number | null)[];
}

export interface UnitFindingSample {
  rule: string;
  severity: "error" | "warning";
  sheet: string;
  cell: string;
  message: string;
}

export interface UnitFindings {
  errors: number;
  warnings: number;
  /** rule → how many findings. */
  byRule: Record<string, number>;
  /** The first few findings, errors first. */
  first: UnitFindingSample[];
}

export interface UnitSummary {
  /** The file's name (no folder), for messages. */
  file: string;
  /** The unit as its form names it ("UBND PHƯỜNG PHÚ SƠN"), else the file name without .xlsx. */
  unit: string;
  unitFromFile: boolean;
  /** Reporting period of Biểu 06a (ISO dates), null when missing or unreadable. */
  period: { from: string; to: string } | null;
  /** Data rows of Biểu 06a, in sheet order. */
  rows: { name: string; counts: Counts }[];
  /** The form's total (its total row, or the rows' sums when missing): see totalsOf. */
  total: Counts;
  evaluation: UnitEvaluation | null;
  findings: UnitFindings;
}

/** A file that could not be rolled up, with the Vietnamese reason. */
export interface UnitFailure {
  file: string;
  reason: string;
}

export type UnitResult = { ok: true; summary: UnitSummary } | { ok: false; failure: UnitFailure };

const SAMPLES = 3;

function summariseFindings(findings: Finding[]): UnitFindings {
  const byRule: Record<string, number> = {};
  let errors = 0;
  for (const f of findings) {
    byRule[f.rule] = (byRule[f.rule] ?? 0) + 1;
    if (f.severity === "error") errors++;
  }
  const ordered = [
    ...findings.filter((f) => f.severity === "error"),
    ...findings.filter((f) => f.severity !== "error"),
  ];
  return {
    errors,
    warnings: findings.length - errors,
    byRule,
    first: ordered.slice(0, SAMPLES).map((f) => ({
      rule: f.rule,
      severity: f.severity,
      sheet: f.sheet,
      cell: addr(f.row, f.col),
      message: f.message,
    })),
  };
}

/** The file name without its folder and without ".xlsx". */
export function unitNameFromFile(file: string): string {
  const base = file.split(/[\\/]/).pop() ?? file;
  return base.replace(/\.xlsx$/i, "");
}

/**
 * The unit's summary; a workbook without Biểu 06a is a failure with the locator's reason.
 * `file` is only a label (the CLI passes the file's name).
 */
export function summariseUnit(wb: WorkbookSnapshot, file: string): UnitResult {
  let a;
  try {
    a = analyse(wb);
  } catch (e) {
    if (e instanceof LocateError) return { ok: false, failure: { file, reason: e.message } };
    throw e;
  }
  if (!a.form) return { ok: false, failure: { file, reason: a.formError ?? "" } };
  const form = a.form;
  const titleUnit = form.title.unit ? cleanName(form.title.unit) : "";
  const p = form.title.period;
  const totals = totalsOf(form);
  const ev = a.evaluation?.result ?? null;
  let evaluation: UnitEvaluation | null = null;
  if (ev) {
    const basis = ev.gradeBasis;
    const s = ev.satisfaction;
    evaluation = {
      basis,
      scores: ev.indices.map((i) => (basis === "appraised" ? i.appraised : i.self)),
      total: basis === "appraised" ? ev.total.appraised : ev.total.self,
      grade: ev.grade,
      ballots: ev.ballots,
      satisfaction: [s.veryDissatisfied, s.dissatisfied, s.neutral, s.satisfied, s.verySatisfied],
    };
  }
  return {
    ok: true,
    summary: {
      file,
      unit: titleUnit || unitNameFromFile(file),
      unitFromFile: !titleUnit,
      period: p ? { from: isoDate(p.from), to: isoDate(p.to) } : null,
      rows: form.rows.map((r) => ({
        name: cleanName(r.name),
        counts: COUNT_KEYS.map((k) => countValue(r.counts[k]) ?? 0),
      })),
      total: COUNT_KEYS.map((k: CountKey) => totals[k]),
      evaluation,
      findings: summariseFindings(a.findings),
    },
  };
}
