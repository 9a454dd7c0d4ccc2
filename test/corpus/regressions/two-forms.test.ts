// A workbook with two Biểu 06a: the first is used — and the text output now says which, and
// which are not (the JSON already names the form's sheet and range; its shape is unchanged).
import { build06a, ROWS_OK } from "../../helpers/form06a";
import { tempDir, tthc, writeXlsx } from "../../helpers/xlsx";
import { put } from "../edit";

const tmp = tempDir();
afterAll(() => tmp.cleanup());

async function twoSheets(): Promise<string> {
  const q1 = build06a(ROWS_OK, { sheet: "Quý I" });
  const q2 = build06a(ROWS_OK, { sheet: "Quý II" });
  return writeXlsx(tmp.file("hai-bieu.xlsx"), { sheets: [...q1.wb.sheets, ...q2.wb.sheets] });
}

async function oneSheet(): Promise<string> {
  const a = build06a(ROWS_OK);
  const b = build06a(ROWS_OK, { top: 30 });
  const s = a.wb.sheets[0];
  const t = b.wb.sheets[0];
  t.data.forEach((row, i) =>
    (row ?? []).forEach((c, j) => c && t.top + i >= 25 && put(s, t.top + i, t.left + j, c))
  );
  s.merges.push(...t.merges.filter((m) => m.top >= 25));
  return writeXlsx(tmp.file("hai-bieu-mot-trang.xlsx"), a.wb);
}

const NOTE_TWO_SHEETS =
  'Lưu ý: tệp có 2 Biểu 06a; lệnh này dùng biểu đầu tiên (trang "Quý I", vùng A6:M13), ' +
  'không dùng biểu ở trang "Quý II", vùng A6:M13. Dùng --sheet TÊN_TRANG để chọn biểu ở trang khác.';

test("check, fill and report name the form used and the one left aside", async () => {
  const file = await twoSheets();
  const check = await tthc("check", file);
  expect(check.out.split("\n").slice(0, 2)).toEqual([
    expect.stringMatching(/^Biểu 06a: trang "Quý I", vùng A6:M13/),
    NOTE_TWO_SHEETS,
  ]);
  const fill = await tthc("fill", file, "-o", tmp.file("out.xlsx"));
  expect(fill.out.split("\n")).toContain(NOTE_TWO_SHEETS);
  const report = await tthc("report", file, "-o", tmp.file("out.docx"));
  expect(report.out.split("\n")).toContain(NOTE_TWO_SHEETS);
});

test("--sheet picks the other form, without a note; --json keeps its shape", async () => {
  const file = await twoSheets();
  const r = await tthc("check", file, "--sheet", "Quý II");
  expect(r.out).toMatch(/^Biểu 06a: trang "Quý II"/);
  expect(r.out).not.toContain("Lưu ý");
  const j = JSON.parse((await tthc("check", file, "--json")).out);
  expect(Object.keys(j).sort()).toEqual(["file", "findings", "form"]);
  expect(j.form.sheet).toBe("Quý I");
});

test("two forms on one sheet: the note names both ranges and does not offer --sheet", async () => {
  const r = await tthc("check", await oneSheet());
  expect(r.out.split("\n")[1]).toBe(
    'Lưu ý: tệp có 2 Biểu 06a; lệnh này dùng biểu đầu tiên (trang "Biểu 06a", vùng A6:M13), ' +
      'không dùng biểu ở trang "Biểu 06a", vùng A30:M37.'
  );
});
