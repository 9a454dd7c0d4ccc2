// The .xlsx host as check and fill see it: what exceljs reads from real-looking files.
import ExcelJS from "exceljs";
import { check06a, locate06a } from "../../src/core/form06a";
import { readWorkbookBuffer, sniff } from "../../src/host/xlsx";
import { build06a, ROWS_OK, seen } from "../helpers/form06a";
import { workbookOf } from "../helpers/xlsx";

async function roundTrip(book: ExcelJS.Workbook) {
  const buf = Buffer.from(await book.xlsx.writeBuffer());
  return (await readWorkbookBuffer(buf, "t.xlsx")).snapshot;
}

test("a built form reads back the same: columns, rows, counts, title", async () => {
  const b = build06a(ROWS_OK, { top: 20, left: 6, sheetsBefore: ["Bìa"], nfd: true });
  const direct = locate06a(b.wb);
  const read = locate06a(await roundTrip(workbookOf(b.wb)));
  const strip = (f: typeof direct) => ({
    ...f,
    rows: f.rows.map((r) => ({
      ...r,
      counts: Object.fromEntries(Object.entries(r.counts).map(([k, c]) => [k, c.state])),
    })),
    total: null,
  });
  expect(strip(read)).toEqual(strip(direct));
  expect(read.total?.row).toBe(direct.total?.row);
});

describe("cells as Excel stores them", () => {
  async function formWith(edit: (ws: ExcelJS.Worksheet) => void) {
    const b = build06a(ROWS_OK, { total: "none" });
    const book = workbookOf(b.wb);
    edit(book.getWorksheet("Biểu 06a")!);
    const snap = await roundTrip(book);
    return { form: locate06a(snap), findings: seen(check06a(locate06a(snap))) };
  }

  test("a formula whose cached result is 0 is 0, not blank", async () => {
    const { form, findings } = await formWith(
      (ws) =>
        (ws.getCell("C12").value = {
          formula: "SUM(D12:F12)",
          result: 0,
        } as ExcelJS.CellFormulaValue)
    );
    expect(form.rows[2].counts.received.state).toEqual({ kind: "count", value: 0, asText: false });
    expect(findings.filter((f) => f.rule === "06a/blank")).toEqual([]);
  });

  test("shared formulas filled down are read per cell with their results", async () => {
    const { form, findings } = await formWith((ws) => {
      ws.getCell("C10").value = { formula: "SUM(D10:F10)", result: 31 } as ExcelJS.CellFormulaValue;
      ws.getCell("C11").value = {
        sharedFormula: "C10",
        result: 54,
      } as ExcelJS.CellSharedFormulaValue;
      ws.getCell("C12").value = {
        sharedFormula: "C10",
        result: 0,
      } as ExcelJS.CellSharedFormulaValue;
    });
    expect(form.rows.map((r) => [r.counts.received.raw?.formula, r.counts.received.state])).toEqual(
      [
        ["SUM(D10:F10)", { kind: "count", value: 31, asText: false }],
        ["SUM(D11:F11)", { kind: "count", value: 54, asText: false }],
        ["SUM(D12:F12)", { kind: "count", value: 0, asText: false }],
      ]
    );
    expect(findings.filter((f) => f.severity === "error")).toEqual([]);
  });

  test("an error value and a formula with an error result are not counts", async () => {
    const { findings } = await formWith((ws) => {
      ws.getCell("D11").value = { error: "#REF!" } as ExcelJS.CellErrorValue;
      ws.getCell("G12").value = {
        formula: "H12/0",
        result: { error: "#DIV/0!" },
      } as ExcelJS.CellFormulaValue;
    });
    expect(
      findings.filter((f) => f.severity === "error").map((f) => [f.rule, f.cell, f.message])
    ).toEqual([
      ["06a/not-a-count", "D11", expect.stringContaining("#REF!")],
      ["06a/not-a-count", "G12", expect.stringContaining("#DIV/0!")],
    ]);
  });

  test("a date typed into a count cell is not a count", async () => {
    const { findings } = await formWith(
      (ws) => (ws.getCell("E10").value = new Date(Date.UTC(2024, 2, 14)))
    );
    expect(findings.filter((f) => f.severity === "error").map((f) => [f.rule, f.cell])).toEqual([
      ["06a/not-a-count", "E10"],
    ]);
  });

  test("rich-text headers and a rich-text count are read as text", async () => {
    const { form, findings } = await formWith((ws) => {
      ws.getCell("C6").value = {
        richText: [{ text: "Số hồ sơ " }, { font: { bold: true }, text: "nhận giải quyết" }],
      };
      ws.getCell("D10").value = { richText: [{ text: "3" }, { text: "1" }] };
    });
    expect(form.cols.received).toBe(3);
    expect(findings.map((f) => [f.rule, f.cell])).toContainEqual(["06a/number-as-text", "D10"]);
    expect(findings.filter((f) => f.severity === "error")).toEqual([]);
  });
});

test("sniff: what a file is from its first bytes", () => {
  expect(sniff(Buffer.alloc(0))).toBe("empty");
  expect(sniff(Buffer.from("PK\x03\x04....xl/workbook.xml", "latin1"))).toBe("xlsx");
  expect(sniff(Buffer.from("PK\x03\x04....word/document.xml", "latin1"))).toBe("docx");
  expect(sniff(Buffer.from("PK\x03\x04....content.xml", "latin1"))).toBe("zip");
  expect(sniff(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]))).toBe(
    "xls-binary"
  );
  expect(
    sniff(
      Buffer.concat([
        Buffer.from([0xd0, 0xcf, 0x11, 0xe0]),
        Buffer.from("EncryptedPackage", "utf16le"),
      ])
    )
  ).toBe("encrypted");
  expect(sniff(Buffer.from("<table><tr><td>1</td></tr></table>"))).toBe("html");
  expect(sniff(Buffer.from("STT;Lĩnh vực;Số hồ sơ\n1;Hộ tịch;54\n"))).toBe("unknown");
});
