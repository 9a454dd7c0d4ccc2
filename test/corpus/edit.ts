// Editing sheet snapshots the way a clerk edits a sheet: put a cell, insert or delete a column,
// insert, duplicate or swap rows (merged areas move with the cells). Used by the corpus and by
// the regression tests of the bugs the corpus found.
import { CellSnapshot, SheetSnapshot } from "../../src/core/grid";
import type { Val } from "../helpers/form06a";

/** Put a cell into a sheet snapshot (absolute row/column), growing it as needed. */
export function put(s: SheetSnapshot, row: number, col: number, v: Val): void {
  if (row < s.top || col < s.left)
    throw new Error(`corpus: (${row}, ${col}) is left of or above the sheet`);
  while (s.data.length <= row - s.top) s.data.push([]);
  const r = (s.data[row - s.top] ??= []);
  while (r.length <= col - s.left) r.push(null);
  r[col - s.left] = toCell(v);
}

function toCell(v: Val): CellSnapshot | null {
  if (v === null || v === undefined) return null;
  if (typeof v === "string" && v.startsWith("=")) return { value: null, formula: v.slice(1) };
  if (typeof v === "object" && !(v instanceof Date))
    return "value" in v ? { ...(v as CellSnapshot) } : { value: v as { error: string } };
  return { value: v };
}

export function get(s: SheetSnapshot, row: number, col: number): CellSnapshot | null {
  return s.data[row - s.top]?.[col - s.left] ?? null;
}

/** Insert an empty column before `col` (cells and merges move right). */
export function insertCol(s: SheetSnapshot, col: number): void {
  const at = col - s.left;
  s.data = s.data.map((r) => {
    if (!r || r.length <= at) return r;
    return [...r.slice(0, at), null, ...r.slice(at)];
  });
  s.merges = s.merges.map((m) => ({
    ...m,
    left: m.left >= col ? m.left + 1 : m.left,
    right: m.right >= col ? m.right + 1 : m.right,
  }));
}

/** Delete column `col` (cells and merges move left; merges inside it shrink or go). */
export function deleteCol(s: SheetSnapshot, col: number): void {
  const at = col - s.left;
  s.data = s.data.map((r) => (r && r.length > at ? [...r.slice(0, at), ...r.slice(at + 1)] : r));
  s.merges = s.merges
    .map((m) => ({
      ...m,
      left: m.left > col ? m.left - 1 : m.left,
      right: m.right >= col ? m.right - 1 : m.right,
    }))
    .filter((m) => m.right >= m.left && (m.right > m.left || m.bottom > m.top));
}

/** Insert `n` empty rows before `row` (cells and merges move down). */
export function insertRows(s: SheetSnapshot, row: number, n: number): void {
  const at = row - s.top;
  s.data.splice(at, 0, ...Array.from({ length: n }, () => [] as (CellSnapshot | null)[]));
  s.merges = s.merges.map((m) =>
    m.top >= row
      ? { ...m, top: m.top + n, bottom: m.bottom + n }
      : m.bottom >= row
        ? { ...m, bottom: m.bottom + n }
        : m
  );
}

/** A copy of row `from` inserted before row `to`. */
export function duplicateRow(s: SheetSnapshot, from: number, to: number): void {
  const copy = (s.data[from - s.top] ?? []).map((c) => (c ? { ...c } : c));
  insertRows(s, to, 1);
  s.data[to - s.top] = copy;
}

/** Swap two rows' cells. */
export function swapRows(s: SheetSnapshot, a: number, b: number): void {
  const i = a - s.top;
  const j = b - s.top;
  [s.data[i], s.data[j]] = [s.data[j], s.data[i]];
}
