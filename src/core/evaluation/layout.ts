// The sheets as a clerk expects them, as pure EditSets: the evaluation table (with its
// satisfaction table and "Số phiếu đánh giá"), the ballots sheet, and the thresholds table.
// Used by the sample builder and by the add-in's "Tạo biểu mẫu" (blank when there is no data).
//
// Evaluation sheet (columns A–F):
//   1  unit (A:B)                       national name (D:F)
//   2                                   motto (D:F)
//   4  title (A:F)
//   6  Cơ quan/đơn vị: …   7  Thời điểm đánh giá: …   8  Số phiếu đánh giá: (A:B) | number (C)
//   10 I. …                11 headers   12–20 the nine indices   21 Tổng cộng | 18 | total | total | Xếp loại
//   23 II. …               24 title (A:F)   25 Mức độ | five levels (B–F)   26 Tỷ lệ (%) | five shares
//   28–29 signer (D:F)
// Ballots sheet: row 1 STT | Chỉ số 1 … Chỉ số 9 | Mức độ hài lòng (A–K); one ballot per row from 2.
import { CellEdit, CellStyle, EditSet, emptyEdits, Rect } from "../grid";
import { EVAL_HEADERS, EVAL_INDEX_NAMES, EVAL_LAYOUT, EVAL_LEVELS } from "../messages/evaluation";
import { sumScores } from "./compute";
import { DEFAULT_THRESHOLDS, minimumText } from "./thresholds";
import { GradeThreshold } from "./types";

/** Where the evaluation layout puts things (rows and columns, 1-based). */
export const EVAL_SHEET_LAYOUT = {
  ballotsCount: { row: 8, col: 3 },
  headerRow: 11,
  firstIndexRow: 12,
  totalRow: 21,
  cols: { no: 1, name: 2, max: 3, self: 4, appraised: 5, note: 6 },
  satisfactionHeaderRow: 25,
  shareRow: 26,
  /** Columns of the five levels. */
  levelCols: [2, 3, 4, 5, 6],
} as const;

/** Where the ballots layout puts things. */
export const BALLOTS_SHEET_LAYOUT = {
  headerRow: 1,
  firstRow: 2,
  noCol: 1,
  firstScoreCol: 2,
  levelCol: 11,
} as const;

export interface EvaluationLayoutOptions {
  sheet: string;
  /** "UBND phường Phú Sơn" */
  unit: string;
  /** "Quý 1, Năm 2024" */
  periodLabel: string;
  scores?: { self?: (number | null)[]; appraised?: (number | null)[] };
  ballotsCount?: number | null;
  /** Five shares in percent, lowest level first. */
  satisfaction?: (number | null)[] | null;
  grade?: string | null;
  /** Totals written as typed values (instead of SUM formulas over the scores). */
  total?: { self?: number | null; appraised?: number | null };
  /** Add the sheet to `newSheets` (default true). */
  createSheet?: boolean;
}

const BORDER: CellStyle = { border: true };
const HEAD: CellStyle = { bold: true, border: true, horizontal: "center", wrap: true };
const NUM: CellStyle = { border: true, horizontal: "center" };

class Builder {
  readonly edits: EditSet = emptyEdits();
  constructor(readonly sheet: string) {}
  cell(row: number, col: number, e: Omit<CellEdit, "sheet" | "row" | "col">): void {
    this.edits.cells.push({ sheet: this.sheet, row, col, ...e });
  }
  merge(rect: Rect): void {
    this.edits.merges!.push({ sheet: this.sheet, rect });
  }
  width(col: number, width: number): void {
    this.edits.columnWidths!.push({ sheet: this.sheet, col, width });
  }
}

function present(xs: (number | null | undefined)[] | undefined): (number | null)[] | null {
  if (!xs || !xs.some((x) => x !== null && x !== undefined)) return null;
  return Array.from({ length: 9 }, (_, i) => (xs[i] === undefined ? null : xs[i]) as number | null);
}

/** The evaluation sheet; blank where no data is given. */
export function layoutEvaluationSheet(opts: EvaluationLayoutOptions): EditSet {
  const L = EVAL_SHEET_LAYOUT;
  const b = new Builder(opts.sheet);
  if (opts.createSheet !== false) b.edits.newSheets!.push(opts.sheet);
  [9, 58, 12, 13, 13, 22].forEach((w, i) => b.width(i + 1, w));

  b.cell(1, 1, {
    value: opts.unit.normalize("NFC").toUpperCase(),
    style: { bold: true, horizontal: "center" },
  });
  b.merge({ top: 1, left: 1, bottom: 1, right: 2 });
  b.cell(1, 4, { value: EVAL_LAYOUT.nationalName, style: { bold: true, horizontal: "center" } });
  b.merge({ top: 1, left: 4, bottom: 1, right: 6 });
  b.cell(2, 4, { value: EVAL_LAYOUT.nationalMotto, style: { bold: true, horizontal: "center" } });
  b.merge({ top: 2, left: 4, bottom: 2, right: 6 });
  b.cell(4, 1, { value: EVAL_LAYOUT.title, style: { bold: true, horizontal: "center" } });
  b.merge({ top: 4, left: 1, bottom: 4, right: 6 });
  b.cell(6, 1, { value: `${EVAL_LAYOUT.unitLabel} ${opts.unit.normalize("NFC").toUpperCase()}` });
  b.merge({ top: 6, left: 1, bottom: 6, right: 6 });
  b.cell(7, 1, { value: `${EVAL_LAYOUT.periodLabel} ${opts.periodLabel}` });
  b.merge({ top: 7, left: 1, bottom: 7, right: 6 });
  b.cell(8, 1, { value: `${EVAL_HEADERS.ballotsLabel}:` });
  b.merge({ top: 8, left: 1, bottom: 8, right: 2 });
  if (opts.ballotsCount !== undefined && opts.ballotsCount !== null)
    b.cell(L.ballotsCount.row, L.ballotsCount.col, {
      value: opts.ballotsCount,
      style: { bold: true, horizontal: "left" },
    });

  b.cell(10, 1, { value: EVAL_LAYOUT.sectionScores, style: { bold: true } });
  b.merge({ top: 10, left: 1, bottom: 10, right: 6 });
  const heads = [
    EVAL_HEADERS.no,
    EVAL_HEADERS.name,
    EVAL_HEADERS.max,
    EVAL_HEADERS.self,
    EVAL_HEADERS.appraised,
    EVAL_HEADERS.note,
  ];
  heads.forEach((h, i) => b.cell(L.headerRow, i + 1, { value: h, style: HEAD }));

  const self = present(opts.scores?.self);
  const appraised = present(opts.scores?.appraised);
  for (let i = 0; i < 9; i++) {
    const r = L.firstIndexRow + i;
    b.cell(r, L.cols.no, { value: i + 1, style: NUM });
    b.cell(r, L.cols.name, { value: EVAL_INDEX_NAMES[i], style: { border: true, wrap: true } });
    b.cell(r, L.cols.max, { value: 2, style: NUM });
    b.cell(r, L.cols.self, { ...(self && self[i] !== null ? { value: self[i] } : {}), style: NUM });
    b.cell(r, L.cols.appraised, {
      ...(appraised && appraised[i] !== null ? { value: appraised[i] } : {}),
      style: NUM,
    });
    b.cell(r, L.cols.note, { style: BORDER });
  }
  const T = L.totalRow;
  const first = L.firstIndexRow;
  const last = L.firstIndexRow + 8;
  b.cell(T, L.cols.no, { value: EVAL_HEADERS.total, style: { ...HEAD } });
  b.cell(T, L.cols.name, { style: HEAD });
  b.merge({ top: T, left: 1, bottom: T, right: 2 });
  b.cell(T, L.cols.max, {
    formula: `SUM(C${first}:C${last})`,
    result: 18,
    style: { ...NUM, bold: true },
  });
  const totalCell = (
    col: number,
    letter: string,
    scores: (number | null)[] | null,
    typed: number | null | undefined
  ) => {
    if (typed !== undefined && typed !== null)
      b.cell(T, col, { value: typed, style: { ...NUM, bold: true } });
    else if (scores)
      b.cell(T, col, {
        formula: `SUM(${letter}${first}:${letter}${last})`,
        result: sumScores(scores),
        style: { ...NUM, bold: true },
      });
    else b.cell(T, col, { style: { ...NUM, bold: true } });
  };
  totalCell(L.cols.self, "D", self, opts.total?.self);
  totalCell(L.cols.appraised, "E", appraised, opts.total?.appraised);
  b.cell(T, L.cols.note, {
    ...(opts.grade ? { value: `${EVAL_HEADERS.gradeLabel}: ${opts.grade}` } : {}),
    style: { ...BORDER, bold: true },
  });

  b.cell(23, 1, { value: EVAL_LAYOUT.sectionSatisfaction, style: { bold: true } });
  b.merge({ top: 23, left: 1, bottom: 23, right: 6 });
  b.cell(24, 1, {
    value: EVAL_LAYOUT.satisfactionTitle,
    style: { bold: true, horizontal: "center", wrap: true },
  });
  b.merge({ top: 24, left: 1, bottom: 24, right: 6 });
  b.cell(L.satisfactionHeaderRow, 1, { value: EVAL_HEADERS.levelRowLabel, style: HEAD });
  b.cell(L.shareRow, 1, { value: EVAL_HEADERS.shareRowLabel, style: HEAD });
  EVAL_LEVELS.forEach((lv, i) => {
    const col = L.levelCols[i];
    b.cell(L.satisfactionHeaderRow, col, { value: lv, style: HEAD });
    const v = opts.satisfaction?.[i];
    b.cell(L.shareRow, col, {
      ...(v !== undefined && v !== null ? { value: v } : {}),
      numberFormat: "0.0",
      style: NUM,
    });
  });

  b.cell(28, 4, { value: EVAL_LAYOUT.signer, style: { bold: true, horizontal: "center" } });
  b.merge({ top: 28, left: 4, bottom: 28, right: 6 });
  b.cell(29, 4, { value: EVAL_LAYOUT.signerHint, style: { italic: true, horizontal: "center" } });
  b.merge({ top: 29, left: 4, bottom: 29, right: 6 });
  return b.edits;
}

export interface BallotInput {
  /** Nine scores, 0, 1 or 2 (null for a blank). */
  scores: (number | null)[];
  /** One of the five levels (or "" for a blank). */
  level: string;
}

export interface BallotsLayoutOptions {
  sheet: string;
  ballots: BallotInput[];
  createSheet?: boolean;
}

/** The ballots sheet: a header row, then one ballot per row (none when `ballots` is empty). */
export function layoutBallotsSheet(opts: BallotsLayoutOptions): EditSet {
  const L = BALLOTS_SHEET_LAYOUT;
  const b = new Builder(opts.sheet);
  if (opts.createSheet !== false) b.edits.newSheets!.push(opts.sheet);
  b.width(L.noCol, 6);
  for (let i = 0; i < 9; i++) b.width(L.firstScoreCol + i, 10);
  b.width(L.levelCol, 20);
  b.cell(L.headerRow, L.noCol, { value: EVAL_LAYOUT.ballotNo, style: HEAD });
  for (let i = 0; i < 9; i++)
    b.cell(L.headerRow, L.firstScoreCol + i, {
      value: EVAL_LAYOUT.ballotIndex(i + 1),
      style: HEAD,
    });
  b.cell(L.headerRow, L.levelCol, { value: EVAL_LAYOUT.ballotLevel, style: HEAD });
  opts.ballots.forEach((bal, k) => {
    const r = L.firstRow + k;
    b.cell(r, L.noCol, { value: k + 1, style: NUM });
    for (let i = 0; i < 9; i++) {
      const s = bal.scores[i];
      b.cell(r, L.firstScoreCol + i, {
        ...(s !== null && s !== undefined ? { value: s } : {}),
        style: NUM,
      });
    }
    b.cell(r, L.levelCol, { ...(bal.level ? { value: bal.level } : {}), style: BORDER });
  });
  return b.edits;
}

export interface ThresholdsLayoutOptions {
  sheet: string;
  top?: number;
  left?: number;
  thresholds?: readonly GradeThreshold[];
  createSheet?: boolean;
}

/** The "Ngưỡng xếp loại" settings table (see thresholds.ts for its format). */
export function layoutThresholdsTable(opts: ThresholdsLayoutOptions): EditSet {
  const top = opts.top ?? 1;
  const left = opts.left ?? 1;
  const b = new Builder(opts.sheet);
  if (opts.createSheet !== false) b.edits.newSheets!.push(opts.sheet);
  b.width(left, 16);
  b.width(left + 1, 16);
  b.cell(top, left, { value: EVAL_LAYOUT.thresholdsTitle, style: { bold: true } });
  b.cell(top + 1, left, { value: EVAL_LAYOUT.thresholdsGrade, style: HEAD });
  b.cell(top + 1, left + 1, { value: EVAL_LAYOUT.thresholdsMin, style: HEAD });
  const ts = [...(opts.thresholds ?? DEFAULT_THRESHOLDS)].sort(
    (a, c) => c.min - a.min || Number(a.inclusive) - Number(c.inclusive)
  );
  ts.forEach((t, i) => {
    b.cell(top + 2 + i, left, { value: t.grade, style: BORDER });
    const m = minimumText(t);
    b.cell(top + 2 + i, left + 1, { ...(m === "" ? {} : { value: m }), style: NUM });
  });
  b.cell(top + 3 + ts.length, left, { value: EVAL_LAYOUT.thresholdsHint, style: { italic: true } });
  return b.edits;
}
