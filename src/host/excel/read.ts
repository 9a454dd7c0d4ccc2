// readWorkbook: the used range of every wanted sheet, in one context.sync().
//
// Sync count of a read:
//   - named sheets ({ sheets: [...] }) or the active sheet ({ active: true }): 1 sync;
//   - every sheet ({}): 2 syncs, because the sheet names are unknown until the collection is
//     loaded, and Office's behaviour for calls chained on null objects (getNextOrNullObject
//     chains) is undocumented, so the host does not rely on it.
// The same sync(s) also load the sheet list (names, ids, protection), the undo/marks journal
// (workbook settings) and the notes/comments the add-in may have to replace.
// Large sheets: reads are planned by size (see "reads planned by size" below): one more sync per
// block of about 2 MB of response beyond the first rows, whatever the platform.

import type { CellSnapshot, Rect, SheetSnapshot, WorkbookSnapshot } from "../../core/grid";
import { blockToRows, cellId, fillOf, sheetSnapshot } from "./convert";
import { rectOfAddress, parseAreas } from "../../core/address";
import { detectCaps, HostCaps, HostOptions, officeOf, SyncCounter } from "./env";
import { HostError, isPayloadError, officeErrorCode, toHostError } from "./errors";
import { Journal, queueJournalLoad } from "./journal";
import { HOST_MSG } from "./messages";
import { colLetter } from "../../core/grid";
import { utf8Length } from "../../core/text/utf8";

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
  /** At most this many cells per block of a large read. Default 40,000. */
  chunkCells?: number;
  /** Estimated response bytes per sync of a large read (UTF-8 JSON). Default 2,000,000. */
  blockBytes?: number;
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
  /** The read's live proxies (non-enumerable; see attachLive). */
  readonly live?: LiveHandles;
}

/** A grid snapshot plus the host's bookkeeping (the core ignores `host`). */
export interface HostSnapshot extends WorkbookSnapshot {
  host: HostReadState;
}

/** Live proxies of a read, usable only in the request context that made them. */
export interface LiveHandles {
  context: Excel.RequestContext;
  notes: Excel.Note[];
  comments: Excel.Comment[];
}

/**
 * Attach a read's live proxies to its state, as a non-enumerable property: the write path of the
 * same batch finds them on the snapshot it is given (no module-level registry), and they never
 * reach JSON, copies or comparisons of the state.
 */
function attachLive(state: HostReadState, handles: LiveHandles): HostReadState {
  Object.defineProperty(state, "live", { value: handles, enumerable: false });
  return state;
}

/** The read's live proxies when `context` is the one that made them, else null. */
export function liveHandles(
  state: HostReadState,
  context: Excel.RequestContext
): LiveHandles | null {
  const h = state.live;
  return h && h.context === context ? h : null;
}

export function isOurs(content: string | null | undefined): boolean {
  return typeof content === "string" && content.startsWith(HOST_MSG.markPrefix);
}

/** Read the workbook (see the header for sync counts). */
export async function readWorkbook(
  context: Excel.RequestContext,
  opts: ReadOptions = {}
): Promise<HostSnapshot> {
  const counter = new SyncCounter(context);
  return readWith(counter, opts);
}

type Meta = () => {
  sheetList: SheetListItem[];
  journal: Journal;
  notes: Excel.Note[];
  comments: Excel.Comment[];
};

/** Queue what every read needs whatever the sheets: sheet list, journal, notes and comments. */
function queueMeta(context: Excel.RequestContext, caps: HostCaps, opts: HostOptions): Meta {
  const coll = context.workbook.worksheets;
  coll.load(
    caps.protection
      ? "items/name,items/id,items/visibility,items/protection/protected"
      : "items/name,items/id,items/visibility"
  );
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

/** What getCellProperties is asked for: fills, and font names when wanted; null when nothing. */
function propsRequest(caps: HostCaps, want: Wanted): Excel.CellPropertiesLoadOptions | null {
  if (!caps.cellProperties || (!want.fills && !want.fonts)) return null;
  return {
    format: {
      ...(want.fills ? { fill: { color: true, pattern: true } } : {}),
      ...(want.fonts ? { font: { name: true } } : {}),
    },
  };
}

interface Wanted {
  fills: boolean;
  fonts: boolean;
}

interface SheetResult {
  snap: SheetSnapshot;
  info: HostSheetInfo;
}

/** Record `pick` of each cell's properties (block at top, left) by cell id, where it has one. */
function collectProps(
  props: Excel.CellProperties[][],
  top: number,
  left: number,
  into: Record<string, string>,
  pick: (p: Excel.CellProperties) => string | null | undefined
): void {
  props.forEach((line, i) =>
    line.forEach((p, j) => {
      const v = pick(p);
      if (v !== null && v !== undefined) into[cellId(top + i, left + j)] = v;
    })
  );
}

const fillOfProps = (p: Excel.CellProperties): string | null | undefined =>
  fillOf(p.format?.fill as { color?: string; pattern?: string } | undefined);

const fontOfProps = (p: Excel.CellProperties): string | undefined => {
  const name = p.format?.font?.name;
  return typeof name === "string" ? name : undefined;
};

function annotationInfos(
  items: { content: string }[],
  keyOf: (i: number) => number | string
): AnnotationInfo[] {
  return items.map((it, i) => ({ key: keyOf(i), content: it.content, ours: isOurs(it.content) }));
}

function locate(address: string): { sheet: string; row: number; col: number } {
  const bang = address.lastIndexOf("!");
  let sheet = bang < 0 ? "" : address.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  const r = rectOfAddress(address);
  return { sheet, row: r.top, col: r.left };
}

/** @internal Read with a shared sync counter (runCommand counts read + write together). */
export async function readWith(
  counter: SyncCounter,
  opts: ReadOptions = {}
): Promise<HostSnapshot> {
  const caps = detectCaps(opts);
  const want: Wanted = { fills: opts.fills !== false, fonts: !!opts.fonts };
  const start = counter.count;
  await refreshCommonSettings(caps, opts);
  try {
    return await readPlanned(counter, opts, caps, want, start, true);
  } catch (e) {
    // The first sync carried a first block of every sheet, sized on assumptions: if Excel refused
    // it (a payload code, a GeneralException, or a range too large to read when a stray format
    // made the used range huge), read again once with sizes first and blocks planned from them.
    if (e instanceof HostError) throw e;
    const code = officeErrorCode(e);
    if (
      !isPayloadError(e, { general: true }) &&
      code !== "InvalidOperation" &&
      code !== "InvalidArgument"
    )
      throw toHostError(e, { sheetsNotFound: opts.sheets });
    try {
      return await readPlanned(counter, opts, caps, want, start, false);
    } catch (e2) {
      throw toHostError(e2, { sheetsNotFound: opts.sheets });
    }
  }
}

/**
 * Below ExcelApi 1.4 the journal is read from Office.context.document.settings, an in-memory copy
 * taken when this runtime started; another runtime (the ribbon's function file) may have saved
 * since. Re-read it before every read (refreshAsync), so that every write starts from the
 * journal in the document. See src/taskpane/RUNTIME.md.
 */
async function refreshCommonSettings(caps: HostCaps, opts: HostOptions): Promise<void> {
  if (caps.settings) return;
  const settings = officeOf(opts)?.context.document?.settings;
  if (!settings?.refreshAsync) return;
  await new Promise<void>((resolve) => settings.refreshAsync?.(() => resolve()));
}

// ---- reads planned by size ---------------------------------------------------
//
// Excel on the web refuses a request or a response above 5 MB ("Payload size limit best
// practices", learn.microsoft.com/office/dev/add-ins/excel/performance; the answer is
// RequestPayloadSizeLimitExceeded or ResponsePayloadSizeLimitExceeded, see
// microsoftgraph/microsoft-graph-docs#15709, and has been a plain GeneralException,
// OfficeDev/office-js-docs-reference#354), and on every platform a get over five million cells
// may answer `null` instead of the values (OfficeDev/office-js-docs-pr#5821). So every read is
// cut into row blocks whose estimated response (UTF-8 JSON of values, formulas, number formats,
// value types and the per-cell properties asked for) stays under `blockBytes` (2 MB), whatever
// the platform:
//   - the first sync loads the sheet list, the journal, notes/comments, each sheet's used-range
//     size, merges, widths, and a first block of rows sized on assumed bytes per cell — a form
//     of a few hundred rows is read whole there (1 sync, as before);
//   - the rest of a larger sheet is read in blocks planned from the bytes per cell the previous
//     block really took, several sheets' blocks sharing a sync up to the budget;
//   - a block that is refused anyway, or whose values come back null, is read again in halves.

/** Response bytes one sync's blocks aim at (Excel on the web refuses above 5 MB). */
export const DEFAULT_BLOCK_BYTES = 2_000_000;
/** Bytes per cell assumed before a block was measured: values+formulas+numberFormat+valueTypes, fills, fonts. */
const ASSUMED_BYTES = { base: 64, fills: 64, fonts: 40 };
/** Columns assumed when sizing the first block (Biểu 06a has 13, the evaluation sheet about as many). */
const ASSUMED_COLUMNS = 16;
/** Margin on measured bytes per cell (later rows may hold longer texts than the measured ones). */
const MARGIN = 1.25;
/** A used range above this many cells, and over 4× its values-only range, is read values-only. */
const STRAY_FORMAT_CELLS = 1_000_000;
/** Cells one get may cover before Excel answers null (all platforms). */
export const MAX_GET_CELLS = 5_000_000;

interface Block {
  /** 0-based offset of the block's first row in the used range. */
  from: number;
  rows: number;
  data: (CellSnapshot | null)[][];
  props: Excel.CellProperties[][] | null;
}

interface SheetPlan {
  ws: Excel.Worksheet;
  used: Excel.Range;
  /** getUsedRange(true): cells with values only (ExcelApi 1.2), to bound a range grown by stray formats. */
  valuesUsed: Excel.Range | null;
  merged: Excel.RangeAreas | null;
  widths: Excel.RangeFormat[];
  first: {
    range: Excel.Range;
    props: OfficeExtension.ClientResult<Excel.CellProperties[][]> | null;
  } | null;
  top: number;
  left: number;
  rows: number;
  cols: number;
  blocks: Block[];
  /** Row segments still to read: [from, count]. */
  pending: [number, number][];
  bytesPerCell: number;
}

function assumedCellBytes(caps: HostCaps, want: Wanted): number {
  const props = !!propsRequest(caps, want);
  return (
    ASSUMED_BYTES.base +
    (props && want.fills ? ASSUMED_BYTES.fills : 0) +
    (props && want.fonts ? ASSUMED_BYTES.fonts : 0)
  );
}

/** What a loaded block weighed as JSON (the size Excel had to send). */
function measuredBytes(parts: unknown[]): number {
  return utf8Length(JSON.stringify(parts));
}

function queueSheetPlan(
  ws: Excel.Worksheet,
  caps: HostCaps,
  want: Wanted,
  widthColumns: number,
  firstRows: number
): SheetPlan {
  const used = ws.getUsedRange();
  used.load("address,rowIndex,columnIndex,rowCount,columnCount");
  const valuesUsed = caps.protection ? ws.getUsedRange(true) : null;
  valuesUsed?.load("rowIndex,columnIndex,rowCount,columnCount");
  const merged = caps.mergedAreas ? used.getMergedAreasOrNullObject() : null;
  merged?.load("address");
  const widths: Excel.RangeFormat[] = [];
  if (caps.protection) {
    for (let c = 1; c <= widthColumns; c++) {
      const f = ws.getRange(`${colLetter(c)}:${colLetter(c)}`).format;
      f.load("columnWidth");
      widths.push(f);
    }
  }
  let first: SheetPlan["first"] = null;
  // The first `firstRows` rows of the used range, in the same sync as its size: rows top… of the
  // whole sheet, intersected with the used range (getResizedRange: ExcelApi 1.2).
  if (firstRows > 0 && caps.protection) {
    const range = used.getIntersection(
      used
        .getRow(0)
        .getEntireRow()
        .getResizedRange(firstRows - 1, 0)
    );
    range.load("rowCount,values,formulas,numberFormat,valueTypes");
    const request = propsRequest(caps, want);
    first = { range, props: request ? range.getCellProperties(request) : null };
  }
  return {
    ws,
    used,
    valuesUsed,
    merged,
    widths,
    first,
    top: 0,
    left: 0,
    rows: 0,
    cols: 0,
    blocks: [],
    pending: [],
    bytesPerCell: 0,
  };
}

/** After the sync that loaded the sizes (and maybe a first block): what is left to read. */
function settlePlan(p: SheetPlan, assumed: number, want: Wanted): void {
  p.top = p.used.rowIndex + 1;
  p.left = p.used.columnIndex + 1;
  p.rows = p.used.rowCount;
  p.cols = p.used.columnCount;
  p.bytesPerCell = assumed;
  // A used range grown by stray formatting (a fill or a format far below or right of the data)
  // is read only where there are values: getUsedRange(true) ("the used range … grows with
  // formatting"; above 5M cells values may even come back null). Cells outside keep whatever
  // format they have; their fills count as unknown-none for marks.
  const v = p.valuesUsed;
  const formatCells = p.rows * p.cols;
  let bounded = false;
  if (v && formatCells > STRAY_FORMAT_CELLS && formatCells > 4 * v.rowCount * v.columnCount) {
    p.top = v.rowIndex + 1;
    p.left = v.columnIndex + 1;
    p.rows = v.rowCount;
    p.cols = v.columnCount;
    bounded = true;
  }
  let done = 0;
  if (!bounded && p.first && Array.isArray(p.first.range.values)) {
    const r = p.first.range;
    const props = p.first.props ? p.first.props.value : null;
    const data = blockToRows({
      values: r.values,
      formulas: r.formulas,
      numberFormat: r.numberFormat,
      valueTypes: r.valueTypes,
    });
    p.blocks.push({ from: 0, rows: r.rowCount, data, props });
    done = r.rowCount;
    const cells = Math.max(1, r.rowCount * p.cols);
    p.bytesPerCell = Math.max(
      4,
      measuredBytes([
        r.values,
        r.formulas,
        r.numberFormat,
        r.valueTypes,
        want.fills || want.fonts ? props : null,
      ]) / cells
    );
  }
  if (done < p.rows) p.pending.push([done, p.rows - done]);
}

async function readBlocks(
  counter: SyncCounter,
  plans: SheetPlan[],
  caps: HostCaps,
  want: Wanted,
  blockBytes: number,
  chunkCells: number
): Promise<void> {
  const request = propsRequest(caps, want);
  // Both shrink for the rest of the read when Excel refuses a sync or answers null.
  let syncBudget = blockBytes;
  let cellCap = Math.min(chunkCells, MAX_GET_CELLS);
  for (;;) {
    const queued: {
      p: SheetPlan;
      from: number;
      rows: number;
      range: Excel.Range;
      props: OfficeExtension.ClientResult<Excel.CellProperties[][]> | null;
    }[] = [];
    let budget = syncBudget;
    for (const p of plans) {
      while (p.pending.length > 0) {
        const seg = p.pending[0];
        const rowBytes = p.bytesPerCell * MARGIN * Math.max(1, p.cols);
        const byBytes = Math.floor(budget / rowBytes);
        if (byBytes < 1 && queued.length > 0) break;
        const byCells = Math.floor(cellCap / Math.max(1, p.cols));
        const rows = Math.max(1, Math.min(seg[1], byBytes, byCells));
        const a = p.top + seg[0];
        const range = p.ws.getRange(
          `${colLetter(p.left)}${a}:${colLetter(p.left + p.cols - 1)}${a + rows - 1}`
        );
        range.load("values,formulas,numberFormat,valueTypes");
        queued.push({
          p,
          from: seg[0],
          rows,
          range,
          props: request ? range.getCellProperties(request) : null,
        });
        budget -= rows * rowBytes;
        if (rows === seg[1]) p.pending.shift();
        else p.pending[0] = [seg[0] + rows, seg[1] - rows];
      }
      if (queued.length > 0 && budget <= 0) break;
    }
    if (queued.length === 0) return;
    const putBack = (q: (typeof queued)[number]) => q.p.pending.unshift([q.from, q.rows]);
    try {
      await counter.sync();
    } catch (e) {
      if (!isPayloadError(e, { general: true })) throw toHostError(e);
      // Refused although planned (a later row holds longer texts, or the host's limit is lower):
      // the rest of the read goes in syncs of half the size; one row alone refused is the end.
      if (queued.length === 1 && queued[0].rows === 1)
        throw new HostError("payload-too-large", HOST_MSG.payloadTooLarge, officeErrorCode(e));
      const cells = queued.reduce((n, q) => n + q.rows * q.p.cols, 0);
      const estimated = queued.reduce(
        (n, q) => n + q.rows * q.p.cols * q.p.bytesPerCell * MARGIN,
        0
      );
      syncBudget = Math.max(1, Math.min(syncBudget, estimated) / 2);
      if (queued.length === 1) cellCap = Math.max(1, Math.min(cellCap, Math.floor(cells / 2)));
      for (const q of [...queued].reverse()) putBack(q);
      continue;
    }
    for (const q of [...queued].reverse()) {
      const r = q.range;
      if (!Array.isArray(r.values)) {
        // Above five million cells Excel may hand back null (all platforms): read in halves.
        if (q.rows === 1) throw new HostError("payload-too-large", HOST_MSG.payloadTooLarge);
        cellCap = Math.max(1, Math.min(cellCap, Math.floor((q.rows * q.p.cols) / 2)));
        putBack(q);
        continue;
      }
      const props = q.props ? q.props.value : null;
      q.p.blocks.push({ from: q.from, rows: q.rows, data: blockToRows(r), props });
      q.p.bytesPerCell = Math.max(
        4,
        measuredBytes([r.values, r.formulas, r.numberFormat, r.valueTypes, props]) /
          Math.max(1, q.rows * q.p.cols)
      );
    }
  }
}

function finishPlan(
  name: string,
  id: string,
  isProtected: boolean,
  p: SheetPlan,
  caps: HostCaps,
  want: Wanted
): SheetResult {
  const blocks = [...p.blocks].sort((a, b) => a.from - b.from);
  const data: (CellSnapshot | null)[][] = [];
  const fills: Record<string, string> = {};
  const fonts: Record<string, string> = {};
  for (const b of blocks) {
    for (const line of b.data) data.push(line);
    if (b.props && want.fills) collectProps(b.props, p.top + b.from, p.left, fills, fillOfProps);
    if (b.props && want.fonts) collectProps(b.props, p.top + b.from, p.left, fonts, fontOfProps);
  }
  const merges: Rect[] = p.merged && !p.merged.isNullObject ? parseAreas(p.merged.address) : [];
  const withProps = !!propsRequest(caps, want);
  const info: HostSheetInfo = {
    id,
    usedAddress: p.used.address,
    fills,
    fillsKnown: withProps && want.fills,
    widths: p.widths.map((f) => f.columnWidth),
  };
  if (withProps && want.fonts) info.fonts = fonts;
  return { snap: sheetSnapshot(name, p.top, p.left, data, merges, isProtected), info };
}

async function readPlanned(
  counter: SyncCounter,
  opts: ReadOptions,
  caps: HostCaps,
  want: Wanted,
  start: number,
  firstBlocks: boolean
): Promise<HostSnapshot> {
  const context = counter.context;
  const wc = opts.widthColumns ?? DEFAULT_WIDTH_COLUMNS;
  const blockBytes = Math.max(1, opts.blockBytes ?? DEFAULT_BLOCK_BYTES);
  const chunkCells = Math.max(1, opts.chunkCells ?? DEFAULT_CHUNK_CELLS);
  const assumed = assumedCellBytes(caps, want);
  const firstRowsFor = (sheets: number) =>
    firstBlocks
      ? Math.max(
          1,
          Math.floor(
            Math.min(
              blockBytes / Math.max(1, sheets) / (assumed * ASSUMED_COLUMNS),
              chunkCells / ASSUMED_COLUMNS
            )
          )
        )
      : 0;
  const meta = queueMeta(context, caps, opts);
  const coll = context.workbook.worksheets;
  let targets: SheetPlan[] = [];
  if (opts.sheets) {
    const firstRows = firstRowsFor(opts.sheets.length);
    targets = opts.sheets.map((n) => queueSheetPlan(coll.getItem(n), caps, want, wc, firstRows));
  } else if (opts.active) {
    const active = coll.getActiveWorksheet();
    active.load("name,id");
    targets = [queueSheetPlan(active, caps, want, wc, firstRowsFor(1))];
  }
  await counter.sync();
  const m = meta();
  let foreignLocated = true;
  const noteLocs: (Excel.Range | null)[] = [];
  const commentLocs: (Excel.Range | null)[] = [];
  let wanted: Excel.Worksheet[] = [];
  if (!opts.sheets && !opts.active) {
    // Second sync: now that the names are known, size every sheet (with its first block), and
    // locate foreign notes and comments on the way (free: this sync happens anyway).
    wanted = coll.items.filter((w) => String(w.visibility) !== "VeryHidden");
    const firstRows = firstRowsFor(wanted.length);
    targets = wanted.map((ws) => queueSheetPlan(ws, caps, want, wc, firstRows));
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
    foreignLocated =
      !m.notes.some((n) => !isOurs(n.content)) && !m.comments.some((c) => !isOurs(c.content));
  }
  for (const p of targets) settlePlan(p, assumed, want);
  await readBlocks(counter, targets, caps, want, blockBytes, chunkCells);
  const byId = new Map(m.sheetList.map((s) => [s.id, s]));
  const byName = new Map(m.sheetList.map((s) => [s.name.toLowerCase(), s]));
  const sheets: SheetSnapshot[] = [];
  const info: Record<string, HostSheetInfo> = {};
  targets.forEach((p, i) => {
    const name = opts.sheets
      ? (byName.get(opts.sheets[i].toLowerCase())?.name ?? opts.sheets[i])
      : p.ws.name;
    const item = opts.sheets ? byName.get(name.toLowerCase()) : byId.get(p.ws.id);
    const res = finishPlan(name, item?.id ?? "", !!item?.protected, p, caps, want);
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
  attachLive(state, { context, notes: m.notes, comments: m.comments });
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
export async function readMeta(
  counter: SyncCounter,
  opts: HostOptions = {}
): Promise<HostSnapshot> {
  const context = counter.context;
  const caps = detectCaps(opts);
  const start = counter.count;
  await refreshCommonSettings(caps, opts);
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
  attachLive(state, { context, notes: m.notes, comments: m.comments });
  return { sheets: [], host: state };
}

/**
 * @internal One sync: the font family of each given cell, added to `snap.host.info[sheet].fonts`.
 * For Excel below ExcelApi 1.9, where the read cannot load fonts with getCellProperties.
 */
export async function loadFonts(
  counter: SyncCounter,
  snap: HostSnapshot,
  cells: { sheet: string; row: number; col: number }[]
): Promise<void> {
  if (cells.length === 0) return;
  const context = counter.context;
  const sheets = new Map<string, Excel.Worksheet>();
  const pending = cells.map((c) => {
    let ws = sheets.get(c.sheet);
    if (!ws) {
      ws = context.workbook.worksheets.getItem(c.sheet);
      sheets.set(c.sheet, ws);
    }
    const cell = ws.getCell(c.row - 1, c.col - 1);
    cell.load("format/font/name");
    return { c, cell };
  });
  try {
    await counter.sync();
  } catch (e) {
    throw toHostError(e);
  }
  for (const { c, cell } of pending) {
    const key = Object.keys(snap.host.info).find((k) => k.toLowerCase() === c.sheet.toLowerCase());
    const name = cell.format.font.name;
    if (!key || typeof name !== "string") continue;
    const info = snap.host.info[key];
    (info.fonts ??= {})[cellId(c.row, c.col)] = name;
  }
}
