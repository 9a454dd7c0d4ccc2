// A single stray cell at XFD1048576 (the last cell of a sheet) used to make every scan of the
// sheet run over 1,048,576 rows × 16,384 columns: check never finished. Scans now go row by row
// up to each row's last cell.
import { CellSnapshot, SheetSnapshot, WorkbookSnapshot } from "../../../src/core/grid";
import { analyse, fillAll, reportDataOf } from "../../../src/core/workbook";
import { build06a, ROWS_OK } from "../../helpers/form06a";

const LAST_ROW = 1_048_576;
const LAST_COL = 16_384;

/** The snapshot a host builds for that sheet: empty rows down to the last, whose last cell holds ".". */
function withStrayCell(s: SheetSnapshot): SheetSnapshot {
  const data = s.data.map((r) => r);
  while (data.length < LAST_ROW - s.top) data.push([]);
  const last: (CellSnapshot | null)[] = new Array(LAST_COL - s.left).fill(null);
  last.push({ value: "." });
  data.push(last);
  return { ...s, data };
}

function timed<T>(f: () => T): { value: T; ms: number } {
  const t = Date.now();
  const value = f();
  return { value, ms: Date.now() - t };
}

test("Biểu 06a with a stray cell at XFD1048576 is found, checked and filled in seconds", () => {
  const b = build06a(ROWS_OK);
  const wb: WorkbookSnapshot = { sheets: [withStrayCell(b.wb.sheets[0])] };
  const { value: a, ms } = timed(() => analyse(wb));
  expect(a.form?.rows.map((r) => r.name)).toEqual(ROWS_OK.map((r) => r.name));
  expect(a.findings).toEqual([]);
  expect(ms).toBeLessThan(5000);
  const { ms: fillMs } = timed(() => fillAll(wb, a));
  expect(fillMs).toBeLessThan(5000);
});

test("the evaluation, ballots, thresholds and text-sheet scans are row-bounded too", () => {
  const b = build06a(ROWS_OK);
  const stray = withStrayCell({
    name: "Đánh giá",
    top: 1,
    left: 1,
    data: [[{ value: "Ghi chú" }]],
    merges: [],
  });
  const text = withStrayCell({
    name: "Thuyết minh",
    top: 1,
    left: 1,
    data: [[{ value: "Tên đơn vị" }, { value: "UBND phường Phú Sơn" }]],
    merges: [],
  });
  const wb: WorkbookSnapshot = {
    sheets: [...b.wb.sheets, stray, { ...text, name: "Cài đặt" }, text],
  };
  const { value: a, ms } = timed(() => analyse(wb));
  expect(a.form).not.toBeNull();
  expect(a.evaluation).toBeNull();
  const { value: r, ms: reportMs } = timed(() => reportDataOf(wb, a));
  expect(r.data.unit.name).toContain("Phú Sơn");
  expect(ms + reportMs).toBeLessThan(8000);
});
