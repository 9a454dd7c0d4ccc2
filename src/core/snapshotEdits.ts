// Apply an EditSet to an in-memory WorkbookSnapshot: what a host does to a real workbook,
// done on the plain snapshot. Used by tests and by anything in the core that wants to see
// "the workbook after the edits" (e.g. check after fill) without a host. Pure: the input
// snapshot is not modified.
import { CellEdit, CellSnapshot, EditSet, Rect, SheetSnapshot, WorkbookSnapshot } from "./grid";
import { append } from "./arrays";

/** A new, empty sheet snapshot anchored at A1. */
export function emptySheetSnapshot(name: string): SheetSnapshot {
  return { name, top: 1, left: 1, data: [], merges: [] };
}

function cloneSheet(s: SheetSnapshot): SheetSnapshot {
  return {
    ...s,
    data: s.data.map((r) => (r ? r.map((c) => (c ? { ...c } : c)) : r)),
    merges: s.merges.map((m) => ({ ...m })),
    hiddenRows: s.hiddenRows ? [...s.hiddenRows] : undefined,
  };
}

/** Grow the sheet's data so that (row, col) lies inside it; shifts top/left when needed. */
function ensureCell(s: SheetSnapshot, row: number, col: number): void {
  if (s.data.length === 0) {
    s.top = row;
    s.left = col;
  }
  if (row < s.top) {
    const add = s.top - row;
    s.data = [
      ...Array.from({ length: add }, () => [] as (CellSnapshot | null | undefined)[]),
      ...s.data,
    ];
    s.top = row;
  }
  if (col < s.left) {
    const add = s.left - col;
    s.data = s.data.map((r) => [...Array.from({ length: add }, () => null), ...(r ?? [])]);
    s.left = col;
  }
  const ri = row - s.top;
  while (s.data.length <= ri) s.data.push([]);
  if (!s.data[ri]) s.data[ri] = [];
}

function applyCell(s: SheetSnapshot, e: CellEdit): void {
  ensureCell(s, e.row, e.col);
  const r = s.data[e.row - s.top] as (CellSnapshot | null | undefined)[];
  const ci = e.col - s.left;
  while (r.length <= ci) r.push(null);
  const prev = r[ci] ?? null;
  let next: CellSnapshot;
  if (e.formula !== undefined) {
    const f = e.formula.startsWith("=") ? e.formula.slice(1) : e.formula;
    next = { value: e.result ?? null, formula: f };
  } else if (e.value !== undefined) {
    next = { value: e.value };
  } else {
    // A format- or style-only edit keeps the cell's content.
    next = prev ? { ...prev } : { value: null };
  }
  const fmt = e.numberFormat ?? prev?.numberFormat;
  if (fmt !== undefined) next.numberFormat = fmt;
  r[ci] = next;
}

function sameRect(a: Rect, b: Rect): boolean {
  return a.top === b.top && a.left === b.left && a.bottom === b.bottom && a.right === b.right;
}

/**
 * Returns a new snapshot with `edits` applied, in the order a host applies them: new sheets
 * (an existing name is kept as it is), then cell edits (a formula's `result` becomes the cached
 * value), then merges. Styles and column widths have no place in a snapshot and are ignored.
 */
export function applyEditsToSnapshot(wb: WorkbookSnapshot, edits: EditSet): WorkbookSnapshot {
  const sheets = wb.sheets.map(cloneSheet);
  const byName = new Map(sheets.map((s) => [s.name, s]));
  for (const name of edits.newSheets ?? []) {
    if (!byName.has(name)) {
      const s = emptySheetSnapshot(name);
      sheets.push(s);
      byName.set(name, s);
    }
  }
  for (const e of edits.cells) {
    const s = byName.get(e.sheet);
    if (!s) throw new Error(`applyEditsToSnapshot: no sheet named "${e.sheet}"`);
    applyCell(s, e);
  }
  for (const m of edits.merges ?? []) {
    const s = byName.get(m.sheet);
    if (!s) throw new Error(`applyEditsToSnapshot: no sheet named "${m.sheet}"`);
    if (!s.merges.some((x) => sameRect(x, m.rect))) s.merges.push({ ...m.rect });
  }
  return { sheets };
}

/** Concatenate edit sets (later edits win on the same cell when applied). */
export function mergeEditSets(...sets: EditSet[]): EditSet {
  const out: EditSet = { cells: [], merges: [], newSheets: [], columnWidths: [] };
  // Loops, not push(...list): a 30,000-row form's fill has more cells than a call's argument limit.
  for (const s of sets) {
    append(out.cells, s.cells);
    append(out.merges!, s.merges ?? []);
    for (const n of s.newSheets ?? []) if (!out.newSheets!.includes(n)) out.newSheets!.push(n);
    append(out.columnWidths!, s.columnWidths ?? []);
  }
  return out;
}

/**
 * Build a snapshot from rows of plain values (tests, samples): `rows[i][j]` lands at
 * (top + i, left + j); a string starting with "=" is a formula with no cached value; an object with `value` is a
 * CellSnapshot as it is, and `{ error: "#REF!" }` an error value.
 */
export function sheetFromRows(
  name: string,
  rows: (unknown[] | null | undefined)[],
  opts: { top?: number; left?: number; merges?: Rect[] } = {}
): SheetSnapshot {
  const data = rows.map((r) =>
    (r ?? []).map((v): CellSnapshot | null => {
      if (v === undefined || v === null) return null;
      if (typeof v === "string" && v.startsWith("=")) return { value: null, formula: v.slice(1) };
      if (typeof v === "object" && !(v instanceof Date)) {
        // A CellSnapshot ({ value, formula?, numberFormat? }) as is; a CellError ({ error }) as a value.
        return "value" in (v as object)
          ? { ...(v as CellSnapshot) }
          : { value: v as CellSnapshot["value"] };
      }
      return { value: v as CellSnapshot["value"] };
    })
  );
  return { name, top: opts.top ?? 1, left: opts.left ?? 1, data, merges: opts.merges ?? [] };
}
