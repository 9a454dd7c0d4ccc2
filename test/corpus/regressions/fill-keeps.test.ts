// Fill must not touch what it cannot see the value of:
// - a blank count cell hidden under a merged area (D11:E11 merged, holding 53) got 0: exceljs
//   writes a merged area's value through any of its cells, so the clerk's 53 became 0;
// - a derived cell whose formula has no cached result (a file written by a program that does
//   not calculate) had its formula replaced; 06a/blank called it "Ô trống";
// - an input cell whose formula has no cached result (='Nguồn'!B5 never computed) got 0 over its
//   formula (found by test/fuzz).
import ExcelJS from "exceljs";
import { analyse, fillAll } from "../../../src/core/workbook";
import { addr } from "../../../src/core/grid";
import { build06a, counts, ROWS_OK, RowSpec, seen } from "../../helpers/form06a";
import { readXlsx, tempDir, tthc, writeXlsx } from "../../helpers/xlsx";
import { put } from "../edit";

const ROWS: RowSpec[] = [
  ...ROWS_OK,
  { name: "Lĩnh vực Tư pháp", counts: counts(2, 3, 1, 2, 1, 1, 2, 0) },
];
const tmp = tempDir();
afterAll(() => tmp.cleanup());

test("a blank cell under a merged area is left alone (the merged value is kept), in the core and in the .xlsx", async () => {
  const b = build06a(ROWS);
  const s = b.wb.sheets[0];
  const r = b.dataRows[1]; // Hộ tịch: online 53, direct 0
  s.merges.push({ top: r, left: 4, bottom: r, right: 5 });
  put(s, r, 5, null);
  const a = analyse(b.wb);
  expect(seen(a.findings).map((f) => `${f.rule} ${f.cell}`)).toEqual([`06a/blank E${r}`]);
  const f = fillAll(b.wb, a);
  expect(
    f.edits.cells
      .filter((e) => e.row === r && (e.col === 4 || e.col === 5))
      .map((e) => addr(e.row, e.col))
  ).toEqual([]);

  const input = await writeXlsx(tmp.file("merged.xlsx"), b.wb);
  const out = tmp.file("merged-filled.xlsx");
  const res = await tthc("fill", input, "-o", out);
  expect(res.code).toBe(0);
  const ws = (await readXlsx(out)).getWorksheet(b.sheet) as ExcelJS.Worksheet;
  expect(ws.getCell(`D${r}`).value).toBe(53);
});

test("a formula without a cached result is kept, and 06a/blank says why it counts as 0", () => {
  const b = build06a(ROWS);
  const s = b.wb.sheets[0];
  const r = b.dataRows[0];
  put(s, r, 3, `=D${r}+E${r}+F${r}`);
  const a = analyse(b.wb);
  const blank = seen(a.findings).filter((x) => x.cell === `C${r}`);
  expect(blank.map((x) => x.rule)).toEqual(["06a/blank"]);
  expect(blank[0].message).toMatch(/công thức.*chưa lưu kết quả/);
  const f = fillAll(b.wb, a);
  expect(f.edits.cells.filter((e) => e.row === r && e.col === 3)).toEqual([]);
  expect(f.conflicts).toEqual([]);
});

test("an input formula without a cached result is kept, not replaced by 0", () => {
  const b = build06a(ROWS);
  const s = b.wb.sheets[0];
  const r = b.dataRows[1];
  put(s, r, 4, "='Nguồn số liệu'!B5");
  const a = analyse(b.wb);
  expect(
    seen(a.findings)
      .filter((x) => x.cell === `D${r}`)
      .map((x) => x.rule)
  ).toEqual(["06a/blank"]);
  const f = fillAll(b.wb, a);
  expect(f.edits.cells.filter((e) => e.row === r && e.col === 4)).toEqual([]);
});
