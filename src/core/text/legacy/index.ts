// Legacy 8-bit Vietnamese encodings (TCVN3, VNI) in workbooks: the public face of legacy/*.
// Tables, conversion, syllables, detection and workbook-level work each have their own module.
export { LEGACY_ENCODINGS, VOWELS, vietnameseLetters, type LegacyEncoding } from "./tables";
export { isVietnameseSyllable } from "./syllable";
export { legacyToUnicode, unicodeToLegacy, type LegacyDecodeOptions } from "./convert";
export { detectLegacy, legacyEvidence, type LegacyEvidence } from "./detect";
export {
  LEGACY_NAME,
  UNICODE_FONT,
  convertEdits,
  decodeWorkbook,
  detectWorkbookLegacy,
  editsForConverted,
  isCapitalsFont,
  legacyFontEncoding,
  type ConvertEditsOptions,
  type ConvertedCell,
  type DecodeWorkbookOptions,
  type DecodedWorkbook,
  type FontLookup,
} from "./workbook";
