// readWorkbook: the used range of every wanted sheet, in one context.sync().
//
// Sync count of a read:
//   - named sheets ({ sheets: [...] }) or the active sheet ({ active: true }): 1 sync;
//   - every sheet ({}): 2 syncs, because the sheet names are unknown until the collection is
//     loaded, and Office's behaviour for calls chained on null objects (getNextOrNullObject
//     chains) is undocumented, so the host does not rely on it.
// The same sync(s) also load the sheet list (names, ids, protection), the undo/marks journal
// (workbook settings) and the notes/comments the add-in may have to replace.
// Large sheets: the read is optimistic. Only if Excel refuses the payload (Excel on the web caps a
// request/response at about 5 MB) is it redone in row bands of at most `chunkCells` cells, one
// band group per sync: 1 failed sync + 1 for the sizes + one per chunk.

import type { Rect, SheetSnapshot, WorkbookSnapshot } from "../../core/grid";
import { blockToRows, cellId, fillOf, localAddress, parseAreas, rectOf, sheetSnapshot } from "./convert";
import { detectCaps, HostCaps, HostOptions, SyncCounter } from "./env";
import { HostError, isPayloadError, toHostError } from "./errors";
import { Journal, queueJournalLoad } from "./journal";
import { HOST_MSG } from "./messages";
import { colLetter } from "../../core/grid";
import { append } from "../../core/arrays";

export interface ReadOptions extends HostOptions {
  /** Sheets to read, by name. Default: every sheet that is not "very hidden". */
  sheets?: string[];
  /** Read only the active worksheet (ignored when `sheets` is given). */
  active?: boolean;
  /** Load per-cell fills (needed to restore them exactly after marks or edits). Default true. */
  fills?: boolean;
  /**
   * Load per-cell font families too (ExcelApi 1.9, in the same getCellProperties call, so no extra
   * sync): "Chuyển mã sang Unicode" needs them to tell .VnTimeH capitals and to journal the fonts
   * it replaces. Default false (the payload grows by a font name per cell).
   */
  fonts?: boolean;
  /** Cells per sync when a read has to be split for the payload limit. Default 40,000. */
  chunkCells?: number;
  /** Columns (from A) whose widths are read, so that undo can put widths back. Default 64. */
  widthColumns?: number;
}

export const DEFAULT_WIDTH_COLUMNS = 64;

export const DEFAULT_CHUNK_CELLS = 40_000;

export interface SheetListItem {
  name: string;
  id: string;
  visibility: string;
  /** null when ExcelApi 1.2 is missing. */
  protected: boolean | null;
}

/** What the host knows about a sheet it read, beyond the grid. */
export interface HostSheetInfo {
  id: string;
  /** Used range as Excel reported it (formats included). */
  usedAddress: string;
  /** Filled cells of the used range, "row:col" → "#RRGGBB"; cells absent have no fill. */
  fills: Record<string, string>;
  /** False when fills could not be read (ExcelApi < 1.9, or { fills: false }). */
  fillsKnown: boolean;
  /** Font family of every cell of the used range, "row:col" → name; only with { fonts: true } (or loadFonts). */
  fonts?: Record<string, string>;
  /** Column widths in points, index 0 = column A, for the first `widthColumns` columns (empty below ExcelApi 1.2). */
  widths: number[];
}

export interface AnnotationInfo {
  /** Notes: index in workbook.notes; comments: id. */
  key: number | string;
  content: string;
  /** Written by the add-in (starts with HOST_MSG.markPrefix). */
  ours: boolean;
  /** Cell, when it was located. */
  cell?: { sheet: string; row: number; col: number };
}

export interface HostReadState {
  caps: HostCaps;
  sheetList: SheetListItem[];
  info: Record<string, HostSheetInfo>;
  journal: Journal;
  notes: AnnotationInfo[];
  comments: AnnotationInfo[];
  /** True when every foreign note/comment has its cell. */
  foreignLocated: boolean;
  /** Syncs the read used. */
  syncs: number;
}

/** A grid snapshot plus the host's bookkeeping (the core ignores `host`). */
export interface HostSnapshot extends WorkbookSnapshot {
  host: HostReadState;
}

/** Live proxies of a read, usable only in the request context that made them. */
interface LiveHandles {
  context: Excel.RequestContext;
  notes: Excel.Note[];
  comments: Excel.Comment[];
}
const live = new WeakMap<HostReadState, LiveHandles>();

export function liveHandles(state: HostReadState, context: Excel.RequestContext): LiveHandles | null {
  const h = live.get(state);
  return h && h.context === context ? h : null;
}

export function isOurs(content: string | null | undefined): boolean {
  return typeof content === "string" && content.startsWith(HOST_MSG.markPrefix);
}

/** Read the workbook (see the header for sync counts). */
export async function readWorkbook(context: Excel.RequestContext, opts: ReadOptions = {}): Promise<HostSnapshot> {
  const counter = new SyncCounter(context);
  return readWith(counter, opts);
}

type Meta = () => { sheetList: SheetListItem[]; journal: Journal; notes: Excel.Note[]; comments: Excel.Comment[] };

/** Queue what every read needs whatever the sheets: sheet list, journal, notes and comments. */
function queueMeta(context: Excel.RequestContext, caps: HostCaps, opts: HostOptions): Meta {
  const coll = context.workbook.worksheets;
  coll.load(caps.protection ? "items/name,items/id,items/visibility,items/protection/protected" : "items/name,items/id,items/visibility");
  const journal = queueJournalLoad(context, caps, opts);
  const notes = caps.notes ? context.workbook.notes : null;
  notes?.load("items/content");
  const comments = caps.comments ? context.workbook.comments : null;
  comments?.load("items/id,items/content");
  return () => ({
    sheetList: coll.items.map((w) => ({
      name: w.name,
      id: w.id,
      visibility: String(w.visibility),
      protected: caps.protection ? w.protection.protected : null,
    })),
    journal: journal(),
    notes: notes ? notes.items : [],
    comments: comments ? comments.items : [],
  });
}

interface SheetReadHandles {
  ws: Excel.Worksheet;
  used: Excel.Range;
  merged: Excel.RangeAreas | null;
  props: OfficeExtension.ClientResult<Excel.CellProperties[][]> | null;
  widths: Excel.RangeFormat[];
}

const RANGE_PROPS = "address,rowIndex,columnIndex,rowCount,columnCount,values,formulas,numberFormat,valueTypes";

/** What getCellProperties is asked for: fills, and font names when wanted; null when nothing. */
function propsRequest(caps: HostCaps, want: Wanted): Excel.CellPropertiesLoadOptions | null {
  if (!caps.cellProperties || (!want.fills && !want.fonts)) return null;
  return { format: { ...(want.fills ? { fill: { color: true, pattern: true } } : {}), ...(want.fonts ? { font: { name: true } } : {}) } };
}

interface Wanted {
  fills: boolean;
  fonts: boolean;
}

function queueSheet(ws: Excel.Worksheet, caps: HostCaps, want: Wanted, widthColumns: number, full = true): SheetReadHandles {
  const used = ws.getUsedRange();
  used.load(full ? RANGE_PROPS : "address,rowIndex,columnIndex,rowCount,columnCount");
  const merged = caps.mergedAreas ? used.getMergedAreasOrNullObject() : null;
  merged?.load("address");
  const request = full ? propsRequest(caps, want) : null;
  const props = request ? used.getCellProperties(request) : null;
  const widths: Excel.RangeFormat[] = [];
  if (caps.protection) {
    for (let c = 1; c <= widthColumns; c++) {
      const f = ws.getRange(`${colLetter(c)}:${colLetter(c)}`).format;
      f.load("columnWidth");
      widths.push(f);
    }
  }
  return { ws, used, merged, props, widths };
}

interface SheetResult {
  snap: SheetSnapshot;
  info: HostSheetInfo;
}

function fillsFrom(props: Excel.CellProperties[][], top: number, left: number, into: Record<string, string>): void {
  props.forEach((line, i) =>
    line.forEach((p, j) => {
      const f = fillOf(p.format?.fill as { color?: string; pattern?: string } | undefined);
      if (f) into[cellId(top + i, left + j)] = f;
    }),
  );
}

function fontsFrom(props: Excel.CellProperties[][], top: number, left: number, into: Record<string, string>): void {
  props.forEach((line, i) =>
    line.forEach((p, j) => {
      const name = p.format?.font?.name;
      if (typeof name === "string") into[cellId(top + i, left + j)] = name;
    }),
  );
}

function finishSheet(name: string, id: string, isProtected: boolean, h: SheetReadHandles, want: Wanted): SheetResult {
  const u = h.used;
  const top = u.rowIndex + 1;
  const left = u.columnIndex + 1;
  const data = blockToRows({ values: u.values, formulas: u.formulas, numberFormat: u.numberFormat, valueTypes: u.valueTypes });
  const merges = h.merged && !h.merged.isNullObject ? parseAreas(h.merged.address) : [];
  const fills: Record<string, string> = {};
  if (h.props && want.fills) fillsFrom(h.props.value, top, left, fills);
  const info: HostSheetInfo = { id, usedAddress: u.address, fills, fillsKnown: !!h.props && want.fills, widths: h.widths.map((f) => f.columnWidth) };
  if (h.props && want.fonts) fontsFrom(h.props.value, top, left, (info.fonts = {}));
  return { snap: sheetSnapshot(name, top, left, data, merges, isProtected), info };
}

function annotationInfos(items: { content: string }[], keyOf: (i: number) => number | string): AnnotationInfo[] {
  return items.map((it, i) => ({ key: keyOf(i), content: it.content, ours: isOurs(it.content) }));
}

function locate(address: string): { sheet: string; row: number; col: number } {
  const bang = address.lastIndexOf("!");
  let sheet = bang < 0 ? "" : address.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  const r = rectOf(localAddress(address));
  return { sheet, row: r.top, col: r.left };
}

/** @internal Read with a shared sync counter (runCommand counts read + write together). */
export async function readWith(counter: SyncCounter, opts: ReadOptions = {}): Promise<HostSnapshot> {
  const context = counter.context;
  const caps = detectCaps(opts);
  const want: Wanted = { fills: opts.fills !== false, fonts: !!opts.fonts };
  const start = counter.count;
  try {
    return await readOnce(counter, opts, caps, want, start);
  } catch (e) {
    if (!isPayloadError(e)) throw toHostError(e, { sheetsNotFound: opts.sheets });
    return readChunked(context, counter, opts, caps, want, start);
  }
}

async function readOnce(counter: SyncCounter, opts: ReadOptions, caps: HostCaps, want: Wanted, start: number): Promise<HostSnapshot> {
  const context = counter.context;
  const wc = opts.widthColumns ?? DEFAULT_WIDTH_COLUMNS;
  const meta = queueMeta(context, caps, opts);
  const coll = context.workbook.worksheets;
  let targets: { ws: Excel.Worksheet; h: SheetReadHandles }[] = [];
  let active: Excel.Worksheet | null = null;
  if (opts.sheets) {
    targets = opts.sheets.map((n) => {
      const ws = coll.getItem(n);
      return { ws, h: queueSheet(ws, caps, want, wc) };
    });
  } else if (opts.active) {
    active = coll.getActiveWorksheet();
    active.load("name,id");
    targets = [{ ws: active, h: queueSheet(active, caps, want, wc) }];
  }
  await counter.sync();
  const m = meta();
  let foreignLocated = true;
  const noteLocs: (Excel.Range | null)[] = [];
  const commentLocs: (Excel.Range | null)[] = [];
  if (!opts.sheets && !opts.active) {
    // Second sync: now that the names are known, read every sheet, and locate foreign notes and
    // comments on the way (free: this sync happens anyway).
    targets = coll.items.filter((w) => String(w.visibility) !== "VeryHidden").map((ws) => ({ ws, h: queueSheet(ws, caps, want, wc) }));
    m.notes.forEach((n) => {
      const r = isOurs(n.content) ? null : n.getLocation();
      r?.load("address");
      noteLocs.push(r);
    });
    m.comments.forEach((c) => {
      const r = isOurs(c.content) ? null : c.getLocation();
      r?.load("address");
      commentLocs.push(r);
    });
    await counter.sync();
  } else {
    foreignLocated = !m.notes.some((n) => !isOurs(n.content)) && !m.comments.some((c) => !isOurs(c.content));
  }
  const byId = new Map(m.sheetList.map((s) => [s.id, s]));
  const byName = new Map(m.sheetList.map((s) => [s.name.toLowerCase(), s]));
  const sheets: SheetSnapshot[] = [];
  const info: Record<string, HostSheetInfo> = {};
  targets.forEach(({ ws, h }, i) => {
    const name = opts.sheets ? byName.get(opts.sheets[i].toLowerCase())?.name ?? opts.sheets[i] : ws.name;
    const item = opts.sheets ? byName.get(name.toLowerCase()) : byId.get(ws.id);
    const res = finishSheet(name, item?.id ?? "", !!item?.protected, h, want);
    sheets.push(res.snap);
    info[name] = res.info;
  });
  const notes = annotationInfos(m.notes, (i) => i);
  const comments = annotationInfos(m.comments, (i) => m.comments[i].id);
  noteLocs.forEach((r, i) => {
    if (r) notes[i].cell = locate(r.address);
  });
  commentLocs.forEach((r, i) => {
    if (r) comments[i].cell = locate(r.address);
  });
  const state: HostReadState = {
    caps,
    sheetList: m.sheetList,
    info,
    journal: m.journal,
    notes,
    comments,
    foreignLocated,
    syncs: counter.count - start,
  };
  live.set(state, { context, notes: m.notes, comments: m.comments });
  return { sheets, host: state };
}

/** The payload-limited path: sizes first, then row bands of at most chunkCells cells per sync. */
async function readChunked(context: Excel.RequestContext, counter: SyncCounter, opts: ReadOptions, caps: HostCaps, want: Wanted, start: number): Promise<HostSnapshot> {
  const wc = opts.widthColumns ?? DEFAULT_WIDTH_COLUMNS;
  const meta = queueMeta(context, caps, opts);
  const coll = context.workbook.worksheets;
  let wanted: Excel.Worksheet[] = [];
  if (opts.sheets) wanted = opts.sheets.map((n) => coll.getItem(n));
  else if (opts.active) wanted = [coll.getActiveWorksheet()];
  wanted.forEach((w) => w.load("name,id"));
  let dims = wanted.map((ws) => queueSheet(ws, caps, want, wc, false));
  try {
    await counter.sync();
  } catch (e) {
    throw toHostError(e, { sheetsNotFound: opts.sheets });
  }
  const m = meta();
  if (!opts.sheets && !opts.active) {
    wanted = coll.items.filter((w) => String(w.visibility) !== "VeryHidden");
    dims = wanted.map((ws) => queueSheet(ws, caps, want, wc, false));
    await counter.sync();
  }
  let chunk = Math.max(1, opts.chunkCells ?? DEFAULT_CHUNK_CELLS);
  const results = dims.map((h) => ({
    h,
    top: h.used.rowIndex + 1,
    left: h.used.columnIndex + 1,
    rows: h.used.rowCount,
    cols: h.used.columnCount,
    data: [] as ReturnType<typeof blockToRows>,
    fills: {} as Record<string, string>,
    fonts: {} as Record<string, string>,
    done: 0,
  }));
  for (const r of results) {
    while (r.done < r.rows) {
      const bandRows = Math.max(1, Math.min(r.rows - r.done, Math.floor(chunk / Math.max(1, r.cols))));
      const a = r.top + r.done;
      const b = a + bandRows - 1;
      const address = `${colLetter(r.left)}${a}:${colLetter(r.left + r.cols - 1)}${b}`;
      const band = r.h.ws.getRange(address);
      band.load("values,formulas,numberFormat,valueTypes");
      const request = propsRequest(caps, want);
      const props = request ? band.getCellProperties(request) : null;
      try {
        await counter.sync();
      } catch (e) {
        if (isPayloadError(e) && bandRows > 1) {
          chunk = Math.max(1, Math.floor(chunk / 2));
          continue;
        }
        throw toHostError(e);
      }
      append(r.data, blockToRows(band));
      if (props && want.fills) fillsFrom(props.value, a, r.left, r.fills);
      if (props && want.fonts) fontsFrom(props.value, a, r.left, r.fonts);
      r.done += bandRows;
    }
  }
  const byId = new Map(m.sheetList.map((s) => [s.id, s]));
  const sheets: SheetSnapshot[] = [];
  const info: Record<string, HostSheetInfo> = {};
  results.forEach((r) => {
    const ws = r.h.ws;
    const item = byId.get(ws.id);
    const merges: Rect[] = r.h.merged && !r.h.merged.isNullObject ? parseAreas(r.h.merged.address) : [];
    sheets.push(sheetSnapshot(ws.name, r.top, r.left, r.data, merges, !!item?.protected));
    info[ws.name] = { id: ws.id, usedAddress: r.h.used.address, fills: r.fills, fillsKnown: want.fills && caps.cellProperties, widths: r.h.widths.map((f) => f.columnWidth) };
    if (want.fonts && caps.cellProperties) info[ws.name].fonts = r.fonts;
  });
  const state: HostReadState = {
    caps,
    sheetList: m.sheetList,
    info,
    journal: m.journal,
    notes: annotationInfos(m.notes, (i) => i),
    comments: annotationInfos(m.comments, (i) => m.comments[i].id),
    foreignLocated: !m.notes.some((n) => !isOurs(n.content)) && !m.comments.some((c) => !isOurs(c.content)),
    syncs: counter.count - start,
  };
  live.set(state, { context, notes: m.notes, comments: m.comments });
  return { sheets, host: state };
}

/** Sheet names that `findings`/`edits` touch but that are protected, per the read. */
export function protectedAmong(state: HostReadState, names: Iterable<string>): string[] {
  const out: string[] = [];
  for (const n of names) {
    const item = state.sheetList.find((s) => s.name.toLowerCase() === n.toLowerCase());
    if (item?.protected && !out.includes(item.name)) out.push(item.name);
  }
  return out;
}

export function assertWritable(state: HostReadState, names: Iterable<string>): void {
  const p = protectedAmong(state, names);
  if (p.length) throw new HostError("sheet-protected", HOST_MSG.sheetProtected(p[0]));
}

/**
 * @internal One sync for what undo and "Xóa đánh dấu" need without reading any sheet: the sheet
 * list, the journal and the notes/comments. The snapshot has no sheets.
 */
export async function readMeta(counter: SyncCounter, opts: HostOptions = {}): Promise<HostSnapshot> {
  const context = counter.context;
  const caps = detectCaps(opts);
  const start = counter.count;
  const meta = queueMeta(context, caps, opts);
  try {
    await counter.sync();
  } catch (e) {
    throw toHostError(e);
  }
  const m = meta();
  const state: HostReadState = {
    caps,
    sheetList: m.sheetList,
    info: {},
    journal: m.journal,
    notes: annotationInfos(m.notes, (i) => i),
    comments: annotationInfos(m.comments, (i) => m.comments[i].id),
    foreignLocated: false,
    syncs: counter.count - start,
  };
  live.set(state, { context, notes: m.notes, comments: m.comments });
  return { sheets: [], host: state };
}

/**
 * @internal One sync: the font family of each given cell, added to `snap.host.info[sheet].fonts`.
 * For Excel below ExcelApi 1.9, where the read cannot load fonts with getCellProperties.
 */
export async function loadFonts(counter: SyncCounter, snap: HostSnapshot, cells: { sheet: string; row: number; col: number }[]): Promise<void> {
  if (cells.length === 0) return;
  const context = counter.context;
  const sheets = new Map<string, Excel.Worksheet>();
  const pending = cells.map((c) => {
    let ws = sheets.get(c.sheet);
    if (!ws) {
      ws = context.workbook.worksheets.getItem(c.sheet);
      sheets.set(c.sheet, ws);
    }
    const font = ws.getCell(c.row - 1, c.col - 1).format.font;
    font.load("name");
    return { c, font };
  });
  try {
    await counter.sync();
  } catch (e) {
    throw toHostError(e);
  }
  for (const { c, font } of pending) {
    const key = Object.keys(snap.host.info).find((k) => k.toLowerCase() === c.sheet.toLowerCase());
    if (!key || typeof font.name !== "string") continue;
    const info = snap.host.info[key];
    (info.fonts ??= {})[cellId(c.row, c.col)] = font.name;
  }
}
