// One-stop systems' "Xuất Excel": an HTML page with a <table>, saved with an .xls name. Read it
// as Excel opens it: the tables one under the other on one sheet (rowspan/colspan as merged
// areas), the text around them as rows of one cell. A small tolerant tokenizer (no DOM, no
// package): tags, attributes, entities, comments, <script>/<style>/<head> skipped; the charset
// from the BOM, the <meta> tag, or a guess (UTF-8 if valid, else Windows-1258/1252).
import ExcelJS from "exceljs";
import { CellSnapshot, Rect, SheetSnapshot, WorkbookSnapshot } from "../../core/grid";

// ---- Bytes → text ------------------------------------------------------------------------------

/** The charset of an HTML file's bytes (a TextDecoder label). */
export function htmlCharset(buf: Uint8Array): string {
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return "utf-8";
  if (buf[0] === 0xff && buf[1] === 0xfe) return "utf-16le";
  if (buf[0] === 0xfe && buf[1] === 0xff) return "utf-16be";
  // UTF-16 without a BOM: every other byte of the ASCII markup is 0.
  const n = Math.min(buf.length, 512);
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i++) {
    if (buf[i] !== 0) continue;
    if (i % 2 === 0) evenZeros++;
    else oddZeros++;
  }
  if (oddZeros > n / 4 && evenZeros === 0) return "utf-16le";
  if (evenZeros > n / 4 && oddZeros === 0) return "utf-16be";
  const head = latin1(buf.subarray(0, 4096));
  const meta = /<meta\b[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]+)/i.exec(head);
  if (meta) {
    const label = meta[1].toLowerCase();
    // A page that says UTF-16 but reached us as ASCII-compatible bytes is UTF-8 (as browsers do).
    if (!label.startsWith("utf-16") && supported(label)) return label;
  }
  if (validUtf8(buf)) return "utf-8";
  // Old pages: legacy-font text (.VnTime, VNI-Times) is Windows-1252 bytes; otherwise Vietnamese Windows.
  return /face\s*=\s*["']?\s*(\.vn|vni)|font-family\s*:\s*["']?\s*(\.vn|vni)/i.test(head) ? "windows-1252" : "windows-1258";
}

function latin1(b: Uint8Array): string {
  let s = "";
  for (let i = 0; i < b.length; i++) s += String.fromCharCode(b[i]);
  return s;
}

function supported(label: string): boolean {
  try {
    new TextDecoder(label);
    return true;
  } catch {
    return false;
  }
}

function validUtf8(buf: Uint8Array): boolean {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(buf);
    return true;
  } catch {
    return false;
  }
}

/** The HTML file as text (BOM dropped). */
export function decodeHtml(buf: Uint8Array): string {
  const text = new TextDecoder(htmlCharset(buf)).decode(buf);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

// ---- Entities -------------------------------------------------------------------------------

/** Named entities of HTML 4 for U+00A0…U+00FF, in code order. */
const LATIN1_NAMES =
  "nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn sup2 sup3 acute micro para middot " +
  "cedil sup1 ordm raquo frac14 frac12 frac34 iquest Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml " +
  "Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig " +
  "agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc euml igrave iacute icirc iuml eth ntilde ograve oacute " +
  "ocirc otilde ouml divide oslash ugrave uacute ucirc uuml yacute thorn yuml";

const ENTITIES = new Map<string, string>([
  ["amp", "&"],
  ["lt", "<"],
  ["gt", ">"],
  ["quot", '"'],
  ["apos", "'"],
  ["ndash", "\u2013"],
  ["mdash", "\u2014"],
  ["lsquo", "\u2018"],
  ["rsquo", "\u2019"],
  ["ldquo", "\u201c"],
  ["rdquo", "\u201d"],
  ["hellip", "\u2026"],
  ["bull", "\u2022"],
  ["euro", "\u20ac"],
  ["trade", "\u2122"],
  ["ensp", "\u2002"],
  ["emsp", "\u2003"],
  ["thinsp", "\u2009"],
]);
LATIN1_NAMES.split(" ").forEach((name, i) => ENTITIES.set(name, String.fromCharCode(0xa0 + i)));

/** Replace character references: &amp; &#7889; &#x1ED1; (unknown ones are left as written). */
export function decodeEntities(s: string): string {
  if (!s.includes("&")) return s;
  return s.replace(/&(#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[A-Za-z][A-Za-z0-9]{1,31});?/g, (m, ref: string) => {
    if (ref[0] === "#") {
      const code = ref[1] === "x" || ref[1] === "X" ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return "\ufffd";
      // Numeric references in 0x80–0x9F mean Windows-1252 characters (as browsers read them).
      if (code >= 0x80 && code <= 0x9f) return new TextDecoder("windows-1252").decode(new Uint8Array([code]));
      return String.fromCodePoint(code);
    }
    return ENTITIES.get(ref) ?? m;
  });
}

// ---- Tokens ----------------------------------------------------------------------------------

type Token = { kind: "text"; text: string } | { kind: "open"; name: string; attrs: Map<string, string>; selfClosing: boolean } | { kind: "close"; name: string };

/** Elements whose content is not markup. */
const RAW_TEXT = new Set(["script", "style", "textarea", "title"]);

function* tokens(html: string): Generator<Token> {
  let lower: string | null = null;
  let i = 0;
  const n = html.length;
  while (i < n) {
    const lt = html.indexOf("<", i);
    if (lt < 0) {
      yield { kind: "text", text: html.slice(i) };
      return;
    }
    if (lt > i) yield { kind: "text", text: html.slice(i, lt) };
    i = lt;
    if (html.startsWith("<!--[if", i)) {
      // Conditional comments of Excel pages (<!--[if gte mso 9]><xml>…<![endif]-->): their content counts.
      const end = html.indexOf(">", i);
      i = end < 0 ? n : end + 1;
      continue;
    }
    if (html.startsWith("<!--", i)) {
      const end = html.indexOf("-->", i + 4);
      i = end < 0 ? n : end + 3;
      continue;
    }
    const next = html[i + 1];
    if (next === "!" || next === "?") {
      // <!DOCTYPE …>, <?xml …?>, Excel's <![if …]> / <![endif]>
      const end = html.indexOf(">", i);
      i = end < 0 ? n : end + 1;
      continue;
    }
    if (next === "/") {
      const m = /^<\/\s*([A-Za-z][A-Za-z0-9:_-]*)[^>]*>?/.exec(html.slice(i, i + 200));
      if (m) {
        yield { kind: "close", name: m[1].toLowerCase() };
        const end = html.indexOf(">", i);
        i = end < 0 ? n : end + 1;
      } else {
        yield { kind: "text", text: "<" };
        i++;
      }
      continue;
    }
    if (!next || !/[A-Za-z]/.test(next)) {
      yield { kind: "text", text: "<" };
      i++;
      continue;
    }
    // An opening tag: its name, then attributes up to the ">" outside quotes.
    let j = i + 1;
    while (j < n && /[A-Za-z0-9:_-]/.test(html[j])) j++;
    const name = html.slice(i + 1, j).toLowerCase();
    const attrs = new Map<string, string>();
    let selfClosing = false;
    while (j < n && html[j] !== ">") {
      const c = html[j];
      if (/\s/.test(c)) {
        j++;
        continue;
      }
      if (c === "/") {
        selfClosing = html[j + 1] === ">";
        j++;
        continue;
      }
      let k = j;
      while (k < n && !/[\s=>/]/.test(html[k])) k++;
      const attr = html.slice(j, k).toLowerCase();
      j = k;
      while (j < n && /\s/.test(html[j])) j++;
      let value = "";
      if (html[j] === "=") {
        j++;
        while (j < n && /\s/.test(html[j])) j++;
        const q = html[j];
        if (q === '"' || q === "'") {
          const end = html.indexOf(q, j + 1);
          value = html.slice(j + 1, end < 0 ? n : end);
          j = end < 0 ? n : end + 1;
        } else {
          let e = j;
          while (e < n && !/[\s>]/.test(html[e])) e++;
          value = html.slice(j, e);
          j = e;
        }
      } else if (k === j && attr === "") j++;
      if (attr && !attrs.has(attr)) attrs.set(attr, decodeEntities(value));
    }
    i = j + 1;
    yield { kind: "open", name, attrs, selfClosing };
    if (RAW_TEXT.has(name) && !selfClosing) {
      lower ??= html.toLowerCase();
      const close = lower.indexOf("</" + name, i);
      const end = close < 0 ? n : close;
      yield { kind: "text", text: html.slice(i, end) };
      i = end;
    }
  }
}

// ---- Tables → grid ---------------------------------------------------------------------------

/** An HTML export read as one sheet, with what exceljs needs to write it as .xlsx. */
export interface HtmlSheet {
  snapshot: SheetSnapshot;
  /** "row:col" (1-based) of header cells (<th>), written bold. */
  bold: Set<string>;
  /** Number of <table> elements met. */
  tables: number;
}

const BLOCK = new Set(["p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "center", "blockquote", "pre", "address", "section", "article", "header", "footer", "form", "hr", "dl", "dt", "dd"]);
const SKIP = new Set(["head", "script", "style", "title", "xml", "noscript", "template", "textarea", "select", "option"]);
const WS = /[ \t\n\r\f]+/g;

interface OpenCell {
  row: number;
  col: number;
  rowspan: number;
  colspan: number;
  header: boolean;
  attrs: Map<string, string>;
  text: string;
}

interface TableState {
  top: number;
  row: number; // current row, absolute 0-based; top - 1 before the first <tr>
  col: number;
  cell: OpenCell | null;
  occupied: Set<string>;
  bottom: number; // last row used (rowspans included)
}

/** Parse the page into one sheet (1-based rows and columns from A1). */
export function htmlToSheet(html: string, sheetName = "Sheet1"): HtmlSheet {
  const cells = new Map<string, CellSnapshot>();
  const merges: Rect[] = [];
  const bold = new Set<string>();
  const hiddenRows: number[] = [];
  let nextRow = 0; // the next free row (0-based) for content after what was placed
  let para = "";
  let skip = 0;
  let skipName = "";
  let xName = "";
  let inXName = false;
  let tables = 0;
  const stack: TableState[] = []; // open tables; only the outermost makes cells

  const put = (row: number, col: number, snap: CellSnapshot, header: boolean) => {
    cells.set(row + ":" + col, snap);
    if (header) bold.add(row + 1 + ":" + (col + 1));
  };
  const flushPara = () => {
    const t = para.replace(WS, " ").trim();
    para = "";
    if (!t) return;
    put(nextRow, 0, { value: t.normalize("NFC") }, false);
    nextRow++;
  };
  const outer = () => stack[0];
  const appendText = (s: string) => {
    const t = outer();
    if (!t) para += s;
    else if (t.cell) t.cell.text += s;
  };
  /** A line break in the current cell (<br>, a block, a nested row), never two in a row. */
  const newline = () => {
    const t = outer();
    if (t?.cell && t.cell.text.trim() !== "" && !/\n[ ]*$/.test(t.cell.text)) t.cell.text += "\n";
  };
  const closeCell = (t: TableState) => {
    const c = t.cell;
    if (!c) return;
    t.cell = null;
    const snap = cellValue(c);
    if (snap) put(c.row, c.col, snap, c.header);
    if (c.rowspan > 1 || c.colspan > 1) merges.push({ top: c.row + 1, left: c.col + 1, bottom: c.row + c.rowspan, right: c.col + c.colspan });
    for (let r = c.row; r < c.row + c.rowspan; r++) for (let k = c.col; k < c.col + c.colspan; k++) t.occupied.add(r + ":" + k);
    t.bottom = Math.max(t.bottom, c.row + c.rowspan - 1);
    t.col = c.col + c.colspan;
  };
  const startRow = (t: TableState, attrs?: Map<string, string>) => {
    closeCell(t);
    t.row = Math.max(t.row + 1, t.top);
    t.col = 0;
    t.bottom = Math.max(t.bottom, t.row);
    const style = (attrs?.get("style") ?? "").toLowerCase();
    if (/display\s*:\s*none/.test(style) || attrs?.has("hidden")) hiddenRows.push(t.row + 1);
  };

  for (const tok of tokens(html)) {
    if (skip > 0) {
      if (tok.kind === "open" && tok.name === skipName && !tok.selfClosing) skip++;
      else if (tok.kind === "close" && tok.name === skipName) skip--;
      else if (tok.kind === "open" && tok.name === "x:name") inXName = true;
      else if (tok.kind === "close" && tok.name === "x:name") inXName = false;
      else if (tok.kind === "text" && inXName && !xName) xName = decodeEntities(tok.text).trim();
      continue;
    }
    if (tok.kind === "text") {
      // Markup white space is a space; line breaks come from <br> and blocks only.
      appendText(decodeEntities(tok.text.replace(WS, " ")));
      continue;
    }
    const name = tok.name;
    if (tok.kind === "open" && SKIP.has(name) && !tok.selfClosing) {
      skip = 1;
      skipName = name;
      continue;
    }
    const t = outer();
    if (name === "table") {
      if (tok.kind === "open") {
        if (!t) {
          flushPara();
          tables++;
          stack.push({ top: nextRow, row: nextRow - 1, col: 0, cell: null, occupied: new Set(), bottom: nextRow - 1 });
        } else {
          stack.push(t); // a nested table: its text joins the outer cell
          newline();
        }
      } else if (stack.length > 0) {
        stack.pop();
        if (stack.length === 0 && t) {
          closeCell(t);
          nextRow = t.bottom + 1;
        } else newline();
      }
      continue;
    }
    if (!t) {
      if (tok.kind === "open" && name === "br") para += "\n";
      if (BLOCK.has(name) || name === "br" || name === "body" || name === "tr") flushPara();
      continue;
    }
    const nested = stack.length > 1;
    if (tok.kind === "open") {
      if (name === "tr") {
        if (nested) newline();
        else startRow(t, tok.attrs);
      } else if (name === "td" || name === "th") {
        if (nested) {
          appendText(" ");
          continue;
        }
        closeCell(t);
        if (t.row < t.top) startRow(t);
        let col = t.col;
        while (t.occupied.has(t.row + ":" + col)) col++;
        t.cell = { row: t.row, col, rowspan: span(tok.attrs.get("rowspan"), 10000), colspan: span(tok.attrs.get("colspan"), 1000), header: name === "th", attrs: tok.attrs, text: "" };
      } else if (name === "caption" && !nested) {
        startRow(t);
        t.cell = { row: t.row, col: 0, rowspan: 1, colspan: 1, header: true, attrs: new Map([["x:str", ""]]), text: "" };
      } else if (name === "br") {
        if (t.cell) t.cell.text += "\n";
      } else if (BLOCK.has(name)) newline();
    } else if ((name === "td" || name === "th" || name === "caption") && !nested) closeCell(t);
  }
  const last = outer();
  if (last) {
    closeCell(last);
    nextRow = last.bottom + 1;
  }
  flushPara();

  let rows = nextRow;
  for (const k of cells.keys()) rows = Math.max(rows, Number(k.slice(0, k.indexOf(":"))) + 1);
  const data: (CellSnapshot | null)[][] = Array.from({ length: rows }, () => []);
  for (const [k, v] of cells) {
    const [r, c] = k.split(":").map(Number);
    data[r][c] = v;
  }
  for (const row of data) for (let c = 0; c < row.length; c++) if (row[c] === undefined) row[c] = null;
  const name = sheetTitle(xName || sheetName);
  return { snapshot: { name, top: 1, left: 1, data, merges, hiddenRows: [...new Set(hiddenRows)] }, bold, tables };
}

function span(v: string | undefined, max: number): number {
  const n = v === undefined ? 1 : parseInt(v, 10);
  return Number.isFinite(n) && n >= 1 ? Math.min(n, max) : 1;
}

/** A valid worksheet name: no []:*?/\, at most 31 characters. */
function sheetTitle(s: string): string {
  const t = s.replace(/[[\]:*?/\\]/g, " ").replace(/\s+/g, " ").trim().slice(0, 31);
  return t || "Sheet1";
}

/**
 * A cell's value as Excel takes it: Excel's own x:num / x:str / x:fmla attributes when present;
 * else whole numbers ("85") and plain decimals ("73.2") are numbers; anything else is text,
 * thousands included ("1.234" stays text: the 06a rules read it and say so), as are numbers
 * with leading zeros ("007") and Vietnamese decimals ("1,5").
 */
function cellValue(c: OpenCell): CellSnapshot | null {
  const text = c.text
    .split("\n")
    .map((l) => l.replace(WS, " ").trim())
    .join("\n")
    .replace(/^\n+|\n+$/g, "")
    .normalize("NFC");
  const a = c.attrs;
  const style = a.get("style") ?? "";
  const fmla = a.get("x:fmla");
  const xnum = a.get("x:num");
  const num = xnum !== undefined && xnum.trim() !== "" && Number.isFinite(Number(xnum)) ? Number(xnum) : null;
  if (fmla && fmla.startsWith("=")) {
    const value = num ?? (text === "" ? null : /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : text);
    return { value, formula: fmla.slice(1) };
  }
  if (num !== null) return { value: num };
  if (text === "") return null;
  const asText = a.has("x:str") || /mso-number-format\s*:\s*["']?\\?@/i.test(style);
  if (!asText) {
    if (/^-?(0|[1-9]\d{0,14})$/.test(text)) return { value: Number(text) };
    if (/^-?(0|[1-9]\d{0,14})\.\d+$/.test(text) && !/^-?\d{1,3}\.\d{3}$/.test(text)) return { value: Number(text) };
  }
  return { value: text };
}

// ---- Files -----------------------------------------------------------------------------------

/** An HTML export as a snapshot, and as an exceljs workbook that `fill` can write as .xlsx. */
export function readHtmlExport(buf: Uint8Array, sheetName?: string): { snapshot: WorkbookSnapshot; workbook: ExcelJS.Workbook; tables: number } {
  const sheet = htmlToSheet(decodeHtml(buf), sheetName);
  return { snapshot: { sheets: [sheet.snapshot] }, workbook: workbookOfSheet(sheet), tables: sheet.tables };
}

/** The sheet as an exceljs workbook: values, merges, hidden rows, Times New Roman, header cells bold. */
function workbookOfSheet(sheet: HtmlSheet): ExcelJS.Workbook {
  const book = new ExcelJS.Workbook();
  const s = sheet.snapshot;
  const ws = book.addWorksheet(s.name);
  for (const m of s.merges) ws.mergeCells(m.top, m.left, m.bottom, m.right);
  const inMerge = new Set<string>();
  for (const m of s.merges) for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) inMerge.add(r + ":" + c);
  const widths: number[] = [];
  s.data.forEach((row, i) =>
    (row ?? []).forEach((c, j) => {
      if (!c) return;
      const r = s.top + i;
      const col = s.left + j;
      const cell = ws.getCell(r, col);
      if (c.formula !== undefined) {
        const fv: ExcelJS.CellFormulaValue = { formula: c.formula, date1904: false };
        if (c.value !== null && typeof c.value !== "object") fv.result = c.value as number | string | boolean;
        cell.value = fv;
      } else cell.value = c.value as ExcelJS.CellValue;
      const b = sheet.bold.has(r + ":" + col);
      cell.font = { name: "Times New Roman", size: 12, ...(b ? { bold: true } : {}) };
      if (b || inMerge.has(r + ":" + col)) cell.alignment = { vertical: "middle", horizontal: "center", wrapText: true };
      if (typeof c.value === "string" && !inMerge.has(r + ":" + col)) {
        const longest = Math.max(...c.value.split("\n").map((l) => l.length));
        widths[col] = Math.max(widths[col] ?? 0, longest);
      }
    }),
  );
  for (const h of s.hiddenRows ?? []) ws.getRow(h).hidden = true;
  widths.forEach((w, col) => {
    if (w) ws.getColumn(col).width = Math.min(50, Math.max(8, w + 2));
  });
  return book;
}
