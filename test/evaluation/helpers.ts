// Small workbook builders for the evaluation tests.
import { CellSnapshot, WorkbookSnapshot } from "../../src/core/grid";
import { applyEditsToSnapshot, mergeEditSets, sheetFromRows } from "../../src/core/snapshotEdits";
import {
  BallotInput,
  layoutBallotsSheet,
  layoutEvaluationSheet,
  EvaluationLayoutOptions,
} from "../../src/core/evaluation";
import { EVAL_INDEX_NAMES } from "../../src/core/messages/evaluation";

export const EMPTY: WorkbookSnapshot = { sheets: [] };

export type Cell = unknown;

export interface ReferenceTableOptions {
  self?: Cell[];
  appraised?: Cell[];
  totalSelf?: Cell;
  totalAppraised?: Cell;
  note?: Cell;
  ballotsLine?: Cell[];
  shares?: Cell[] | null;
  counts?: Cell[] | null;
  /** Insert the blank line the reference has between index 5 and 6. */
  gap?: boolean;
  headers?: string[];
  levels?: string[];
}

export const REF_SCORES = [1.8, 1.8, 2, 2, 2, 2, 1.8, 2, 2];
export const LEVELS = [
  "Rất không hài lòng",
  "Không hài lòng",
  "Bình thường",
  "Hài lòng",
  "Rất hài lòng",
];
export const HEADERS = [
  "Chỉ số",
  "Tên chỉ số",
  "Điểm chuẩn",
  "Điểm tự chấm",
  "Điểm thẩm định",
  "ghi chú",
];

/**
 * Rows of an evaluation table laid out like the reference's (the table starts in column A of
 * the returned rows). Row numbers when placed at row 1 and without a gap: header 5, indices
 * 6–14, total 15, satisfaction header 18, values 19 (counts 20 when both).
 */
export function referenceRows(o: ReferenceTableOptions = {}): Cell[][] {
  const self = o.self ?? REF_SCORES;
  const appraised = o.appraised ?? REF_SCORES;
  const rows: Cell[][] = [
    ["Cơ quan/đơn vị: UBND PHƯỜNG PHÚ SƠN"],
    ["Thời điểm đánh giá: Quý 1, Năm 2024"],
    o.ballotsLine ?? ["Số phiếu đánh giá: 103"],
    ["I. Đánh giá việc giải quyết thủ tục hành chính"],
    o.headers ?? HEADERS,
  ];
  for (let i = 0; i < 9; i++) {
    if (o.gap && i === 5) rows.push([]);
    rows.push([i + 1, EVAL_INDEX_NAMES[i], 2, self[i] ?? null, appraised[i] ?? null, null]);
  }
  rows.push([
    "Tổng cộng",
    null,
    18,
    o.totalSelf === undefined ? 17.4 : o.totalSelf,
    o.totalAppraised === undefined ? 17.4 : o.totalAppraised,
    o.note === undefined ? "Xếp loại: Xuất sắc" : o.note,
  ]);
  rows.push(["II. Đánh giá mức độ hài lòng"]);
  rows.push(["Tỷ lệ % mức độ hài lòng trong việc giải quyết thủ tục hành chính"]);
  rows.push(o.levels ?? LEVELS);
  if (o.shares !== null) rows.push(o.shares ?? [0, 0, 0, 21.4, 78.6]);
  if (o.counts) rows.push(o.counts);
  return rows;
}

export function referenceWorkbook(
  o: ReferenceTableOptions = {},
  extra: WorkbookSnapshot["sheets"] = []
): WorkbookSnapshot {
  return { sheets: [sheetFromRows("Đánh giá", referenceRows(o)), ...extra] };
}

/** A ballots sheet with header STT | Chỉ số 1…9 | Mức độ hài lòng at row 1. */
export function ballotsSheet(ballots: { scores: Cell[]; level: Cell }[], name = "Phiếu") {
  const rows: Cell[][] = [
    ["STT", ...Array.from({ length: 9 }, (_, i) => `Chỉ số ${i + 1}`), "Mức độ hài lòng"],
  ];
  ballots.forEach((b, k) => rows.push([k + 1, ...b.scores, b.level]));
  return sheetFromRows(name, rows);
}

/** A workbook made with the project's own layouts. */
export function layoutWorkbook(
  ballots: BallotInput[] | null,
  eval_: Partial<EvaluationLayoutOptions> = {},
  base: WorkbookSnapshot = EMPTY
): WorkbookSnapshot {
  const e = layoutEvaluationSheet({
    sheet: "Đánh giá",
    unit: "UBND phường Phú Sơn",
    periodLabel: "Quý 1, Năm 2024",
    ...eval_,
  });
  const sets = [e];
  if (ballots) sets.push(layoutBallotsSheet({ sheet: "Phiếu", ballots }));
  return applyEditsToSnapshot(base, mergeEditSets(...sets));
}

/** Ballots that all score `s` on every index, at one level. */
export function uniformBallots(
  n: number,
  s: number,
  level: string
): { scores: number[]; level: string }[] {
  return Array.from({ length: n }, () => ({ scores: Array(9).fill(s), level }));
}

export function cellAt(
  wb: WorkbookSnapshot,
  sheet: string,
  row: number,
  col: number
): CellSnapshot | null {
  const s = wb.sheets.find((x) => x.name === sheet);
  if (!s) return null;
  return s.data[row - s.top]?.[col - s.left] ?? null;
}
