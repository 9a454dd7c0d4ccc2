// Conversions between what Office.js loads/writes and the grid snapshot of src/core/grid.ts.
import { CellSnapshot, CellValue, Rect, Scalar, SheetSnapshot } from "../../core/grid";
import { dateToSerial, isDateFormat, serialToDate } from "./numberFormat";

/** One cell as Excel reports it through Range.values / formulas / numberFormat / valueTypes. */
export function cellFromExcel(
  value: unknown,
  formula: unknown,
  numberFormat: unknown,
  valueType: unknown
): CellSnapshot | null {
  const nf = typeof numberFormat === "string" ? numberFormat : "General";
  const hasFormula = typeof formula === "string" && formula.startsWith("=") && formula.length > 1;
  let v: CellValue;
  if (valueType === "Error") v = { error: String(value) };
  else if (valueType === "Empty" || value === "" || value === null || value === undefined) v = null;
  else if (typeof value === "number" && isDateFormat(nf)) v = serialToDate(value);
  else if (typeof value === "number" || typeof value === "string" || typeof value === "boolean")
    v = value;
  else v = String(value);
  if (v === null && !hasFormula && nf === "General") return null;
  const cell: CellSnapshot = { value: v };
  if (hasFormula) cell.formula = (formula as string).slice(1);
  if (nf !== "General") cell.numberFormat = nf;
  return cell;
}

export interface LoadedRange {
  address: string;
  rowIndex: number;
  columnIndex: number;
  values: unknown[][];
  formulas: unknown[][];
  numberFormat: unknown[][];
  valueTypes: unknown[][];
}

/** Rows of grid cells for a loaded block (rows may be appended when a read comes in chunks). */
export function blockToRows(
  b: Pick<LoadedRange, "values" | "formulas" | "numberFormat" | "valueTypes">
): (CellSnapshot | null)[][] {
  return b.values.map((line, i) =>
    line.map((v, j) =>
      cellFromExcel(v, b.formulas[i]?.[j], b.numberFormat[i]?.[j], b.valueTypes[i]?.[j])
    )
  );
}

export function sheetSnapshot(
  name: string,
  top: number,
  left: number,
  data: (CellSnapshot | null)[][],
  merges: Rect[],
  isProtected: boolean
): SheetSnapshot {
  const snap: SheetSnapshot = { name, top, left, data, merges };
  if (isProtected) snap.protected = true;
  return snap;
}

// Leading characters Excel may read as a number, date, currency, negative "(1)", error or formula.
const NEEDS_APOSTROPHE = /^\s*([=+\-'#.\d($]|true\s*$|false\s*$)|%\s*$/i;

/**
 * The input to write so that Excel stores exactly this scalar: text that Excel would turn into a
 * number, boolean, error, date or formula gets a leading apostrophe; dates become serials.
 */
export function excelInput(v: Scalar | undefined): string | number | boolean {
  if (v === null || v === undefined) return "";
  if (v instanceof Date) return dateToSerial(v);
  if (typeof v === "string") return v !== "" && NEEDS_APOSTROPHE.test(v) ? "'" + v : v;
  return v;
}

/** "#RRGGBB" of a cell's fill from getCellProperties, or null for no fill. */
export function fillOf(fill: { color?: string; pattern?: string } | undefined): string | null {
  if (!fill) return null;
  if (fill.pattern !== undefined)
    return fill.pattern === "None" || !fill.color ? null : fill.color.toUpperCase();
  // Without the pattern (it needs the same API set anyway) white is taken for "no fill".
  return !fill.color || fill.color.toUpperCase() === "#FFFFFF" ? null : fill.color.toUpperCase();
}

export function cellId(row: number, col: number): string {
  return row + ":" + col;
}

/**
 * Column width: EditSet widths are in characters (the exceljs/OOXML unit the core uses); Office.js
 * wants points. One character of the default font (Calibri 11) is 7 px plus 5 px of padding; a
 * pixel is 0.75 pt.
 */
export function charsToPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}
