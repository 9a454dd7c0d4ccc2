// exceljs shares a style object among loaded cells styled alike; an edit of one cell's
// format must not reach the others (fill makes its total row bold and its percentages 0.0%).
import ExcelJS from "exceljs";
import { applyEdits } from "../../src/host/xlsx";

test("an edit's bold and number format change only its own cell", async () => {
  const first = new ExcelJS.Workbook();
  const ws = first.addWorksheet("S");
  for (const a of ["A1", "A2", "A3"]) {
    ws.getCell(a).value = 7;
    ws.getCell(a).font = { name: "Times New Roman", size: 12 };
    ws.getCell(a).numFmt = "0";
  }
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(await first.xlsx.writeBuffer());
  const s = book.getWorksheet("S")!;
  expect(s.getCell("A1").style).toBe(s.getCell("A2").style); // the sharing this guards against

  applyEdits(book, {
    cells: [
      { sheet: "S", row: 1, col: 1, numberFormat: "0.0%", style: { bold: true, fill: "#FFC7CE" } },
    ],
  });

  expect(s.getCell("A1").font.bold).toBe(true);
  expect(s.getCell("A1").numFmt).toBe("0.0%");
  for (const a of ["A2", "A3"]) {
    expect(s.getCell(a).font.bold).toBeFalsy();
    expect(s.getCell(a).numFmt).toBe("0");
    expect(
      s.getCell(a).fill?.type === "pattern" &&
        (s.getCell(a).fill as ExcelJS.FillPattern).pattern === "solid"
    ).toBe(false);
  }
});

test("an edit's font changes only its own cell's family (size and bold kept)", async () => {
  const first = new ExcelJS.Workbook();
  const ws = first.addWorksheet("S");
  for (const a of ["A1", "A2"]) {
    ws.getCell(a).value = "Sè";
    ws.getCell(a).font = { name: ".VnTime", size: 13, bold: true };
  }
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(await first.xlsx.writeBuffer());
  const s = book.getWorksheet("S")!;
  expect(s.getCell("A1").style).toBe(s.getCell("A2").style);

  applyEdits(book, {
    cells: [{ sheet: "S", row: 1, col: 1, value: "Số", style: { font: "Times New Roman" } }],
  });

  expect(s.getCell("A1").value).toBe("Số");
  expect(s.getCell("A1").font).toMatchObject({ name: "Times New Roman", size: 13, bold: true });
  expect(s.getCell("A2").font).toMatchObject({ name: ".VnTime", size: 13, bold: true });
});
