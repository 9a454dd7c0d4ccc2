// Bounded work on hostile workbooks (issue 12, points 5–6): zip bombs, a directory that lies,
// parts never used, giant and numerous merges, too many cells, fills at Excel's edges and of many
// rows. Each case: `tthc` in a child process, ≤ 30 s and ≤ 1 GB peak, the input unchanged.
import * as fs from "fs";
import { build06a, ROWS_OK, RowSpec } from "../helpers/form06a";
import { expectBounded, expectRefusal, printTable, sha, tempDir, tthcMeasured } from "./harness";
import {
  bigPart,
  form06aXlsx,
  part,
  partsOf,
  withMerges,
  writeFile,
  zipOf,
  zipOfMap,
} from "./make";

const d = tempDir();
afterAll(() => {
  d.cleanup();
  printTable("Hostile corpus — budgets");
});

const SHEET_HEAD =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
  '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';
const SHEET_TAIL = "</sheetData></worksheet>";

/** A 06a workbook whose parts are replaced / added by `edit`. */
async function patched(
  name: string,
  edit: (parts: Map<string, Buffer | string>) => void,
  rows: RowSpec[] = ROWS_OK
): Promise<string> {
  const parts: Map<string, Buffer | string> = partsOf(await form06aXlsx(rows));
  edit(parts);
  return writeFile(d.file(name), zipOfMap(parts));
}

/** Run, then check the input is byte-identical. */
function run(label: string, file: string, ...args: string[]) {
  const before = sha(file);
  const m = tthcMeasured(label, ...args);
  expect(sha(file)).toBe(before);
  return m;
}

test("a 1.5 GB sheet in a small zip: refused from the directory, before inflating", async () => {
  const base = partsOf(await form06aXlsx());
  const bomb = await bigPart(
    "xl/worksheets/sheet1.xml",
    SHEET_HEAD,
    1536 * 1024 * 1024,
    SHEET_TAIL
  );
  const file = writeFile(
    d.file("bom-1.xlsx"),
    zipOf([
      ...[...base].filter(([n]) => n !== "xl/worksheets/sheet1.xml").map(([n, b]) => part(n, b)),
      bomb,
    ])
  );
  expect(fs.statSync(file).size).toBeLessThan(3 * 1024 * 1024);
  const m = run("zip bomb: one 1.5 GB sheet", file, "check", file);
  expectRefusal(m, /giải nén ra 1,5 GB, vượt giới hạn 200,0 MB cho một phần/);
});

test("six 190 MB sheets (1.1 GB in all): refused by the total", async () => {
  const base = partsOf(await form06aXlsx());
  const one = await bigPart("x", SHEET_HEAD, 190 * 1024 * 1024, SHEET_TAIL);
  const sheets = [1, 2, 3, 4, 5, 6].map((i) => ({ ...one, name: `xl/worksheets/sheet${i}.xml` }));
  const file = writeFile(
    d.file("bom-6.xlsx"),
    zipOf([
      ...[...base].filter(([n]) => !/sheet\d\.xml$/.test(n)).map(([n, b]) => part(n, b)),
      ...sheets,
    ])
  );
  const m = run("zip bomb: 6 × 190 MB sheets", file, "check", file);
  expectRefusal(m, /vượt giới hạn 1,0 GB cho cả tệp/);
});

test("a directory that understates a sheet (1 KB declared, 60 MB inside): refused, not believed", async () => {
  const base = partsOf(await form06aXlsx());
  const big = await bigPart("xl/worksheets/sheet1.xml", SHEET_HEAD, 60 * 1024 * 1024, SHEET_TAIL);
  const file = writeFile(
    d.file("lie.xlsx"),
    zipOf([
      ...[...base].filter(([n]) => n !== "xl/worksheets/sheet1.xml").map(([n, b]) => part(n, b)),
      { ...big, size: 1024 },
    ])
  );
  const m = run("zip: directory understates a sheet", file, "check", file);
  expectRefusal(m, /giải nén ra nhiều hơn 1 KB đã khai/);
});

test("a 900 MB part no reader uses (printer settings): left out unread, the form checked", async () => {
  const base = partsOf(await form06aXlsx());
  const junk = await bigPart("xl/printerSettings/printerSettings1.bin", "", 900 * 1024 * 1024, "");
  const file = writeFile(
    d.file("unused-part.xlsx"),
    zipOf([...[...base].map(([n, b]) => part(n, b)), junk])
  );
  const m = run("unreferenced 900 MB part", file, "check", file);
  expectBounded(m);
  expect(m.status).toBe(0);
  expect(m.out).toMatch(/Biểu 06a: trang/);
});

test("one merge over the whole sheet (after the form's own): dropped, the form checked", async () => {
  const file = await patched("merge-sheet.xlsx", (p) =>
    p.set(
      "xl/worksheets/sheet1.xml",
      withMerges(p.get("xl/worksheets/sheet1.xml")!.toString(), ["A1:XFD1048576"])
    )
  );
  const m = run("merge A1:XFD1048576 (overlapping)", file, "check", file);
  expectBounded(m);
  expect(m.status).toBe(0);
  expect(m.out).toMatch(/Biểu 06a: trang/);
});

test("one merge over the whole sheet, alone (it hides the form): clipped, a Vietnamese refusal in bounds", async () => {
  const file = await patched("merge-sheet-alone.xlsx", (p) => {
    p.set(
      "xl/worksheets/sheet1.xml",
      withMerges(p.get("xl/worksheets/sheet1.xml")!.toString(), ["A1:XFD1048576"], false)
    );
  });
  const m = run("merge A1:XFD1048576 (alone)", file, "check", file);
  expectRefusal(m, /Không tìm thấy Biểu 06a/);
});

test("three merged whole columns beside the form: clipped, the form checked", async () => {
  const file = await patched("merge-columns.xlsx", (p) =>
    p.set(
      "xl/worksheets/sheet1.xml",
      withMerges(p.get("xl/worksheets/sheet1.xml")!.toString(), [
        "T1:T1048576",
        "U1:U1048576",
        "V1:V1048576",
      ])
    )
  );
  const m = run("3 whole merged columns", file, "check", file);
  expectBounded(m);
  expect(m.status).toBe(0);
  expect(m.out).toMatch(
    /3 vùng gộp ô vượt ra ngoài vùng có dữ liệu được thu lại \(hoặc bỏ qua\); tệp gốc không bị sửa\./
  );
});

test("100,000 merges: refused with the limit named (no quadratic scan)", async () => {
  const refs: string[] = [];
  for (let i = 0; i < 100_000; i++) refs.push(`Z${1000 + i}:AA${1000 + i}`);
  const file = await patched("merges-100k.xlsx", (p) =>
    p.set(
      "xl/worksheets/sheet1.xml",
      withMerges(p.get("xl/worksheets/sheet1.xml")!.toString(), refs)
    )
  );
  const m = run("100,000 merges", file, "check", file);
  expectRefusal(m, /vùng gộp ô, vượt giới hạn 20\.000 vùng/);
});

test("15,000 merges (under the limit): read in bounded time", async () => {
  const refs: string[] = [];
  for (let i = 0; i < 15_000; i++) refs.push(`Z${1000 + i}:AA${1000 + i}`);
  const file = await patched("merges-15k.xlsx", (p) =>
    p.set(
      "xl/worksheets/sheet1.xml",
      withMerges(p.get("xl/worksheets/sheet1.xml")!.toString(), refs)
    )
  );
  const m = run("15,000 merges", file, "check", file);
  expectBounded(m);
  expect(m.status).toBe(0);
});

test("2,000,000 cells in one sheet: refused with the limit named", async () => {
  const rows: string[] = [];
  for (let r = 1; r <= 100_000; r++) {
    let cells = "";
    for (let c = 0; c < 20; c++) cells += `<c><v>1</v></c>`;
    rows.push(`<row r="${r}">${cells}</row>`);
  }
  const file = await patched("cells-2m.xlsx", (p) =>
    p.set("xl/worksheets/sheet1.xml", SHEET_HEAD + rows.join("") + SHEET_TAIL)
  );
  const m = run("2,000,000 cells", file, "check", file);
  expectRefusal(m, /có hơn 2\.000\.000 ô, vượt giới hạn 1\.000\.000 ô cho một trang/);
});

test("fill of 8,000 rows with blank counts: a result, no stack overflow", async () => {
  const rows: RowSpec[] = [];
  for (let i = 0; i < 8000; i++) rows.push({ name: `Lĩnh vực ${i + 1}`, counts: [] });
  const file = writeFile(d.file("rows-8000.xlsx"), await form06aXlsx(rows));
  const m = run(
    "fill 8,000 rows, blank counts",
    file,
    "fill",
    file,
    "-o",
    d.file("rows-8000-out.xlsx")
  );
  expectBounded(m);
  expect([0, 1]).toContain(m.status);
  expect(m.out).toMatch(/Đã điền \d+ ô/);
});

test("a form at Excel's right edge: filled, the percentage block said to have no room", async () => {
  const file = writeFile(
    d.file("right-edge.xlsx"),
    await form06aXlsx(ROWS_OK, { left: 16384 - 12 })
  );
  const m = run(
    "fill: form at column XFD",
    file,
    "fill",
    file,
    "-o",
    d.file("right-edge-out.xlsx")
  );
  expectBounded(m);
  expect([0, 1]).toContain(m.status);
  expect(m.out).toMatch(/bên phải biểu không còn chỗ \(Excel chỉ có 16\.384 cột, đến cột XFD\)/);
});

test("a form ending on row 1,048,576: filled without a total row below it", async () => {
  const probe = build06a(ROWS_OK, { total: "none", signatures: false });
  const last = probe.dataRows[probe.dataRows.length - 1];
  const top = probe.headerTop + (1048576 - last);
  const file = writeFile(
    d.file("bottom-edge.xlsx"),
    await form06aXlsx(ROWS_OK, { total: "none", signatures: false, top })
  );
  const m = run(
    "fill: form at row 1,048,576",
    file,
    "fill",
    file,
    "-o",
    d.file("bottom-edge-out.xlsx")
  );
  expectBounded(m);
  expect([0, 1]).toContain(m.status);
  expect(m.out + m.err).not.toMatch(/Lỗi không mong đợi|out of bounds/);
});
