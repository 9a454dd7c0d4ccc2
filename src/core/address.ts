// A1 addresses, one module for the whole add-in (issue 17 item 4): the core, both hosts, the fake
// Excel and the preview all read and print addresses here. Pure and browser-safe.

/** Excel's edges: 1,048,576 rows, 16,384 columns (XFD). */
export const EXCEL_MAX_ROWS = 1048576;
export const EXCEL_MAX_COLS = 16384;

/** A rectangle of 1-based rows and columns, inclusive. */
export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** 1 → "A", 27 → "AA", 16384 → "XFD". */
export function colLetter(col: number): string {
  let s = "";
  let n = col;
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** "A" → 1, "xfd" → 16384. */
export function colNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** "C19" (no "$"). */
export function addr(row: number, col: number): string {
  return colLetter(col) + row;
}

/** "A1:M60", always with both corners. */
export function rectAddr(r: Rect): string {
  return addr(r.top, r.left) + ":" + addr(r.bottom, r.right);
}

/** "C19" or "$C$19" → 1-based row and column; throws on anything else. */
export function parseAddr(a: string): { row: number; col: number } {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(a.trim());
  if (!m) throw new Error("bad address: " + a);
  return { row: parseInt(m[2], 10), col: colNumber(m[1]) };
}

/** "A1:M60" (or a single cell) → Rect, corners in any order; throws on anything else. */
export function parseRect(a: string): Rect {
  const [p, q] = a.split(":");
  const s = parseAddr(p);
  const e = q ? parseAddr(q) : s;
  return {
    top: Math.min(s.row, e.row),
    left: Math.min(s.col, e.col),
    bottom: Math.max(s.row, e.row),
    right: Math.max(s.col, e.col),
  };
}

/** Excel's print of a range: "B3", "A1:C9", and whole columns "C:E" or rows "3:7". */
export function rectA1(r: Rect): string {
  if (r.top === 1 && r.bottom === EXCEL_MAX_ROWS)
    return colLetter(r.left) + ":" + colLetter(r.right);
  if (r.left === 1 && r.right === EXCEL_MAX_COLS) return r.top + ":" + r.bottom;
  const a = colLetter(r.left) + r.top;
  if (r.top === r.bottom && r.left === r.right) return a;
  return a + ":" + colLetter(r.right) + r.bottom;
}

/** Excel quotes a sheet name in an address when it holds anything but letters, digits, "_" or ".", or starts with a digit. */
export function quoteSheet(name: string): string {
  if (/^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name)) return name;
  return "'" + name.replace(/'/g, "''") + "'";
}

/** "'Biểu 06a'!A1:M9" as Excel writes a range's address. */
export function qualified(sheet: string, r: Rect): string {
  return quoteSheet(sheet) + "!" + rectA1(r);
}

/** Split "'My sheet'!A1:B2" into its sheet (unquoted) and local part. */
export function splitSheet(address: string): { sheet?: string; local: string } {
  const s = address.trim();
  const bang = s.lastIndexOf("!");
  if (bang < 0) return { local: s };
  let sheet = s.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, local: s.slice(bang + 1).trim() };
}

type Part = { row?: number; col?: number };

function parsePart(p: string): Part | null {
  const m = /^\$?([A-Za-z]{0,3})\$?(\d*)$/.exec(p.trim());
  if (!m || (!m[1] && !m[2])) return null;
  const part: Part = {};
  if (m[1]) part.col = colNumber(m[1]);
  if (m[2]) part.row = parseInt(m[2], 10);
  return part;
}

/** A local A1 reference: "B3", "A1:C9", "C:E", "3:7" (corners in any order); null when malformed or off the sheet. */
export function parseLocal(local: string): Rect | null {
  const pieces = local.split(":");
  if (pieces.length > 2) return null;
  const a = parsePart(pieces[0]);
  const b = pieces.length === 2 ? parsePart(pieces[1]) : a;
  if (!a || !b) return null;
  // Both corners of one kind: cells ("A1:C9"), whole columns ("C:E") or whole rows ("3:7"); a
  // column or a row alone ("C", "3") is no reference.
  const kind = (p: Part) => (p.row === undefined ? "cols" : p.col === undefined ? "rows" : "cell");
  if (kind(a) !== kind(b) || (kind(a) !== "cell" && pieces.length !== 2)) return null;
  const r: Rect = {
    top: a.row ?? 1,
    left: a.col ?? 1,
    bottom: b.row ?? EXCEL_MAX_ROWS,
    right: b.col ?? EXCEL_MAX_COLS,
  };
  const n: Rect = {
    top: Math.min(r.top, r.bottom),
    bottom: Math.max(r.top, r.bottom),
    left: Math.min(r.left, r.right),
    right: Math.max(r.left, r.right),
  };
  if (n.top < 1 || n.left < 1 || n.bottom > EXCEL_MAX_ROWS || n.right > EXCEL_MAX_COLS) return null;
  return n;
}

/**
 * Rectangles of a RangeAreas address ("Sheet1!A1:B2, Sheet1!D4", quoted sheet names that may
 * themselves hold commas); throws on a part that is not a range.
 */
export function parseAreas(address: string | null | undefined): Rect[] {
  if (!address) return [];
  const parts: string[] = [];
  let cur = "";
  let quoted = false;
  for (let i = 0; i < address.length; i++) {
    const ch = address[i];
    if (ch === "'") {
      if (quoted && address[i + 1] === "'") {
        cur += "''";
        i++;
        continue;
      }
      quoted = !quoted;
      cur += ch;
    } else if (ch === "," && !quoted) {
      parts.push(cur);
      cur = "";
    } else cur += ch;
  }
  if (cur.trim()) parts.push(cur);
  return parts.map(rectOfAddress);
}

/** The Rect of a range's address as Excel returns it ("'Biểu 06a'!A1:M9", "A1"); throws when it is none. */
export function rectOfAddress(address: string): Rect {
  const local = splitSheet(address).local;
  const r = parseLocal(local);
  if (!r) throw new Error("unexpected range address: " + local);
  return r;
}

export function rectCells(r: Rect): number {
  return (r.bottom - r.top + 1) * (r.right - r.left + 1);
}

export function intersects(a: Rect, b: Rect): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

export function contains(outer: Rect, inner: Rect): boolean {
  return (
    outer.top <= inner.top &&
    outer.left <= inner.left &&
    outer.bottom >= inner.bottom &&
    outer.right >= inner.right
  );
}
