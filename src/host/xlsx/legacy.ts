// Legacy-encoded workbooks in exceljs: which cells are in a TCVN3 capitals font (.VnTimeH), and
// `tthc convert`'s writes: converted text (rich text run by run) and .VnTime*/VNI-* fonts
// replaced by Times New Roman. Styles are replaced per cell, never mutated: exceljs shares one
// style object between the cells of a style, and a font set through it would change them all.
import type ExcelJS from "exceljs";
import {
  ConvertedCell,
  FontLookup,
  isCapitalsFont,
  LegacyEncoding,
  legacyFontEncoding,
  legacyToUnicode,
  UNICODE_FONT,
} from "../../core/text/legacy";

export { UNICODE_FONT };

/** For editsForConverted: each cell's font name as exceljs has it (undefined: the workbook's default, not known here). */
export function fontOf(workbook: ExcelJS.Workbook): FontLookup {
  return (sheet, row, col) => workbook.getWorksheet(sheet)?.getCell(row, col).font?.name;
}

/** Whether a cell's value is rich text or a hyperlink, whose runs or link a plain value would lose. */
export function keepsRuns(
  workbook: ExcelJS.Workbook,
  c: { sheet: string; row: number; col: number }
): boolean {
  const v = workbook.getWorksheet(c.sheet)?.getCell(c.row, c.col).value as unknown;
  return (
    !!v &&
    typeof v === "object" &&
    (Array.isArray((v as ExcelJS.CellRichTextValue).richText) || "hyperlink" in (v as object))
  );
}

/**
 * For decodeWorkbook: whether a cell is shown in a TCVN3 capitals font (.VnTimeH), whose text is
 * typed in lower case. Used by the CLI and, in the browser, by the roll-up's unit files.
 */
export function capitalsOf(
  workbook: ExcelJS.Workbook
): (sheet: string, row: number, col: number) => boolean {
  return (sheet, row, col) => {
    const ws = workbook.getWorksheet(sheet);
    if (!ws) return false;
    const cell = ws.getCell(row, col);
    if (isCapitalsFont(cell.font?.name)) return true;
    const v = cell.value as { richText?: { font?: Partial<ExcelJS.Font> }[] } | null;
    // A rich text cell whose runs are all in an H font.
    return (
      !!v &&
      typeof v === "object" &&
      Array.isArray(v.richText) &&
      v.richText.length > 0 &&
      v.richText.every((r) => isCapitalsFont(r.font?.name))
    );
  };
}

function withUnicodeFont<T extends Partial<ExcelJS.Font> | undefined>(font: T): T {
  return font && legacyFontEncoding(font.name) ? ({ ...font, name: UNICODE_FONT } as T) : font;
}

/** Give one cell Times New Roman when its font is a legacy one (its own style object). Whether it did. */
export function useUnicodeFont(cell: ExcelJS.Cell): boolean {
  const font = cell.font as Partial<ExcelJS.Font> | undefined;
  if (!font || !legacyFontEncoding(font.name)) return false;
  cell.style = { ...cell.style, font: { ...font, name: UNICODE_FONT } };
  return true;
}

/** Write the converted text into the workbook; rich text keeps its runs, each run converted in its own font. */
export function writeConverted(
  workbook: ExcelJS.Workbook,
  converted: ConvertedCell[],
  enc: LegacyEncoding
): void {
  for (const c of converted) {
    const ws = workbook.getWorksheet(c.sheet);
    if (!ws) continue;
    const cell = ws.getCell(c.row, c.col);
    const v = cell.value as unknown;
    if (v && typeof v === "object" && Array.isArray((v as ExcelJS.CellRichTextValue).richText)) {
      const capitalsCell = isCapitalsFont(cell.font?.name);
      const runs = (v as ExcelJS.CellRichTextValue).richText.map((r) => ({
        ...r,
        text: legacyToUnicode(r.text, enc, {
          capitals: capitalsCell || isCapitalsFont(r.font?.name),
        }),
        ...(r.font ? { font: withUnicodeFont(r.font) } : {}),
      }));
      // A VNI letter split between two runs converts only as a whole: then plain text.
      cell.value = runs.map((r) => r.text).join("") === c.after ? { richText: runs } : c.after;
    } else if (v && typeof v === "object" && "hyperlink" in (v as object)) {
      cell.value = { ...(v as ExcelJS.CellHyperlinkValue), text: c.after };
    } else cell.value = c.after;
  }
}

/** Replace .VnTime*, VNI-* fonts by Times New Roman on every cell (rich text runs included); the number of cells changed. */
export function replaceLegacyFonts(workbook: ExcelJS.Workbook): number {
  let n = 0;
  workbook.eachSheet((ws) =>
    ws.eachRow({ includeEmpty: true }, (row) =>
      row.eachCell({ includeEmpty: true }, (cell) => {
        // Merged cells other than the top-left one have a style (borders) but no text: changed, not counted.
        const slave = cell.isMerged && cell.master !== cell;
        let changed = useUnicodeFont(cell);
        const v = cell.value as ExcelJS.CellRichTextValue | null;
        if (
          v &&
          typeof v === "object" &&
          Array.isArray(v.richText) &&
          v.richText.some((r) => r.font && legacyFontEncoding(r.font.name))
        ) {
          cell.value = {
            richText: v.richText.map((r) => (r.font ? { ...r, font: withUnicodeFont(r.font) } : r)),
          };
          changed = true;
        }
        if (changed && !slave) n++;
      })
    )
  );
  return n;
}
