// Legacy text in a workbook: which encoding its text cells use, their conversion, the edits that
// write it back, and the fonts of the legacy encodings.
import { CellSnapshot, EditSet, SheetSnapshot, WorkbookSnapshot } from "../../grid";
import { LEGACY_ENCODINGS, LegacyEncoding } from "./tables";
import { legacyToUnicode } from "./convert";
import {
  LEGACY_CHAR,
  LegacyEvidence,
  UNICODE_VIETNAMESE,
  legacyEvidence,
  looksLegacy,
} from "./detect";

export interface ConvertedCell {
  sheet: string;
  row: number;
  col: number;
  before: string;
  after: string;
}

export interface DecodedWorkbook {
  /** The snapshot with text cells converted (the input itself when nothing was). */
  wb: WorkbookSnapshot;
  encoding: LegacyEncoding | null;
  converted: ConvertedCell[];
}

export interface DecodeWorkbookOptions {
  /** The encoding, when the user says it (tthc convert --from): no detection. */
  from?: LegacyEncoding;
  /** Cells shown in a TCVN3 "H" font (.VnTimeH), known to hosts that see fonts. */
  capitals?: (sheet: string, row: number, col: number) => boolean;
}

/** What the workbook's text cells say about one encoding. */
interface Tally {
  legacyCells: number;
  evidence: number;
}

type TextCell = { sheet: SheetSnapshot; ri: number; ci: number; text: string };

/** Text cells (not formulas) with a character of the legacy range. */
function* legacyCandidates(wb: WorkbookSnapshot): Generator<TextCell> {
  for (const sheet of wb.sheets)
    for (let ri = 0; ri < sheet.data.length; ri++) {
      const row = sheet.data[ri];
      if (!row) continue;
      for (let ci = 0; ci < row.length; ci++) {
        const c = row[ci];
        if (!c || c.formula !== undefined || typeof c.value !== "string") continue;
        if (LEGACY_CHAR.test(c.value)) yield { sheet, ri, ci, text: c.value };
      }
    }
}

/**
 * The workbook's legacy encoding, scored over its distinct texts: at least two words' worth of
 * evidence, and legacy texts at least a tenth of the texts that are plainly Unicode Vietnamese
 * (a TCVN3 file that `fill` wrote Unicode labels into stays TCVN3; a Unicode file with one odd
 * cell stays Unicode).
 */
export function detectWorkbookLegacy(wb: WorkbookSnapshot): LegacyEncoding | null {
  return scoreWorkbook(wb, new Map()).encoding;
}

function scoreWorkbook(
  wb: WorkbookSnapshot,
  cache: Map<string, Record<LegacyEncoding, LegacyEvidence>>
): { encoding: LegacyEncoding | null } {
  const tally: Record<LegacyEncoding, Tally> = {
    tcvn3: { legacyCells: 0, evidence: 0 },
    vni: { legacyCells: 0, evidence: 0 },
  };
  let unicodeCells = 0;
  // Distinct texts: a column repeating one odd word ("µm") is one piece of evidence, not a hundred.
  const seen = new Set<string>();
  for (const cell of legacyCandidates(wb)) {
    if (seen.has(cell.text)) continue;
    seen.add(cell.text);
    const ev = evidenceOf(cell.text, cache);
    if (ev.tcvn3.unicode) {
      unicodeCells++;
      continue;
    }
    for (const enc of LEGACY_ENCODINGS)
      if (looksLegacy(ev[enc])) {
        tally[enc].legacyCells++;
        tally[enc].evidence += ev[enc].score;
      }
  }
  let best: LegacyEncoding | null = null;
  for (const enc of LEGACY_ENCODINGS) {
    const t = tally[enc];
    if (t.evidence < 2 || t.legacyCells * 10 < unicodeCells) continue;
    if (!best || t.evidence > tally[best].evidence) best = enc;
  }
  return { encoding: best };
}

function evidenceOf(
  text: string,
  cache: Map<string, Record<LegacyEncoding, LegacyEvidence>>
): Record<LegacyEncoding, LegacyEvidence> {
  let ev = cache.get(text);
  if (!ev) {
    ev = { tcvn3: legacyEvidence(text, "tcvn3"), vni: legacyEvidence(text, "vni") };
    cache.set(text, ev);
  }
  return ev;
}

/**
 * The snapshot with its legacy text cells converted to Unicode (pure; numbers, formulas and
 * sheet names are never touched). In a workbook found to be TCVN3 or VNI, a text cell is
 * converted unless it has Unicode-only letters or reads as better Vietnamese as it is.
 */
export function decodeWorkbook(
  wb: WorkbookSnapshot,
  opts: DecodeWorkbookOptions = {}
): DecodedWorkbook {
  const cache = new Map<string, Record<LegacyEncoding, LegacyEvidence>>();
  const encoding = opts.from ?? scoreWorkbook(wb, cache).encoding;
  if (!encoding) return { wb, encoding: null, converted: [] };
  const converted: ConvertedCell[] = [];
  const sheets = new Map<SheetSnapshot, SheetSnapshot>();
  const decoded = new Map<string, string>(); // repeated texts (field names) are converted once
  for (const cell of legacyCandidates(wb)) {
    const { sheet, ri, ci, text } = cell;
    if (UNICODE_VIETNAMESE.test(text)) continue;
    if (!opts.from && evidenceOf(text, cache)[encoding].score < 0) continue;
    const row = ri + sheet.top;
    const col = ci + sheet.left;
    const capitals = opts.capitals?.(sheet.name, row, col) ?? false;
    let after = capitals ? undefined : decoded.get(text);
    if (after === undefined) {
      after = legacyToUnicode(text, encoding, { capitals });
      if (!capitals) decoded.set(text, after);
    }
    if (after === text) continue;
    converted.push({ sheet: sheet.name, row, col, before: text, after });
    let copy = sheets.get(sheet);
    if (!copy) {
      copy = { ...sheet, data: [...sheet.data] };
      sheets.set(sheet, copy);
    }
    const r = copy.data[ri];
    if (r === sheet.data[ri]) copy.data[ri] = [...(r ?? [])];
    const cells = copy.data[ri] as (CellSnapshot | null | undefined)[];
    cells[ci] = { ...(cells[ci] as CellSnapshot), value: after };
  }
  if (converted.length === 0) return { wb, encoding, converted };
  return { wb: { ...wb, sheets: wb.sheets.map((s) => sheets.get(s) ?? s) }, encoding, converted };
}

/** The font that replaces .VnTime*, VNI-* fonts on converted text. */
export const UNICODE_FONT = "Times New Roman";

/** The font of a cell, for hosts that see fonts: a name, or null/undefined when not known. */
export type FontLookup = (sheet: string, row: number, col: number) => string | null | undefined;

export interface ConvertEditsOptions extends DecodeWorkbookOptions {
  /**
   * Each cell's current font, when the host knows it: a converted cell whose font is known and
   * is not a legacy one keeps it. Without it, every converted cell gets UNICODE_FONT.
   */
  fontOf?: FontLookup;
}

/**
 * The edits that write converted text: each cell's Unicode text and, unless its font is known
 * not to be a legacy one, `style.font` = Times New Roman (Unicode text in a .VnTime or VNI-Times
 * font would show as garbage).
 */
export function editsForConverted(
  converted: readonly ConvertedCell[],
  fontOf?: FontLookup
): EditSet {
  const cells = converted.map((c) => {
    const font = fontOf?.(c.sheet, c.row, c.col);
    const keep =
      typeof font === "string" && font.trim() !== "" && legacyFontEncoding(font) === null;
    return keep
      ? { sheet: c.sheet, row: c.row, col: c.col, value: c.after }
      : { sheet: c.sheet, row: c.row, col: c.col, value: c.after, style: { font: UNICODE_FONT } };
  });
  return { cells, merges: [], newSheets: [], columnWidths: [] };
}

/** The edits that write the converted text into the workbook (the add-in's "Chuyển mã sang Unicode", tthc convert). */
export function convertEdits(wb: WorkbookSnapshot, opts: ConvertEditsOptions = {}): EditSet {
  const { converted } = decodeWorkbook(wb, opts);
  return editsForConverted(converted, opts.fontOf);
}

/** The encoding's name for messages. */
export const LEGACY_NAME: Record<LegacyEncoding, string> = { tcvn3: "TCVN3 (ABC)", vni: "VNI" };

/** Font families made for the legacy encodings: .VnTime, .VnTimeH, .VnArial… and VNI-Times, VNI-Helve… */
export function legacyFontEncoding(font: string | undefined | null): LegacyEncoding | null {
  if (!font) return null;
  const f = font.trim();
  if (/^\.?vn[a-z]/i.test(f) && !/^vni/i.test(f)) return "tcvn3";
  if (/^vni[-\s]/i.test(f)) return "vni";
  return null;
}

/** A TCVN3 capitals font: .VnTimeH, .VnArialH, … (the name ends in "H"). */
export function isCapitalsFont(font: string | undefined | null): boolean {
  return !!font && legacyFontEncoding(font) === "tcvn3" && /H$/.test(font.trim());
}
