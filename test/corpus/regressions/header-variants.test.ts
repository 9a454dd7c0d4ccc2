// Header variants the locator used to miss or misread:
// - group titles typed over two cells, one under the other ("Số hồ sơ nhận" / "giải quyết"):
//   the form was not found (exit 2);
// - sub-headers in another order (Đúng hạn before Trước hạn, Quá hạn before Trong hạn): the
//   columns were read in the form's order, so early and on-time (and the report's shares) were
//   silently swapped;
// - an extra column inside a group: (5) and (6) were read one column to the left.
import { colLetter, SheetSnapshot } from "../../../src/core/grid";
import { CountKey } from "../../../src/core/form06a";
import { analyse, fillAll, summary06a } from "../../../src/core/workbook";
import { applyEditsToSnapshot } from "../../../src/core/snapshotEdits";
import { build06a, Built06a, counts, ROWS_OK, RowSpec, Val } from "../../helpers/form06a";
import { get, insertCol, insertRows, put } from "../edit";

const ROWS: RowSpec[] = [
  ...ROWS_OK,
  { name: "Lĩnh vực Tư pháp", counts: counts(2, 3, 1, 2, 1, 1, 2, 0) },
];

function sheetOf(b: Built06a): SheetSnapshot {
  return b.wb.sheets[0];
}

function letters(cols: Record<CountKey, number>, keys: CountKey[]): string[] {
  return keys.map((k) => colLetter(cols[k]));
}

/** Check, fill, check again: the form is clean before and after. */
function cleanThroughFill(b: Built06a) {
  const a = analyse(b.wb);
  expect(a.formError).toBeNull();
  expect(a.findings).toEqual([]);
  const after = applyEditsToSnapshot(b.wb, fillAll(b.wb, a).edits);
  expect(analyse(after).findings).toEqual([]);
  return a;
}

test('group titles split over two cells ("Số hồ sơ nhận" above "giải quyết") are found', () => {
  const b = build06a(ROWS, { merges: false });
  const s = sheetOf(b);
  insertRows(s, b.headerTop + 1, 1);
  for (const [col, top, below] of [
    [3, "Số hồ sơ nhận", "giải quyết"],
    [7, "Số hồ sơ", "đã giải quyết"],
    [11, "Số lượng hồ sơ", "đang giải quyết"],
  ] as const) {
    put(s, b.headerTop, col, top);
    put(s, b.headerTop + 1, col, below);
  }
  const a = cleanThroughFill(b);
  expect(a.form?.headerTop).toBe(b.headerTop);
  expect(a.form?.rows.map((r) => r.name)).toEqual(ROWS.map((r) => r.name));
  expect(letters(a.form!.cols, ["received", "resolved", "pending", "overdue"])).toEqual([
    "C",
    "G",
    "K",
    "M",
  ]);
});

test("sub-headers in another order are read by their words; the numbering row follows them", () => {
  const b = build06a(ROWS);
  const s = sheetOf(b);
  const swap = (x: number, y: number, rows: number[]) => {
    for (const r of rows) {
      const cx = get(s, r, x);
      put(s, r, x, get(s, r, y) as Val);
      put(s, r, y, cx as Val);
    }
  };
  const body = [
    b.headerTop + 1,
    b.headerTop + 2,
    b.headerBottom,
    ...b.dataRows,
    b.totalRow as number,
  ];
  swap(8, 9, body); // Trước hạn ↔ Đúng hạn, with their figures and their (8)/(9)
  swap(12, 13, body); // Trong hạn ↔ Quá hạn
  const a = cleanThroughFill(b);
  expect(letters(a.form!.cols, ["early", "onTime", "withinTime", "overdue"])).toEqual([
    "I",
    "H",
    "M",
    "L",
  ]);
  expect(a.form?.hasNumberingRow).toBe(true);
  // The figures the report prints are the right ones.
  const t = summary06a(a.form!).total;
  expect([t.early, t.onTime, t.withinTime, t.overdue]).toEqual([62, 23, 5, 0]);
});

test("an extra column inside a group is skipped, not read as (5)", () => {
  const b = build06a(ROWS);
  const s = sheetOf(b);
  insertCol(s, 5); // "Trong đó" and the group title now span the new column E
  put(s, b.headerTop + 2, 5, "Ghi chú nguồn");
  b.dataRows.forEach((r, i) => put(s, r, 5, i % 2 ? "Cổng DVC" : 7));
  const a = cleanThroughFill(b);
  expect(letters(a.form!.cols, ["online", "direct", "carriedOver", "resolved"])).toEqual([
    "D",
    "F",
    "G",
    "H",
  ]);
});

test("sub-headers that do not name every column keep the form's order", () => {
  const b = build06a(ROWS);
  const s = sheetOf(b);
  put(s, b.headerTop + 1, 8, "Cột A");
  put(s, b.headerTop + 1, 9, "Cột B");
  const a = analyse(b.wb);
  expect(letters(a.form!.cols, ["early", "onTime", "late"])).toEqual(["H", "I", "J"]);
});
