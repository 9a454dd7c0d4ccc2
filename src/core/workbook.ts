// The whole job on one workbook snapshot, shared by both hosts (CLI and add-in):
// Biểu 06a (locate, check, fill), the nine indices (score, fill), and the report's data.
import { Finding, sortFindings, WorkbookSnapshot, EditSet, emptyEdits } from "./grid";
import { check06a, fill06a, Form06a, locate06a, LocateError, COUNT_KEYS, CountKey, countValue, FormRow } from "./form06a";
import { isoDate } from "./text/numbers";
import { analyzeEvaluation, EvaluationAnalysis, fillFromAnalysis } from "./evaluation";
import type { Totals06a } from "./evaluation";
import { mergeEditSets } from "./snapshotEdits";
import { buildReportData, readTextSheet } from "./report";
import type { ReportData, Row06a, Summary06a } from "./report";

export interface AnalyseOptions {
  /** Biểu 06a only on this sheet. */
  sheet?: string;
  /** The previous period's form, for 06a/carry-over. */
  previous?: Form06a | null;
  /** The form, when the caller has located it already. */
  form?: Form06a;
}

export interface Analysis {
  form: Form06a | null;
  /** Why no form was found (Vietnamese), when form is null. */
  formError: string | null;
  findings06a: Finding[];
  evaluation: EvaluationAnalysis | null;
  /** 06a, evaluation and text-sheet findings, sorted by sheet, row, column. */
  findings: Finding[];
}

export function analyse(wb: WorkbookSnapshot, opts: AnalyseOptions = {}): Analysis {
  let form: Form06a | null = opts.form ?? null;
  let formError: string | null = null;
  if (!form) {
    try {
      form = locate06a(wb, { sheet: opts.sheet });
    } catch (e) {
      if (!(e instanceof LocateError)) throw e;
      formError = e.message;
    }
  }
  const order = wb.sheets.map((s) => s.name);
  const findings06a = form ? check06a(form, opts.previous ?? null, order) : [];
  const evaluation = analyzeEvaluation(wb, { totals06a: form ? totals06aOf(form) : null });
  const findings = sortFindings([...findings06a, ...(evaluation?.result.findings ?? [])], order);
  return { form, formError, findings06a, evaluation, findings };
}

/** Biểu 06a's total (the total row, or the data rows' sums when it is missing or not a count). */
export function totalsOf(form: Form06a): Record<CountKey, number> {
  const out = {} as Record<CountKey, number>;
  for (const k of COUNT_KEYS) {
    const t = form.total ? countValue(form.total.counts[k]) : null;
    out[k] = t !== null ? t : form.rows.reduce((s, r) => s + (countValue(r.counts[k]) ?? 0), 0);
  }
  return out;
}

export function totals06aOf(form: Form06a): Totals06a {
  const t = totalsOf(form);
  return { early: t.early, onTime: t.onTime, late: t.late, resolved: t.resolved };
}

function row06a(r: FormRow): Row06a {
  const v = (k: CountKey) => countValue(r.counts[k]) ?? 0;
  return {
    stt: r.stt,
    name: r.name,
    received: v("received"),
    online: v("online"),
    direct: v("direct"),
    carriedOver: v("carriedOver"),
    resolved: v("resolved"),
    early: v("early"),
    onTime: v("onTime"),
    late: v("late"),
    pending: v("pending"),
    withinTime: v("withinTime"),
    overdue: v("overdue"),
  };
}

/** Biểu 06a as the report needs it. */
export function summary06a(form: Form06a): Summary06a {
  const p = form.title.period;
  return {
    sheet: form.sheet,
    unit: form.title.unit,
    period: p ? { from: isoDate(p.from), to: isoDate(p.to) } : null,
    rows: form.rows.map(row06a),
    total: { stt: form.total?.stt ?? "", name: form.total?.name ?? "Tổng cộng", ...totalsOf(form) },
  };
}

export interface FillAll {
  edits: EditSet;
  filled: { sheet: string; row: number; col: number; what: string }[];
  conflicts: { sheet: string; row: number; col: number; message: string }[];
}

/** Fill Biểu 06a and the evaluation (whichever exist) in one EditSet. */
export function fillAll(wb: WorkbookSnapshot, a: Analysis): FillAll {
  const out: FillAll = { edits: emptyEdits(), filled: [], conflicts: [] };
  const sets: EditSet[] = [];
  if (a.form) {
    const f = fill06a(wb, a.form);
    sets.push(f.edits);
    for (const x of f.filled) out.filled.push(x); // loops: a large form overflows push(...list)
    for (const x of f.conflicts) out.conflicts.push(x);
  }
  if (a.evaluation) {
    const f = fillFromAnalysis(wb, a.evaluation);
    sets.push(f.edits);
    for (const x of f.filled) out.filled.push(x); // loops: a large form overflows push(...list)
    for (const x of f.conflicts) out.conflicts.push(x);
  }
  if (sets.length) out.edits = mergeEditSets(...sets);
  return out;
}

/** Everything the Word report prints, with warnings for what is missing. */
export function reportDataOf(wb: WorkbookSnapshot, a: Analysis): { data: ReportData; warnings: string[]; textFindings: Finding[] } {
  const text = readTextSheet(wb);
  const { data, warnings } = buildReportData({
    form06a: a.form ? summary06a(a.form) : null,
    score: a.evaluation?.result ?? null,
    text: text.data,
    textMissing: text.missing,
  });
  return { data, warnings, textFindings: text.findings };
}
