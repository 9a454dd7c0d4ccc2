// Loading a checked .xlsx into exceljs without inflating it a second time in JavaScript.
// exceljs's own load (lib/xlsx/xlsx.js `load`, exceljs 4.4.0) lists the zip with JSZip, then
// inflates every part with pako and decodes it through JSZip's 16 KB stream workers: about a
// tenth of a 30,000-row read. Here the same list is walked — JSZip's own, so the parts, their
// order, their names and JSZip's refusals are exceljs's — and each part goes to the same exceljs
// parsers as the budgets inflated it (kept from their pass, else inflated again by zlib) or
// rewrote it. Whatever this path cannot reproduce exactly (a name JSZip reads otherwise than the
// directory, a size that does not match) falls back to exceljs's own load of the prepared zip.
// package.json pins exceljs to 4.4.0 exactly because of this: an upgrade means reading its new
// `load` again; test/hostile/load.test.ts compares this path with exceljs's own on real files.
import { PassThrough } from "stream";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { inflateEntry, ZipEntry } from "./zip";

/** What the budgets left for exceljs: the zip, its directory, the parts rewritten, the parts left out. */
export interface PreparedParts {
  /** The file's bytes. */
  buf: Buffer;
  /** Its central directory (zip.ts). */
  entries: ZipEntry[];
  /** Parts rewritten by the budgets (merges cleaned, prefixes taken off…), by directory name. */
  replaced: ReadonlyMap<string, string>;
  /** Parts exceljs must not see (left out unread), by directory name. */
  removed: ReadonlySet<string>;
  /** Parts the budgets inflated and kept, by directory name (each taken out once used). */
  inflated: Map<string, Buffer>;
}

/** The parsers and steps of exceljs's XLSX class that its `load` runs (not in its typings). */
interface XlsxInternals {
  parseRels(stream: PassThrough): Promise<unknown>;
  parseWorkbook(stream: PassThrough): Promise<Record<string, unknown>>;
  _processWorksheetEntry(
    stream: PassThrough,
    model: LoadModel,
    sheetNo: string,
    options: undefined,
    path: string
  ): Promise<void>;
  _processWorksheetRelsEntry(stream: PassThrough, model: LoadModel, sheetNo: string): Promise<void>;
  _processThemeEntry(stream: PassThrough, model: LoadModel, name: string): Promise<void>;
  _processMediaEntry(stream: PassThrough, model: LoadModel, name: string): Promise<void>;
  _processDrawingEntry(stream: PassThrough, model: LoadModel, name: string): Promise<void>;
  _processCommentEntry(stream: PassThrough, model: LoadModel, name: string): Promise<void>;
  _processTableEntry(stream: PassThrough, model: LoadModel, name: string): Promise<void>;
  _processDrawingRelsEntry(stream: PassThrough, model: LoadModel, name: string): Promise<void>;
  _processVmlDrawingEntry(stream: PassThrough, model: LoadModel, name: string): Promise<void>;
  reconcile(model: LoadModel, options: undefined): void;
}
type LoadModel = Record<string, unknown>;
interface Xform {
  parseStream(stream: PassThrough): Promise<Record<string, unknown>>;
}
type XformClass = new () => Xform;

/* eslint-disable @typescript-eslint/no-require-imports --
   exceljs's part parsers, as its load requires them (no typings, no public entry) */
const xforms = {
  sharedStrings: (): XformClass =>
    require("exceljs/lib/xlsx/xform/strings/shared-strings-xform") as XformClass,
  styles: (): XformClass => require("exceljs/lib/xlsx/xform/style/styles-xform") as XformClass,
  app: (): XformClass => require("exceljs/lib/xlsx/xform/core/app-xform") as XformClass,
  core: (): XformClass => require("exceljs/lib/xlsx/xform/core/core-xform") as XformClass,
};
/* eslint-enable @typescript-eslint/no-require-imports */

/** This path cannot give exceljs exactly what its own load would: use that load instead. */
class NotExact extends Error {}

/**
 * The workbook exceljs reads from a prepared .xlsx: the same model as
 * `workbook.xlsx.load(zip())`, where `zip()` builds the prepared zip (only called on fallback).
 */
export async function loadPrepared(
  parts: PreparedParts,
  zip: () => Promise<Buffer>
): Promise<ExcelJS.Workbook> {
  try {
    return await loadParts(parts);
  } catch (e) {
    if (!(e instanceof NotExact)) throw e;
  }
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await zip()) as unknown as ExcelJS.Buffer);
  return workbook;
}

async function loadParts(parts: PreparedParts): Promise<ExcelJS.Workbook> {
  // JSZip's reading of the file (it refuses what exceljs's load would refuse, names what it names).
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(parts.buf);
  } catch {
    throw new NotExact();
  }
  const files = Object.values(zip.files);
  // One directory entry per JSZip file, by the same name (no duplicate, no resolved "../", no
  // Unicode-path field): else JSZip's list is not the directory's.
  const byName = new Map<string, ZipEntry>();
  for (const e of parts.entries) {
    if (byName.has(e.name)) throw new NotExact();
    byName.set(e.name, e);
  }
  if (files.length !== parts.entries.length) throw new NotExact();
  for (const f of files) if (!byName.has(f.name)) throw new NotExact();
  for (const n of [...parts.replaced.keys(), ...parts.removed])
    if (!zip.files[n] || zip.files[n].dir) throw new NotExact();

  const workbook = new ExcelJS.Workbook();
  const xlsx = workbook.xlsx as unknown as XlsxInternals;
  const model: LoadModel = {
    worksheets: [],
    worksheetHash: {},
    worksheetRels: [],
    themes: {},
    media: [],
    mediaIndex: {},
    drawings: {},
    drawingRels: {},
    comments: {},
    tables: {},
    vmlDrawings: {},
  };
  for (const file of files) {
    if (file.dir || parts.removed.has(file.name)) continue;
    const entry = byName.get(file.name) as ZipEntry;
    const rewritten = parts.replaced.get(file.name);
    // A rewritten part as JSZip would store and give it back (UTF-8 both ways).
    const kept = parts.inflated.get(file.name);
    parts.inflated.delete(file.name);
    const data =
      rewritten !== undefined
        ? Buffer.from(rewritten, "utf8")
        : kept !== undefined && kept.length === entry.size
          ? kept
          : inflated(parts.buf, entry);
    let entryName = file.name;
    if (entryName[0] === "/") entryName = entryName.substring(1);
    let stream: PassThrough;
    if (/xl\/media\//.test(entryName) || /xl\/theme\/([a-zA-Z0-9]+)[.]xml/.test(entryName)) {
      stream = new PassThrough();
      stream.write(data);
    } else {
      stream = new PassThrough({ writableObjectMode: true, readableObjectMode: true });
      const content = data.toString("utf8");
      const chunkSize = 16 * 1024;
      for (let i = 0; i < content.length; i += chunkSize)
        stream.write(content.substring(i, i + chunkSize));
    }
    stream.end();
    await parsePart(xlsx, model, entryName, stream);
  }
  xlsx.reconcile(model, undefined);
  (workbook as unknown as { model: LoadModel }).model = model;
  return workbook;
}

/** The part's bytes, exactly as JSZip gives them (JSZip refuses a size other than the directory's). */
function inflated(buf: Buffer, entry: ZipEntry): Buffer {
  let data: Buffer | null;
  try {
    data = inflateEntry(buf, entry, entry.size);
  } catch {
    throw new NotExact();
  }
  if (!data || data.length !== entry.size) throw new NotExact();
  return data;
}

/** exceljs's `load`, the switch over one part's name (the same names, patterns and steps). */
async function parsePart(
  xlsx: XlsxInternals,
  model: LoadModel,
  entryName: string,
  stream: PassThrough
): Promise<void> {
  switch (entryName) {
    case "_rels/.rels":
      model.globalRels = await xlsx.parseRels(stream);
      return;
    case "xl/workbook.xml": {
      const workbook = await xlsx.parseWorkbook(stream);
      model.sheets = workbook.sheets;
      model.definedNames = workbook.definedNames;
      model.views = workbook.views;
      model.properties = workbook.properties;
      model.calcProperties = workbook.calcProperties;
      return;
    }
    case "xl/_rels/workbook.xml.rels":
      model.workbookRels = await xlsx.parseRels(stream);
      return;
    case "xl/sharedStrings.xml": {
      const xform = new (xforms.sharedStrings())();
      model.sharedStrings = xform;
      await xform.parseStream(stream);
      return;
    }
    case "xl/styles.xml": {
      const xform = new (xforms.styles())();
      model.styles = xform;
      await xform.parseStream(stream);
      return;
    }
    case "docProps/app.xml": {
      const app = await new (xforms.app())().parseStream(stream);
      model.company = app.company;
      model.manager = app.manager;
      return;
    }
    case "docProps/core.xml":
      Object.assign(model, await new (xforms.core())().parseStream(stream));
      return;
  }
  let m = /xl\/worksheets\/sheet(\d+)[.]xml/.exec(entryName);
  if (m) return xlsx._processWorksheetEntry(stream, model, m[1], undefined, entryName);
  m = /xl\/worksheets\/_rels\/sheet(\d+)[.]xml.rels/.exec(entryName);
  if (m) return xlsx._processWorksheetRelsEntry(stream, model, m[1]);
  m = /xl\/theme\/([a-zA-Z0-9]+)[.]xml/.exec(entryName);
  if (m) return xlsx._processThemeEntry(stream, model, m[1]);
  m = /xl\/media\/([a-zA-Z0-9]+[.][a-zA-Z0-9]{3,4})$/.exec(entryName);
  if (m) return xlsx._processMediaEntry(stream, model, m[1]);
  m = /xl\/drawings\/([a-zA-Z0-9]+)[.]xml/.exec(entryName);
  if (m) return xlsx._processDrawingEntry(stream, model, m[1]);
  m = /xl\/(comments\d+)[.]xml/.exec(entryName);
  if (m) return xlsx._processCommentEntry(stream, model, m[1]);
  m = /xl\/tables\/(table\d+)[.]xml/.exec(entryName);
  if (m) return xlsx._processTableEntry(stream, model, m[1]);
  m = /xl\/drawings\/_rels\/([a-zA-Z0-9]+)[.]xml[.]rels/.exec(entryName);
  if (m) return xlsx._processDrawingRelsEntry(stream, model, m[1]);
  m = /xl\/drawings\/(vmlDrawing\d+)[.]vml/.exec(entryName);
  if (m) return xlsx._processVmlDrawingEntry(stream, model, m[1]);
}
