// Building Word tables (and the small text helpers the renderer shares) with the docx package.
//
// A TableSpec's header is laid out on a grid first (HTML rules: a cell covered by a rowSpan
// from above is left out of the rows below), and every row is then written with one cell per
// grid slot group: `gridSpan` for colSpan, `vMerge restart/continue` for rowSpan. Doing the
// grid here rather than through docx's own rowSpan handling keeps malformed specs (overlaps,
// ragged rows) from producing a table Word cannot open: the grid always adds up.

import {
  AlignmentType,
  BorderStyle,
  HeightRule,
  IBorderOptions,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  VerticalMergeType,
  WidthType,
} from "docx";
import { LINE_BREAK } from "./markup";
import type { CellAlign, HeaderCell, TableSpec } from "./types";

export const FONT = "Times New Roman";
export const BLACK = "000000";

/** Points to half-points (docx run sizes). */
export const pt = (points: number): number => Math.round(points * 2);
/** Points to twips. */
export const ptTw = (points: number): number => Math.round(points * 20);
/** Millimetres to twips. */
export const mmTw = (mm: number): number => Math.round((mm * 1440) / 25.4);

/**
 * Text as Word can store it: characters XML 1.0 forbids (control characters, U+FFFE/FFFF,
 * unpaired surrogates) are dropped, a tab becomes a space. docx escapes `<`, `&`, `>` itself.
 */
export function cleanText(s: string): string {
  return (
    String(s ?? "")
      .replace(/\t/g, " ")
      // eslint-disable-next-line no-control-regex -- strips exactly the control characters XML 1.0 forbids
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, "")
      .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "")
  );
}

export interface RunStyle {
  size?: number; // points
  bold?: boolean;
  italic?: boolean;
}

/**
 * A text run. Font (Times New Roman), colour (black) and the 14 pt size come from the
 * document defaults (render.ts), so a run only says what differs: fewer XML elements keep
 * rendering fast.
 */
export function run(text: string, style: RunStyle = {}, lineBreakBefore = false): TextRun {
  return new TextRun({
    text: cleanText(text),
    break: lineBreakBefore ? 1 : undefined,
    bold: style.bold || undefined,
    italics: style.italic || undefined,
    size: style.size !== undefined ? pt(style.size) : undefined,
  });
}

/** Runs for a plain text that may hold line breaks: one run per line, a line break (w:br) between them. */
export function lines(text: string, style: RunStyle = {}): TextRun[] {
  return String(text ?? "")
    .split(LINE_BREAK)
    .map((line, i) => run(line, style, i > 0));
}

export const RULE: IBorderOptions = { style: BorderStyle.SINGLE, size: 6, color: BLACK, space: 1 };
const CELL_BORDER: IBorderOptions = { style: BorderStyle.SINGLE, size: 4, color: BLACK };

// ---------------------------------------------------------------------------------------
// Text width estimate (for rule lengths): Times New Roman advance widths in 1/1000 em.

const ROMAN: Record<string, number> = {};
const BOLD: Record<string, number> = {};
function widths(table: Record<string, number>, chars: string, values: number[]): void {
  for (let i = 0; i < chars.length; i++) table[chars[i]] = values[i];
}
widths(
  ROMAN,
  "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
  [
    722, 667, 667, 722, 611, 556, 722, 722, 333, 389, 722, 611, 889, 722, 722, 556, 722, 667, 556,
    611, 722, 722, 944, 722, 722, 611,
  ]
);
widths(
  ROMAN,
  "abcdefghijklmnopqrstuvwxyz",
  [
    444, 500, 444, 500, 444, 333, 500, 500, 278, 278, 500, 278, 778, 500, 500, 500, 500, 333, 389,
    278, 500, 500, 722, 500, 500, 444,
  ]
);
widths(
  BOLD,
  "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
  [
    722, 667, 722, 722, 667, 611, 778, 778, 389, 500, 778, 667, 944, 722, 778, 611, 778, 722, 556,
    667, 722, 722, 1000, 722, 722, 667,
  ]
);
widths(
  BOLD,
  "abcdefghijklmnopqrstuvwxyz",
  [
    500, 556, 444, 556, 444, 333, 500, 556, 278, 333, 556, 278, 833, 556, 500, 556, 556, 444, 389,
    333, 556, 500, 722, 500, 500, 444,
  ]
);
for (const t of [ROMAN, BOLD]) {
  widths(
    t,
    " 0123456789-.,:;/()",
    [250, 500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 333, 250, 250, 333, 333, 278, 333, 333]
  );
}

/** Estimated width in twips of one line of text at the given size (Vietnamese letters by their base letter). */
export function textWidth(text: string, sizePt: number, bold = false): number {
  const table = bold ? BOLD : ROMAN;
  const base = text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D");
  let units = 0;
  for (const ch of base) units += table[ch] ?? 556;
  return Math.round((units / 1000) * sizePt * 20);
}

// ---------------------------------------------------------------------------------------
// Borderless layout tables (header block, signature block).

/** A table without any borders, for laying out blocks side by side; `cantSplit` keeps each row on one page. */
export function layoutTable(
  columnWidths: number[],
  rows: Paragraph[][][],
  opts: { indent?: number; cantSplit?: boolean } = {}
): Table {
  const indent = opts.indent ?? 0;
  const total = columnWidths.reduce((a, b) => a + b, 0);
  return new Table({
    width: { size: total, type: WidthType.DXA },
    columnWidths,
    layout: TableLayoutType.FIXED,
    indent: indent !== 0 ? { size: indent, type: WidthType.DXA } : undefined,
    borders: TableBorders.NONE,
    rows: rows.map(
      (cells) =>
        new TableRow({
          cantSplit: opts.cantSplit || undefined,
          children: cells.map(
            (children, i) =>
              new TableCell({
                width: { size: columnWidths[i] ?? 0, type: WidthType.DXA },
                children: children.length > 0 ? children : [new Paragraph({})],
              })
          ),
        })
    ),
  });
}

// ---------------------------------------------------------------------------------------
// TableSpec → bordered table.

/** A header cell placed on the grid. */
export interface PlacedCell {
  text: string;
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
}

/** One cell to write in a header row: a placed cell's start, its continuation below, or a gap. */
export interface RowSlot {
  col: number;
  colSpan: number;
  /** The header cell this slot belongs to; null for a gap the header leaves. */
  cell: PlacedCell | null;
  /** The text to print: the cell's text in its first slot, "" elsewhere. */
  text: string;
  merge: "none" | "restart" | "continue";
}

const span = (n: number | undefined): number => {
  const v = Math.floor(Number(n));
  return Number.isFinite(v) && v > 1 ? Math.min(v, 1000) : 1;
};

/**
 * Places header cells on a grid (HTML rules) and returns, per header row, the cells to write
 * from left to right covering exactly `columns` grid columns (at least the header's width).
 * Overlapping spans are resolved first come, first served; a cell's slots are merged down
 * only where the slot above is the same cell over the same columns.
 */
export function layoutHeader(
  header: HeaderCell[][],
  columns = 0
): { columns: number; rows: RowSlot[][] } {
  const nRows = header.length;
  const owner: (PlacedCell | undefined)[][] = header.map(() => []);
  let width = 0;
  header.forEach((cells, r) => {
    let c = 0;
    for (const hc of Array.isArray(cells) ? cells : []) {
      while (owner[r][c]) c++;
      const placed: PlacedCell = {
        text: String(hc?.text ?? ""),
        row: r,
        col: c,
        rowSpan: Math.min(span(hc?.rowSpan), nRows - r),
        colSpan: span(hc?.colSpan),
      };
      for (let rr = r; rr < r + placed.rowSpan; rr++) {
        for (let cc = c; cc < c + placed.colSpan; cc++) {
          if (!owner[rr][cc]) owner[rr][cc] = placed; // first writer wins on overlaps
        }
      }
      c += placed.colSpan;
      width = Math.max(width, c);
    }
  });
  const n = Math.max(columns, width);
  const rows: RowSlot[][] = [];
  for (let r = 0; r < nRows; r++) {
    const slots: RowSlot[] = [];
    let c = 0;
    while (c < n) {
      const o = owner[r][c];
      let w = 1;
      if (o) while (c + w < n && owner[r][c + w] === o) w++;
      const origin = !!o && o.row === r && o.col === c;
      slots.push({
        col: c,
        colSpan: w,
        cell: o ?? null,
        text: origin && o ? o.text : "",
        merge: "none",
      });
      c += w;
    }
    rows.push(slots);
  }
  // Merge down where a cell's slot sits right under its own slot of the same width.
  for (let r = 1; r < nRows; r++) {
    for (const s of rows[r]) {
      if (!s.cell) continue;
      const above = rows[r - 1].find(
        (a) => a.col === s.col && a.colSpan === s.colSpan && a.cell === s.cell
      );
      if (!above) continue;
      s.merge = "continue";
      if (above.merge === "none") above.merge = "restart";
    }
  }
  return { columns: n, rows };
}

/** Scales relative widths to `total` twips over `columns` columns (missing or bad widths take the mean). */
export function scaleWidths(widths: number[], columns: number, total: number): number[] {
  if (columns <= 0) return [];
  const good = widths.filter((w) => Number.isFinite(w) && w > 0);
  const mean = good.length > 0 ? good.reduce((a, b) => a + b, 0) / good.length : 1;
  const rel: number[] = [];
  for (let i = 0; i < columns; i++) {
    const w = widths[i];
    rel.push(Number.isFinite(w) && w > 0 ? w : mean);
  }
  const sum = rel.reduce((a, b) => a + b, 0);
  const out = rel.map((w) => Math.max(1, Math.floor((w / sum) * total)));
  out[out.length - 1] += total - out.reduce((a, b) => a + b, 0);
  return out;
}

const NUMERIC = /^[\s(]*[-+−]?[\d.,\s]*\d[\d.,\s]*%?[\s)]*$/;

function defaultAlign(text: string): CellAlign {
  const t = text.trim();
  return t === "" || NUMERIC.test(t) || /^[-–—]+$/.test(t) ? "center" : "left";
}

const ALIGN = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
} as const;

export const TABLE_TEXT_PT = 12;
export const TABLE_HEADER_PT = 11;

/** Paragraph styles of table cells (defined in render.ts): text 12 pt; header 11 pt bold centred. */
export const TABLE_TEXT_STYLE = "TableText";
export const TABLE_HEADING_STYLE = "TableHeading";

function cellParagraphs(
  text: string,
  styleId: string,
  align: CellAlign | undefined,
  bold: boolean
): Paragraph[] {
  return text.split(LINE_BREAK).map(
    (line) =>
      new Paragraph({
        style: styleId,
        alignment: align ? ALIGN[align] : undefined,
        children: line === "" ? [] : [run(line, { bold })],
      })
  );
}

const CELL_MARGINS = { left: 70, right: 70, top: 20, bottom: 20 };

/** The bordered table of a TableSpec; null when it has no column at all. */
export function specTable(spec: TableSpec, textWidthTw: number): Table | null {
  const header = Array.isArray(spec.header) ? spec.header : [];
  const rows = Array.isArray(spec.rows) ? spec.rows : [];
  const rel = Array.isArray(spec.widths) ? spec.widths : [];
  const maxCells = rows.reduce(
    (m, r) => Math.max(m, Array.isArray(r?.cells) ? r.cells.length : 0),
    0
  );
  const grid = layoutHeader(header, Math.max(rel.length, maxCells));
  const n = grid.columns;
  if (n === 0) return null;
  const colW = scaleWidths(rel, n, textWidthTw);
  const spanWidth = (col: number, w: number): number =>
    colW.slice(col, col + w).reduce((a, b) => a + b, 0);

  const headerRows = grid.rows.map(
    (slots) =>
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: slots.map(
          (s) =>
            new TableCell({
              width: { size: spanWidth(s.col, s.colSpan), type: WidthType.DXA },
              columnSpan: s.colSpan > 1 ? s.colSpan : undefined,
              verticalMerge:
                s.merge === "restart"
                  ? VerticalMergeType.RESTART
                  : s.merge === "continue"
                    ? VerticalMergeType.CONTINUE
                    : undefined,
              verticalAlign: VerticalAlignTable.CENTER,
              children: cellParagraphs(
                s.merge === "continue" ? "" : s.text,
                TABLE_HEADING_STYLE,
                undefined,
                false
              ),
            })
        ),
      })
  );

  const align = Array.isArray(spec.align) ? spec.align : [];
  const bodyRows = rows.map((r) => {
    const cells = Array.isArray(r?.cells) ? r.cells : [];
    const bold = !!r?.bold;
    const children: TableCell[] = [];
    for (let c = 0; c < n; c++) {
      const text = c < cells.length ? String(cells[c] ?? "") : "";
      const a = align[c] in ALIGN ? align[c] : defaultAlign(text);
      children.push(
        new TableCell({
          width: { size: colW[c], type: WidthType.DXA },
          verticalAlign: VerticalAlignTable.CENTER,
          children: cellParagraphs(text, TABLE_TEXT_STYLE, a === "left" ? undefined : a, bold),
        })
      );
    }
    return new TableRow({
      cantSplit: true,
      height: { value: ptTw(16), rule: HeightRule.ATLEAST },
      children,
    });
  });

  return new Table({
    width: { size: textWidthTw, type: WidthType.DXA },
    columnWidths: colW,
    layout: TableLayoutType.FIXED,
    margins: CELL_MARGINS,
    borders: {
      top: CELL_BORDER,
      bottom: CELL_BORDER,
      left: CELL_BORDER,
      right: CELL_BORDER,
      insideHorizontal: CELL_BORDER,
      insideVertical: CELL_BORDER,
    },
    rows: [...headerRows, ...bodyRows],
  });
}

/** Title lines, the table and its notes, ready to place in a section; `spaceBefore` (twips) above the first title. */
export function specChildren(
  spec: TableSpec,
  textWidthTw: number,
  spaceBefore = 0
): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [];
  const titles = Array.isArray(spec.title) ? spec.title : [];
  titles.forEach((line, i) => {
    const text = String(line ?? "");
    const aside = /^\s*\(.*\)\s*$/.test(text);
    out.push(
      new Paragraph({
        alignment: AlignmentType.CENTER,
        keepNext: true,
        spacing: { before: i === 0 ? spaceBefore : 0, after: i === titles.length - 1 ? 120 : 0 },
        children: lines(text, { size: 13, bold: !aside, italic: aside }),
      })
    );
  });
  const table = specTable(spec, textWidthTw);
  if (table) out.push(table);
  const notes = Array.isArray(spec.note) ? spec.note : [];
  notes.forEach((line, i) =>
    out.push(
      new Paragraph({
        alignment: AlignmentType.LEFT,
        spacing: { before: i === 0 ? 120 : 0, after: 0 },
        children: lines(String(line ?? ""), { size: TABLE_TEXT_PT }),
      })
    )
  );
  return out;
}
