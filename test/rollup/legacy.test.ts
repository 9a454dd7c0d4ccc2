// tthc rollup reads a ward's workbook typed in TCVN3 as Unicode, like every other command.
import ExcelJS from "exceljs";
import { buildSampleWorkbook } from "../../src/samples/build";
import { unicodeToLegacy } from "../../src/core/text/legacy";
import { readXlsx, tempDir, tthc } from "../helpers/xlsx";

function tcvn3Sample(): ExcelJS.Workbook {
  const book = buildSampleWorkbook();
  book.eachSheet((ws) =>
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        if (typeof cell.value !== "string" || (cell.isMerged && cell.master !== cell)) return;
        cell.value = unicodeToLegacy(cell.value, "tcvn3");
        cell.style = { ...cell.style, font: { ...(cell.font ?? {}), name: ".VnTime" } };
      })
    )
  );
  return book;
}

test("a TCVN3 ward beside a Unicode one: both read, the district sums both", async () => {
  const t = tempDir();
  try {
    const a = t.file("phuong-a.xlsx");
    const b = t.file("phuong-b-tcvn3.xlsx");
    await buildSampleWorkbook().xlsx.writeFile(a);
    await tcvn3Sample().xlsx.writeFile(b);
    const out = t.file("huyen.xlsx");
    const r = await tthc("rollup", a, b, "-o", out);
    expect(r.err).not.toContain("phuong-b-tcvn3.xlsx:");
    expect(r.code).toBe(0);
    const check = JSON.parse((await tthc("check", out, "--json")).out);
    const total = check.form.totalRow as number;
    const ws = (await readXlsx(out)).getWorksheet(check.form.sheet)!;
    const received = ws.getCell(total, 3).value as { result?: number } | number;
    expect(typeof received === "number" ? received : received.result).toBe(170);
  } finally {
    t.cleanup();
  }
});
