// The .xlsx host: exceljs builds the Grid snapshot (values, cached formula results, number
// formats, merges) and applies the core's EditSet; files are written atomically.
import * as path from "path";
import ExcelJS from "exceljs";
import { EditSet, WorkbookSnapshot } from "../../core/grid";
import { snapshotOf } from "./snapshot";
import { readHtmlExport } from "./html/workbook";
import { BudgetError, prepareXlsx, Prepared } from "./budget";
import { loadPrepared } from "./load";
import {
  FileRefusedError,
  MAX_INPUT_BYTES,
  readRegularFile,
  writeFileVerified,
  WriteOptions,
} from "./files";

export { checkOutput, FileRefusedError, readRegularFile } from "./files";
export type { WriteOptions } from "./files";

export { snapshotOf } from "./snapshot";

/** A file the CLI cannot read, with a one-line Vietnamese reason. */
export class UnreadableFileError extends Error {}

export type FileKind =
  | "xlsx"
  | "xlsb"
  | "ods"
  | "excel2003-xml"
  | "encrypted"
  | "xls-binary"
  | "html"
  | "docx"
  | "zip"
  | "empty"
  | "unknown";

/** What a file is, from its first bytes. */
export function sniff(buf: Uint8Array): FileKind {
  if (buf.length === 0) return "empty";
  if (buf[0] === 0x50 && buf[1] === 0x4b && buf[2] === 0x03 && buf[3] === 0x04) {
    // A zip: an .xlsx has its parts under "xl/" (names are stored uncompressed in the zip).
    const b = Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength);
    // OpenDocument: its first entry is the uncompressed "mimetype" (ODF 1.2 part 3, §3.3).
    if (b.includes("application/vnd.oasis.opendocument.spreadsheet")) return "ods";
    // Excel binary workbook: xl/workbook.bin instead of xl/workbook.xml.
    if (b.includes("xl/workbook.bin")) return "xlsb";
    if (b.includes("xl/")) return "xlsx";
    return b.includes("word/") ? "docx" : "zip";
  }
  if (buf[0] === 0xd0 && buf[1] === 0xcf && buf[2] === 0x11 && buf[3] === 0xe0) {
    // OLE compound file: an encrypted OOXML package has an "EncryptedPackage" stream.
    const needle = Buffer.from("EncryptedPackage", "utf16le");
    return Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength).indexOf(needle) >= 0
      ? "encrypted"
      : "xls-binary";
  }
  // NULs dropped: a UTF-16 page has one between the characters of its ASCII markup.
  const head = Buffer.from(buf.subarray(0, 2048))
    .toString("latin1")
    .replace(/\0/g, "")
    .toLowerCase();
  // Excel 2003 XML spreadsheet (SpreadsheetML 2003): <?mso-application progid="Excel.Sheet"?> /
  // <Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet">.
  if (/progid="excel\.sheet"|urn:schemas-microsoft-com:office:spreadsheet/.test(head))
    return "excel2003-xml";
  if (/<(html|table|!doctype html)/.test(head)) return "html";
  return "unknown";
}

const REASONS: Record<Exclude<FileKind, "xlsx">, (name: string) => string> = {
  empty: (n) => `Tệp "${n}" rỗng (0 byte).`,
  encrypted: (n) =>
    `Tệp "${n}" được bảo vệ bằng mật khẩu; hãy mở bằng Excel, bỏ mật khẩu rồi lưu lại.`,
  xlsb: (n) =>
    `Tệp "${n}" là sổ tính nhị phân của Excel (.xlsb); hãy mở bằng Excel và lưu lại dưới dạng .xlsx (Sổ làm việc Excel).`,
  ods: (n) =>
    `Tệp "${n}" là bảng tính OpenDocument (.ods, của LibreOffice); hãy mở bằng LibreOffice hoặc Excel và lưu lại dưới dạng .xlsx.`,
  "excel2003-xml": (n) =>
    `Tệp "${n}" là bảng tính XML của Excel 2003 (SpreadsheetML); hãy mở bằng Excel và lưu lại dưới dạng .xlsx.`,
  "xls-binary": (n) =>
    `Tệp "${n}" là định dạng Excel cũ (.xls); hãy mở bằng Excel và lưu lại dưới dạng .xlsx.`,
  html: (n) =>
    `Tệp "${n}" là trang HTML nhưng không có bảng số liệu nào; hãy xuất lại từ phần mềm một cửa, ` +
    `hoặc mở bằng Excel và lưu lại dưới dạng .xlsx.`,
  docx: (n) => `Tệp "${n}" là tài liệu Word (.docx), không phải tệp Excel .xlsx.`,
  zip: (n) => `Tệp "${n}" là tệp nén (zip) nhưng không phải tệp Excel .xlsx.`,
  unknown: (n) => `Tệp "${n}" không phải tệp Excel .xlsx.`,
};

/** A workbook read by the CLI: an .xlsx, or a one-stop system's HTML export (kind "html", written back only as .xlsx). */
export interface ReadWorkbook {
  workbook: ExcelJS.Workbook;
  snapshot: WorkbookSnapshot;
  kind: "xlsx" | "html";
  /** What the read changed in memory (merges clipped…), one Vietnamese line each. */
  notes?: string[];
  /** An .xlsx with VBA macros (exceljs cannot write them back). */
  macros?: boolean;
}

export async function readWorkbookFile(file: string): Promise<ReadWorkbook> {
  let buf: Buffer;
  try {
    buf = readRegularFile(file, MAX_INPUT_BYTES);
  } catch (e) {
    if (e instanceof FileRefusedError) throw new UnreadableFileError(e.message);
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new UnreadableFileError(`Không tìm thấy tệp "${file}".`);
    if (code === "EISDIR") throw new UnreadableFileError(`"${file}" là thư mục, không phải tệp.`);
    throw new UnreadableFileError(`Không đọc được tệp "${file}" (${code ?? "lỗi"}).`);
  }
  return readWorkbookBuffer(buf, path.basename(file));
}

export async function readWorkbookBuffer(buf: Buffer, name = "tệp"): Promise<ReadWorkbook> {
  const kind = sniff(buf);
  if (kind === "html") {
    const html = readHtmlExport(buf, name.replace(/\.[^.]*$/, ""));
    if (html.tables === 0) throw new UnreadableFileError(REASONS.html(name));
    return { workbook: html.workbook, snapshot: html.snapshot, kind: "html" };
  }
  if (kind !== "xlsx") throw new UnreadableFileError(REASONS[kind](name));
  // Budgets first (the zip's directory, then each sheet under its ceiling): nothing is inflated
  // by exceljs beyond them.
  let prepared: Prepared;
  try {
    prepared = await prepareXlsx(buf, name);
  } catch (e) {
    if (e instanceof BudgetError) throw new UnreadableFileError(e.message);
    throw e;
  }
  // The zip for exceljs's own load is built only when load.ts cannot give exceljs its parts
  // itself; building it fails as it failed when it was built with the budgets (not as "damaged").
  const built: { error?: unknown } = {};
  const zip = async () => {
    try {
      return await prepared.zip();
    } catch (e) {
      built.error = e;
      throw e;
    }
  };
  let workbook: ExcelJS.Workbook;
  try {
    workbook = await loadPrepared(prepared.parts, zip);
  } catch (e) {
    if ("error" in built && e === built.error) throw e;
    throw new UnreadableFileError(`Tệp "${name}" bị hỏng hoặc không phải tệp .xlsx hợp lệ.`);
  }
  return {
    workbook,
    snapshot: snapshotOf(workbook),
    kind: "xlsx",
    notes: prepared.notes,
    macros: prepared.macros,
  };
}

// ---- Writing -------------------------------------------------------------

const THIN = { style: "thin" as const };

/** Apply the core's edits to an exceljs workbook (in memory). */
export function applyEdits(workbook: ExcelJS.Workbook, edits: EditSet): void {
  for (const name of edits.newSheets ?? [])
    if (!workbook.getWorksheet(name)) workbook.addWorksheet(name);
  const sheet = (name: string) => {
    const ws = workbook.getWorksheet(name);
    if (!ws) throw new Error("no sheet " + name);
    return ws;
  };
  for (const m of edits.merges ?? [])
    sheet(m.sheet).mergeCells(m.rect.top, m.rect.left, m.rect.bottom, m.rect.right);
  for (const e of edits.cells) {
    const cell = sheet(e.sheet).getCell(e.row, e.col);
    if (e.formula !== undefined) {
      const v: ExcelJS.CellFormulaValue = { formula: e.formula, date1904: false };
      if (e.result !== undefined && e.result !== null)
        v.result = e.result as ExcelJS.CellFormulaValue["result"];
      cell.value = v;
    } else if (e.value !== undefined) {
      cell.value = e.value as ExcelJS.CellValue;
    }
    const st = e.style;
    // A loaded workbook shares one style object among cells styled alike: give this cell its
    // own copy before changing it, or the change would reach every cell sharing the style.
    if (e.numberFormat || st) cell.style = { ...cell.style };
    if (e.numberFormat) cell.numFmt = e.numberFormat;
    if (st) {
      if (st.bold !== undefined || st.italic !== undefined)
        cell.font = {
          name: "Times New Roman",
          size: 12,
          ...cell.font,
          ...(st.bold !== undefined ? { bold: st.bold } : {}),
          ...(st.italic !== undefined ? { italic: st.italic } : {}),
        };
      // The family only: size, bold, colour… stay as they were.
      if (st.font) cell.font = { ...(cell.font ?? {}), name: st.font };
      if (st.fill)
        cell.fill = {
          type: "pattern",
          pattern: "solid",
          fgColor: { argb: "FF" + st.fill.replace("#", "").toUpperCase() },
        };
      if (st.horizontal || st.wrap)
        cell.alignment = {
          ...cell.alignment,
          vertical: "middle",
          ...(st.horizontal ? { horizontal: st.horizontal } : {}),
          ...(st.wrap ? { wrapText: true } : {}),
        };
      if (st.border) cell.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
    }
  }
  for (const w of edits.columnWidths ?? []) sheet(w.sheet).getColumn(w.col).width = w.width;
}

/** Write a workbook to `file` atomically, read back and checked (the workbook and every sheet part). */
export async function writeWorkbookAtomic(
  workbook: ExcelJS.Workbook,
  file: string,
  opts: WriteOptions = {}
): Promise<void> {
  const buf = Buffer.from(await workbook.xlsx.writeBuffer());
  const sheets: string[] = [];
  workbook.eachSheet((ws) => sheets.push(`xl/worksheets/sheet${ws.id}.xml`));
  writeFileVerified(file, buf, {
    ...opts,
    zipParts: ["[Content_Types].xml", "xl/workbook.xml", ...sheets],
  });
}

/** Write bytes to `file` atomically and verified; a .docx is checked as a zip holding its document. */
export function writeFileAtomic(file: string, data: Uint8Array, opts: WriteOptions = {}): void {
  const zipParts =
    opts.zipParts ??
    (/\.docx$/i.test(file) ? ["[Content_Types].xml", "word/document.xml"] : undefined);
  writeFileVerified(file, data, { ...opts, zipParts });
}
