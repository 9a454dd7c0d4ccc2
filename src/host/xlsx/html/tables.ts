// One-stop systems' "Xuất Excel": an HTML page with tables, saved with an .xls name. Read it as a
// browser builds its tables and as Excel then lays them on one sheet:
// - markup, entities, raw text (<script>, <style>, <title>, <textarea>) and implied end tags are
//   htmlparser2's (no tokenizer of our own);
// - the HTML table model: row groups (<thead>, <tbody>, <tfoot>; a <tfoot> is shown last, as
//   browsers show it), cells placed around the rowspans above them, colspan/rowspan as merged
//   areas, a rowspan clipped at the end of its row group (rowspan="0": to the end of the group),
//   a colspan that would run into a rowspan from above cut short before it (merges never overlap);
// - misnested tables: a <table> opened inside a table but outside a cell closes the table that was
//   open (the HTML parser's rule for "in table" mode), so an exporter that wraps its tables in one
//   more <table> — e.g. exportTableToExcel.js of the Thanh Hóa system — gives the tables one under
//   the other, as a browser and Excel show them. A <table> inside a cell is lifted out: its cells
//   are laid below the table that holds it (document order), in cells of their own. (Excel itself
//   places such a table over the holding cell and merges the rows and columns around it — Office
//   HTML and XML Reference, "Loading HTML", a copy at stigmortenmyre.no/mso/html/excel/xlconloadinghtml.htm;
//   cells of their own below keep every number in its own cell without merging the outer table.)
// - text around the tables: a row of one cell per paragraph; text misplaced inside a table but
//   outside its cells is shown above the table, as browsers "foster-parent" it.
// - <br> is a line break in the cell's text; block elements inside a cell start a new line.
// Bounds: a span value above MAX_SPAN is read as MAX_SPAN; nothing is placed beyond Excel's sheet
// (EXCEL_ROWS × EXCEL_COLS); a span never throws. Browser-safe: no Node API, no exceljs.
import { Parser } from "htmlparser2";
import { CellSnapshot, Rect, SheetSnapshot } from "../../../core/grid";

/** The largest colspan/rowspan value taken as written (HTML itself caps colspan at 1,000). */
export const MAX_SPAN = 1000;
/** Excel's sheet size: rows and columns beyond are not placed. */
export const EXCEL_ROWS = 1_048_576;
export const EXCEL_COLS = 16_384;

/** An HTML export read as one sheet, with what exceljs needs to write it as .xlsx. */
export interface HtmlSheet {
  snapshot: SheetSnapshot;
  /** "row:col" (1-based) of header cells (<th>), written bold. */
  bold: Set<string>;
  /** Number of <table> elements met (nested ones included). */
  tables: number;
}

type Attrs = Record<string, string>;

interface HCell {
  rowspan: number; // 0: to the end of the row group
  colspan: number;
  header: boolean;
  attrs: Attrs;
  text: string;
}

interface HRow {
  cells: HCell[];
  hidden: boolean;
}

interface HGroup {
  foot: boolean;
  rows: HRow[];
}

interface HTable {
  captions: HCell[];
  groups: HGroup[];
  /** Text misplaced in the table outside its cells (shown above the table). */
  foster: string;
  /** Tables found inside this table's cells (any depth), in document order. */
  lifted: HTable[];
}

interface OpenTable {
  table: HTable;
  root: HTable;
  group: HGroup | null;
  row: HRow | null;
  cell: HCell | null;
}

type Block = { kind: "para"; text: string } | { kind: "table"; table: HTable };

const BLOCK = new Set([
  "p",
  "div",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "li",
  "ul",
  "ol",
  "center",
  "blockquote",
  "pre",
  "address",
  "section",
  "article",
  "header",
  "footer",
  "form",
  "hr",
  "dl",
  "dt",
  "dd",
]);
/** Elements whose content is never shown in a cell. */
const SKIP = new Set([
  "head",
  "script",
  "style",
  "title",
  "xml",
  "noscript",
  "template",
  "textarea",
  "select",
  "option",
]);
const WS = /[ \t\n\r\f]+/g;

/** Replace character references (&amp; &#7889; &#x1ED1; &nbsp; …) as the HTML parser does; unknown ones stay as written. */
export function decodeEntities(s: string): string {
  if (!s.includes("&")) return s;
  let out = "";
  const p = new Parser({ ontext: (t) => (out += t) });
  p.write(s.replace(/</g, "&lt;"));
  p.end();
  return out;
}

function span(v: string | undefined, zeroAllowed: boolean): number {
  if (v === undefined) return 1;
  const n = parseInt(v.trim(), 10);
  if (!Number.isFinite(n)) return 1;
  if (n === 0 && zeroAllowed) return 0;
  return n >= 1 ? Math.min(n, MAX_SPAN) : 1;
}

/** The page's tables and paragraphs, in document order (the tree a browser builds, reduced). */
function parseBlocks(html: string): { blocks: Block[]; tables: number; xName: string } {
  const blocks: Block[] = [];
  const stack: OpenTable[] = [];
  let para = "";
  let skip = 0;
  let skipName = "";
  let xName = "";
  let tables = 0;

  const flushPara = () => {
    // One row per line: paragraphs, blocks and <br> outside the tables each start one.
    for (const l of para.split("\n")) {
      const t = l.replace(WS, " ").trim();
      if (t) blocks.push({ kind: "para", text: t });
    }
    para = "";
  };
  const top = (): OpenTable | undefined => stack[stack.length - 1];
  const newline = (o: OpenTable) => {
    if (o.cell && o.cell.text.trim() !== "" && !/\n[ ]*$/.test(o.cell.text)) o.cell.text += "\n";
  };
  const closeCell = (o: OpenTable) => {
    o.cell = null;
  };
  const closeRow = (o: OpenTable) => {
    closeCell(o);
    o.row = null;
  };
  const ensureRow = (o: OpenTable) => {
    if (!o.group) {
      o.group = { foot: false, rows: [] };
      o.table.groups.push(o.group);
    }
    if (!o.row) {
      o.row = { cells: [], hidden: false };
      o.group.rows.push(o.row);
    }
    return o.row;
  };
  const closeTable = () => {
    stack.pop();
  };

  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (skip > 0) {
          if (name === skipName) skip++;
          return;
        }
        if (SKIP.has(name)) {
          skip = 1;
          skipName = name;
          return;
        }
        let o = top();
        if (name === "table") {
          // HTML "in table" mode: a <table> start tag outside a cell closes the open table first.
          while (o && !o.cell) {
            closeTable();
            o = top();
          }
          tables++;
          const table: HTable = { captions: [], groups: [], foster: "", lifted: [] };
          if (o) {
            newline(o);
            o.root.lifted.push(table);
            stack.push({ table, root: o.root, group: null, row: null, cell: null });
          } else {
            flushPara();
            blocks.push({ kind: "table", table });
            stack.push({ table, root: table, group: null, row: null, cell: null });
          }
          return;
        }
        if (!o) {
          if (name === "br") para += "\n";
          else if (BLOCK.has(name) || name === "body" || name === "tr") para += "\n";
          return;
        }
        switch (name) {
          case "thead":
          case "tbody":
          case "tfoot":
            closeRow(o);
            o.group = { foot: name === "tfoot", rows: [] };
            o.table.groups.push(o.group);
            return;
          case "tr": {
            closeRow(o);
            const row = ensureRow(o);
            const style = (attrs.style ?? "").toLowerCase();
            row.hidden = /display\s*:\s*none/.test(style) || "hidden" in attrs;
            return;
          }
          case "td":
          case "th": {
            closeCell(o);
            const row = ensureRow(o);
            o.cell = {
              rowspan: span(attrs.rowspan, true),
              colspan: span(attrs.colspan, false),
              header: name === "th",
              attrs,
              text: "",
            };
            row.cells.push(o.cell);
            return;
          }
          case "caption":
            closeRow(o);
            o.cell = { rowspan: 1, colspan: 1, header: true, attrs: { "x:str": "" }, text: "" };
            o.table.captions.push(o.cell);
            return;
          case "br":
            if (o.cell) o.cell.text += "\n";
            return;
          default:
            if (BLOCK.has(name)) newline(o);
        }
      },
      ontext(text) {
        if (skip > 0) return;
        const t = text.replace(WS, " ");
        const o = top();
        if (!o) para += t;
        else if (o.cell) o.cell.text += t;
        else if (t.trim() !== "") {
          // Text in a table outside its cells: the browser shows it before the table (in the holding cell, for a nested table).
          const holder = stack[stack.length - 2];
          if (holder?.cell) holder.cell.text += t;
          else o.table.foster += t;
        }
      },
      onclosetag(name) {
        if (skip > 0) {
          if (name === skipName) skip--;
          return;
        }
        const o = top();
        if (name === "table") {
          if (o) closeTable();
          const holder = top();
          if (o && holder) newline(holder);
          return;
        }
        if (!o) {
          if (BLOCK.has(name) || name === "body") para += "\n";
          return;
        }
        if (name === "td" || name === "th" || name === "caption") closeCell(o);
        else if (name === "tr") closeRow(o);
        else if (name === "thead" || name === "tbody" || name === "tfoot") {
          closeRow(o);
          o.group = null;
        } else if (BLOCK.has(name)) newline(o);
      },
      oncomment(data) {
        // Excel's conditional comment <!--[if gte mso 9]><xml>…<x:Name>Sheet</x:Name>…<![endif]-->: the sheet's name.
        if (xName) return;
        const m = /<x:Name>([\s\S]*?)<\/x:Name>/i.exec(data);
        if (m) xName = decodeEntities(m[1]).trim();
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true }
  );
  parser.write(html);
  parser.end();
  stack.length = 0;
  flushPara();
  return { blocks, tables, xName };
}

/** Parse the page into one sheet (1-based rows and columns from A1). */
export function htmlToSheet(html: string, sheetName = "Sheet1"): HtmlSheet {
  const { blocks, tables, xName } = parseBlocks(html);
  const cells = new Map<number, Map<number, CellSnapshot>>();
  const merges: Rect[] = [];
  const bold = new Set<string>();
  const hiddenRows: number[] = [];
  let next = 0; // the next free row, 0-based

  const put = (row: number, col: number, snap: CellSnapshot, header: boolean) => {
    if (row >= EXCEL_ROWS || col >= EXCEL_COLS) return;
    let line = cells.get(row);
    if (!line) cells.set(row, (line = new Map()));
    line.set(col, snap);
    if (header) bold.add(row + 1 + ":" + (col + 1));
  };
  const paragraph = (text: string) => {
    put(next, 0, { value: text.normalize("NFC") }, false);
    next++;
  };

  const layTable = (t: HTable) => {
    for (const c of t.captions) {
      const snap = cellValue(c);
      if (snap) put(next, 0, snap, true);
      next++;
    }
    // A <tfoot> is shown below the table's other rows.
    const groups = [...t.groups.filter((g) => !g.foot), ...t.groups.filter((g) => g.foot)];
    for (const g of groups) {
      const active: { left: number; right: number; bottom: number }[] = [];
      g.rows.forEach((hr, i) => {
        const r = next;
        if (r >= EXCEL_ROWS) return;
        let col = 0;
        for (const c of hr.cells) {
          // Skip the columns still covered by rowspans from the rows above.
          for (let moved = true; moved;) {
            moved = false;
            for (const a of active)
              if (a.bottom >= r && col >= a.left && col <= a.right) {
                col = a.right + 1;
                moved = true;
              }
          }
          if (col >= EXCEL_COLS) break;
          // A colspan running into a rowspan from above (an HTML "table model error"; browsers
          // overlap the two) stops before it: merged areas never overlap.
          let width = Math.min(c.colspan, EXCEL_COLS - col);
          for (const a of active)
            if (a.bottom >= r && a.left > col && a.left < col + width) width = a.left - col;
          const left = g.rows.length - i; // rows of the group from this one on
          const height = c.rowspan === 0 ? left : Math.min(c.rowspan, left);
          const bottom = Math.min(r + height - 1, EXCEL_ROWS - 1);
          const snap = cellValue(c);
          if (snap) put(r, col, snap, c.header);
          if (bottom > r || width > 1)
            merges.push({ top: r + 1, left: col + 1, bottom: bottom + 1, right: col + width });
          if (bottom > r) active.push({ left: col, right: col + width - 1, bottom });
          col += width;
        }
        if (hr.hidden) hiddenRows.push(r + 1);
        next++;
        for (let k = active.length - 1; k >= 0; k--)
          if (active[k].bottom < next) active.splice(k, 1);
      });
    }
  };

  for (const b of blocks) {
    if (b.kind === "para") {
      paragraph(b.text);
      continue;
    }
    const foster = b.table.foster.replace(WS, " ").trim();
    if (foster) paragraph(foster);
    layTable(b.table);
    for (const inner of b.table.lifted) layTable(inner);
  }

  let rows = Math.min(next, EXCEL_ROWS);
  for (const r of cells.keys()) rows = Math.max(rows, r + 1);
  const data: (CellSnapshot | null)[][] = Array.from({ length: rows }, () => []);
  for (const [r, line] of cells) {
    const row = data[r];
    for (const [c, v] of line) row[c] = v;
    for (let c = 0; c < row.length; c++) if (row[c] === undefined) row[c] = null;
  }
  const name = sheetTitle(xName || sheetName);
  return {
    snapshot: { name, top: 1, left: 1, data, merges, hiddenRows: [...new Set(hiddenRows)] },
    bold,
    tables,
  };
}

/** A valid worksheet name: no []:*?/\, at most 31 characters. */
function sheetTitle(s: string): string {
  const t = s
    .replace(/[[\]:*?/\\]/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .slice(0, 31);
  return t || "Sheet1";
}

/**
 * A cell's value as Excel takes it: Excel's own x:num / x:str / x:fmla attributes when present;
 * else whole numbers ("85") and plain decimals ("73.2") are numbers; anything else is text,
 * thousands included ("1.234" stays text: the 06a rules read it and say so), as are numbers
 * with leading zeros ("007") and Vietnamese decimals ("1,5").
 */
function cellValue(c: HCell): CellSnapshot | null {
  const text = c.text
    .split("\n")
    .map((l) => l.replace(WS, " ").trim())
    .join("\n")
    .replace(/^\n+|\n+$/g, "")
    .normalize("NFC");
  const a = c.attrs;
  const style = a.style ?? "";
  const fmla = a["x:fmla"];
  const xnum = a["x:num"];
  const num =
    xnum !== undefined && xnum.trim() !== "" && Number.isFinite(Number(xnum)) ? Number(xnum) : null;
  if (fmla && fmla.startsWith("=")) {
    const value = num ?? (text === "" ? null : /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : text);
    return { value, formula: fmla.slice(1) };
  }
  if (num !== null) return { value: num };
  if (text === "") return null;
  const asText = "x:str" in a || /mso-number-format\s*:\s*["']?\\?@/i.test(style);
  if (!asText) {
    if (/^-?(0|[1-9]\d{0,14})$/.test(text)) return { value: Number(text) };
    if (/^-?(0|[1-9]\d{0,14})\.\d+$/.test(text) && !/^-?\d{1,3}\.\d{3}$/.test(text))
      return { value: Number(text) };
  }
  return { value: text };
}
