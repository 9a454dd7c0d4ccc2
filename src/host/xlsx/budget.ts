// Budgets of an .xlsx read, checked before exceljs inflates anything: the zip's central directory
// is read first (zip.ts) and the parts exceljs would read are held to a size per part and a total;
// parts exceljs never uses are taken out of the zip unread. Each sheet is then inflated under its
// ceiling (a size that lies in the directory is caught there) and scanned for its cells and
// merged areas: too many cells or merges is refused; a merge reaching past the used rows is
// clipped, one overlapping an earlier merge is dropped (exceljs would refuse the whole file), and
// the sheet handed to exceljs holds the cleaned list — so one merge over a whole sheet, or whole
// merged columns, cost the cells used, not 17 billion.
import JSZip from "jszip";
import { FILE_MSG } from "../../core/messages/files";
import { EXCEL_MAX_COLS, EXCEL_MAX_ROWS, parseRect, Rect, rectAddr } from "../../core/grid";
import { centralDirectory, inflateEntry, ZipEntry, ZipFormatError, ZipTooManyEntries } from "./zip";
import type { PreparedParts } from "./load";

export const LIMITS = {
  /** Entries in the zip (10,000 sheets with their relationships fit). */
  entries: 200_000,
  /** Uncompressed bytes of one part read (a sheet, the shared strings…). */
  partBytes: 200 * 1024 * 1024,
  /** Uncompressed bytes of all parts read. */
  totalBytes: 1024 * 1024 * 1024,
  /**
   * Cells of one sheet, and of the workbook. Measured: `check` of 1,400,000 cells peaks at 920 MB
   * (exceljs holds each cell as objects, ~0.6 KB); 1,000,000 keeps a command under 1 GB.
   */
  cellsPerSheet: 1_000_000,
  cellsTotal: 1_000_000,
  /** Merged areas of one sheet (exceljs checks each against all the earlier ones). */
  mergesPerSheet: 20_000,
  /** Cells covered by the merges of one sheet, after clipping (exceljs makes each one). */
  mergedCellsPerSheet: 2_000_000,
};

/** Inflated parts kept from the budgets' pass for exceljs, at most this many bytes in all. */
const KEEP_INFLATED_BYTES = 64 * 1024 * 1024;

/** A refusal: one Vietnamese line naming the limit. */
export class BudgetError extends Error {}

/** Parts exceljs reads (xlsx.js `load`); every other part is left out unread. */
function exceljsReads(name: string): boolean {
  const n = name.replace(/^\//, "");
  return (
    n === "_rels/.rels" ||
    n === "[Content_Types].xml" ||
    n === "xl/workbook.xml" ||
    n === "xl/_rels/workbook.xml.rels" ||
    n === "xl/sharedStrings.xml" ||
    n === "xl/styles.xml" ||
    n === "docProps/app.xml" ||
    n === "docProps/core.xml" ||
    /^xl\/worksheets\/sheet\d+\.xml$/.test(n) ||
    /^xl\/worksheets\/_rels\/sheet\d+\.xml\.rels$/.test(n) ||
    /^xl\/theme\/[a-zA-Z0-9]+\.xml$/.test(n) ||
    /^xl\/media\//.test(n) ||
    /^xl\/drawings\/[a-zA-Z0-9]+\.xml$/.test(n) ||
    /^xl\/drawings\/_rels\/[a-zA-Z0-9]+\.xml\.rels$/.test(n) ||
    /^xl\/drawings\/vmlDrawing\d+\.vml$/.test(n) ||
    /^xl\/comments\d+\.xml$/.test(n) ||
    /^xl\/tables\/table\d+\.xml$/.test(n)
  );
}

export interface Prepared {
  /** What exceljs reads: the file, its directory, the parts rewritten and left out (load.ts). */
  parts: PreparedParts;
  /**
   * The same as one zip for exceljs's own load: the file itself, or a copy without the parts
   * left out and with the rewritten ones (built when called).
   */
  zip: () => Promise<Buffer>;
  /** Notes for the user (merges clipped or dropped), Vietnamese. */
  notes: string[];
  /** The workbook holds VBA macros (xl/vbaProject.bin). */
  macros: boolean;
}

/** Check the budgets of an .xlsx zip and prepare what exceljs reads. */
export async function prepareXlsx(buf: Buffer, name: string, limits = LIMITS): Promise<Prepared> {
  let entries: ZipEntry[];
  try {
    entries = centralDirectory(buf, limits.entries);
  } catch (e) {
    if (e instanceof ZipTooManyEntries)
      throw new BudgetError(FILE_MSG.zipTooManyEntries(name, e.count, limits.entries));
    if (e instanceof ZipFormatError) throw new BudgetError(FILE_MSG.zipDamaged(name));
    throw e;
  }
  const macros = entries.some((e) => /^\/?xl\/vbaProject\.bin$/i.test(e.name));
  const read = entries.filter((e) => !e.name.endsWith("/") && exceljsReads(e.name));
  const unread = entries.filter((e) => !e.name.endsWith("/") && !exceljsReads(e.name));
  let total = 0;
  for (const e of read) {
    if (e.size > limits.partBytes)
      throw new BudgetError(FILE_MSG.zipEntryTooBig(name, e.name, e.size, limits.partBytes));
    total += e.size;
  }
  if (total > limits.totalBytes)
    throw new BudgetError(FILE_MSG.zipTotalTooBig(name, total, limits.totalBytes));

  const replaced = new Map<string, string>();
  const notes: string[] = [];
  const dropRels = sheetRelsToDrop(buf, read, replaced, limits);
  if (dropRels.size) notes.push(FILE_MSG.partsSkipped(name));
  let cellsTotal = 0;
  let inflatedTotal = 0;
  const inflated = new Map<string, Buffer>();
  let keptBytes = 0;
  for (const e of read) {
    // Every part read is inflated once here under the size its directory entry declares: a
    // directory that understates a part (to slip a bomb past the totals) is caught, not believed.
    let xml: Buffer | null;
    try {
      xml = inflateEntry(
        buf,
        e,
        Math.min(e.size, limits.partBytes, limits.totalBytes - inflatedTotal)
      );
    } catch {
      throw new BudgetError(FILE_MSG.zipDamaged(name));
    }
    if (!xml) throw new BudgetError(FILE_MSG.zipSizeLies(name, e.name, e.size));
    inflatedTotal += xml.length;
    // Kept for exceljs (load.ts), up to a bound: a part past it is inflated again there.
    if (keptBytes + xml.length <= KEEP_INFLATED_BYTES) {
      inflated.set(e.name, xml);
      keptBytes += xml.length;
    }
    let fixed = fixPart(e.name, xml, name, notes);
    const drop = dropRels.get(e.name.replace(/^\//, ""));
    if (drop) {
      // Elements pointing at a dropped relationship (the drawing, the comments' VML, a table).
      fixed = (fixed ?? xml.toString("utf8")).replace(
        /<(?:[\w.-]+:)?(?:drawing|legacyDrawing|legacyDrawingHF|tablePart)\b[^>]*?\br:id="([^"]+)"[^>]*\/>/g,
        (m, id: string) => (drop.has(id) ? "" : m)
      );
      fixed = fixed.replace(/<(?:[\w.-]+:)?tableParts\b[^>]*>\s*<\/(?:[\w.-]+:)?tableParts>/g, "");
    }
    if (fixed !== null) {
      replaced.set(e.name, fixed);
      xml = Buffer.from(fixed, "utf8");
    }
    if (!/^\/?xl\/worksheets\/sheet\d+\.xml$/.test(e.name)) continue;
    const scan = scanSheet(xml);
    if (scan.cells > limits.cellsPerSheet)
      throw new BudgetError(FILE_MSG.tooManyCells(name, e.name, scan.cells, limits.cellsPerSheet));
    cellsTotal += scan.cells;
    if (cellsTotal > limits.cellsTotal)
      throw new BudgetError(FILE_MSG.tooManyCellsTotal(name, cellsTotal, limits.cellsTotal));
    if (scan.merges.length > limits.mergesPerSheet)
      throw new BudgetError(
        FILE_MSG.tooManyMerges(name, e.name, scan.merges.length, limits.mergesPerSheet)
      );
    if (scan.merges.length === 0) continue;
    const cleaned = cleanMerges(scan.merges, scan.lastRow, scan.lastCol);
    if (cleaned.area > limits.mergedCellsPerSheet)
      throw new BudgetError(
        FILE_MSG.tooManyMergedCells(name, e.name, cleaned.area, limits.mergedCellsPerSheet)
      );
    if (cleaned.clipped || cleaned.dropped) {
      notes.push(FILE_MSG.mergesCleaned(name, e.name, cleaned.clipped, cleaned.dropped));
      replaced.set(e.name, rewriteMerges(xml, scan, cleaned.kept));
    }
  }
  for (const n of replaced.keys()) inflated.delete(n); // exceljs reads the rewritten text
  // A copy for exceljs only when something must change: parts it never reads, cleaned merges.
  const unreadBytes = unread.reduce((s, e) => s + e.size, 0);
  const removeUnread = unreadBytes > 1024 * 1024;
  const parts: PreparedParts = {
    buf,
    entries,
    replaced,
    removed: new Set(removeUnread ? unread.map((e) => e.name) : []),
    inflated,
  };
  if (replaced.size === 0 && !removeUnread) return { parts, zip: async () => buf, notes, macros };
  const zip = async () => {
    const z = await JSZip.loadAsync(buf, { checkCRC32: false });
    for (const e of unread) z.remove(e.name);
    for (const [n, xml] of replaced) z.file(n, xml);
    return z.generateAsync({
      type: "nodebuffer",
      compression: "DEFLATE",
      compressionOptions: { level: 1 },
    });
  };
  return { parts, zip, notes, macros };
}

interface SheetScan {
  cells: number;
  merges: { ref: string; rect: Rect | null }[];
  lastRow: number;
  lastCol: number;
  /** Byte range of the <mergeCells> element (start, end) to replace, and the element prefix. */
  mergeBlock: [number, number] | null;
  prefix: string;
}

/** Counts cells, reads merges and the used extent of a sheet's XML, without building a string of it. */
function scanSheet(xml: Buffer): SheetScan {
  // The root element's prefix: "" for <worksheet>, "x:" for <x:worksheet> (.NET Open XML SDK).
  const rootAt = xml.indexOf("worksheet");
  let prefix = "";
  if (rootAt > 0) {
    let i = rootAt - 1;
    while (i >= 0 && xml[i] !== 0x3c /* < */) i--;
    prefix = xml.toString("latin1", i + 1, rootAt);
    if (!/^([A-Za-z_][\w.-]*:)?$/.test(prefix)) prefix = "";
  }
  // Cells: "<c " or "<c>" in one pass over the part (the check's speed goal counts every pass).
  let cells = 0;
  // A loop over the bytes: Buffer.indexOf costs a call into C++ per cell.
  const cellNeedle = Buffer.from(`<${prefix}c`, "latin1");
  const n = cellNeedle.length;
  for (let i = 0, end = xml.length - n; i < end; i++) {
    if (xml[i] !== 0x3c /* < */) continue;
    let j = 1;
    while (j < n && xml[i + j] === cellNeedle[j]) j++;
    if (j < n) continue;
    const next = xml[i + n];
    if (next === 0x20 /* space */ || next === 0x3e /* > */) cells++;
    i += n - 1;
  }
  // The last row element names the last used row (rows are in order).
  let lastRow = 0;
  const rowNeedle = Buffer.from(`<${prefix}row `, "latin1");
  const lastRowAt = xml.lastIndexOf(rowNeedle);
  if (lastRowAt >= 0) {
    const m = /\br="(\d+)"/.exec(
      xml.toString("latin1", lastRowAt, Math.min(xml.length, lastRowAt + 300))
    );
    if (m) lastRow = Number(m[1]);
  }
  // The used columns: the dimension's right edge when stated.
  let lastCol = EXCEL_MAX_COLS;
  const dimAt = xml.indexOf(`<${prefix}dimension `);
  if (dimAt >= 0) {
    const m = /\bref="([^"]+)"/.exec(
      xml.toString("latin1", dimAt, Math.min(xml.length, dimAt + 200))
    );
    const r = m ? safeRect(m[1]) : null;
    if (r) lastCol = r.right;
  }
  const merges: SheetScan["merges"] = [];
  let mergeBlock: [number, number] | null = null;
  // <mergeCells> follows <sheetData> (the schema's order): searched from the end.
  const blockAt = xml.lastIndexOf(`<${prefix}mergeCells`);
  if (blockAt >= 0) {
    const closeTag = `</${prefix}mergeCells>`;
    const closeAt = xml.indexOf(closeTag, blockAt);
    const selfClose = xml.indexOf("/>", blockAt);
    const end = closeAt >= 0 ? closeAt + closeTag.length : selfClose + 2;
    mergeBlock = [blockAt, end];
    const needle = Buffer.from(`<${prefix}mergeCell `, "latin1");
    for (
      let p = xml.indexOf(needle, blockAt);
      p >= 0 && p < end;
      p = xml.indexOf(needle, p + needle.length)
    ) {
      const m = /\bref="([^"]+)"/.exec(xml.toString("latin1", p, Math.min(end, p + 200)));
      if (m) merges.push({ ref: m[1], rect: safeRect(m[1]) });
    }
  }
  return { cells, merges, lastRow, lastCol, mergeBlock, prefix };
}

function safeRect(ref: string): Rect | null {
  try {
    const r = parseRect(ref.replace(/\$/g, ""));
    return r.top >= 1 && r.left >= 1 && r.bottom <= EXCEL_MAX_ROWS && r.right <= EXCEL_MAX_COLS
      ? r
      : null;
  } catch {
    return null;
  }
}

/**
 * Merges clipped to the used rows and columns (a merge wholly outside is dropped), and merges
 * overlapping an earlier one dropped — found with a grid of buckets, not by comparing every pair.
 */
export function cleanMerges(
  merges: { ref: string; rect: Rect | null }[],
  lastRow: number,
  lastCol: number
): { kept: Rect[]; clipped: number; dropped: number; area: number } {
  const rows = Math.max(1, lastRow);
  const cols = Math.max(1, Math.min(EXCEL_MAX_COLS, lastCol));
  const kept: Rect[] = [];
  let clipped = 0;
  let dropped = 0;
  let area = 0;
  const B = 64; // bucket side, in cells
  const buckets = new Map<number, number[]>();
  const key = (br: number, bc: number) => br * 1_000_003 + bc;
  for (const m of merges) {
    if (!m.rect) {
      dropped++;
      continue;
    }
    const r = {
      top: m.rect.top,
      left: m.rect.left,
      bottom: Math.min(m.rect.bottom, rows),
      right: Math.min(m.rect.right, cols),
    };
    const cut = r.bottom !== m.rect.bottom || r.right !== m.rect.right;
    if (r.top > r.bottom || r.left > r.right || (r.top === r.bottom && r.left === r.right)) {
      // Wholly past the used range (or one cell once clipped): nothing to merge.
      if (cut) clipped++;
      else dropped++;
      continue;
    }
    if (cut) clipped++;
    // Overlap with a kept merge?
    const seen = new Set<number>();
    let overlaps = false;
    const br0 = Math.floor(r.top / B),
      br1 = Math.floor(r.bottom / B),
      bc0 = Math.floor(r.left / B),
      bc1 = Math.floor(r.right / B);
    for (let br = br0; br <= br1 && !overlaps; br++)
      for (let bc = bc0; bc <= bc1 && !overlaps; bc++)
        for (const i of buckets.get(key(br, bc)) ?? []) {
          if (seen.has(i)) continue;
          seen.add(i);
          const k = kept[i];
          if (k.top <= r.bottom && r.top <= k.bottom && k.left <= r.right && r.left <= k.right) {
            overlaps = true;
            break;
          }
        }
    if (overlaps) {
      dropped++;
      continue;
    }
    const idx = kept.length;
    kept.push(r);
    area += (r.bottom - r.top + 1) * (r.right - r.left + 1);
    for (let br = br0; br <= br1; br++)
      for (let bc = bc0; bc <= bc1; bc++) {
        const k = key(br, bc);
        const list = buckets.get(k);
        if (list) list.push(idx);
        else buckets.set(k, [idx]);
      }
  }
  return { kept, clipped, dropped, area };
}

function rewriteMerges(xml: Buffer, scan: SheetScan, kept: Rect[]): string {
  const [a, b] = scan.mergeBlock as [number, number];
  const p = scan.prefix;
  const block = kept.length
    ? `<${p}mergeCells count="${kept.length}">${kept.map((r) => `<${p}mergeCell ref="${rectAddr(r)}"/>`).join("")}</${p}mergeCells>`
    : "";
  return xml.toString("utf8", 0, a) + block + xml.toString("utf8", b);
}

/**
 * Namespaces exceljs reads only without a prefix (SpreadsheetML's main namespace, relationships,
 * content types); other parts keep theirs (docProps/core.xml is read as "cp:coreProperties").
 */
const UNPREFIXED_NAMESPACES = [
  "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
  "http://schemas.openxmlformats.org/package/2006/relationships",
  "http://schemas.openxmlformats.org/package/2006/content-types",
];

/** The prefix of a part's root element ("x" for <x:worksheet>), or "" when it has none. */
function rootPrefix(xml: Buffer): string {
  const head = xml.toString("utf8", 0, Math.min(xml.length, 2048));
  const m = /<(?![?!])([A-Za-z_][\w.-]*:)?[A-Za-z_][\w.-]*[\s>/]/.exec(head);
  return m && m[1] ? m[1].slice(0, -1) : "";
}

const decodeXml = (s: string) =>
  s.replace(/&(lt|gt|quot|apos|amp|#x[0-9a-fA-F]+|#\d+);/g, (m, e: string) =>
    e === "lt"
      ? "<"
      : e === "gt"
        ? ">"
        : e === "quot"
          ? '"'
          : e === "apos"
            ? "'"
            : e === "amp"
              ? "&"
              : String.fromCodePoint(
                  e[1] === "x" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10)
                )
  );
const encodeXml = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;");

/**
 * What exceljs cannot read as written by other producers, made readable (null: nothing to do):
 * - a part whose elements carry a namespace prefix (<x:worksheet>, the .NET Open XML SDK's
 *   habit) gets the prefix taken off, its namespace made the default;
 * - a cell of type "d" (an ISO 8601 date, ECMA-376 §18.18.11) becomes the text of its date: exceljs
 *   would read "2024-03-14" as the number 2024 (a count of 2024 dossiers);
 * - sheet names over 31 characters (LibreOffice and Google Sheets allow them; exceljs cuts them
 *   with an English warning, and refuses two that agree on their first 31) are shortened to
 *   distinct names, said in a note.
 */
function fixPart(part: string, xml: Buffer, file: string, notes: string[]): string | null {
  if (!/\.(xml|rels)$/i.test(part)) return null;
  let s: string | null = null;
  const prefix = rootPrefix(xml);
  if (prefix && UNPREFIXED_NAMESPACES.some((ns) => xml.includes(`xmlns:${prefix}="${ns}"`))) {
    const text = xml.toString("utf8");
    const rootEnd = text.indexOf(">", text.indexOf(`<${prefix}:`));
    const hasDefault = /\sxmlns="/.test(text.slice(0, rootEnd));
    if (!hasDefault) {
      const re = new RegExp(`<(/?)${prefix}:`, "g");
      s = text.replace(re, "<$1").replace(`xmlns:${prefix}=`, "xmlns=");
    }
  }
  if (/^\/?xl\/worksheets\/sheet\d+\.xml$/.test(part) && xml.includes(' t="d"')) {
    s = (s ?? xml.toString("utf8")).replace(
      /<c\b([^>]*?)\st="d"([^>]*)>\s*<v>([^<]*)<\/v>\s*<\/c>/g,
      (_m, a: string, b: string, v: string) => {
        const date = /^\d{4}-\d{2}-\d{2}/.exec(v)?.[0] ?? v;
        return `<c${a} t="inlineStr"${b}><is><t>${date}</t></is></c>`;
      }
    );
  }
  if (/^\/?xl\/workbook\.xml$/.test(part)) {
    const text = s ?? xml.toString("utf8");
    const names = [...text.matchAll(/<sheet\b[^>]*?\bname="([^"]*)"/g)].map((m) => decodeXml(m[1]));
    // Names taken (case-insensitively, as Excel compares them): the short ones as they are.
    const taken = new Set(names.filter((n) => n.length <= 31).map((n) => n.toLowerCase()));
    let changed = false;
    const out = text.replace(
      /(<sheet\b[^>]*?\bname=")([^"]*)(")/g,
      (m, a: string, raw: string, b: string) => {
        const n = decodeXml(raw);
        if (n.length <= 31) return m;
        let short = n.slice(0, 31);
        for (let i = 2; taken.has(short.toLowerCase()); i++)
          short = n.slice(0, 31 - String(i).length - 1) + "~" + i;
        taken.add(short.toLowerCase());
        changed = true;
        notes.push(FILE_MSG.sheetNameShortened(file, n, short));
        return a + encodeXml(short) + b;
      }
    );
    if (changed) s = out;
  }
  return s;
}

/**
 * Relationships of each sheet that exceljs would follow to a part it does not read (it then
 * fails on the whole file): comments and their VML where openpyxl puts them
 * (xl/comments/comment1.xml, xl/drawings/commentsDrawing1.vml), drawings holding only charts.
 * They are taken out of the sheet's relationships (written into `replaced`); the result maps a
 * sheet part to the ids dropped.
 */
function sheetRelsToDrop(
  buf: Buffer,
  read: ZipEntry[],
  replaced: Map<string, string>,
  limits: typeof LIMITS
): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  const byName = new Map(read.map((e) => [e.name.replace(/^\//, ""), e]));
  for (const e of read) {
    const m = /^\/?xl\/worksheets\/_rels\/(sheet\d+\.xml)\.rels$/.exec(e.name);
    if (!m) continue;
    const xml = inflateEntry(buf, e, Math.min(e.size, limits.partBytes));
    if (!xml) continue; // the main loop refuses it
    const text = xml.toString("utf8");
    const drop = new Set<string>();
    const kept = text.replace(/<(?:[\w.-]+:)?Relationship\b[^>]*\/>/g, (rel) => {
      const id = /\bId="([^"]+)"/.exec(rel)?.[1];
      const type = /\bType="([^"]+)"/.exec(rel)?.[1] ?? "";
      const target = /\bTarget="([^"]+)"/.exec(rel)?.[1] ?? "";
      if (
        !id ||
        /TargetMode="External"/.test(rel) ||
        !/\/(comments|vmlDrawing|drawing|table)$/.test(type)
      )
        return rel;
      const resolved = target.startsWith("/")
        ? target.slice(1)
        : resolvePath("xl/worksheets", target);
      const part = byName.get(resolved);
      let skip = !part || !exceljsReads(resolved);
      if (!skip && part && /\/drawing$/.test(type)) {
        // A drawing without a picture (charts, shapes) is nothing exceljs can keep.
        const d = inflateEntry(buf, part, Math.min(part.size, limits.partBytes));
        skip = !!d && !/<(?:[\w.-]+:)?pic\b/.test(d.toString("utf8"));
      }
      if (!skip) return rel;
      drop.add(id);
      return "";
    });
    if (drop.size) {
      out.set(`xl/worksheets/${m[1]}`, drop);
      replaced.set(e.name, kept);
    }
  }
  return out;
}

function resolvePath(base: string, rel: string): string {
  const parts = base.split("/");
  for (const seg of rel.split("/")) {
    if (seg === "..") parts.pop();
    else if (seg !== "." && seg !== "") parts.push(seg);
  }
  return parts.join("/");
}
