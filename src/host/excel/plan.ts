// Pure planning of a write: from the snapshot already read, the edits and the findings, work out
// every cell write, what each written cell was before (for the undo journal), which of our old
// marks to lift and which fills they had replaced. No Office calls here: only data.

import { CellEdit, EditSet, Finding, isCellError, Rect, Severity, Sheet } from "../../core/grid";
import { CellWrite } from "./batch";
import { cellId } from "./convert";
import { dateToSerial } from "./numberFormat";
import { HostError } from "./errors";
import { Content, MarkRecord, newEntryId, PriorCell, UndoEntry } from "./journal";
import { HOST_MSG } from "./messages";
import { AnnotationInfo, HostSnapshot } from "./read";

export const MARK_FILL: Record<Severity, string> = { error: "#FFC7CE", warning: "#FFEB9C" };

/** Fill of a cell before this write: "#RRGGBB", null = none, undefined = not known. */
export type FillLookup = (sheet: string, row: number, col: number) => string | null | undefined;

function sheetItem(snap: HostSnapshot, name: string) {
  return snap.host.sheetList.find((s) => s.name.toLowerCase() === name.toLowerCase());
}

function readSheet(snap: HostSnapshot, name: string): Sheet | null {
  const s = snap.sheets.find((x) => x.name.toLowerCase() === name.toLowerCase());
  return s ? new Sheet(s) : null;
}

/** Font family of a cell before this write; undefined = not known (the read did not load fonts). */
export type FontLookup = (sheet: string, row: number, col: number) => string | undefined;

/** Fonts as the snapshot saw them (a read with `fonts: true`, or loadFonts). */
export function snapshotFonts(snap: HostSnapshot): FontLookup {
  return (sheet, row, col) => {
    const key = Object.keys(snap.host.info).find((k) => k.toLowerCase() === sheet.toLowerCase());
    return key ? snap.host.info[key].fonts?.[cellId(row, col)] : undefined;
  };
}

/** Fills as the snapshot saw them. */
export function snapshotFills(snap: HostSnapshot): FillLookup {
  return (sheet, row, col) => {
    const key = Object.keys(snap.host.info).find((k) => k.toLowerCase() === sheet.toLowerCase());
    const info = key ? snap.host.info[key] : undefined;
    if (!info || !info.fillsKnown) return undefined;
    return info.fills[cellId(row, col)] ?? null;
  };
}

// ---- lifting our previous marks --------------------------------------------

export interface UnmarkPlan {
  /** Fills to put back where our marks still are. */
  restore: CellWrite[];
  /** Restores made without knowing the current fill (sheet not read): the mark colour expected there. */
  unverified: { sheet: string; row: number; col: number; color: string }[];
  /** Fill of every cell once the old marks are lifted. */
  baseline: FillLookup;
  /** Our notes and comments to delete. */
  notes: AnnotationInfo[];
  comments: AnnotationInfo[];
  /** Marks lifted (including those whose sheet is gone). */
  lifted: number;
}

/**
 * Lift the marks of the journal. A mark whose cell no longer shows our colour (the clerk refilled
 * it) keeps the clerk's fill. On sheets that were not read the current fill is unknown: those
 * restores are listed in `unverified` and checked while writing (see executeWrite).
 */
export function planUnmark(
  snap: HostSnapshot,
  marks: MarkRecord[],
  withAnnotations = true
): UnmarkPlan {
  const current = snapshotFills(snap);
  const overrides = new Map<string, string | null | undefined>();
  const restore: CellWrite[] = [];
  const unverified: UnmarkPlan["unverified"] = [];
  for (const m of marks) {
    const item = snap.host.sheetList.find((s) => s.id === m.id) ?? sheetItem(snap, m.s);
    if (!item) continue;
    const now = current(item.name, m.r, m.c);
    const key = item.name.toLowerCase() + "\u0000" + cellId(m.r, m.c);
    if (now !== undefined && now !== m.color) {
      overrides.set(key, now);
      continue;
    }
    restore.push({ sheet: item.name, row: m.r, col: m.c, fill: m.fill ?? null });
    if (now === undefined)
      unverified.push({ sheet: item.name, row: m.r, col: m.c, color: m.color });
    overrides.set(key, m.fill);
  }
  return {
    restore,
    unverified,
    baseline: (sheet, row, col) => {
      const key = sheet.toLowerCase() + "\u0000" + cellId(row, col);
      return overrides.has(key) ? overrides.get(key) : current(sheet, row, col);
    },
    notes: withAnnotations ? snap.host.notes.filter((n) => n.ours) : [],
    comments: withAnnotations ? snap.host.comments.filter((n) => n.ours) : [],
    lifted: marks.length,
  };
}

// ---- applying edits ------------------------------------------------------

export interface ApplyPlan {
  entry: UndoEntry | null;
  newSheets: string[];
  merges: { sheet: string; rect: Rect }[];
  writes: CellWrite[];
  widths: { sheet: string; col: number; width: number }[];
  /** Fill of each written cell after the write (for marks laid on top). */
  after: Map<string, string | null>;
}

function contentOf(sheet: Sheet | null, row: number, col: number): { was: Content; nf?: string } {
  const c = sheet?.cell(row, col) ?? null;
  if (!c) return { was: { v: null } };
  const nf = c.numberFormat && c.numberFormat !== "General" ? c.numberFormat : undefined;
  if (c.formula !== undefined) return { was: { f: c.formula }, nf };
  const v = c.value;
  if (isCellError(v)) return { was: { e: v.error }, nf };
  if (v instanceof Date) return { was: { v: dateToSerial(v) }, nf };
  return { was: { v: v === undefined ? null : v }, nf };
}

function editContent(e: CellEdit): Content | undefined {
  if (e.formula !== undefined) return { f: e.formula.replace(/^=/, "") };
  if (e.value !== undefined) {
    if (e.value instanceof Date) return { v: dateToSerial(e.value) };
    return { v: e.value };
  }
  return undefined;
}

const STYLE_DEFAULTS = {
  bold: false,
  italic: false,
  wrap: false,
  border: false,
  horizontal: "General",
};

export function planApply(
  snap: HostSnapshot,
  edits: EditSet,
  baseline: FillLookup,
  label?: string
): ApplyPlan {
  const exists = (name: string) => !!sheetItem(snap, name);
  const newSheets = (edits.newSheets ?? []).filter(
    (n, i, all) => all.findIndex((x) => x.toLowerCase() === n.toLowerCase()) === i
  );
  for (const n of newSheets)
    if (exists(n)) throw new HostError("sheet-exists", HOST_MSG.sheetExists(n));
  const isNew = (name: string) => newSheets.some((n) => n.toLowerCase() === name.toLowerCase());
  const canonical = (name: string) =>
    sheetItem(snap, name)?.name ??
    newSheets.find((n) => n.toLowerCase() === name.toLowerCase()) ??
    name;

  const targets = new Set<string>();
  for (const c of edits.cells) targets.add(canonical(c.sheet));
  for (const m of edits.merges ?? []) targets.add(canonical(m.sheet));
  for (const w of edits.columnWidths ?? []) targets.add(canonical(w.sheet));
  for (const t of targets) {
    if (isNew(t)) continue;
    const item = sheetItem(snap, t);
    if (!item) throw new HostError("sheet-not-found", HOST_MSG.sheetsNotFound([t]));
    if (item.protected) throw new HostError("sheet-protected", HOST_MSG.sheetProtected(item.name));
    if (!readSheet(snap, t))
      throw new HostError("sheet-not-read", HOST_MSG.sheetNotRead(item.name));
  }

  const priors = new Map<string, PriorCell>();
  const prior = (sheet: string, row: number, col: number): PriorCell => {
    const k = sheet.toLowerCase() + "\u0000" + cellId(row, col);
    let p = priors.get(k);
    if (!p) {
      const { was, nf } = contentOf(readSheet(snap, sheet), row, col);
      p = { s: sheet, r: row, c: col, was };
      if (nf) p.nf = nf;
      priors.set(k, p);
    }
    return p;
  };

  const fontBefore = snapshotFonts(snap);
  const writes: CellWrite[] = [];
  const after = new Map<string, string | null>();
  for (const e of edits.cells) {
    const sheet = canonical(e.sheet);
    const w: CellWrite = { sheet, row: e.row, col: e.col };
    const content = editContent(e);
    if (content) w.content = content;
    if (e.numberFormat !== undefined) w.numberFormat = e.numberFormat;
    else if (e.value instanceof Date) w.numberFormat = "dd/mm/yyyy";
    const st = e.style ?? {};
    if (st.fill !== undefined) w.fill = st.fill;
    if (st.bold !== undefined) w.bold = st.bold;
    if (st.italic !== undefined) w.italic = st.italic;
    if (st.font !== undefined) w.font = st.font;
    if (st.horizontal !== undefined)
      w.horizontal = st.horizontal[0].toUpperCase() + st.horizontal.slice(1);
    if (st.wrap !== undefined) w.wrap = st.wrap;
    if (st.border !== undefined) w.border = st.border;
    writes.push(w);
    if (w.fill !== undefined)
      after.set(sheet.toLowerCase() + "\u0000" + cellId(e.row, e.col), w.fill);
    if (isNew(sheet)) continue;
    const p = prior(sheet, e.row, e.col);
    if (content) p.wrote = content;
    if (content && w.numberFormat === undefined && p.nf === "@") w.text = true;
    // Only a fill we change is put back (a mark laid on the cell later must survive undo). When the
    // old fill could not be read (ExcelApi < 1.9) undo removes ours.
    if (w.fill !== undefined && !("fill" in p)) p.fill = baseline(sheet, e.row, e.col) ?? null;
    // The font we change is put back when the read knew it (convert reads fonts for this).
    if (w.font !== undefined && !("font" in p)) {
      const was = fontBefore(sheet, e.row, e.col);
      if (was !== undefined) p.font = was;
    }
    // Styles other than fill were not read; undo puts Excel's defaults back on what we changed.
    const styleKeys = (["bold", "italic", "wrap", "border", "horizontal"] as const).filter(
      (k) => w[k] !== undefined
    );
    if (styleKeys.length) {
      p.st = p.st ?? {};
      for (const k of styleKeys) (p.st as Record<string, unknown>)[k] = STYLE_DEFAULTS[k];
    }
  }

  const merges: { sheet: string; rect: Rect }[] = [];
  const merged: UndoEntry["merged"] = [];
  for (const m of edits.merges ?? []) {
    const sheet = canonical(m.sheet);
    const r = m.rect;
    if (isNew(sheet)) {
      merges.push({ sheet, rect: r });
      continue;
    }
    const s = readSheet(snap, sheet) as Sheet;
    if (
      s.merges.some(
        (x) => x.top === r.top && x.left === r.left && x.bottom === r.bottom && x.right === r.right
      )
    )
      continue;
    merges.push({ sheet, rect: r });
    const swallowed = s.merges.filter(
      (x) => x.top >= r.top && x.left >= r.left && x.bottom <= r.bottom && x.right <= r.right
    );
    merged.push({ s: sheet, rect: r, swallowed });
    // A merge keeps only the top-left value: journal the others.
    for (let row = r.top; row <= r.bottom; row++)
      for (let col = r.left; col <= r.right; col++)
        if ((row !== r.top || col !== r.left) && !s.isEmpty(row, col)) prior(sheet, row, col);
  }

  const widths = (edits.columnWidths ?? []).map((w) => ({
    sheet: canonical(w.sheet),
    col: w.col,
    width: w.width,
  }));
  const oldWidths: NonNullable<UndoEntry["widths"]> = [];
  for (const w of widths) {
    if (isNew(w.sheet) || oldWidths.some((o) => o.s === w.sheet && o.col === w.col)) continue;
    const key = Object.keys(snap.host.info).find((k) => k.toLowerCase() === w.sheet.toLowerCase());
    const pt = key ? snap.host.info[key].widths[w.col - 1] : undefined;
    if (typeof pt === "number") oldWidths.push({ s: w.sheet, col: w.col, pt });
  }

  const cells = [...priors.values()];
  const ids: Record<string, string> = {};
  for (const p of cells) ids[p.s] = sheetItem(snap, p.s)?.id ?? "";
  for (const m of merged) ids[m.s] = sheetItem(snap, m.s)?.id ?? "";
  for (const w of oldWidths) ids[w.s] = sheetItem(snap, w.s)?.id ?? "";
  const touched =
    cells.length > 0 || newSheets.length > 0 || merged.length > 0 || oldWidths.length > 0;
  const entry: UndoEntry | null = touched
    ? {
        id: newEntryId(),
        at: new Date().toISOString(),
        label,
        ids,
        cells,
        created: newSheets,
        merged,
        widths: oldWidths,
      }
    : null;
  return { entry, newSheets, merges, writes, widths, after };
}

// ---- new marks ------------------------------------------------------------

export interface MarkPlan {
  marks: MarkRecord[];
  fills: CellWrite[];
  annotations: { sheet: string; row: number; col: number; text: string }[];
  /** Cells left without note/comment because the clerk already has one there. */
  skippedAnnotations: number;
}

export function planMarks(
  snap: HostSnapshot,
  findings: Finding[],
  baseline: FillLookup,
  after: Map<string, string | null>,
  via: MarkRecord["via"]
): MarkPlan {
  const byCell = new Map<string, { sheet: string; row: number; col: number; items: Finding[] }>();
  for (const f of findings) {
    const item = sheetItem(snap, f.sheet);
    const sheet = item?.name ?? f.sheet;
    const k = sheet.toLowerCase() + "\u0000" + cellId(f.row, f.col);
    const g = byCell.get(k) ?? { sheet, row: f.row, col: f.col, items: [] };
    g.items.push(f);
    byCell.set(k, g);
  }
  const foreign = new Set<string>();
  for (const a of [...snap.host.notes, ...snap.host.comments]) {
    if (!a.ours && a.cell)
      foreign.add(a.cell.sheet.toLowerCase() + "\u0000" + cellId(a.cell.row, a.cell.col));
  }
  const marks: MarkRecord[] = [];
  const fills: CellWrite[] = [];
  const annotations: MarkPlan["annotations"] = [];
  let skipped = 0;
  for (const [k, g] of byCell) {
    const severity: Severity = g.items.some((f) => f.severity === "error") ? "error" : "warning";
    const color = MARK_FILL[severity];
    const item = sheetItem(snap, g.sheet);
    const before = after.has(k) ? after.get(k) : baseline(g.sheet, g.row, g.col);
    let cellVia = via;
    if (via !== "none" && foreign.has(k)) {
      cellVia = "none";
      skipped += 1;
    }
    const rec: MarkRecord = {
      s: g.sheet,
      id: item?.id ?? "",
      r: g.row,
      c: g.col,
      color,
      via: cellVia,
    };
    if (before !== undefined) rec.fill = before;
    marks.push(rec);
    fills.push({ sheet: g.sheet, row: g.row, col: g.col, fill: color });
    if (cellVia !== "none") {
      const items = [...g.items].sort((a, b) =>
        a.severity === b.severity ? 0 : a.severity === "error" ? -1 : 1
      );
      annotations.push({ sheet: g.sheet, row: g.row, col: g.col, text: HOST_MSG.markNote(items) });
    }
  }
  return { marks, fills, annotations, skippedAnnotations: skipped };
}
