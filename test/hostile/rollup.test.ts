// A roll-up never counts its own output (issue 12, point 4): the district workbook carries a
// marker (a defined name) and is left out of a later roll-up of the same folder, as is a
// summary made before the marker existed (known by its sheets). Measured in a child process.
import * as fs from "fs";
import ExcelJS from "exceljs";
import { UnitSpec, writeUnit } from "../rollup/helpers";
import { expectBounded, printTable, sha, tempDir, tthcMeasured } from "./harness";

const d = tempDir();
afterAll(() => {
  d.cleanup();
  printTable("Hostile corpus — roll-up");
});

const row = (name: string, n: number) => ({ name, counts: [n, n, 0, 0, n, n, 0, 0, 0, 0, 0] });
const spec = (unit: string): UnitSpec => ({
  unit,
  rows: [row("Lĩnh vực Hộ tịch", 2), row("Lĩnh vực Chứng thực", 3)],
  scores: [2, 2, 2, 2, 2, 2, 2, 2, 1.8],
});

test("a second roll-up into the same folder leaves the first one's workbook out: same totals, said once", async () => {
  const dir = d.file("huyen");
  fs.mkdirSync(dir);
  await writeUnit(`${dir}/a.xlsx`, spec("UBND PHƯỜNG A"));
  await writeUnit(`${dir}/b.xlsx`, spec("UBND PHƯỜNG B"));
  const first = tthcMeasured("rollup: first run", "rollup", dir, "-o", `${dir}/tong-hop.xlsx`);
  expectBounded(first);
  expect(first.status).toBe(0);
  const totals = /nhận giải quyết [\d.]+, đã giải quyết [\d.]+/.exec(first.out)![0];
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(`${dir}/tong-hop.xlsx`);
  expect(book.definedNames.model.map((n) => n.name)).toContain("TTHC_TONG_HOP");

  const before = sha(`${dir}/tong-hop.xlsx`);
  const second = tthcMeasured(
    "rollup: second run, own output in the folder",
    "rollup",
    dir,
    "-o",
    `${dir}/tong-hop-2.xlsx`
  );
  expectBounded(second);
  expect(second.status).toBe(0);
  expect(second.out).toContain(totals);
  expect(second.out).toMatch(/Đã đọc 2\/2 tệp/);
  expect(second.out).toMatch(
    /Bỏ qua 1 sổ tính tổng hợp \(không cộng lại kết quả tổng hợp\): tong-hop\.xlsx/
  );
  expect(sha(`${dir}/tong-hop.xlsx`)).toBe(before);
});

test("a summary without the marker (an older one) is known by its sheets and left out", async () => {
  const dir = d.file("cu");
  fs.mkdirSync(dir);
  await writeUnit(`${dir}/a.xlsx`, spec("UBND PHƯỜNG A"));
  const first = tthcMeasured("rollup: make a summary", "rollup", dir, "-o", d.file("ngoai.xlsx"));
  expect(first.status).toBe(0);
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(d.file("ngoai.xlsx"));
  book.definedNames.remove("'Biểu 06a'!$A$1", "TTHC_TONG_HOP");
  await book.xlsx.writeFile(`${dir}/tong-hop-cu.xlsx`);
  const m = tthcMeasured(
    "rollup: unmarked old summary in the folder",
    "rollup",
    dir,
    "-o",
    d.file("ngoai-2.xlsx")
  );
  expectBounded(m);
  expect(m.out).toMatch(/Bỏ qua 1 sổ tính tổng hợp.*tong-hop-cu\.xlsx/);
  expect(m.out).toMatch(/Đã đọc 1\/1 tệp/);
});
