// Legacy text ↔ Unicode (NFC): VNI by its two-byte sequences, TCVN3 word by word (capitals inferred
// from an H font or from words typed in capitals).
import {
  LegacyEncoding,
  TCVN3_DECODE,
  TCVN3_ENCODE,
  TCVN3_SEPARATE_TONE,
  TONE_MARKS,
  VNI_BASES,
  VNI_DECODE,
  VNI_ENCODE,
  chr,
} from "./tables";
import { isVietnameseSyllable } from "./syllable";

export interface LegacyDecodeOptions {
  /**
   * The text is shown in capitals (a TCVN3 "H" font such as .VnTimeH): every letter comes out
   * upper case. Without it, TCVN3 words written in capitals (ASCII letters all upper case) get
   * their accented letters in capitals too.
   */
  capitals?: boolean;
}

/** Legacy text (bytes read as Windows-1252 characters) → Unicode NFC. */
export function legacyToUnicode(
  text: string,
  enc: LegacyEncoding,
  opts: LegacyDecodeOptions = {}
): string {
  if (enc === "vni") {
    const out = decodeVni(text);
    return opts.capitals ? out.toUpperCase() : out;
  }
  return decodeTcvn3(text, !!opts.capitals);
}

/** Unicode → legacy text (one Windows-1252 character per byte); for tests and fixtures. */
export function unicodeToLegacy(text: string, enc: LegacyEncoding): string {
  const table = enc === "vni" ? VNI_ENCODE : TCVN3_ENCODE;
  let out = "";
  for (const ch of text.normalize("NFC")) out += table.get(ch) ?? ch;
  return out;
}

export function decodeVni(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c < "\u00c0" && !VNI_BASES.has(c)) {
      out += c;
      continue;
    }
    if (i + 1 < text.length && VNI_BASES.has(c)) {
      const pair = VNI_DECODE.get(c + text[i + 1]);
      if (pair !== undefined) {
        out += pair;
        i++;
        continue;
      }
    }
    out += VNI_DECODE.get(c) ?? c;
  }
  return out;
}

/** Characters that can be part of a word in either encoding (letters, and the TCVN3 symbol bytes). */
export const WORD = /[\p{L}\p{M}\u00a1-\u00ae\u00b0-\u00b9\u00bb-\u00be\u00d7\u00f7]+/gu;

const isTcvn3Toned = (code: number) => code >= 0xb5 && code <= 0xfe && TCVN3_DECODE.has(chr(code));

/** Letters of known case in TCVN3 text: ASCII, and Ă…Đ (0xA1–0xA7) / ă…đ (0xA8–0xAE). */
function tcvn3Case(word: string): {
  upper: number;
  lower: number;
  toned: boolean;
  capitalOnly: boolean;
} {
  let upper = 0;
  let lower = 0;
  let tonedChar = false;
  let capitalOnly = false;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 0x41 && c <= 0x5a) upper++;
    else if (c >= 0xa1 && c <= 0xa7) {
      upper++;
      capitalOnly = true;
    } else if ((c >= 0x61 && c <= 0x7a) || (c >= 0xa8 && c <= 0xae)) lower++;
    else if (isTcvn3Toned(c)) tonedChar = true;
  }
  return { upper, lower, toned: tonedChar, capitalOnly };
}

const TCVN3_VOWEL_BEFORE_TONE = /[aeiouyăâêôơư]$/i;

export function decodeTcvn3Plain(word: string): string {
  let out = "";
  let combining = false;
  for (const c of word) {
    const code = c.charCodeAt(0);
    // A separate tone mark goes on the vowel before it; elsewhere the byte is left as it is.
    if (
      code >= TCVN3_SEPARATE_TONE &&
      code < TCVN3_SEPARATE_TONE + 5 &&
      TCVN3_VOWEL_BEFORE_TONE.test(out)
    ) {
      out += TONE_MARKS[code - TCVN3_SEPARATE_TONE];
      combining = true;
      continue;
    }
    out += TCVN3_DECODE.get(c) ?? c;
  }
  return combining ? out.normalize("NFC") : out;
}

/**
 * TCVN3 has no capitals with a tone: "TỔNG" is typed "TæNG" and shown right only in an "H" font.
 * Without the font, capitals are inferred from the letters whose case is known (ASCII, Ă…Đ).
 * A word with two or more of them, all capitals, is a capitals word; it shows capitals typing
 * when it has a toned letter, one of Ă…Đ, or is a Vietnamese syllable ("BAN"; not "TTHC").
 * - a capitals word with a toned letter is in capitals ("TæNG" → "TỔNG");
 * - a whole cell is, when all its known letters are capitals and a word shows capitals typing
 *   ("ñY BAN" → "ỦY BAN"; not "Mü, Kú", which is "Mỹ, Kỳ"; not "VÒ TTHC", "Về TTHC");
 * - a word with a single capital ("Hé", "ñY") is in capitals inside a run of capitals words
 *   where one shows capitals typing ("Hé TÞCH", "TM. ñY BAN NH¢N D¢N").
 */
function decodeTcvn3(text: string, capitals: boolean): string {
  if (capitals) return decodeTcvn3Plain(text).toUpperCase();
  type Word = {
    start: number;
    end: number;
    kind: "caps" | "single" | "other";
    toned: boolean;
    evidence: boolean;
  };
  const words: Word[] = [];
  let upperAll = 0;
  let lowerAll = 0;
  for (const m of text.matchAll(WORD)) {
    const w = m[0];
    const k = tcvn3Case(w);
    upperAll += k.upper;
    lowerAll += k.lower;
    const kind =
      k.lower > 0 ? "other" : k.upper >= 2 ? "caps" : k.upper === 1 && k.toned ? "single" : "other";
    words.push({
      start: m.index ?? 0,
      end: (m.index ?? 0) + w.length,
      kind,
      toned: k.toned,
      evidence:
        kind === "caps" && (k.toned || k.capitalOnly || isVietnameseSyllable(decodeTcvn3Plain(w))),
    });
  }
  if (upperAll >= 2 && lowerAll === 0 && words.some((w) => w.evidence))
    return decodeTcvn3Plain(text).toUpperCase();
  // Runs of consecutive capitals and single-capital words; a run with evidence is all capitals.
  const upper = words.map((w) => w.kind === "caps" && w.toned);
  for (let i = 0; i < words.length;) {
    if (words[i].kind === "other") {
      i++;
      continue;
    }
    let j = i;
    while (j < words.length && words[j].kind !== "other") j++;
    if (words.slice(i, j).some((w) => w.evidence)) for (let k = i; k < j; k++) upper[k] = true;
    i = j;
  }
  let out = "";
  let at = 0;
  words.forEach((w, i) => {
    out += decodeTcvn3Plain(text.slice(at, w.start));
    const decoded = decodeTcvn3Plain(text.slice(w.start, w.end));
    out += upper[i] ? decoded.toUpperCase() : decoded;
    at = w.end;
  });
  return out + decodeTcvn3Plain(text.slice(at));
}
