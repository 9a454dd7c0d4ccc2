// Queueing writes: cells are grouped into vertical runs (same sheet, same column, consecutive
// rows, same kind of change) so that one Range proxy carries many cells, and the whole batch goes
// in one sync unless it exceeds `maxCellsPerSync` cells (Excel on the web caps a request at about
// 5 MB; 100,000 cells of formulas and formats stay well below it).

import { colLetter, Rect } from "../../core/grid";
import { charsToPoints, excelInput } from "./convert";
import { SyncCounter } from "./env";
import type { Content } from "./journal";

export const DEFAULT_MAX_CELLS_PER_SYNC = 100_000;

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

/** Group writes into vertical runs; a later write to the same cell overrides fields of an earlier one. */
export function toRuns(writes: CellWrite[]): Run[] {
  const merged = new Map<string, CellWrite>();
  for (const w of writes) {
    const k = w.sheet.toLowerCase() + "\u0000" + w.row + ":" + w.col;
    const prev = merged.get(k);
    merged.set(k, prev ? { ...prev, ...stripUndefined(w) } : { ...w });
  }
  const sorted = [...merged.values()].sort((a, b) => a.sheet.localeCompare(b.sheet) || a.col - b.col || a.row - b.row);
  const runs: Run[] = [];
  let cur: Run | null = null;
  let curKey = "";
  for (const w of sorted) {
    const k = runKey(w);
    if (cur && k === curKey && w.row === cur.rect.bottom + 1) {
      cur.cells.push(w);
      cur.rect.bottom = w.row;
    } else {
      cur = { sheet: w.sheet, rect: { top: w.row, left: w.col, bottom: w.row, right: w.col }, cells: [w] };
      curKey = k;
      runs.push(cur);
    }
  }
  return runs;
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  const out: Partial<T> = {};
  for (const [k, v] of Object.entries(o)) if (v !== undefined) (out as Record<string, unknown>)[k] = v;
  return out;
}

export function a1(r: Rect): string {
  const tl = colLetter(r.left) + r.top;
  return r.top === r.bottom && r.left === r.right ? tl : tl + ":" + colLetter(r.right) + r.bottom;
}

const EDGES = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"] as const;

/** Worksheet proxies of one batch plus the write queue, flushing when a sync would grow too big. */
export class WriteBatch {
  private readonly sheets = new Map<string, Excel.Worksheet>();
  private queued = 0;
  constructor(
    readonly counter: SyncCounter,
    readonly maxCellsPerSync = DEFAULT_MAX_CELLS_PER_SYNC,
  ) {}

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

  private async room(cells: number): Promise<void> {
    if (this.queued > 0 && this.queued + cells > this.maxCellsPerSync) {
      await this.counter.sync();
      this.queued = 0;
    }
    this.queued += cells;
  }

  /** Queue cell writes as runs (may sync first when the batch is full). */
  async cells(writes: CellWrite[]): Promise<number> {
    const runs = toRuns(writes);
    for (const run of runs) {
      // A run longer than a whole batch is cut into pieces that each fit.
      for (let i = 0; i < run.cells.length; i += this.maxCellsPerSync) {
        const cells = run.cells.slice(i, i + this.maxCellsPerSync);
        const piece: Run = { sheet: run.sheet, cells, rect: { top: cells[0].row, bottom: cells[cells.length - 1].row, left: run.rect.left, right: run.rect.right } };
        await this.room(cells.length);
        this.queueRun(piece);
      }
    }
    return runs.length;
  }

  private queueRun(run: Run): void {
    const rg = this.sheet(run.sheet).getRange(a1(run.rect));
    const first = run.cells[0];
    // The number format first: Excel reads what is written through the format the cell has then
    // (into a text "@" cell a formula or a number would stay text).
    if (first.numberFormat !== undefined) rg.numberFormat = run.cells.map((c) => [c.numberFormat as string]);
    if (first.content !== undefined) rg.formulas = run.cells.map((c) => [contentInput(c.content as Content, c.numberFormat !== undefined ? c.numberFormat === "@" : !!c.text)]);
    if (first.fill === null) rg.format.fill.clear();
    else if (first.fill !== undefined) rg.format.fill.color = first.fill;
    if (first.bold !== undefined) rg.format.font.bold = first.bold;
    if (first.italic !== undefined) rg.format.font.italic = first.italic;
    if (first.font !== undefined) rg.format.font.name = first.font;
    if (first.horizontal !== undefined) rg.format.horizontalAlignment = first.horizontal as Excel.HorizontalAlignment;
    if (first.wrap !== undefined) rg.format.wrapText = first.wrap;
    if (first.border !== undefined) {
      const style = first.border ? "Continuous" : "None";
      for (const e of EDGES) rg.format.borders.getItem(e).style = style;
      if (run.rect.bottom > run.rect.top) rg.format.borders.getItem("InsideHorizontal").style = style;
    }
  }

  /** Queue a load of Range.formulas over each run of `writes` (before they are overwritten). */
  loadFormulas(writes: CellWrite[]): { run: Run; range: Excel.Range }[] {
    return toRuns(writes.map((w) => ({ sheet: w.sheet, row: w.row, col: w.col }))).map((run) => {
      const range = this.sheet(run.sheet).getRange(a1(run.rect));
      range.load("formulas");
      return { run, range };
    });
  }

  merge(sheet: string, rect: Rect): void {
    this.sheet(sheet).getRange(a1(rect)).merge(false);
  }

  unmerge(sheet: string, rect: Rect): void {
    this.sheet(sheet).getRange(a1(rect)).unmerge();
  }

  /** `width` in characters, as in EditSet. */
  columnWidth(sheet: string, col: number, width: number): void {
    this.sheet(sheet).getRange(`${colLetter(col)}:${colLetter(col)}`).format.columnWidth = charsToPoints(width);
  }

  /** Put back a width read earlier (points). */
  columnWidthPoints(sheet: string, col: number, points: number): void {
    this.sheet(sheet).getRange(`${colLetter(col)}:${colLetter(col)}`).format.columnWidth = points;
  }

  async flush(): Promise<void> {
    await this.counter.sync();
    this.queued = 0;
  }
}
