// Shared pieces of the real-layout corpus (test/corpus/real/*): the grid a layout shows in Excel,
// written as an .xlsx the way Excel saves it (values and merges) or as the on-screen grid pasted
// into a sheet (values only, no merges); the markup React writes into the DOM (what innerHTML
// gives to an exporter); counts that add up by construction.
import ExcelJS from "exceljs";
import { Rect } from "../../../src/core/grid";

export type GridValue = string | number | null;

/** What a layout shows in Excel: rows from A1, merged areas (1-based). */
export interface Grid {
  sheet: string;
  rows: GridValue[][];
  merges: Rect[];
}

/** The grid as Excel saves it after opening the export: values (numbers as numbers), merges kept. */
export async function savedAsXlsx(g: Grid): Promise<Buffer> {
  return xlsxOf(g, true);
}

/** The on-screen grid selected in the browser and pasted as values into an empty sheet: no merges. */
export async function pastedGrid(g: Grid): Promise<Buffer> {
  return xlsxOf(g, false);
}

async function xlsxOf(g: Grid, merges: boolean): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const ws = book.addWorksheet(g.sheet);
  if (merges) for (const m of g.merges) ws.mergeCells(m.top, m.left, m.bottom, m.right);
  g.rows.forEach((row, i) =>
    row.forEach((v, j) => {
      if (v === null || v === "") return;
      const cell = ws.getCell(i + 1, j + 1);
      cell.value = v;
      if (typeof v === "string" && v.includes("\n"))
        cell.alignment = { wrapText: true, vertical: "middle" };
    })
  );
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** A style attribute as the browser serialises a React style object (kebab-case, "; "-separated, #333 as rgb()). */
export function styleAttr(style: Record<string, string>): string {
  const css = Object.entries(style)
    .map(
      ([k, v]) =>
        `${k.replace(/[A-Z]/g, (c) => "-" + c.toLowerCase())}: ${v.replace(/#333\b/g, "rgb(51, 51, 51)").replace(/;$/, "")};`
    )
    .join(" ");
  return css ? ` style="${css.replace(/"/g, "&quot;")}"` : "";
}

/** Text content as innerHTML writes it. */
export const esc = (s: string): string =>
  s
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/\u00a0/g, "&nbsp;");

/** Thousands with "." as the Thanh Hóa system's getCurrencyThongKe writes them (utils/format.ts). */
export const thousands = (n: number): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ".");

/**
 * The eleven counts (3)…(13) of one row, consistent by construction:
 * (3) = (4)+(5)+(6), (7) = (8)+(9)+(10), (11) = (12)+(13), (3) = (7)+(11).
 */
export function counts11(
  online: number,
  direct: number,
  carried: number,
  early: number,
  onTime: number,
  late: number,
  pendingLate: number
): number[] {
  const received = online + direct + carried;
  const resolved = early + onTime + late;
  const pending = received - resolved;
  const pendingInTime = pending - pendingLate;
  if (pending < 0 || pendingInTime < 0) throw new Error("real corpus: inconsistent counts");
  return [
    received,
    online,
    direct,
    carried,
    resolved,
    early,
    onTime,
    late,
    pending,
    pendingInTime,
    pendingLate,
  ];
}

/** Column sums of rows of counts. */
export function columnSums(rows: number[][]): number[] {
  return rows[0].map((_, j) => rows.reduce((a, r) => a + r[j], 0));
}

/** A1 address of a 1-based (row, col). */
export function a1(row: number, col: number): string {
  let s = "";
  for (let c = col; c > 0; c = Math.floor((c - 1) / 26))
    s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s + row;
}
