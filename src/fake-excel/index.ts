// Fake Excel: an in-memory model of the Office.js Excel subset the add-in uses, for jest tests and
// the browser preview. Start it from a grid WorkbookSnapshot; dump it back with toSnapshot().
//
// Faithful where it matters to the host:
// - proxies queue work; context.sync() runs it in order; reading a property that was not loaded
//   and synced throws PropertyNotLoaded like Office.js; every sync is counted;
// - a failing action aborts the rest of its batch, and what ran before it stays applied;
// - requirement sets: Office.context.requirements.isSetSupported answers from a configurable
//   maximum ExcelApi version, and APIs above it fail at sync with ApiNotFound;
// - an optional payload limit per sync (Excel on the web: 5 MB), measured in UTF-8 bytes of JSON,
//   fails with RequestPayloadSizeLimitExceeded or ResponsePayloadSizeLimitExceeded (or, with
//   payloadError "general", a GeneralException whose text is in the host's language); a get
//   over 5,000,000 cells answers null;
// - one settings store for workbook.settings and Office.context.document.settings (the latter an
//   in-memory copy per runtime); one note or comment per cell;
// - writing `formulas` stores the formula and computes nothing; tests give the cached result
//   with workbook.setCachedValue().
// Browser-safe: no node imports.

import type { CellSnapshot, CellValue, SheetSnapshot, WorkbookSnapshot } from "../core/grid";
import { dateToSerial, isDateFormat, serialToDate } from "../host/excel/numberFormat";
import { Rect, parseLocal, qualified, rectA1, splitSheet } from "../core/address";
import { FakeSession, FakeSessionOptions } from "./client";
import { FakeRichApiError } from "./errors";
import { cellHasContent, FakeWorkbookModel, keyCol, keyRow, normalizeColor } from "./model";
import type { AnnotationKind, ModelCell, ModelSheet, ModelValue, Visibility } from "./model";
import { FakeExcelContext } from "./objects/context";
import { createFakeOffice, FakeOffice } from "./office";
import { maxOf, minOf } from "../core/arrays";

export { FakeRichApiError, type FakeErrorCode } from "./errors";
export { FakeWorkbookModel } from "./model";
export { FakeExcelContext } from "./objects/context";
export type { FakeOffice } from "./office";
export type { FakeSessionOptions } from "./client";

export interface FakeExcelOptions extends Partial<FakeSessionOptions> {
  /** Name of the active worksheet (default: the first). */
  activeSheet?: string;
  /** Author name given to notes and comments the add-in creates. */
  userName?: string;
}

/** Everything a test may want to know about one cell, formats included. */
export interface FakeCellState {
  value: CellValue;
  formula?: string;
  numberFormat: string;
  fill: string | null;
  bold: boolean;
  italic: boolean;
  /** The cell's own font family; absent = the Normal style's. */
  font?: string;
  horizontalAlignment: string;
  wrap: boolean;
  border: boolean;
}

export interface FakeAnnotation {
  sheet: string;
  address: string;
  content: string;
  author: string;
}

/** Test hooks over the model (outside any request context, no syncs counted). */
export class FakeWorkbookHandle {
  constructor(readonly model: FakeWorkbookModel) {}

  private sheet(name: string): ModelSheet {
    const s = this.model.findSheet(name);
    if (!s) throw new Error(`fake-excel: no worksheet "${name}"`);
    return s;
  }

  private rect(address: string): Rect {
    const r = parseLocal(splitSheet(address).local);
    if (!r) throw new Error(`fake-excel: bad address "${address}"`);
    return r;
  }

  private one(address: string): { row: number; col: number } {
    const r = this.rect(address);
    return { row: r.top, col: r.left };
  }

  get sheetNames(): string[] {
    return this.model.sheets.map((s) => s.name);
  }

  /** The cached result of a formula cell (Excel would compute it; the fake never does). */
  setCachedValue(sheet: string, address: string, value: CellValue): void {
    const s = this.sheet(sheet);
    const { row, col } = this.one(address);
    this.model.editCell(s, row, col, (c) => {
      c.v = toModelValue(value);
    });
  }

  cell(sheet: string, address: string): FakeCellState {
    const s = this.sheet(sheet);
    const { row, col } = this.one(address);
    return cellState(this.model.getCell(s, row, col));
  }

  /** Every non-empty cell (content or any format) of a sheet, keyed by A1 address. */
  cells(sheet: string): Record<string, FakeCellState> {
    const s = this.sheet(sheet);
    const out: Record<string, FakeCellState> = {};
    const keys = [...s.cells.keys()].sort((a, b) => a - b);
    for (const k of keys)
      out[rectA1({ top: keyRow(k), left: keyCol(k), bottom: keyRow(k), right: keyCol(k) })] =
        cellState(s.cells.get(k));
    return out;
  }

  setValue(sheet: string, address: string, value: CellValue, numberFormat?: string): void {
    const s = this.sheet(sheet);
    const { row, col } = this.one(address);
    this.model.editCell(s, row, col, (c) => {
      c.v = toModelValue(value);
      delete c.f;
      if (numberFormat !== undefined) c.nf = numberFormat === "General" ? undefined : numberFormat;
      if (value instanceof Date && !c.nf) c.nf = "dd/mm/yyyy";
    });
  }

  /** Fill a cell or range ("#RRGGBB"), or remove the fill with null. */
  setFill(sheet: string, address: string, color: string | null): void {
    const s = this.sheet(sheet);
    this.model.forEachIn(s, this.rect(address), (row, col) =>
      this.model.editCell(s, row, col, (c) => {
        if (color === null) delete c.fill;
        else c.fill = normalizeColor(color);
      })
    );
  }

  fillAt(sheet: string, address: string): string | null {
    return this.cell(sheet, address).fill;
  }

  setBold(sheet: string, address: string, bold: boolean): void {
    const s = this.sheet(sheet);
    this.model.forEachIn(s, this.rect(address), (row, col) =>
      this.model.editCell(s, row, col, (c) => {
        if (bold) c.bold = true;
        else delete c.bold;
      })
    );
  }

  /** Give a cell or range a font family, or back the Normal style's with null. */
  setFont(sheet: string, address: string, font: string | null): void {
    const s = this.sheet(sheet);
    this.model.forEachIn(s, this.rect(address), (row, col) =>
      this.model.editCell(s, row, col, (c) => {
        if (font === null) delete c.font;
        else c.font = font;
      })
    );
  }

  protect(sheet: string, on = true): void {
    this.sheet(sheet).protected = on;
  }

  setVisibility(sheet: string, visibility: Visibility): void {
    this.sheet(sheet).visibility = visibility;
  }

  activate(sheet: string): void {
    this.model.activeSheet = this.sheet(sheet);
  }

  /** Put a note or a comment on a cell, even of a protected sheet (as its author, in Excel). */
  private annotate(
    kind: AnnotationKind,
    sheet: string,
    address: string,
    content: string,
    author: string
  ): void {
    const s = this.sheet(sheet);
    const { row, col } = this.one(address);
    const saved = s.protected;
    s.protected = false;
    try {
      this.model.addAnnotation(kind, s, row, col, content).author = author;
    } finally {
      s.protected = saved;
    }
  }

  addNote(sheet: string, address: string, content: string, author = "Người dùng"): void {
    this.annotate("notes", sheet, address, content, author);
  }

  addComment(sheet: string, address: string, content: string, author = "Người dùng"): void {
    this.annotate("comments", sheet, address, content, author);
  }

  private annotations(kind: AnnotationKind): FakeAnnotation[] {
    return this.model.annotationsOf(kind).map((n) => ({
      sheet: n.sheet.name,
      address: rectA1({ top: n.row, left: n.col, bottom: n.row, right: n.col }),
      content: n.content,
      author: n.author,
    }));
  }

  notes(): FakeAnnotation[] {
    return this.annotations("notes");
  }

  comments(): FakeAnnotation[] {
    return this.annotations("comments");
  }

  /** Workbook settings (ExcelApi 1.4), parsed. */
  settings(): Record<string, unknown> {
    const o: Record<string, unknown> = {};
    for (const [k, v] of this.model.settings) o[k] = JSON.parse(v);
    return o;
  }

  selection(): { sheet: string; address: string } | null {
    const sel = this.model.selection;
    return sel ? { sheet: sel.sheet.name, address: rectA1(sel.rect) } : null;
  }

  /** Set a column width in points (48 = Excel's standard width). */
  setColumnWidth(sheet: string, col: number, points: number): void {
    const s = this.sheet(sheet);
    if (points === 48) s.colWidths.delete(col);
    else s.colWidths.set(col, points);
  }

  columnWidth(sheet: string, col: number): number | undefined {
    return this.sheet(sheet).colWidths.get(col);
  }

  merges(sheet: string): string[] {
    return this.sheet(sheet).merges.map((m) => rectA1(m));
  }

  /**
   * Everything the add-in could change, as plain data: cells with formats, merges, column widths,
   * notes, comments, sheets. Compare two states with toEqual to prove an exact restore.
   */
  state(): FakeWorkbookState {
    return {
      sheets: this.model.sheets.map((s) => ({
        name: s.name,
        visibility: s.visibility,
        protected: s.protected,
        cells: this.cells(s.name),
        merges: s.merges.map((m) => rectA1(m)).sort(),
        colWidths: Object.fromEntries([...s.colWidths.entries()].sort((a, b) => a[0] - b[0])),
      })),
      notes: this.notes(),
      comments: this.comments(),
    };
  }
}

export interface FakeWorkbookState {
  /** Each sheet's name, visibility and protection as the model has them, with the rest as plain data. */
  sheets: (Pick<ModelSheet, "name" | "visibility" | "protected"> & {
    cells: Record<string, FakeCellState>;
    merges: string[];
    colWidths: Record<number, number>;
  })[];
  notes: FakeAnnotation[];
  comments: FakeAnnotation[];
}

export interface FakeExcel {
  /** Excel.run: runs the batch with a fresh request context and flushes what is still queued at the end. */
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  /** Syncs made so far through every run (including the final flush of each run). */
  readonly syncCount: number;
  resetSyncCount(): void;
  /** Estimated payload of the last sync, in bytes. */
  readonly lastPayload: { request: number; response: number };
  readonly workbook: FakeWorkbookHandle;
  /** Largest request and response payload of any sync since the start or resetPayloadStats(). */
  readonly maxPayload: { request: number; response: number };
  resetPayloadStats(): void;
  /**
   * Another JavaScript runtime of the same add-in on the same document (a ribbon command's
   * function file without the shared runtime): its own Office namespace with its own in-memory
   * copy of the document settings, taken now.
   */
  newRuntime(): FakeOffice;
  /** The fake Office namespace (requirements, document settings). */
  readonly office: FakeOffice;
  setMaxExcelApi(version: string): void;
  setPayloadLimit(bytes: number): void;
  /** Set globalThis.Office and globalThis.Excel (run only) as the task pane sees them; returns an undo function. */
  installGlobals(target?: Record<string, unknown>): () => void;
  /** The workbook as a grid snapshot (what a host would read). */
  toSnapshot(): WorkbookSnapshot;
  /**
   * Simulate closing and reopening the task pane: the add-in's in-memory copy of
   * Office.context.document.settings is dropped and reloaded from what was saved with saveAsync.
   * (Workbook content and workbook settings live in the document and are unaffected.)
   */
  reloadAddin(): void;
}

/** Build a fake Excel holding `workbook`. Defaults: ExcelApi 1.18, no payload limit (desktop). */
export function createFakeExcel(
  workbook: WorkbookSnapshot,
  options: FakeExcelOptions = {}
): FakeExcel {
  const model = new FakeWorkbookModel();
  if (options.userName) model.userName = options.userName;
  for (const sheet of workbook.sheets) loadSheet(model, sheet);
  if (model.sheets.length === 0) model.addSheet("Sheet1");
  model.activeSheet =
    (options.activeSheet ? model.findSheet(options.activeSheet) : null) ?? model.sheets[0];
  const session: FakeSession = {
    model,
    options: {
      maxExcelApi: options.maxExcelApi ?? "1.18",
      payloadLimitBytes: options.payloadLimitBytes ?? Infinity,
      payloadError: options.payloadError ?? "exact",
      maxGetCells: options.maxGetCells ?? 5_000_000,
      language: options.language,
      notImplemented: options.notImplemented,
    },
    syncCount: 0,
    lastPayload: { request: 0, response: 0 },
    maxPayload: { request: 0, response: 0 },
  };
  const office = createFakeOffice(session);
  const handle = new FakeWorkbookHandle(model);

  async function run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
    const ctx = new FakeExcelContext(session);
    const result = await batch(ctx as unknown as Excel.RequestContext);
    if (ctx._pending > 0) await ctx.sync();
    return result;
  }

  return {
    run,
    get syncCount() {
      return session.syncCount;
    },
    resetSyncCount() {
      session.syncCount = 0;
    },
    get lastPayload() {
      return session.lastPayload;
    },
    get maxPayload() {
      return session.maxPayload;
    },
    resetPayloadStats() {
      session.maxPayload = { request: 0, response: 0 };
    },
    newRuntime() {
      return createFakeOffice(session);
    },
    workbook: handle,
    office,
    setMaxExcelApi(version: string) {
      session.options.maxExcelApi = version;
    },
    setPayloadLimit(bytes: number) {
      session.options.payloadLimitBytes = bytes;
    },
    installGlobals(
      target: Record<string, unknown> = globalThis as unknown as Record<string, unknown>
    ) {
      const prev = { Office: target.Office, Excel: target.Excel };
      target.Office = office;
      target.Excel = { run };
      return () => {
        target.Office = prev.Office;
        target.Excel = prev.Excel;
      };
    },
    toSnapshot() {
      return toSnapshot(model);
    },
    reloadAddin() {
      office.context.document.settings = createFakeOffice(session).context.document.settings;
    },
  };
}

// ---- snapshot in and out ------------------------------------------------

function toModelValue(v: CellValue): ModelValue {
  if (v === null || v === undefined) return null;
  if (v instanceof Date) return dateToSerial(v);
  if (typeof v === "object") return { error: v.error };
  if (typeof v === "string" && v === "") return null;
  return v;
}

function loadSheet(model: FakeWorkbookModel, snap: SheetSnapshot): void {
  const s = model.addSheet(snap.name);
  s.protected = !!snap.protected;
  snap.data.forEach((line, i) => {
    if (!line) return;
    line.forEach((cell, j) => {
      if (!cell) return;
      const row = snap.top + i;
      const col = snap.left + j;
      model.editCell(s, row, col, (c) => {
        c.v = toModelValue(cell.value);
        if (cell.formula !== undefined) c.f = "=" + cell.formula.replace(/^=/, "");
        if (cell.numberFormat && cell.numberFormat !== "General") c.nf = cell.numberFormat;
        else if (cell.value instanceof Date) c.nf = "dd/mm/yyyy";
      });
    });
  });
  for (const m of snap.merges) s.merges.push({ ...m });
}

function fromModelValue(c: ModelCell): CellValue {
  const v = c.v;
  if (v === null) return null;
  if (typeof v === "object") return { error: v.error };
  if (typeof v === "number" && isDateFormat(c.nf)) return serialToDate(v);
  return v;
}

function cellState(c: ModelCell | undefined): FakeCellState {
  const st: FakeCellState = {
    value: c ? fromModelValue(c) : null,
    numberFormat: c?.nf ?? "General",
    fill: c?.fill ?? null,
    bold: !!c?.bold,
    italic: !!c?.italic,
    horizontalAlignment: c?.halign ?? "General",
    wrap: !!c?.wrap,
    border: !!c?.border,
  };
  if (c?.f !== undefined) st.formula = c.f.slice(1);
  if (c?.font !== undefined) st.font = c.font;
  return st;
}

/**
 * The fake as a grid snapshot: per sheet, the bounding box of cells that hold a value, a formula
 * or a number format other than General (fills alone do not count); merges as they are.
 */
export function toSnapshot(model: FakeWorkbookModel): WorkbookSnapshot {
  return {
    sheets: model.sheets.map((s) => {
      const keys = [...s.cells.keys()].filter((k) => {
        const c = s.cells.get(k) as ModelCell;
        return cellHasContent(c) || (c.nf !== undefined && c.nf !== "General");
      });
      const merges = s.merges.map((m) => ({ ...m }));
      if (keys.length === 0)
        return {
          name: s.name,
          top: 1,
          left: 1,
          data: [],
          merges,
          ...(s.protected ? { protected: true } : {}),
        };
      const rows = keys.map(keyRow);
      const cols = keys.map(keyCol);
      const top = minOf(rows);
      const left = minOf(cols);
      const bottom = maxOf(rows);
      const right = maxOf(cols);
      const data: (CellSnapshot | null)[][] = [];
      for (let r = top; r <= bottom; r++) {
        const line: (CellSnapshot | null)[] = [];
        for (let col = left; col <= right; col++) line.push(null);
        data.push(line);
      }
      for (const k of keys) {
        const c = s.cells.get(k) as ModelCell;
        const cell: CellSnapshot = { value: fromModelValue(c) };
        if (c.f !== undefined) cell.formula = c.f.slice(1);
        if (c.nf !== undefined && c.nf !== "General") cell.numberFormat = c.nf;
        data[keyRow(k) - top][keyCol(k) - left] = cell;
      }
      const snap: SheetSnapshot = { name: s.name, top, left, data, merges };
      if (s.protected) snap.protected = true;
      return snap;
    }),
  };
}

/** The address Excel would print for a rectangle of a sheet ("'Biểu 06a'!A1:M60"). */
export function fakeAddress(sheet: string, r: Rect): string {
  return qualified(sheet, r);
}

export function isFakeRichApiError(e: unknown): e is FakeRichApiError {
  return e instanceof FakeRichApiError;
}
