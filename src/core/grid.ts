// The Grid: a plain snapshot of a workbook that hosts build in one read, and
// the edits the core asks hosts to apply in one write. No Office, no fs, no DOM.
import { EXCEL_MAX_COLS, EXCEL_MAX_ROWS, Rect } from "./address";
export {
  addr,
  colLetter,
  colNumber,
  EXCEL_MAX_COLS,
  EXCEL_MAX_ROWS,
  parseAddr,
  parseRect,
  rectAddr,
} from "./address";
export type { Rect } from "./address";

/** An Excel error value such as "#REF!" or "#DIV/0!". */
export interface CellError {
  error: string;
}

export type Scalar = number | string | boolean | Date | null;
export type CellValue = Scalar | CellError;

export interface CellSnapshot {
  /** The value a reader sees: for a formula, its cached result (null if none). */
  value: CellValue;
  /** The formula without the leading "=", when the cell holds one. */
  formula?: string;
  numberFormat?: string;
}

/** A rectangle of 1-based rows/columns, inclusive. */

export interface SheetSnapshot {
  name: string;
  /** 1-based row and column of data[0][0] (Office's used range need not start at A1). */
  top: number;
  left: number;
  /** Row-major cells; a missing row or cell is empty. */
  data: (CellSnapshot | null | undefined)[][];
  merges: Rect[];
  hiddenRows?: number[];
  protected?: boolean;
}

export interface WorkbookSnapshot {
  sheets: SheetSnapshot[];
}

export function isCellError(v: unknown): v is CellError {
  return (
    typeof v === "object" &&
    v !== null &&
    !(v instanceof Date) &&
    typeof (v as CellError).error === "string"
  );
}

/** Read-only accessor over one sheet with absolute 1-based coordinates. */
export class Sheet {
  readonly name: string;
  private readonly snap: SheetSnapshot;
  private mergeIndex: Map<string, Rect> | null = null;

  constructor(snap: SheetSnapshot) {
    this.snap = snap;
    this.name = snap.name;
  }

  get snapshot(): SheetSnapshot {
    return this.snap;
  }
  get top(): number {
    return this.snap.top;
  }
  get left(): number {
    return this.snap.left;
  }
  get bottom(): number {
    return this.snap.top + this.snap.data.length - 1;
  }
  private rightCache = -1;
  get right(): number {
    if (this.rightCache < 0) {
      let w = 0;
      for (const r of this.snap.data) if (r && r.length > w) w = r.length;
      this.rightCache = this.snap.left + w - 1;
    }
    return this.rightCache;
  }
  get merges(): Rect[] {
    return this.snap.merges;
  }

  cell(row: number, col: number): CellSnapshot | null {
    const r = this.snap.data[row - this.snap.top];
    if (!r) return null;
    return r[col - this.snap.left] ?? null;
  }

  value(row: number, col: number): CellValue {
    const c = this.cell(row, col);
    return c ? c.value : null;
  }

  /** The cell's text as a clerk reads it (NFC, trimmed); numbers are stringified; "" when empty. */
  text(row: number, col: number): string {
    const v = this.value(row, col);
    if (v === null || v === undefined) return "";
    if (isCellError(v)) return v.error;
    if (v instanceof Date) return v.toISOString().slice(0, 10);
    const str = String(v);
    return (/[\u0300-\u036f]/.test(str) ? str.normalize("NFC") : str).trim();
  }

  isEmpty(row: number, col: number): boolean {
    const c = this.cell(row, col);
    if (!c) return true;
    if (c.formula) return false;
    const v = c.value;
    return v === null || v === undefined || (typeof v === "string" && v.trim() === "");
  }

  /** The merged area that contains (row, col), if any. */
  mergeAt(row: number, col: number): Rect | null {
    if (!this.mergeIndex) {
      this.mergeIndex = new Map();
      for (const m of this.snap.merges) {
        for (let r = m.top; r <= m.bottom; r++)
          for (let c = m.left; c <= m.right; c++) this.mergeIndex.set(r + ":" + c, m);
      }
    }
    return this.mergeIndex.get(row + ":" + col) ?? null;
  }

  /** Text of the cell, or of the top-left cell of the merged area that covers it. */
  mergedText(row: number, col: number): string {
    const m = this.mergeAt(row, col);
    return m ? this.text(m.top, m.left) : this.text(row, col);
  }
}

// ---- Edits -------------------------------------------------------------

export interface CellStyle {
  bold?: boolean;
  italic?: boolean;
  /** "#RRGGBB" */
  fill?: string;
  horizontal?: "left" | "center" | "right";
  wrap?: boolean;
  border?: boolean;
  /** Font family ("Times New Roman"): set by "Chuyển mã sang Unicode" in place of .VnTime/VNI-* fonts. */
  font?: string;
}

/** One cell write. Exactly one of value / formula, plus optional format and style. */
export interface CellEdit {
  sheet: string;
  row: number;
  col: number;
  value?: Scalar;
  /** Formula without the leading "=". */
  formula?: string;
  /** The formula's computed result, written as the cached value so any reader sees numbers. */
  result?: Scalar;
  numberFormat?: string;
  style?: CellStyle;
}

export interface EditSet {
  cells: CellEdit[];
  merges?: { sheet: string; rect: Rect }[];
  /** Sheets to create (empty) before the cell edits are applied. */
  newSheets?: string[];
  columnWidths?: { sheet: string; col: number; width: number }[];
}

export function emptyEdits(): EditSet {
  return { cells: [], merges: [], newSheets: [], columnWidths: [] };
}

// ---- Findings ----------------------------------------------------------

export type Severity = "error" | "warning";

export interface Finding {
  rule: string;
  severity: Severity;
  sheet: string;
  row: number;
  col: number;
  message: string;
  /** Stable id of the message within its table (e.g. "sumMismatch"): what the sentence says. */
  messageId: string;
  /** The figures and names the message was made from. */
  data: Readonly<Record<string, unknown>>;
}

// ---- Addresses ---------------------------------------------------------

/** Inside the sheet Excel can hold. */
export function inSheet(row: number, col: number): boolean {
  return row >= 1 && col >= 1 && row <= EXCEL_MAX_ROWS && col <= EXCEL_MAX_COLS;
}

/** Cut to Excel's edges (null when nothing is left). */
export function clipToSheet(r: Rect): Rect | null {
  const c = {
    top: Math.max(1, r.top),
    left: Math.max(1, r.left),
    bottom: Math.min(EXCEL_MAX_ROWS, r.bottom),
    right: Math.min(EXCEL_MAX_COLS, r.right),
  };
  return c.top <= c.bottom && c.left <= c.right ? c : null;
}

/** Sort findings by sheet order, row, column (SPEC). */
export function sortFindings(findings: Finding[], sheetOrder: string[] = []): Finding[] {
  const idx = (s: string) => {
    const i = sheetOrder.indexOf(s);
    return i < 0 ? Number.MAX_SAFE_INTEGER : i;
  };
  return [...findings].sort(
    (a, b) =>
      idx(a.sheet) - idx(b.sheet) ||
      a.sheet.localeCompare(b.sheet) ||
      a.row - b.row ||
      a.col - b.col ||
      a.rule.localeCompare(b.rule)
  );
}
