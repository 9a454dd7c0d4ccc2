// The alphabet and the two legacy byte tables, TCVN3 (ABC; .VnTime/.VnTimeH fonts) and VNI (VNI-*
// fonts), written for this project from the layout of the two encodings. Excel stores such text as
// the Windows-1252 characters of the bytes. Pure: no Office, no fs.

export type LegacyEncoding = "tcvn3" | "vni";

export const LEGACY_ENCODINGS: readonly LegacyEncoding[] = ["tcvn3", "vni"];

/** The five tones as combining marks, in the order TCVN3 lays out each vowel: huyền, hỏi, ngã, sắc, nặng. */
export const TONE_MARKS = ["\u0300", "\u0309", "\u0303", "\u0301", "\u0323"] as const;

/** The twelve Vietnamese vowels (lower case); with đ they make the alphabet's non-ASCII letters. */
export const VOWELS = ["a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y"] as const;
type Vowel = (typeof VOWELS)[number];

export const chr = (code: number) => String.fromCharCode(code);

/** A vowel with a tone (0…4 in TONE_MARKS order) or without (null), as one NFC character. */
export function toned(v: string, tone: number | null): string {
  return tone === null ? v : (v + TONE_MARKS[tone]).normalize("NFC");
}

/**
 * Every accented Vietnamese letter: 12 vowels × 6 tones minus the 6 plain ASCII vowels, plus đ,
 * in lower and upper case = 134 letters.
 */
export function vietnameseLetters(): string[] {
  const out: string[] = [];
  for (const v of VOWELS)
    for (const tone of [null, 0, 1, 2, 3, 4]) {
      const l = toned(v, tone);
      if (l.charCodeAt(0) < 128) continue;
      out.push(l, l.toUpperCase());
    }
  out.push("đ", "Đ");
  return out;
}

// ---- TCVN3 (ABC) -----------------------------------------------------------------------------

/** TCVN3 byte of each lower-case vowel with huyền, hỏi, ngã, sắc, nặng. */
const TCVN3_TONED: Record<Vowel, number[]> = {
  a: [0xb5, 0xb6, 0xb7, 0xb8, 0xb9],
  ă: [0xbb, 0xbc, 0xbd, 0xbe, 0xc6],
  â: [0xc7, 0xc8, 0xc9, 0xca, 0xcb],
  e: [0xcc, 0xce, 0xcf, 0xd0, 0xd1],
  ê: [0xd2, 0xd3, 0xd4, 0xd5, 0xd6],
  i: [0xd7, 0xd8, 0xdc, 0xdd, 0xde],
  o: [0xdf, 0xe1, 0xe2, 0xe3, 0xe4],
  ô: [0xe5, 0xe6, 0xe7, 0xe8, 0xe9],
  ơ: [0xea, 0xeb, 0xec, 0xed, 0xee],
  u: [0xef, 0xf1, 0xf2, 0xf3, 0xf4],
  ư: [0xf5, 0xf6, 0xf7, 0xf8, 0xf9],
  y: [0xfa, 0xfb, 0xfc, 0xfd, 0xfe],
};

/** The letters TCVN3 has in both cases: Ă Â Ê Ô Ơ Ư Đ at 0xA1–0xA7, ă â ê ô ơ ư đ at 0xA8–0xAE. */
const TCVN3_CASED = "ĂÂÊÔƠƯĐ";

/**
 * 0xB0–0xB4 are the five tones as separate marks, typed after a letter (how capitals with a tone
 * were written in a .VnTime font). Decoded onto the letter before; never produced.
 */
export const TCVN3_SEPARATE_TONE = 0xb0;

export const TCVN3_DECODE = new Map<string, string>();
export const TCVN3_ENCODE = new Map<string, string>();
for (const v of VOWELS) {
  TCVN3_TONED[v].forEach((code, tone) => {
    const letter = toned(v, tone);
    TCVN3_DECODE.set(chr(code), letter);
    TCVN3_ENCODE.set(letter, chr(code));
    // TCVN3 has no accented capitals with a tone: they are the lower-case bytes shown in an "H"
    // font (.VnTimeH). Encoding a capital gives that byte; decoding needs the capitals context.
    TCVN3_ENCODE.set(letter.toUpperCase(), chr(code));
  });
}
for (let i = 0; i < TCVN3_CASED.length; i++) {
  const upper = TCVN3_CASED[i];
  const lower = upper.toLowerCase();
  TCVN3_DECODE.set(chr(0xa1 + i), upper);
  TCVN3_DECODE.set(chr(0xa8 + i), lower);
  TCVN3_ENCODE.set(upper, chr(0xa1 + i));
  TCVN3_ENCODE.set(lower, chr(0xa8 + i));
}

// ---- VNI ----------------------------------------------------------------------------------

// VNI writes a vowel as its ASCII base letter followed by one mark byte; a capital takes the
// capital base and the mark byte minus 0x20. ơ, ư, đ, the toned i and ỵ are single bytes.
/** Tone marks after a, e, o, u, y, ơ and ư (huyền, hỏi, ngã, sắc, nặng): ø û õ ù ï. */
const VNI_TONE = [0xf8, 0xfb, 0xf5, 0xf9, 0xef];
/** Circumflex after a, e, o: plain â, then with huyền, hỏi, ngã, sắc, nặng: à å ã á ä. */
const VNI_CIRCUMFLEX = 0xe2;
const VNI_CIRCUMFLEX_TONE = [0xe0, 0xe5, 0xe3, 0xe1, 0xe4];
/** Breve after a: plain ê, then with huyền, hỏi, ngã, sắc, nặng: è ú ü é ë. */
const VNI_BREVE = 0xea;
const VNI_BREVE_TONE = [0xe8, 0xfa, 0xfc, 0xe9, 0xeb];
/** Single bytes: ơ ô, ư ö, đ ñ; i with huyền, hỏi, ngã, sắc, nặng: ì æ ó í ò; ỵ î. */
const VNI_HORN_O = 0xf4;
const VNI_HORN_U = 0xf6;
const VNI_D = 0xf1;
const VNI_I_TONE = [0xec, 0xe6, 0xf3, 0xed, 0xf2];
const VNI_Y_DOT = 0xee;

/** The VNI bytes of one lower-case letter (vowel + tone), before the capital rule. */
function vniLower(v: Vowel, tone: number | null): number[] | string {
  const withTone = (base: string) => (tone === null ? base : [base.charCodeAt(0), VNI_TONE[tone]]);
  switch (v) {
    case "a":
    case "e":
    case "o":
    case "u":
      return withTone(v);
    case "y":
      return tone === 4 ? [VNI_Y_DOT] : withTone(v);
    case "i":
      return tone === null ? "i" : [VNI_I_TONE[tone]];
    case "ă":
      return [0x61, tone === null ? VNI_BREVE : VNI_BREVE_TONE[tone]];
    case "â":
    case "ê":
    case "ô": {
      const base = { â: 0x61, ê: 0x65, ô: 0x6f }[v];
      return [base, tone === null ? VNI_CIRCUMFLEX : VNI_CIRCUMFLEX_TONE[tone]];
    }
    case "ơ":
      return tone === null ? [VNI_HORN_O] : [VNI_HORN_O, VNI_TONE[tone]];
    case "ư":
      return tone === null ? [VNI_HORN_U] : [VNI_HORN_U, VNI_TONE[tone]];
  }
}

/** Capital form of VNI bytes: ASCII letters upper-cased, the bytes ≥ 0xE0 minus 0x20. */
const vniUpper = (codes: number[]) =>
  codes.map((c) => (c >= 0x61 && c <= 0x7a ? c - 0x20 : c >= 0xe0 ? c - 0x20 : c));

export const VNI_DECODE = new Map<string, string>();
export const VNI_ENCODE = new Map<string, string>();
/** First characters of two-character VNI sequences (a base letter or ô/ö), for the decoder. */
export const VNI_BASES = new Set<string>();
{
  const add = (codes: number[], letter: string) => {
    const s = String.fromCharCode(...codes);
    VNI_ENCODE.set(letter, s);
    VNI_DECODE.set(s, letter);
    if (codes.length === 2) {
      VNI_BASES.add(s[0]);
      // Tolerated on read: a mark byte of the other case than its base (the base decides).
      const other = codes[1] >= 0xe0 ? codes[1] - 0x20 : codes[1] + 0x20;
      const t = chr(codes[0]) + chr(other);
      if (!VNI_DECODE.has(t)) VNI_DECODE.set(t, letter);
    }
  };
  for (const v of VOWELS)
    for (const tone of [null, 0, 1, 2, 3, 4]) {
      const lower = vniLower(v, tone);
      if (typeof lower === "string") continue; // a plain ASCII vowel
      const letter = toned(v, tone);
      add(lower, letter);
      add(vniUpper(lower), letter.toUpperCase());
    }
  add([VNI_D], "đ");
  add(vniUpper([VNI_D]), "Đ");
  // Tolerated on read: ỵ written as y + the nặng mark, like the other vowels.
  for (const [base, mark, letter] of [
    ["y", VNI_TONE[4], "ỵ"],
    ["Y", VNI_TONE[4] - 0x20, "Ỵ"],
    ["Y", VNI_TONE[4], "Ỵ"],
    ["y", VNI_TONE[4] - 0x20, "ỵ"],
  ] as const)
    VNI_DECODE.set(base + chr(mark), letter);
}
