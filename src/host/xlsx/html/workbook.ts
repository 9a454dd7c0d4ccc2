// An HTML export as an exceljs workbook, so that `fill -o` can write it as .xlsx (CLI only).
import ExcelJS from "exceljs";
import { WorkbookSnapshot } from "../../../core/grid";
import { HtmlSheet, readHtmlSheet } from "./index";

/** An HTML export as a snapshot, and as an exceljs workbook that `fill` can write as .xlsx. */
export function readHtmlExport(
  buf: Uint8Array,
  sheetName?: string
): { snapshot: WorkbookSnapshot; workbook: ExcelJS.Workbook; tables: number } {
  const sheet = readHtmlSheet(buf, sheetName);
  return {
    snapshot: { sheets: [sheet.snapshot] },
    workbook: workbookOfSheet(sheet),
    tables: sheet.tables,
  };
}

/** The sheet as an exceljs workbook: values, merges, hidden rows, Times New Roman, header cells bold. */
export function workbookOfSheet(sheet: HtmlSheet): ExcelJS.Workbook {
  const book = new ExcelJS.Workbook();
  const s = sheet.snapshot;
  const ws = book.addWorksheet(s.name);
  for (const m of s.merges) ws.mergeCells(m.top, m.left, m.bottom, m.right);
  const inMerge = new Set<string>();
  for (const m of s.merges)
    for (let r = m.top; r <= m.bottom; r++)
      for (let c = m.left; c <= m.right; c++) inMerge.add(r + ":" + c);
  const widths: number[] = [];
  s.data.forEach((row, i) =>
    (row ?? []).forEach((c, j) => {
      if (!c) return;
      const r = s.top + i;
      const col = s.left + j;
      const cell = ws.getCell(r, col);
      if (c.formula !== undefined) {
        const fv: ExcelJS.CellFormulaValue = { formula: c.formula, date1904: false };
        if (c.value !== null && typeof c.value !== "object")
          fv.result = c.value as number | string | boolean;
        cell.value = fv;
      } else cell.value = c.value as ExcelJS.CellValue;
      const b = sheet.bold.has(r + ":" + col);
      cell.font = { name: "Times New Roman", size: 12, ...(b ? { bold: true } : {}) };
      if (b || inMerge.has(r + ":" + col))
        cell.alignment = { vertical: "middle", horizontal: "center", wrapText: true };
      if (typeof c.value === "string" && !inMerge.has(r + ":" + col)) {
        const longest = Math.max(...c.value.split("\n").map((l) => l.length));
        widths[col] = Math.max(widths[col] ?? 0, longest);
      }
    })
  );
  for (const h of s.hiddenRows ?? []) ws.getRow(h).hidden = true;
  widths.forEach((w, col) => {
    if (w) ws.getColumn(col).width = Math.min(50, Math.max(8, w + 2));
  });
  return book;
}
