// The Grid snapshot of an exceljs workbook: values, cached formula results, number formats, merges,
// hidden rows, protection. Browser-safe (no fs, no path, no Buffer; exceljs as a type only), so the
// in-browser preview can turn a file the user picks into a snapshot with the same code as the CLI.
import type ExcelJS from "exceljs";
import {
  CellSnapshot,
  CellValue,
  parseRect,
  SheetSnapshot,
  WorkbookSnapshot,
} from "../../core/grid";

/** The Grid snapshot of an exceljs workbook. */
export function snapshotOf(workbook: ExcelJS.Workbook): WorkbookSnapshot {
  const sheets: SheetSnapshot[] = [];
  workbook.eachSheet((ws) => sheets.push(sheetSnapshot(ws)));
  return { sheets };
}

function sheetSnapshot(ws: ExcelJS.Worksheet): SheetSnapshot {
  const hiddenRows: number[] = [];
  let top = 0;
  let left = Number.MAX_SAFE_INTEGER;
  // Each row's cells by column (from 1), then cut at the sheet's left edge once it is known.
  const rows: { row: number; cells: (CellSnapshot | null)[] }[] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (row.hidden) hiddenRows.push(rowNumber);
    const cells: (CellSnapshot | null)[] = [];
    let first = 0;
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      if (cell.isMerged && cell.master !== cell) return; // merged slaves carry the master's value
      const snap = cellSnapshot(cell);
      if (!snap) return;
      if (!first) first = colNumber;
      cells[colNumber] = snap;
    });
    if (first) {
      rows.push({ row: rowNumber, cells });
      if (!top) top = rowNumber;
      if (first < left) left = first;
    }
  });
  if (rows.length === 0)
    return {
      name: ws.name,
      top: 1,
      left: 1,
      data: [],
      merges: mergesOf(ws),
      hiddenRows,
      protected: isProtected(ws),
    };
  const data: (CellSnapshot | null)[][] = new Array(rows[rows.length - 1].row - top + 1);
  for (const { row, cells } of rows) {
    const out: (CellSnapshot | null)[] = new Array(Math.max(0, cells.length - left));
    for (let c = left; c < cells.length; c++) out[c - left] = cells[c] ?? null;
    data[row - top] = out;
  }
  for (let i = 0; i < data.length; i++) if (!data[i]) data[i] = [];
  return {
    name: ws.name,
    top,
    left,
    data,
    merges: mergesOf(ws),
    hiddenRows,
    protected: isProtected(ws),
  };
}

function isProtected(ws: ExcelJS.Worksheet): boolean {
  const p = (ws as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection;
  return !!p?.sheet;
}

function mergesOf(
  ws: ExcelJS.Worksheet
): { top: number; left: number; bottom: number; right: number }[] {
  // The merges themselves: `ws.model` would build the model of every row to hand over this list.
  const own = (ws as unknown as { _merges?: Record<string, { range: string }> })._merges;
  const list = own
    ? Object.values(own).map((m) => m.range)
    : ((ws.model as unknown as { merges?: string[] }).merges ?? []);
  return list.map((m) => parseRect(m));
}

function cellSnapshot(cell: ExcelJS.Cell): CellSnapshot | null {
  const v = cell.value as unknown;
  if (v === null || v === undefined) return null;
  const nf = cell.numFmt || undefined;
  // A number beyond the double range ("1e400") reads as Infinity: Excel shows #NUM! for it.
  if (typeof v === "number" && !Number.isFinite(v))
    return snapshotCell({ error: "#NUM!" }, undefined, nf);
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean")
    return snapshotCell(v, undefined, nf);
  if (v instanceof Date) return snapshotCell(smallDate(v), undefined, nf);
  if (typeof v === "object") {
    const o = v as Record<string, unknown>;
    if ("formula" in o || "sharedFormula" in o || "result" in o) {
      // cell.value drops a falsy cached result (0); the cell's own getters keep it, and
      // translate shared formulas for their slave cells. A shared formula whose master is
      // missing has no text to give: the cell keeps its cached result, without a formula.
      let formula: string | undefined;
      let result: unknown;
      try {
        const c = cell as unknown as { formula?: unknown; result?: unknown };
        formula = typeof c.formula === "string" && c.formula ? c.formula : undefined;
        result = c.result;
      } catch {
        result = o.result;
      }
      if (formula === undefined && typeof o.formula === "string" && o.formula) formula = o.formula;
      const r = resultValue(result);
      return snapshotCell(r instanceof Date ? smallDate(r) : r, formula, nf);
    }
    if ("error" in o) return snapshotCell({ error: String(o.error) }, undefined, nf);
    if ("richText" in o && Array.isArray(o.richText))
      return snapshotCell(
        (o.richText as { text: string }[]).map((t) => t.text).join(""),
        undefined,
        nf
      );
    if ("text" in o) return snapshotCell(String(o.text), undefined, nf);
  }
  return snapshotCell(String(v), undefined, nf);
}

function snapshotCell(
  value: CellValue,
  formula: string | undefined,
  nf: string | undefined
): CellSnapshot {
  const s: CellSnapshot = { value };
  if (formula !== undefined) s.formula = formula;
  if (nf) s.numberFormat = nf;
  return s;
}

/** Excel's day 0 (serials count days from 1899-12-30 as exceljs converts them). */
const EPOCH_1899 = Date.UTC(1899, 11, 30);
/** Serials below this (1910-01-01) are no report's dates: numbers a date format shows as dates. */
const SMALL_SERIAL = 3654;

/**
 * A number in a date format comes from exceljs as a Date. One before 1910 is no date of a
 * report but a count typed into a date-formatted cell (31 shown as 31/01/1900): it is read back
 * as its number, so it is counted and printed as the clerk typed it.
 */
function smallDate(d: Date): Date | number {
  const serial = (d.getTime() - EPOCH_1899) / 86400000;
  return Number.isFinite(serial) && serial >= 0 && serial < SMALL_SERIAL && Number.isInteger(serial)
    ? serial
    : d;
}

function resultValue(r: unknown): CellValue {
  if (r === undefined || r === null) return null;
  if (typeof r === "number" || typeof r === "string" || typeof r === "boolean" || r instanceof Date)
    return r;
  if (typeof r === "object" && r !== null && "error" in r)
    return { error: String((r as { error: unknown }).error) };
  return String(r);
}

/** How a sheet looks, beyond the grid: what the in-browser preview shows (the core never needs it). */
export interface SheetLayout {
  name: string;
  /** Column widths in characters (exceljs units), by 1-based column; absent = Excel's default. */
  columnWidths: Record<number, number>;
  /**
   * Formatted cells by A1 address: bold, wrap, horizontal alignment, solid fill ("#RRGGBB"), a border,
   * a font family other than Calibri.
   */
  cells: Record<
    string,
    { bold?: true; wrap?: true; horizontal?: string; fill?: string; border?: true; font?: string }
  >;
}

/** Column widths and the few cell formats the preview draws (bold, wrap, alignment, solid fills, borders, fonts). */
export function layoutOf(workbook: ExcelJS.Workbook): SheetLayout[] {
  const out: SheetLayout[] = [];
  workbook.eachSheet((ws) => {
    const columnWidths: Record<number, number> = {};
    (ws.columns ?? []).forEach((c, i) => {
      if (c && typeof c.width === "number" && c.width > 0) columnWidths[i + 1] = c.width;
    });
    const cells: SheetLayout["cells"] = {};
    ws.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        const f: SheetLayout["cells"][string] = {};
        if (cell.font?.bold) f.bold = true;
        if (cell.alignment?.wrapText) f.wrap = true;
        const h = cell.alignment?.horizontal;
        if (h === "left" || h === "center" || h === "right" || h === "justify") f.horizontal = h;
        const fill = cell.fill as
          { type?: string; pattern?: string; fgColor?: { argb?: string } } | undefined;
        const argb =
          fill?.type === "pattern" && fill.pattern === "solid" ? fill.fgColor?.argb : undefined;
        if (argb && /^[0-9a-f]{8}$/i.test(argb)) f.fill = "#" + argb.slice(2).toUpperCase();
        const b = cell.border;
        if (b && (b.top?.style || b.left?.style || b.bottom?.style || b.right?.style))
          f.border = true;
        const font = cell.font?.name;
        if (font && font !== "Calibri") f.font = font;
        if (Object.keys(f).length > 0) cells[cell.address] = f;
      });
    });
    out.push({ name: ws.name, columnWidths, cells });
  });
  return out;
}
