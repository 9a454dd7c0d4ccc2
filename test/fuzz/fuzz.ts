// Shared pieces of the fuzz tests: random cell values, random sheets, structural mutations of a
// workbook (cells replaced, rows deleted/duplicated/swapped, columns inserted/deleted, header
// words mutated, merges added), the whole pipeline on one snapshot (which also checks that the
// fill changed no non-empty cell and wrote no formula over its own cell), and a run counter.
import fc from "fast-check";
import {
  CellSnapshot,
  colNumber,
  Rect,
  SheetSnapshot,
  WorkbookSnapshot,
} from "../../src/core/grid";
import { applyEditsToSnapshot, sheetFromRows } from "../../src/core/snapshotEdits";
import { analyse, fillAll, reportDataOf } from "../../src/core/workbook";
import { locateAll } from "../../src/core/form06a";
import { check06a } from "../../src/core/form06a";
import { renderReportMarkup } from "../../src/docx/template";
import { deleteCol, duplicateRow, insertCol, insertRows, put, swapRows } from "../corpus/edit";
import type { Val } from "../helpers/form06a";
import {
  allowedFillChange,
  changedCells,
  derivedCellsOf,
  describeChange,
} from "../nothing-lost/compare";

// ---- Run counter ---------------------------------------------------------------------------

let runs = 0;

/** Count one run of a property (called inside each property). */
export function counted(): void {
  runs++;
}

/** Runs counted so far in this test file. */
export function runCount(): number {
  return runs;
}

// ---- Values --------------------------------------------------------------------------------

/** Words that steer the locators: header words of 06a, the evaluation, ballots, the text sheet. */
export const WORDS = [
  "STT",
  "TT",
  "Lĩnh vực",
  "Đơn vị",
  "Số hồ sơ nhận giải quyết",
  "Số hồ sơ đã giải quyết",
  "Số lượng hồ sơ đang giải quyết",
  "Số hồ sơ nhận",
  "giải quyết",
  "Tổng số",
  "Trong đó",
  "Trực tuyến",
  "Trực tiếp, dịch vụ bưu chính",
  "Từ kỳ trước",
  "Trước hạn",
  "Đúng hạn",
  "Quá hạn",
  "Trong hạn",
  "Tổng cộng",
  "-Tổng-",
  "Cộng",
  "NGƯỜI LẬP BIỂU",
  "(Từ ngày 15/12/2023 đến ngày 14/03/2024)",
  "(Từ ngày 31/02/2024 đến ngày 99/99/9999)",
  "Đơn vị báo cáo:",
  "UBND phường Phú Sơn",
  "(1)",
  "(3)",
  "(13)",
  "Chỉ số",
  "Tên chỉ số",
  "Điểm chuẩn",
  "Điểm tự chấm",
  "Điểm thẩm định",
  "Chỉ số 1",
  "Chỉ số 9",
  "Mức độ hài lòng",
  "Rất hài lòng",
  "Không hài lòng",
  "Số phiếu đánh giá: ……",
  "Xếp loại:",
  "Xuất sắc",
  "Ngưỡng xếp loại",
  "Thuyết minh",
  "Tên đơn vị",
  "Ngày báo cáo",
  "Kính gửi",
  "1,8",
  "1.234",
  "31",
  " 2 ",
  "-5",
  "#N/A",
  "{{constructor}}",
  "# Mục giả\n::table bang06a",
  "",
  "   ",
];

/** Any value a cell may hold, weighted towards what steers the code. */
export const cellValue: fc.Arbitrary<Val> = fc.oneof(
  { weight: 4, arbitrary: fc.constant(null) },
  { weight: 4, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 3, arbitrary: fc.integer({ min: -10, max: 200 }) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(0.5, 1.8, 2 ** 53, 1e15, -0, Number.MAX_SAFE_INTEGER, 1e308),
  },
  // (Excel holds no NaN or infinity, and no invalid date: hosts never produce them.)
  { weight: 1, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
  {
    weight: 1,
    arbitrary: fc.constantFrom<Val>(
      { error: "#REF!" },
      { error: "#VALUE!" },
      { error: "#DIV/0!" },
      true,
      false,
      new Date(Date.UTC(2024, 2, 14)),
      new Date(Date.UTC(1899, 11, 31))
    ),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom<Val>(
      { value: 7, formula: "SUM(D10:F10)" },
      { value: null, formula: "X" },
      { value: { error: "#REF!" }, formula: "#REF!" },
      { value: "31", formula: '"31"' }
    ),
  }
);

/** A random sheet: up to 30 × 18 cells anywhere, a few merges. */
export const randomSheet: fc.Arbitrary<SheetSnapshot> = fc
  .record({
    rows: fc.array(fc.array(cellValue, { maxLength: 18 }), { maxLength: 30 }),
    top: fc.integer({ min: 1, max: 40 }),
    left: fc.integer({ min: 1, max: 10 }),
    merges: fc.array(rect(40, 24), { maxLength: 6 }),
  })
  .map((g) => sheetFromRows("S", g.rows, { top: g.top, left: g.left, merges: g.merges }));

function rect(maxTop: number, maxLeft: number): fc.Arbitrary<Rect> {
  return fc
    .record({
      top: fc.integer({ min: 1, max: maxTop }),
      left: fc.integer({ min: 1, max: maxLeft }),
      h: fc.nat(3),
      w: fc.nat(4),
    })
    .map((m) => ({ top: m.top, left: m.left, bottom: m.top + m.h, right: m.left + m.w }));
}

// ---- Mutations -----------------------------------------------------------------------------

export type Mutation =
  | { kind: "set"; r: number; c: number; v: Val }
  | { kind: "delete-row"; r: number }
  | { kind: "duplicate-row"; r: number; to: number }
  | { kind: "swap-rows"; a: number; b: number }
  | { kind: "insert-col"; c: number }
  | { kind: "delete-col"; c: number }
  | {
      kind: "header-text";
      r: number;
      c: number;
      how: "upper" | "lower" | "nfd" | "drop-word" | "typo" | "word";
      word: string;
    }
  | { kind: "merge"; rect: Rect }
  | { kind: "unmerge" }
  | { kind: "blank-rows"; r: number; n: number };

/** A mutation of a sheet whose interesting part lies in rows 1…maxRow, columns 1…maxCol. */
export function mutation(maxRow: number, maxCol: number): fc.Arbitrary<Mutation> {
  const row = fc.integer({ min: 1, max: maxRow });
  const col = fc.integer({ min: 1, max: maxCol });
  return fc.oneof(
    {
      weight: 6,
      arbitrary: fc.record({ kind: fc.constant("set" as const), r: row, c: col, v: cellValue }),
    },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant("delete-row" as const), r: row }) },
    {
      weight: 2,
      arbitrary: fc.record({ kind: fc.constant("duplicate-row" as const), r: row, to: row }),
    },
    {
      weight: 2,
      arbitrary: fc.record({ kind: fc.constant("swap-rows" as const), a: row, b: row }),
    },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant("insert-col" as const), c: col }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant("delete-col" as const), c: col }) },
    {
      weight: 3,
      arbitrary: fc.record({
        kind: fc.constant("header-text" as const),
        r: row,
        c: col,
        how: fc.constantFrom(
          "upper" as const,
          "lower" as const,
          "nfd" as const,
          "drop-word" as const,
          "typo" as const,
          "word" as const
        ),
        word: fc.constantFrom(...WORDS),
      }),
    },
    {
      weight: 2,
      arbitrary: fc.record({ kind: fc.constant("merge" as const), rect: rect(maxRow, maxCol) }),
    },
    { weight: 1, arbitrary: fc.constant({ kind: "unmerge" as const }) },
    {
      weight: 1,
      arbitrary: fc.record({
        kind: fc.constant("blank-rows" as const),
        r: row,
        n: fc.integer({ min: 1, max: 3 }),
      }),
    }
  );
}

function cloneSheet(s: SheetSnapshot): SheetSnapshot {
  return {
    ...s,
    data: s.data.map((r) => (r ? r.map((c) => (c ? { ...c } : c)) : r)),
    merges: s.merges.map((m) => ({ ...m })),
  };
}

function mutateText(
  t: string,
  how: "upper" | "lower" | "nfd" | "drop-word" | "typo" | "word",
  word: string
): string {
  switch (how) {
    case "upper":
      return t.toUpperCase();
    case "lower":
      return t.toLowerCase();
    case "nfd":
      return t.normalize("NFD");
    case "drop-word":
      return t.split(" ").slice(1).join(" ");
    case "typo":
      return t.length > 2 ? t.slice(0, 1) + t.slice(2) : t + "x";
    case "word":
      return word;
  }
}

/** Apply mutations to a copy of the sheet (rows and columns stay within the sheet's anchor). */
export function mutate(sheet: SheetSnapshot, muts: Mutation[]): SheetSnapshot {
  const s = cloneSheet(sheet);
  const inRows = (r: number) => r >= s.top && r < s.top + s.data.length;
  for (const m of muts) {
    switch (m.kind) {
      case "set":
        if (m.r >= s.top && m.c >= s.left) put(s, m.r, m.c, m.v);
        break;
      case "delete-row":
        if (inRows(m.r)) s.data.splice(m.r - s.top, 1);
        break;
      case "duplicate-row":
        if (inRows(m.r) && inRows(m.to)) duplicateRow(s, m.r, m.to);
        break;
      case "swap-rows":
        if (inRows(m.a) && inRows(m.b)) swapRows(s, m.a, m.b);
        break;
      case "insert-col":
        if (m.c >= s.left) insertCol(s, m.c);
        break;
      case "delete-col":
        if (m.c >= s.left) deleteCol(s, m.c);
        break;
      case "header-text": {
        const c = inRows(m.r) && m.c >= s.left ? s.data[m.r - s.top]?.[m.c - s.left] : null;
        if (c && typeof c.value === "string") put(s, m.r, m.c, mutateText(c.value, m.how, m.word));
        break;
      }
      case "merge":
        s.merges.push({ ...m.rect });
        break;
      case "unmerge":
        s.merges = [];
        break;
      case "blank-rows":
        if (inRows(m.r)) insertRows(s, m.r, m.n);
        break;
    }
  }
  return s;
}

// ---- The pipeline ----------------------------------------------------------------------------

const BAD_TEXT = /\bundefined\b|\bNaN\b|\[object /;

/**
 * Everything both hosts do with a workbook: analyse (06a, evaluation), fill, the workbook after
 * the fill analysed again, the report's data and markup, and every located 06a checked. Nothing
 * may throw; every message is non-empty text without "undefined"/"NaN".
 */
export function pipeline(wb: WorkbookSnapshot): {
  a: ReturnType<typeof analyse>;
  after: WorkbookSnapshot;
} {
  const a = analyse(wb);
  if (!a.form) expect(a.formError).toMatch(/Biểu 06a|trang tính/);
  const f = fillAll(wb, a);
  const after = applyEditsToSnapshot(wb, f.edits);
  const a2 = analyse(after);
  const rd = reportDataOf(wb, a);
  if (a.form) renderReportMarkup(rd.data);
  for (const form of locateAll(wb)) check06a(form, form);
  for (const x of [...a.findings, ...a2.findings, ...rd.textFindings]) {
    expect(typeof x.message).toBe("string");
    expect(x.message.length).toBeGreaterThan(0);
    expect(x.message).not.toMatch(BAD_TEXT);
  }
  for (const c of f.conflicts) expect(c.message).not.toMatch(BAD_TEXT);
  for (const w of rd.warnings) expect(w).not.toMatch(BAD_TEXT);
  // Nothing lost: no non-empty cell changed beyond what a fill may do; no formula sums its own cell.
  const lost = changedCells(wb, after).filter((c) => !allowedFillChange(c, derivedCellsOf(a.form)));
  expect(lost.map(describeChange)).toEqual([]);
  for (const e of f.edits.cells)
    if (e.formula !== undefined) expect(coversOwnCell(e.formula, e.row, e.col)).toBe(false);
  return { a, after };
}

/** Whether a formula's plain references ("SUM(C10:C14)", "H10/G10") include its own cell. */
export function coversOwnCell(formula: string, row: number, col: number): boolean {
  if (/!/.test(formula)) return false; // references to other sheets
  return [...formula.matchAll(/\b([A-Z]{1,3})(\d+)(?::([A-Z]{1,3})(\d+))?/g)].some((m) => {
    const c1 = colNumber(m[1]);
    const c2 = colNumber(m[3] ?? m[1]);
    const r1 = Number(m[2]);
    const r2 = Number(m[4] ?? m[2]);
    return (
      Math.min(c1, c2) <= col &&
      col <= Math.max(c1, c2) &&
      Math.min(r1, r2) <= row &&
      row <= Math.max(r1, r2)
    );
  });
}

export function cell(v: Val): CellSnapshot | null {
  if (v === null || v === undefined) return null;
  if (typeof v === "object" && !(v instanceof Date))
    return "value" in v ? (v as CellSnapshot) : { value: v as { error: string } };
  return { value: v };
}
