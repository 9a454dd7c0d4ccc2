// A1-style addresses as the fake Excel parses and prints them. Browser-safe (no node imports).

export const MAX_ROWS = 1048576;
export const MAX_COLS = 16384;

/** A rectangle of 1-based rows/columns, inclusive (same shape as grid.ts Rect). */
export interface FRect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export function colLetters(col: number): string {
  let s = "";
  let n = col;
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function colIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** Excel quotes a sheet name in an address when it holds anything but letters, digits, "_" or ".", or starts with a digit. */
export function quoteSheet(name: string): string {
  if (/^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name)) return name;
  return "'" + name.replace(/'/g, "''") + "'";
}

export function rectA1(r: FRect): string {
  if (r.top === 1 && r.bottom === MAX_ROWS) return colLetters(r.left) + ":" + colLetters(r.right);
  if (r.left === 1 && r.right === MAX_COLS) return r.top + ":" + r.bottom;
  const a = colLetters(r.left) + r.top;
  if (r.top === r.bottom && r.left === r.right) return a;
  return a + ":" + colLetters(r.right) + r.bottom;
}

export function qualified(sheet: string, r: FRect): string {
  return quoteSheet(sheet) + "!" + rectA1(r);
}

/** Split "'My sheet'!A1:B2" into sheet and local part. */
export function splitSheet(address: string): { sheet?: string; local: string } {
  const s = address.trim();
  const bang = s.lastIndexOf("!");
  if (bang < 0) return { local: s };
  let sheet = s.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, local: s.slice(bang + 1) };
}

type Part = { row?: number; col?: number };

function parsePart(p: string): Part | null {
  const m = /^\$?([A-Za-z]{0,3})\$?(\d*)$/.exec(p.trim());
  if (!m || (!m[1] && !m[2])) return null;
  const part: Part = {};
  if (m[1]) part.col = colIndex(m[1]);
  if (m[2]) part.row = parseInt(m[2], 10);
  return part;
}

/** Parse a local A1 reference: "B3", "A1:C9", "C:E", "3:7". Returns null when malformed. */
export function parseLocal(local: string): FRect | null {
  const pieces = local.split(":");
  if (pieces.length > 2) return null;
  const a = parsePart(pieces[0]);
  const b = pieces.length === 2 ? parsePart(pieces[1]) : a;
  if (!a || !b) return null;
  let r: FRect;
  if (a.row !== undefined && a.col !== undefined && b.row !== undefined && b.col !== undefined) {
    r = { top: a.row, left: a.col, bottom: b.row, right: b.col };
  } else if (a.row === undefined && b.row === undefined && a.col !== undefined && b.col !== undefined && pieces.length === 2) {
    r = { top: 1, left: a.col, bottom: MAX_ROWS, right: b.col };
  } else if (a.col === undefined && b.col === undefined && a.row !== undefined && b.row !== undefined && pieces.length === 2) {
    r = { top: a.row, left: 1, bottom: b.row, right: MAX_COLS };
  } else {
    return null;
  }
  const n: FRect = {
    top: Math.min(r.top, r.bottom),
    bottom: Math.max(r.top, r.bottom),
    left: Math.min(r.left, r.right),
    right: Math.max(r.left, r.right),
  };
  if (n.top < 1 || n.left < 1 || n.bottom > MAX_ROWS || n.right > MAX_COLS) return null;
  return n;
}

export function rectCells(r: FRect): number {
  return (r.bottom - r.top + 1) * (r.right - r.left + 1);
}

export function intersects(a: FRect, b: FRect): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

export function contains(outer: FRect, inner: FRect): boolean {
  return outer.top <= inner.top && outer.left <= inner.left && outer.bottom >= inner.bottom && outer.right >= inner.right;
}
