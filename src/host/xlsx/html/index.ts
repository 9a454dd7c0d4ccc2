// The reader of one-stop systems' HTML "Excel" exports, shared by the CLI (src/host/xlsx/index.ts,
// which also writes them as .xlsx: ./workbook) and the add-in's file pickers (../unitFiles.ts).
// Browser-safe: htmlparser2 and TextDecoder only.
import { WorkbookSnapshot } from "../../../core/grid";
import { decodeHtml } from "./charset";
import { htmlToSheet, HtmlSheet } from "./tables";

export { decodeHtml, htmlCharset, looksLikeHtml } from "./charset";
export { decodeEntities, htmlToSheet, EXCEL_COLS, EXCEL_ROWS, MAX_SPAN } from "./tables";
export type { HtmlSheet } from "./tables";

/** An HTML export's bytes as one sheet (named after Excel's <x:Name>, else `sheetName`). */
export function readHtmlSheet(bytes: Uint8Array, sheetName?: string): HtmlSheet {
  return htmlToSheet(decodeHtml(bytes), sheetName);
}

/** An HTML export's bytes as a workbook snapshot, and how many tables it had. */
export function readHtmlSnapshot(
  bytes: Uint8Array,
  sheetName?: string
): { snapshot: WorkbookSnapshot; tables: number } {
  const sheet = readHtmlSheet(bytes, sheetName);
  return { snapshot: { sheets: [sheet.snapshot] }, tables: sheet.tables };
}
