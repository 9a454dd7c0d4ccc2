// Biểu 06a (locate, check, fill), the nine indices (score, fill), and the report's data.
import { findingOf } from "./rules";
import {
  addr,
  Finding,
  sortFindings,
  WorkbookSnapshot,
  EditSet,
  emptyEdits,
  inSheet,
  EXCEL_MAX_ROWS,
  EXCEL_MAX_COLS,
} from "./grid";
import { MSG_06A } from "./messages/form06a";
import {
  check06a,
  fill06a,
  Form06a,
  locate06a,
  LocateError,
  COUNT_KEYS,
  CountKey,
  countValue,
  FormRow,
} from "./form06a";
import { isoDate } from "./text/numbers";
import { analyzeEvaluation, EvaluationAnalysis, fillFromAnalysis } from "./evaluation";
import type { Totals06a } from "./evaluation";
import { mergeEditSets } from "./snapshotEdits";
import { buildReportData, readTextSheet } from "./report";
import type { ReportData, Row06a, Summary06a } from "./report";
import { findTextSheet, matchLabel } from "./report/textSheet";
import { readArt33 } from "./evaluation/art33";
import type { Art33Result } from "./evaluation/art33";
import { chooseRegime, districtWordsIn } from "./regime";
import { REGIME_MSG } from "./messages/regime";
import type { RegimeChoice, RegimeId } from "./regime";
import { append } from "./arrays";

export interface AnalyseOptions {
  /** Biểu 06a only on this sheet. */
  sheet?: string;
  /** The previous period's form, for 06a/carry-over. */
  previous?: Form06a | null;
  /** The form, when the caller has located it already. */
  form?: Form06a;
  /** The legal regime chosen by the host (CLI --regime, the pane's setting); default: by the period. */
  regime?: RegimeId | null;
}

export interface Analysis {
  form: Form06a | null;
  /** Why no form was found (Vietnamese), when form is null. */
  formError: string | null;
  findings06a: Finding[];
  evaluation: EvaluationAnalysis | null;
  /** 06a, evaluation and text-sheet findings, sorted by sheet, row, column. */
  findings: Finding[];
  /** The legal regime of the report (SPEC, "Two legal regimes"), with how it was chosen. */
  regime: RegimeChoice;
  /** The Điều 33.1 evaluation table (and Điều 32.1 criteria) under NĐ 118/2025, when present. */
  art33: Art33Result | null;
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
  const regime = regimeOf(wb, form, opts.regime ?? null);
  const art33 = readArt33(wb);
  const findings = sortFindings(
    [
      ...findings06a,
      ...(evaluation?.result.findings ?? []),
      ...(art33?.findings ?? []),
      ...regime.findings,
    ],
    order
  );
  return { form, formError, findings06a, evaluation, findings, regime, art33 };
}

/**
 * The report's regime: the host's option, else the Thuyết minh sheet's "Chế độ báo cáo", else
 * the period's end date (Biểu 06a's title, else the text sheet's "Kỳ báo cáo").
 */
export function regimeOf(
  wb: WorkbookSnapshot,
  form: Form06a | null,
  option: RegimeId | null
): RegimeChoice {
  let sheetValue: string | null = null;
  let sheetCell: { sheet: string; row: number; col: number } | null = null;
  // Cells that name the unit's superior or addressees (checked for a district under nd118).
  const addressCells: { label: string; sheet: string; row: number; col: number; text: string }[] =
    [];
  const ts = findTextSheet(wb);
  if (ts) {
    const s = ts.sheet;
    let current: string | null = null;
    for (let r = s.top; r <= s.bottom; r++) {
      const labelText = s.text(r, ts.labelCol);
      const spec = labelText ? matchLabel(labelText) : null;
      const key = spec && spec.target.group === "header" ? spec.target.key : null;
      if (labelText)
        current =
          key === "parentBody" || key === "recipients" || key === "noiNhan" ? spec!.label : null;
      const value = s.text(r, ts.labelCol + 1);
      if (current && value)
        for (const line of value.split(/\n/))
          if (line.trim())
            addressCells.push({
              label: current,
              sheet: s.name,
              row: r,
              col: ts.labelCol + 1,
              text: line.trim(),
            });
      if (key === "regime" && sheetCell === null) {
        sheetValue = value;
        sheetCell = { sheet: s.name, row: r, col: ts.labelCol + 1 };
      }
    }
  }
  const p = form?.title.period ?? null;
  let from = p ? isoDate(p.from) : null;
  let to = p ? isoDate(p.to) : null;
  if (!to) {
    const text = readTextSheet(wb).data?.period ?? "";
    const q = /qu[ýy]\s*(iv|iii|ii|i|[1-4])\D+(\d{4})/iu.exec(text);
    if (q) {
      // NĐ 09/2019 Điều 12 cut-off: a quarter runs from the 15th before it to the 14th of its last month.
      const no = ["i", "ii", "iii", "iv"].indexOf(q[1].toLowerCase()) + 1 || Number(q[1]);
      const y = Number(q[2]);
      const endM = no * 3;
      const startM = endM - 3;
      from = startM === 0 ? `${y - 1}-12-15` : `${y}-${String(startM).padStart(2, "0")}-15`;
      to = `${y}-${String(endM).padStart(2, "0")}-14`;
    }
  }
  const periodCell = form?.title.periodCell
    ? { sheet: form.sheet, ...form.title.periodCell }
    : null;
  const choice = chooseRegime({ from, to, sheetValue, sheetCell, option, periodCell });
  // Two levels of local government (NĐ 118/2025): a district named as superior or addressee.
  for (const c of addressCells)
    if (districtWordsIn(choice.regime, c.text).length)
      choice.findings.push(
        findingOf(
          "regime/district",
          "warning",
          c.sheet,
          c.row,
          c.col,
          REGIME_MSG.district(c.label, c.text)
        )
      );
  return choice;
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
    ...(form.rowsAreUnits ? { rowsAreUnits: true } : {}),
    ...(form.total
      ? { onlineCell: `${form.sheet}!${addr(form.total.row, form.cols.online)}` }
      : {}),
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
    append(out.filled, f.filled);
    append(out.conflicts, f.conflicts);
  }
  if (a.evaluation) {
    const f = fillFromAnalysis(wb, a.evaluation);
    sets.push(f.edits);
    append(out.filled, f.filled);
    append(out.conflicts, f.conflicts);
  }
  if (sets.length) out.edits = mergeEditSets(...sets);
  // Nothing is written past Excel's edges (1,048,576 rows, 16,384 columns): such a cell is
  // dropped and said once, rather than failing the whole write.
  const outside = out.edits.cells.filter((e) => !inSheet(e.row, e.col));
  if (outside.length) {
    out.edits.cells = out.edits.cells.filter((e) => inSheet(e.row, e.col));
    out.edits.merges = (out.edits.merges ?? []).filter((m) => inSheet(m.rect.bottom, m.rect.right));
    const drop = new Set(outside.map((e) => `${e.sheet}\u0000${e.row}:${e.col}`));
    out.filled = out.filled.filter((f) => !drop.has(`${f.sheet}\u0000${f.row}:${f.col}`));
    const o = outside[0];
    out.conflicts.push({
      sheet: o.sheet,
      row: Math.min(o.row, EXCEL_MAX_ROWS),
      col: Math.min(o.col, EXCEL_MAX_COLS),
      message: MSG_06A.fillPastEdge(outside.length),
    });
  }
  return out;
}

/** Everything the Word report prints, with warnings for what is missing. */
export function reportDataOf(
  wb: WorkbookSnapshot,
  a: Analysis
): { data: ReportData; warnings: string[]; textFindings: Finding[] } {
  const text = readTextSheet(wb, { regime: a.regime.regime.id });
  const { data, warnings } = buildReportData({
    form06a: a.form ? summary06a(a.form) : null,
    score: a.evaluation?.result ?? null,
    text: text.data,
    textMissing: text.missing,
    ...(text.figureCells ? { textCells: text.figureCells } : {}),
    regime: a.regime,
    art33: a.art33,
  });
  return { data, warnings, textFindings: text.findings };
}
