// Queueing writes: cells are grouped into vertical runs (same sheet, same column, consecutive
// rows, same kind of change) so that one Range proxy carries many cells, and the whole batch goes
// in one sync unless it exceeds `maxCellsPerSync` cells or about 2 MB of request
// (`maxBytesPerSync`; Excel on the web refuses a request above 5 MB).

import { colLetter, Rect } from "../../core/grid";
import { rectA1 } from "../../core/address";
import { charsToPoints, excelInput } from "./convert";
import { SyncCounter } from "./env";
import type { Content } from "./journal";
import { utf8Length } from "../../core/text/utf8";

export const DEFAULT_MAX_CELLS_PER_SYNC = 100_000;

/**
 * Estimated request bytes per sync (UTF-8 JSON of what is written). Excel on the web refuses a
 * request above 5 MB ("Payload size limit best practices",
 * learn.microsoft.com/office/dev/add-ins/excel/performance); writes are split well under it
 * on every platform, like reads (read.ts).
 */
export const DEFAULT_MAX_BYTES_PER_SYNC = 2_000_000;

/** Bytes an action costs in a request besides its data (object path, property name, ids). */
const ACTION_BYTES = 160;

/** Request bytes one cell of a run adds (its number format and content as JSON). */
function cellBytes(w: CellWrite): number {
  let n = 4;
  if (w.numberFormat !== undefined) n += utf8Length(w.numberFormat) + 4;
  if (w.content !== undefined) n += utf8Length(JSON.stringify(contentInput(w.content))) + 4;
  return n;
}

/** One cell change. Absent fields are left as they are. */
export interface CellWrite {
  sheet: string;
  row: number;
  col: number;
  content?: Content;
  numberFormat?: string;
  /**
   * The cell is formatted as text ("@") and keeps that format: Excel stores what is written as it
   * is there (an apostrophe would stay in the text), so text goes in without one.
   */
  text?: boolean;
  /** "#RRGGBB", or null to remove the fill. */
  fill?: string | null;
  bold?: boolean;
  italic?: boolean;
  /** Font family ("Times New Roman"). */
  font?: string;
  horizontal?: string;
  wrap?: boolean;
  border?: boolean;
}

/**
 * What to put in Range.formulas for a content. In a cell formatted as text (`literal`) Excel keeps
 * what it gets, so a text value goes in as it is.
 */
export function contentInput(c: Content, literal = false): string | number | boolean {
  if ("f" in c) return "=" + c.f;
  if ("e" in c) return c.e;
  if (literal && typeof c.v === "string") return c.v;
  return excelInput(c.v);
}

function runKey(w: CellWrite): string {
  return JSON.stringify([
    w.sheet.toLowerCase(),
    w.col,
    w.content !== undefined,
    w.numberFormat !== undefined,
    w.fill,
    w.bold,
    w.italic,
    w.font,
    w.horizontal,
    w.wrap,
    w.border,
  ]);
}

export interface Run {
  sheet: string;
  rect: Rect;
  cells: CellWrite[];
}

/** One key per cell of a workbook (sheet names compare case-blind, as Excel's do). */
function writeKey(w: { sheet: string; row: number; col: number }): string {
  return w.sheet.toLowerCase() + "\u0000" + w.row + ":" + w.col;
}

/** Group writes into vertical runs; a later write to the same cell overrides fields of an earlier one. */
export function toRuns(writes: CellWrite[]): Run[] {
  const merged = new Map<string, CellWrite>();
  for (const w of writes) {
    const k = writeKey(w);
    const prev = merged.get(k);
    merged.set(k, prev ? { ...prev, ...stripUndefined(w) } : { ...w });
  }
  const sorted = [...merged.values()].sort(
    (a, b) => a.sheet.localeCompare(b.sheet) || a.col - b.col || a.row - b.row
  );
  const runs: Run[] = [];
  let cur: Run | null = null;
  let curKey = "";
  for (const w of sorted) {
    const k = runKey(w);
    if (cur && k === curKey && w.row === cur.rect.bottom + 1) {
      cur.cells.push(w);
      cur.rect.bottom = w.row;
    } else {
      cur = {
        sheet: w.sheet,
        rect: { top: w.row, left: w.col, bottom: w.row, right: w.col },
        cells: [w],
      };
      curKey = k;
      runs.push(cur);
    }
  }
  return runs;
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  const out: Partial<T> = {};
  for (const [k, v] of Object.entries(o))
    if (v !== undefined) (out as Record<string, unknown>)[k] = v;
  return out;
}

const EDGES = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"] as const;

/** Worksheet proxies of one batch plus the write queue, flushing when a sync would grow too big. */
export class WriteBatch {
  private readonly sheets = new Map<string, Excel.Worksheet>();
  private queued = 0;
  private queuedBytes = 0;
  constructor(
    readonly counter: SyncCounter,
    readonly maxCellsPerSync = DEFAULT_MAX_CELLS_PER_SYNC,
    readonly maxBytesPerSync = DEFAULT_MAX_BYTES_PER_SYNC
  ) {}

  /** Estimated request bytes queued since the last sync. */
  get pendingBytes(): number {
    return this.queuedBytes;
  }

  get context(): Excel.RequestContext {
    return this.counter.context;
  }

  /** Cells queued since the last sync. */
  get pendingCells(): number {
    return this.queued;
  }

  sheet(nameOrId: string): Excel.Worksheet {
    const k = nameOrId.toLowerCase();
    let ws = this.sheets.get(k);
    if (!ws) {
      ws = this.context.workbook.worksheets.getItem(nameOrId);
      this.sheets.set(k, ws);
    }
    return ws;
  }

  addSheet(name: string): Excel.Worksheet {
    const ws = this.context.workbook.worksheets.add(name);
    this.sheets.set(name.toLowerCase(), ws);
    return ws;
  }

  /**
   * Make room for `cells` cells and `bytes` request bytes: sync what is queued first when they
   * would push this sync past either budget. Callers queue their actions right after.
   */
  async room(cells: number, bytes = ACTION_BYTES): Promise<void> {
    const busy = this.queued > 0 || this.queuedBytes > 0;
    if (
      busy &&
      (this.queued + cells > this.maxCellsPerSync ||
        this.queuedBytes + bytes > this.maxBytesPerSync)
    ) {
      await this.counter.sync();
      this.queued = 0;
      this.queuedBytes = 0;
    }
    this.queued += cells;
    this.queuedBytes += bytes;
  }

  /** Count bytes queued outside cells() (journal, notes) without syncing. */
  addBytes(bytes: number): void {
    this.queuedBytes += bytes;
  }

  /** Queue cell writes as runs (may sync first when the batch is full). */
  async cells(writes: CellWrite[]): Promise<number> {
    const runs = toRuns(writes);
    for (const run of runs) {
      // A run longer than a whole batch is cut into pieces that each fit (cells and bytes).
      for (const { piece, bytes } of this.pieces(
        run,
        this.maxCellsPerSync,
        ACTION_BYTES * 2,
        cellBytes
      )) {
        await this.room(piece.cells.length, bytes);
        this.queueRun(piece);
      }
    }
    return runs.length;
  }

  /**
   * Cut a run into pieces that fit a batch: at most `maxCells` cells, and at most half a sync's
   * bytes counting `startBytes` for the piece and `cellBytesOf` each cell (a piece holds at least
   * one cell, whatever its size).
   */
  private *pieces(
    run: Run,
    maxCells: number,
    startBytes: number,
    cellBytesOf: (c: CellWrite) => number
  ): Generator<{ piece: Run; bytes: number }> {
    const pieceBytes = Math.max(1, Math.floor(this.maxBytesPerSync / 2));
    let i = 0;
    while (i < run.cells.length) {
      let j = i;
      let bytes = startBytes;
      while (
        j < run.cells.length &&
        j - i < maxCells &&
        (j === i || bytes + cellBytesOf(run.cells[j]) <= pieceBytes)
      ) {
        bytes += cellBytesOf(run.cells[j]);
        j++;
      }
      const cells = run.cells.slice(i, j);
      const rect = { ...run.rect, top: cells[0].row, bottom: cells[cells.length - 1].row };
      yield { piece: { sheet: run.sheet, cells, rect }, bytes };
      i = j;
    }
  }

  private queueRun(run: Run): void {
    const rg = this.sheet(run.sheet).getRange(rectA1(run.rect));
    const first = run.cells[0];
    // The number format first: Excel reads what is written through the format the cell has then
    // (into a text "@" cell a formula or a number would stay text).
    if (first.numberFormat !== undefined)
      rg.numberFormat = run.cells.map((c) => [c.numberFormat as string]);
    if (first.content !== undefined)
      rg.formulas = run.cells.map((c) => [
        contentInput(
          c.content as Content,
          c.numberFormat !== undefined ? c.numberFormat === "@" : !!c.text
        ),
      ]);
    if (first.fill === null) rg.format.fill.clear();
    else if (first.fill !== undefined) rg.format.fill.color = first.fill;
    if (first.bold !== undefined) rg.format.font.bold = first.bold;
    if (first.italic !== undefined) rg.format.font.italic = first.italic;
    if (first.font !== undefined) rg.format.font.name = first.font;
    if (first.horizontal !== undefined)
      rg.format.horizontalAlignment = first.horizontal as Excel.HorizontalAlignment;
    if (first.wrap !== undefined) rg.format.wrapText = first.wrap;
    if (first.border !== undefined) {
      const style = first.border ? "Continuous" : "None";
      for (const e of EDGES) rg.format.borders.getItem(e).style = style;
      if (run.rect.bottom > run.rect.top)
        rg.format.borders.getItem("InsideHorizontal").style = style;
    }
  }

  /**
   * Queue a load of Range.formulas over each run of `writes` (before they are overwritten). The
   * responses count against the same per-sync budget (each cell's expected text, from `expect`).
   */
  async loadFormulas(
    writes: CellWrite[],
    expect: (w: CellWrite) => number = () => 16
  ): Promise<{ run: Run; range: Excel.Range }[]> {
    const out: { run: Run; range: Excel.Range }[] = [];
    const bytesOf = new Map(writes.map((w) => [writeKey(w), expect(w) + 4]));
    for (const run of toRuns(writes.map((w) => ({ sheet: w.sheet, row: w.row, col: w.col })))) {
      const pieces = this.pieces(
        run,
        Infinity,
        ACTION_BYTES,
        (c) => bytesOf.get(writeKey(c)) ?? 16
      );
      for (const { piece, bytes } of pieces) {
        await this.room(0, bytes);
        const range = this.sheet(piece.sheet).getRange(rectA1(piece.rect));
        range.load("formulas");
        out.push({ run: piece, range });
      }
    }
    return out;
  }

  merge(sheet: string, rect: Rect): void {
    this.sheet(sheet).getRange(rectA1(rect)).merge(false);
  }

  unmerge(sheet: string, rect: Rect): void {
    this.sheet(sheet).getRange(rectA1(rect)).unmerge();
  }

  /** `width` in characters, as in EditSet. */
  columnWidth(sheet: string, col: number, width: number): void {
    this.sheet(sheet).getRange(`${colLetter(col)}:${colLetter(col)}`).format.columnWidth =
      charsToPoints(width);
  }

  /** Put back a width read earlier (points). */
  columnWidthPoints(sheet: string, col: number, points: number): void {
    this.sheet(sheet).getRange(`${colLetter(col)}:${colLetter(col)}`).format.columnWidth = points;
  }

  async flush(): Promise<void> {
    await this.counter.sync();
    this.queued = 0;
    this.queuedBytes = 0;
  }
}
