// The in-memory workbook behind the fake Excel: cells, formats, merges, notes, comments and
// settings. Proxies (objects/) read and write it only while a sync runs, in queue order.
// Browser-safe: no node imports.

import { FakeRichApiError } from "./errors";
import {
  EXCEL_MAX_COLS,
  Rect,
  colLetter,
  contains,
  intersects,
  qualified,
  rectA1,
} from "../core/address";

export interface ModelError {
  error: string;
}
export type ModelValue = number | string | boolean | ModelError | null;

export interface ModelCell {
  /** Cached value; for a formula, the value a reader sees (null until a test hook provides one). */
  v: ModelValue;
  /** Formula with its leading "=". */
  f?: string;
  /** undefined = "General". */
  nf?: string;
  /** "#RRGGBB"; undefined = no fill. */
  fill?: string;
  bold?: boolean;
  italic?: boolean;
  /** Font family; undefined = the Normal style's (DEFAULT_FONT). */
  font?: string;
  /** Excel.HorizontalAlignment; undefined = "General". */
  halign?: string;
  wrap?: boolean;
  border?: boolean;
}

export type Visibility = "Visible" | "Hidden" | "VeryHidden";

export interface ModelSheet {
  id: string;
  name: string;
  visibility: Visibility;
  protected: boolean;
  cells: Map<number, ModelCell>;
  merges: Rect[];
  colWidths: Map<number, number>;
}

export interface ModelNote {
  sheet: ModelSheet;
  row: number;
  col: number;
  content: string;
  author: string;
}

export interface ModelComment extends ModelNote {
  id: string;
}

/** The two kinds of cell annotation, old-style notes and threaded comments, by the model's list. */
export interface AnnotationTypes {
  notes: ModelNote;
  comments: ModelComment;
}
export type AnnotationKind = keyof AnnotationTypes;

/** Each kind's Office type names, which its errors name as their location. */
const ANNOTATION_TYPE_NAMES: Record<AnnotationKind, { collection: string; item: string }> = {
  notes: { collection: "NoteCollection", item: "Note" },
  comments: { collection: "CommentCollection", item: "Comment" },
};

export const ERROR_LITERALS = [
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
  "#GETTING_DATA",
  "#SPILL!",
  "#CALC!",
];
export const DEFAULT_COLUMN_WIDTH = 48;
/** The Normal style's font family: what RangeFont.name reads on a cell without a font of its own. */
export const DEFAULT_FONT = "Calibri";

const NAMED_COLORS: Record<string, string> = {
  red: "#FF0000",
  green: "#008000",
  blue: "#0000FF",
  yellow: "#FFFF00",
  white: "#FFFFFF",
  black: "#000000",
  orange: "#FFA500",
  pink: "#FFC0CB",
  gray: "#808080",
  grey: "#808080",
};

export function normalizeColor(c: string): string {
  const s = c.trim();
  const named = NAMED_COLORS[s.toLowerCase()];
  if (named) return named;
  const m = /^#?([0-9a-fA-F]{6})$/.exec(s);
  if (!m) throw new FakeRichApiError("InvalidArgument", `Invalid color "${c}".`, "RangeFill.color");
  return "#" + m[1].toUpperCase();
}

export function cellKey(row: number, col: number): number {
  return (row - 1) * EXCEL_MAX_COLS + (col - 1);
}

export function keyRow(key: number): number {
  return Math.floor(key / EXCEL_MAX_COLS) + 1;
}

export function keyCol(key: number): number {
  return (key % EXCEL_MAX_COLS) + 1;
}

function isError(v: unknown): v is ModelError {
  return typeof v === "object" && v !== null && typeof (v as ModelError).error === "string";
}

/**
 * What Excel stores when a client writes `raw` into a cell through `values` or `formulas`:
 * "=…" becomes a formula, a leading apostrophe forces text, numeric and boolean text is
 * converted unless the cell is formatted as text ("@"), error literals become errors.
 * (Locale-dependent date parsing of text is not modelled.)
 */
export function coerceInput(raw: unknown, nf: string | undefined): { v: ModelValue; f?: string } {
  if (raw === null || raw === undefined || raw === "") return { v: null };
  if (typeof raw === "number") {
    if (!Number.isFinite(raw))
      throw new FakeRichApiError("InvalidArgument", "Numbers must be finite.", "Range.values");
    return { v: raw };
  }
  if (typeof raw === "boolean") return { v: raw };
  if (typeof raw !== "string")
    throw new FakeRichApiError(
      "InvalidArgument",
      `Unsupported cell input of type ${typeof raw}.`,
      "Range.values"
    );
  if (nf === "@") return { v: raw };
  if (raw.startsWith("'")) return { v: raw.slice(1) };
  if (raw.startsWith("=") && raw.length > 1) return { v: null, f: raw };
  const t = raw.trim();
  if (/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(t)) return { v: Number(t) };
  if (/^true$/i.test(t)) return { v: true };
  if (/^false$/i.test(t)) return { v: false };
  const err = ERROR_LITERALS.find((e) => e === t.toUpperCase());
  if (err) return { v: { error: err } };
  return { v: raw };
}

export function cellHasContent(c: ModelCell | undefined): boolean {
  return !!c && (c.v !== null || c.f !== undefined);
}

function cellHasFormat(c: ModelCell): boolean {
  return (
    (c.nf !== undefined && c.nf !== "General") ||
    c.fill !== undefined ||
    !!c.bold ||
    !!c.italic ||
    c.font !== undefined ||
    (c.halign !== undefined && c.halign !== "General") ||
    !!c.wrap ||
    !!c.border
  );
}

function isEmptyCell(c: ModelCell): boolean {
  return !cellHasContent(c) && !cellHasFormat(c);
}

let idCounter = 0;
function newId(prefix: string): string {
  idCounter += 1;
  const hex = (idCounter * 2654435761).toString(16).padStart(8, "0").slice(-8).toUpperCase();
  return `{${prefix}${hex}-0000-4000-8000-${String(idCounter).padStart(12, "0")}}`;
}

export class FakeWorkbookModel {
  sheets: ModelSheet[] = [];
  activeSheet: ModelSheet | null = null;
  selection: { sheet: ModelSheet; rect: Rect } | null = null;
  private readonly annotationLists: { [K in AnnotationKind]: AnnotationTypes[K][] } = {
    notes: [],
    comments: [],
  };
  /**
   * The add-in's settings in this document, values kept as JSON text like the document stores
   * them. One store: `context.workbook.settings` (ExcelApi 1.4) and the Common API's
   * `Office.context.document.settings` write to the same place (OfficeDev/office-js-docs-reference#769:
   * "these write to the same location"). workbook.settings reads and writes it in each sync; the
   * Common API works on an in-memory copy taken when its runtime starts (see office.ts).
   */
  settings = new Map<string, string>();
  /** The store as the Common API saves it (same data as `settings`). */
  get documentSettings(): Record<string, string> {
    return Object.fromEntries(this.settings);
  }
  set documentSettings(bag: Record<string, string>) {
    this.settings = new Map(Object.entries(bag));
  }
  userName = "Cán bộ một cửa";

  // ---- sheets ----------------------------------------------------------

  findSheet(key: string): ModelSheet | null {
    const k = key.toLowerCase();
    return this.sheets.find((s) => s.id === key || s.name.toLowerCase() === k) ?? null;
  }

  sheetOrThrow(key: string): ModelSheet {
    const s = this.findSheet(key);
    if (!s)
      throw new FakeRichApiError(
        "ItemNotFound",
        `No worksheet "${key}" in this workbook.`,
        "WorksheetCollection.getItem"
      );
    return s;
  }

  isLive(s: ModelSheet): boolean {
    return this.sheets.includes(s);
  }

  addSheet(name?: string): ModelSheet {
    let n = name;
    if (n === undefined || n === "") {
      let i = this.sheets.length + 1;
      while (this.findSheet("Sheet" + i)) i++;
      n = "Sheet" + i;
    }
    if (n.length > 31 || /[\\/?*[\]:]/.test(n))
      throw new FakeRichApiError(
        "InvalidArgument",
        `Invalid worksheet name "${n}".`,
        "WorksheetCollection.add"
      );
    if (this.findSheet(n))
      throw new FakeRichApiError(
        "ItemAlreadyExists",
        `A worksheet named "${n}" already exists.`,
        "WorksheetCollection.add"
      );
    const s: ModelSheet = {
      id: newId("S"),
      name: n,
      visibility: "Visible",
      protected: false,
      cells: new Map(),
      merges: [],
      colWidths: new Map(),
    };
    this.sheets.push(s);
    if (!this.activeSheet) this.activeSheet = s;
    return s;
  }

  deleteSheet(s: ModelSheet): void {
    const visible = this.sheets.filter((x) => x.visibility === "Visible" && x !== s);
    if (visible.length === 0)
      throw new FakeRichApiError(
        "InvalidOperation",
        "A workbook must keep at least one visible worksheet.",
        "Worksheet.delete"
      );
    this.sheets = this.sheets.filter((x) => x !== s);
    this.notes = this.notes.filter((n) => n.sheet !== s);
    this.comments = this.comments.filter((n) => n.sheet !== s);
    if (this.activeSheet === s) this.activeSheet = visible[0];
    if (this.selection?.sheet === s) this.selection = null;
  }

  assertWritable(s: ModelSheet, location: string): void {
    if (!this.isLive(s))
      throw new FakeRichApiError(
        "ItemNotFound",
        `The worksheet "${s.name}" no longer exists.`,
        location
      );
    if (s.protected)
      throw new FakeRichApiError(
        "AccessDenied",
        `The worksheet "${s.name}" is protected; it cannot be changed until protection is removed.`,
        location
      );
  }

  // ---- cells -----------------------------------------------------------

  getCell(s: ModelSheet, row: number, col: number): ModelCell | undefined {
    return s.cells.get(cellKey(row, col));
  }

  /** Mutate one cell; empty cells are dropped from the map. */
  editCell(s: ModelSheet, row: number, col: number, fn: (c: ModelCell) => void): void {
    const k = cellKey(row, col);
    const c = s.cells.get(k) ?? { v: null };
    fn(c);
    if (isEmptyCell(c)) s.cells.delete(k);
    else s.cells.set(k, c);
  }

  forEachIn(s: ModelSheet, r: Rect, fn: (row: number, col: number) => void): void {
    for (let row = r.top; row <= r.bottom; row++)
      for (let col = r.left; col <= r.right; col++) fn(row, col);
  }

  /** Bounding box of used cells, or null on an empty sheet. */
  usedRect(s: ModelSheet, valuesOnly: boolean): Rect | null {
    let top = Infinity;
    let left = Infinity;
    let bottom = -Infinity;
    let right = -Infinity;
    for (const [k, c] of s.cells) {
      if (valuesOnly ? !cellHasContent(c) : isEmptyCell(c)) continue;
      const r = keyRow(k);
      const col = keyCol(k);
      if (r < top) top = r;
      if (r > bottom) bottom = r;
      if (col < left) left = col;
      if (col > right) right = col;
    }
    if (!valuesOnly) {
      for (const m of s.merges) {
        top = Math.min(top, m.top);
        left = Math.min(left, m.left);
        bottom = Math.max(bottom, m.bottom);
        right = Math.max(right, m.right);
      }
    }
    if (top === Infinity) return null;
    return { top, left, bottom, right };
  }

  /** Bounding box of cells that hold something (used to make reads of whole columns affordable). */
  clip(s: ModelSheet, r: Rect): Rect | null {
    const u = this.usedRect(s, false);
    if (!u || !intersects(u, r)) return null;
    return {
      top: Math.max(u.top, r.top),
      left: Math.max(u.left, r.left),
      bottom: Math.min(u.bottom, r.bottom),
      right: Math.min(u.right, r.right),
    };
  }

  readGrid<T>(
    s: ModelSheet,
    r: Rect,
    fn: (c: ModelCell | undefined, row: number, col: number) => T
  ): T[][] {
    const out: T[][] = [];
    for (let row = r.top; row <= r.bottom; row++) {
      const line: T[] = [];
      for (let col = r.left; col <= r.right; col++)
        line.push(fn(s.cells.get(cellKey(row, col)), row, col));
      out.push(line);
    }
    return out;
  }

  /** What Range.values shows for a cell. */
  static valueOf(c: ModelCell | undefined): number | string | boolean {
    if (!c || c.v === null) return "";
    if (isError(c.v)) return c.v.error;
    return c.v;
  }

  /** What Range.formulas shows for a cell. */
  static formulaOf(c: ModelCell | undefined): number | string | boolean {
    if (c?.f !== undefined) return c.f;
    return FakeWorkbookModel.valueOf(c);
  }

  static valueTypeOf(c: ModelCell | undefined): Excel.RangeValueType {
    const v = c?.v ?? null;
    if (v === null) return "Empty" as Excel.RangeValueType;
    if (isError(v)) return "Error" as Excel.RangeValueType;
    if (typeof v === "number") return "Double" as Excel.RangeValueType;
    if (typeof v === "boolean") return "Boolean" as Excel.RangeValueType;
    return "String" as Excel.RangeValueType;
  }

  /** Write a 2-D input array (or one scalar for every cell) through `values` or `formulas`. */
  writeContent(s: ModelSheet, r: Rect, input: unknown, location: string): void {
    this.assertWritable(s, location);
    const at = shapeReader(r, input, location);
    this.forEachIn(s, r, (row, col) => {
      const raw = at(row - r.top, col - r.left);
      this.editCell(s, row, col, (c) => {
        const res = coerceInput(raw, c.nf);
        c.v = res.v;
        if (res.f !== undefined) c.f = res.f;
        else delete c.f;
      });
    });
  }

  writeNumberFormat(s: ModelSheet, r: Rect, input: unknown): void {
    this.assertWritable(s, "Range.numberFormat");
    const at = shapeReader(r, input, "Range.numberFormat");
    this.forEachIn(s, r, (row, col) => {
      const nf = at(row - r.top, col - r.left);
      if (typeof nf !== "string")
        throw new FakeRichApiError(
          "InvalidArgument",
          "Number formats must be strings.",
          "Range.numberFormat"
        );
      this.editCell(s, row, col, (c) => {
        if (nf === "General" || nf === "") delete c.nf;
        else c.nf = nf;
      });
    });
  }

  styleCells(s: ModelSheet, r: Rect, location: string, fn: (c: ModelCell) => void): void {
    this.assertWritable(s, location);
    this.forEachIn(s, r, (row, col) => this.editCell(s, row, col, fn));
  }

  /** A uniform property over a range, or null when cells differ (Excel's rule for multi-cell format reads). */
  uniform<T>(s: ModelSheet, r: Rect, fn: (c: ModelCell | undefined) => T): T | null {
    let first: T | undefined;
    let seen = false;
    for (let row = r.top; row <= r.bottom; row++) {
      for (let col = r.left; col <= r.right; col++) {
        const v = fn(s.cells.get(cellKey(row, col)));
        if (!seen) {
          first = v;
          seen = true;
        } else if (v !== first) return null;
      }
    }
    return first as T;
  }

  // ---- merges ----------------------------------------------------------

  merge(s: ModelSheet, r: Rect, across: boolean): void {
    this.assertWritable(s, "Range.merge");
    const rects: Rect[] = across
      ? Array.from({ length: r.bottom - r.top + 1 }, (_, i) => ({
          top: r.top + i,
          bottom: r.top + i,
          left: r.left,
          right: r.right,
        }))
      : [r];
    for (const m of rects) {
      if (m.top === m.bottom && m.left === m.right) continue;
      for (const old of s.merges) {
        if (intersects(old, m) && !contains(m, old))
          throw new FakeRichApiError(
            "InvalidOperation",
            `Cannot merge ${rectA1(m)}: it partly overlaps the merged area ${rectA1(old)}.`,
            "Range.merge"
          );
      }
      s.merges = s.merges.filter((old) => !contains(m, old));
      // Like Excel, only the top-left value survives a merge.
      this.forEachIn(s, m, (row, col) => {
        if (row === m.top && col === m.left) return;
        this.editCell(s, row, col, (c) => {
          c.v = null;
          delete c.f;
        });
      });
      s.merges.push({ ...m });
    }
  }

  unmerge(s: ModelSheet, r: Rect): void {
    this.assertWritable(s, "Range.unmerge");
    s.merges = s.merges.filter((m) => !intersects(m, r));
  }

  mergesIn(s: ModelSheet, r: Rect): Rect[] {
    return s.merges.filter((m) => intersects(m, r));
  }

  // ---- notes and comments -----------------------------------------------

  private annotationOrder<T extends ModelNote>(list: T[]): T[] {
    return [...list].sort(
      (a, b) =>
        this.sheets.indexOf(a.sheet) - this.sheets.indexOf(b.sheet) ||
        a.row - b.row ||
        a.col - b.col
    );
  }

  get notes(): ModelNote[] {
    return this.annotationLists.notes;
  }
  set notes(list: ModelNote[]) {
    this.annotationLists.notes = list;
  }
  get comments(): ModelComment[] {
    return this.annotationLists.comments;
  }
  set comments(list: ModelComment[]) {
    this.annotationLists.comments = list;
  }

  /** Every annotation of a kind, as stored. */
  annotations<K extends AnnotationKind>(kind: K): AnnotationTypes[K][] {
    return this.annotationLists[kind];
  }

  /** The workbook's or one sheet's annotations of a kind, in sheet, row, column order. */
  annotationsOf<K extends AnnotationKind>(kind: K, sheet?: ModelSheet): AnnotationTypes[K][] {
    return this.annotationOrder(this.annotations(kind).filter((n) => !sheet || n.sheet === sheet));
  }

  notesOf(sheet?: ModelSheet): ModelNote[] {
    return this.annotationsOf("notes", sheet);
  }

  commentsOf(sheet?: ModelSheet): ModelComment[] {
    return this.annotationsOf("comments", sheet);
  }

  hasAnnotation(s: ModelSheet, row: number, col: number): boolean {
    const at = (n: ModelNote) => n.sheet === s && n.row === row && n.col === col;
    return this.notes.some(at) || this.comments.some(at);
  }

  /** A new note or comment on a cell, by the user; a comment gets an id. */
  addAnnotation<K extends AnnotationKind>(
    kind: K,
    s: ModelSheet,
    row: number,
    col: number,
    content: string
  ): AnnotationTypes[K] {
    const location = `${ANNOTATION_TYPE_NAMES[kind].collection}.add`;
    this.assertWritable(s, location);
    // A cell holds a note or a threaded comment, never both (Excel's "Notes" and "Comments" share
    // the cell's one annotation slot: support.microsoft.com, "The difference between threaded
    // comments and notes").
    if (this.hasAnnotation(s, row, col)) {
      throw new FakeRichApiError(
        "InvalidArgument",
        `The cell ${colLetter(col)}${row} already has a note or a comment.`,
        location
      );
    }
    const n: ModelNote = { sheet: s, row, col, content, author: this.userName };
    const item = (kind === "comments" ? { id: newId("C"), ...n } : n) as AnnotationTypes[K];
    this.annotations(kind).push(item);
    return item;
  }

  removeAnnotation<K extends AnnotationKind>(kind: K, item: AnnotationTypes[K]): void {
    this.assertWritable(item.sheet, `${ANNOTATION_TYPE_NAMES[kind].item}.delete`);
    const list = this.annotations(kind);
    const at = list.indexOf(item);
    if (at >= 0) list.splice(at, 1);
  }

  address(s: ModelSheet, r: Rect): string {
    return qualified(s.name, r);
  }
}

/** Accessor over a write input: a 2-D array of the range's exact shape, or one scalar for all cells. */
function shapeReader(r: Rect, input: unknown, location: string): (i: number, j: number) => unknown {
  const rows = r.bottom - r.top + 1;
  const cols = r.right - r.left + 1;
  if (!Array.isArray(input)) return () => input;
  if (input.length !== rows || input.some((line) => !Array.isArray(line) || line.length !== cols)) {
    throw new FakeRichApiError(
      "InvalidArgument",
      `Input array shape does not fit the ${rows}×${cols} range.`,
      location
    );
  }
  return (i, j) => (input as unknown[][])[i][j];
}
