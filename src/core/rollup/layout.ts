// The district workbook as one EditSet (pure): "Biểu 06a" by field and "Theo đơn vị" (the
// "Đơn vị" variant) laid out by layout06a with their input counts, then filled by fill06a
// (derived columns and the total row as =SUM formulas with their results, and the percentage
// block) so that the district form checks clean; "Đánh giá theo đơn vị" (nine scores, total,
// grade per unit, and the means as formulas); "Tổng hợp lỗi" (each file's result and the
// roll-up's notes, the district form's own findings included); "Tên gọi khác của lĩnh vực" (the synonyms
// table used, editable and reusable with --synonyms).
import {
  addr,
  CellEdit,
  CellStyle,
  colLetter,
  EditSet,
  emptyEdits,
  Finding,
  Rect,
  Scalar,
  WorkbookSnapshot,
} from "../grid";
import {
  check06a,
  fill06a,
  Form06a,
  locate06a,
  COUNT_KEYS,
  CountKey,
  DERIVED_KEYS,
} from "../form06a";
import { layout06a, Layout06aRow } from "../form06a/layout";
import { EVAL_INDEX_NAMES } from "../messages/evaluation";
import { SEVERITY_LABEL } from "../messages/common";
import {
  ROLLUP_LAYOUT,
  ROLLUP_MSG,
  ROLLUP_SHEETS,
  ROLLUP_SYNONYMS_SHEET,
} from "../messages/rollup";
import { applyEditsToSnapshot, mergeEditSets } from "../snapshotEdits";
import { fmtDateShort, IsoDate } from "../text/numbers";
import { fmtPeriod } from "../form06a/period";
import { CountRecord, Rollup } from "./rollup";
import { SynonymsTable } from "./fields";

export type DistrictSheets = { [K in keyof typeof ROLLUP_SHEETS]: string };

export interface DistrictLayoutOptions {
  /** The district ("UBND THỊ XÃ BỈM SƠN"), printed as the reporting unit. */
  unit?: string;
  /** "Đơn vị nhận báo cáo". */
  recipient?: string;
  /** Sheet names (the add-in may need others when the open workbook has these). */
  sheets?: Partial<DistrictSheets>;
  /** The synonyms table to write on the synonyms sheet (omit: no such sheet). */
  synonyms?: SynonymsTable;
  /** Date of the signature line. */
  date?: IsoDate | null;
}

export interface DistrictWorkbook {
  edits: EditSet;
  sheets: DistrictSheets;
  /** The district Biểu 06a as written (located in the edited snapshot). */
  form: Form06a;
  /** check06a on the district Biểu 06a after the fill (what `tthc check` says about it). */
  findings: Finding[];
  /** The district workbook as a snapshot (styles aside): what a host will have written. */
  snapshot: WorkbookSnapshot;
}

const inputsOf = (c: CountRecord): Partial<Record<CountKey, Scalar>> => {
  const out: Partial<Record<CountKey, Scalar>> = {};
  for (const k of COUNT_KEYS) if (!DERIVED_KEYS.has(k)) out[k] = c[k];
  return out;
};

/** A Biểu 06a sheet with its inputs, filled (formulas, total row, percentages): edits and the resulting form. */
function filledForm(
  base: WorkbookSnapshot,
  sheet: string,
  rows: Layout06aRow[],
  r: Rollup,
  o: DistrictLayoutOptions,
  nameHeader?: string
) {
  const layout = layout06a({
    sheet,
    unit: o.unit ?? ROLLUP_LAYOUT.blankUnit,
    recipient: o.recipient ?? "",
    period: r.period,
    rows,
    total: null,
    totalLabel: ROLLUP_LAYOUT.totalLabel,
    date: o.date ?? null,
    ...(nameHeader ? { nameHeader } : {}),
  });
  const laid = applyEditsToSnapshot(base, layout);
  const form = locate06a(laid, { sheet });
  const fill = fill06a(laid, form);
  const snapshot = applyEditsToSnapshot(laid, fill.edits);
  return {
    edits: mergeEditSets(layout, fill.edits),
    snapshot,
    form: locate06a(snapshot, { sheet }),
  };
}

const HEAD: CellStyle = { bold: true, border: true, wrap: true, horizontal: "center" };
const CELL: CellStyle = { border: true };
const NUM: CellStyle = { border: true, horizontal: "center" };
const TEXT: CellStyle = { border: true, wrap: true };

class SheetBuilder {
  readonly edits: EditSet = emptyEdits();
  constructor(readonly name: string) {
    this.edits.newSheets!.push(name);
  }
  put(row: number, col: number, e: Omit<CellEdit, "sheet" | "row" | "col">): void {
    this.edits.cells.push({ sheet: this.name, row, col, ...e });
  }
  value(
    row: number,
    col: number,
    value: Scalar | undefined,
    style?: CellStyle,
    numberFormat?: string
  ): void {
    this.put(row, col, {
      ...(value !== undefined && value !== null ? { value } : {}),
      ...(style ? { style } : {}),
      ...(numberFormat ? { numberFormat } : {}),
    });
  }
  merge(rect: Rect): void {
    this.edits.merges!.push({ sheet: this.name, rect });
  }
  widths(ws: number[]): void {
    ws.forEach((width, i) =>
      this.edits.columnWidths!.push({ sheet: this.name, col: i + 1, width })
    );
  }
}

/** Where the evaluation sheet puts things. */
export const EVAL_ROLLUP_LAYOUT = {
  headerRow: 4,
  firstRow: 5,
  firstScoreCol: 3,
  totalCol: 12,
  gradeCol: 13,
  basisCol: 14,
  ballotsCol: 15,
  satisfiedCol: 16,
} as const;

function periodLine(r: Rollup): string {
  return r.period
    ? ROLLUP_LAYOUT.periodLine(fmtDateShort(r.period.from), fmtDateShort(r.period.to))
    : ROLLUP_LAYOUT.periodBlank;
}

function evaluationSheet(name: string, r: Rollup): EditSet {
  const L = EVAL_ROLLUP_LAYOUT;
  const s = new SheetBuilder(name);
  const last = L.satisfiedCol;
  s.widths([6, 34, 8, 8, 8, 8, 8, 8, 8, 8, 8, 10, 12, 11, 11, 13]);
  s.value(1, 1, ROLLUP_LAYOUT.evalTitle, { bold: true, horizontal: "center", wrap: true });
  s.merge({ top: 1, left: 1, bottom: 1, right: last });
  s.value(2, 1, periodLine(r), { italic: true, horizontal: "center" });
  s.merge({ top: 2, left: 1, bottom: 2, right: last });
  const h = L.headerRow;
  const heads = [
    ROLLUP_LAYOUT.evalStt,
    ROLLUP_LAYOUT.evalUnit,
    ...Array.from({ length: 9 }, (_, i) => ROLLUP_LAYOUT.evalIndex(i + 1)),
    ROLLUP_LAYOUT.evalTotal,
    ROLLUP_LAYOUT.evalGrade,
    ROLLUP_LAYOUT.evalBasis,
    ROLLUP_LAYOUT.evalBallots,
    ROLLUP_LAYOUT.evalSatisfied,
  ];
  heads.forEach((t, i) => s.value(h, i + 1, t, HEAD));
  const rows = r.evaluation.rows;
  rows.forEach((e, i) => {
    const row = L.firstRow + i;
    s.value(row, 1, i + 1, NUM);
    s.value(row, 2, e.unit, TEXT);
    for (let k = 0; k < 9; k++)
      s.value(row, L.firstScoreCol + k, e.scores[k] ?? undefined, NUM, "0.0");
    s.value(row, L.totalCol, e.total ?? undefined, { ...NUM, bold: true }, "0.0");
    s.value(
      row,
      L.gradeCol,
      e.basis === null ? ROLLUP_LAYOUT.noEvaluation : (e.grade ?? undefined),
      { ...NUM, wrap: true }
    );
    s.value(row, L.basisCol, e.basis ? ROLLUP_LAYOUT.basis[e.basis] : undefined, NUM);
    s.value(row, L.ballotsCol, e.ballots ?? undefined, NUM, "#,##0");
    s.value(row, L.satisfiedCol, e.satisfied ?? undefined, NUM, "0.0");
  });
  // The means: formulas (blank when no unit has the figure), with their results.
  const m = r.evaluation.means;
  const meanRow = L.firstRow + rows.length;
  const first = L.firstRow;
  const lastRow = Math.max(first, meanRow - 1);
  s.value(meanRow, 1, ROLLUP_LAYOUT.meanRow, { ...HEAD });
  s.merge({ top: meanRow, left: 1, bottom: meanRow, right: 2 });
  const avg = (col: number, result: number | null, fmt: string) => {
    const rg = `${colLetter(col)}${first}:${colLetter(col)}${lastRow}`;
    s.put(meanRow, col, {
      formula: `IF(COUNT(${rg})=0,"",AVERAGE(${rg}))`,
      result: result ?? "",
      numberFormat: fmt,
      style: { ...NUM, bold: true },
    });
  };
  for (let k = 0; k < 9; k++) avg(L.firstScoreCol + k, m.scores[k], "0.00");
  avg(L.totalCol, m.total, "0.00");
  s.value(meanRow, L.gradeCol, m.grade ?? undefined, { ...NUM, bold: true });
  s.value(meanRow, L.basisCol, undefined, NUM);
  const br = `${colLetter(L.ballotsCol)}${first}:${colLetter(L.ballotsCol)}${lastRow}`;
  s.put(meanRow, L.ballotsCol, {
    formula: `SUM(${br})`,
    result: m.ballots ?? 0,
    numberFormat: "#,##0",
    style: { ...NUM, bold: true },
  });
  avg(L.satisfiedCol, m.satisfied, "0.0");

  let row = meanRow + 2;
  s.value(row, 1, ROLLUP_LAYOUT.evalNote, { italic: true, wrap: true });
  s.merge({ top: row, left: 1, bottom: row, right: last });
  row += 2;
  s.value(row, 1, ROLLUP_LAYOUT.indexLegend, { bold: true });
  s.merge({ top: row, left: 1, bottom: row, right: 2 });
  EVAL_INDEX_NAMES.forEach((n, i) => {
    s.value(row + 1 + i, 1, ROLLUP_LAYOUT.evalIndex(i + 1));
    s.merge({ top: row + 1 + i, left: 1, bottom: row + 1 + i, right: 2 });
    s.value(row + 1 + i, 3, n);
  });
  return s.edits;
}

function problemsSheet(name: string, r: Rollup, districtFindings: Finding[]): EditSet {
  const s = new SheetBuilder(name);
  const H = ROLLUP_LAYOUT.problemsHeaders;
  s.widths([6, 28, 30, 26, 8, 10, 80]);
  s.value(1, 1, ROLLUP_LAYOUT.problemsTitle, { bold: true, horizontal: "center" });
  s.merge({ top: 1, left: 1, bottom: 1, right: H.length });
  s.value(2, 1, periodLine(r), { italic: true, horizontal: "center" });
  s.merge({ top: 2, left: 1, bottom: 2, right: H.length });
  H.forEach((t, i) => s.value(4, i + 1, t, HEAD));
  let row = 5;
  let n = 1;
  for (const c of r.checks) {
    const p = c.period
      ? fmtPeriod({ from: iso(c.period.from), to: iso(c.period.to) })
      : ROLLUP_LAYOUT.noPeriod;
    const red = c.errors > 0 ? { fill: "#F8CBAD" } : {};
    [n++, c.file, c.unit, p].forEach((v, i) => s.value(row, i + 1, v, i === 0 ? NUM : TEXT));
    s.value(row, 5, c.errors, { ...NUM, ...red });
    s.value(row, 6, c.warnings, NUM);
    s.value(row, 7, c.text, TEXT);
    row++;
  }
  for (const f of r.failures) {
    [n++, f.file, "", ""].forEach((v, i) => s.value(row, i + 1, v, i === 0 ? NUM : TEXT));
    s.value(row, 5, undefined, { ...NUM, fill: "#F8CBAD" });
    s.value(row, 6, undefined, NUM);
    s.value(row, 7, ROLLUP_LAYOUT.unreadable(f.reason), TEXT);
    row++;
  }
  row += 1;
  s.value(row, 1, ROLLUP_LAYOUT.notesTitle, { bold: true });
  s.merge({ top: row, left: 1, bottom: row, right: H.length });
  row++;
  const NH = ROLLUP_LAYOUT.notesHeaders;
  s.value(row, 1, NH[0], HEAD);
  s.value(row, 2, NH[1], HEAD);
  s.value(row, 3, NH[2], HEAD);
  s.merge({ top: row, left: 3, bottom: row, right: H.length });
  row++;
  const notes = [
    ...r.notes.map((x) => ({ severity: x.severity, message: x.message })),
    ...districtFindings.map((f) => ({
      severity: f.severity,
      message: ROLLUP_MSG.districtFinding(`${f.sheet}!${addr(f.row, f.col)}`, f.message),
    })),
  ].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === "error" ? -1 : 1));
  if (notes.length === 0) {
    s.value(row, 1, ROLLUP_LAYOUT.noNotes, TEXT);
    s.merge({ top: row, left: 1, bottom: row, right: H.length });
  }
  notes.forEach((x, i) => {
    s.value(row + i, 1, i + 1, NUM);
    s.value(row + i, 2, SEVERITY_LABEL[x.severity], {
      ...NUM,
      ...(x.severity === "error" ? { fill: "#F8CBAD" } : {}),
    });
    s.value(row + i, 3, x.message, TEXT);
    s.merge({ top: row + i, left: 3, bottom: row + i, right: H.length });
  });
  return s.edits;
}

function synonymsSheet(name: string, table: SynonymsTable): EditSet {
  const s = new SheetBuilder(name);
  const entries = Object.entries(table);
  const width = Math.max(1, ...entries.map(([, v]) => v.length));
  s.widths([48, ...Array.from({ length: width }, () => 30)]);
  s.value(1, 1, ROLLUP_SYNONYMS_SHEET.headerField, HEAD);
  s.value(1, 2, ROLLUP_SYNONYMS_SHEET.headerOthers, HEAD);
  if (width > 1) s.merge({ top: 1, left: 2, bottom: 1, right: 1 + width });
  entries.forEach(([canonical, others], i) => {
    s.value(2 + i, 1, canonical, CELL);
    others.forEach((o, j) => s.value(2 + i, 2 + j, o, CELL));
  });
  s.value(3 + entries.length, 1, ROLLUP_SYNONYMS_SHEET.hint, { italic: true, wrap: true });
  s.merge({ top: 3 + entries.length, left: 1, bottom: 3 + entries.length, right: 1 + width });
  return s.edits;
}

function iso(s: string): IsoDate {
  const [y, m, d] = s.split("-").map(Number);
  return { y, m, d };
}

/** The district workbook's sheets, and what `tthc check` will say about its Biểu 06a. */
export function layoutDistrict(r: Rollup, o: DistrictLayoutOptions = {}): DistrictWorkbook {
  const sheets: DistrictSheets = { ...ROLLUP_SHEETS, ...(o.sheets ?? {}) };
  const district = filledForm(
    { sheets: [] },
    sheets.form06a,
    r.fields.map((f) => ({ name: f.name, counts: inputsOf(f.counts) })),
    r,
    o
  );
  const perUnit = filledForm(
    district.snapshot,
    sheets.byUnit,
    r.byUnit.map((u) => ({ name: u.unit, counts: inputsOf(u.counts) })),
    r,
    o,
    ROLLUP_LAYOUT.unitHeader
  );
  const findings = check06a(district.form, null, [sheets.form06a]);
  const parts = [
    district.edits,
    perUnit.edits,
    evaluationSheet(sheets.evaluation, r),
    problemsSheet(sheets.problems, r, findings),
  ];
  if (o.synonyms) parts.push(synonymsSheet(sheets.synonyms, o.synonyms));
  const edits = mergeEditSets(...parts);
  const snapshot = applyEditsToSnapshot({ sheets: [] }, edits);
  return { edits, sheets, form: district.form, findings, snapshot };
}
