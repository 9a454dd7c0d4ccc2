// Vietnamese text normalisation for matching header words and field names.

/**
 * Characters that show nothing but break a comparison: zero-width space, non-joiner, joiner,
 * word joiner, BOM, soft hyphen (pasted from web pages and PDFs into headers).
 */
// Each invisible character is listed alone on purpose (ZWJ included): they are removed, never joined.
// eslint-disable-next-line no-misleading-character-class -- listed alone on purpose (above)
const INVISIBLE = /[\u200b\u200c\u200d\u2060\ufeff\u00ad]/g;

/** Text without its invisible characters (see INVISIBLE). */
export function dropInvisible(s: string): string {
  return s.replace(INVISIBLE, "");
}

/** One invisible character (INVISIBLE without the global flag, for a test). */
// eslint-disable-next-line no-misleading-character-class -- as INVISIBLE
const HAS_INVISIBLE = /[\u200b\u200c\u200d\u2060\ufeff\u00ad]/;
/** White space that folding changes: any but a single inner space (see fold). */
const UNFOLDED_SPACE = /[^\S ]| {2}|^ | $/;

/**
 * NFC, lower case, "đ" kept, invisible characters dropped, runs of white space folded, trimmed.
 * Each step is skipped when a test shows it would change nothing (it runs on every field name).
 */
export function fold(s: string): string {
  if (HAS_INVISIBLE.test(s)) s = dropInvisible(s);
  s = nfc(s).toLowerCase();
  // The same as .replace(/[\s\u00a0]+/g, " ").trim(), which is a no-op without UNFOLDED_SPACE.
  return UNFOLDED_SPACE.test(s) ? s.replace(/[\s\u00a0]+/g, " ").trim() : s;
}

/** NFC, skipping the (costly) normalisation when no combining mark is present. */
export function nfc(s: string): string {
  return /[\u0300-\u036f]/.test(s) ? s.normalize("NFC") : s;
}

/** Base letter (lower case, no diacritics) of each non-ASCII character met so far. */
const baseOf = new Map<number, string>();

function base(code: number): string {
  let b = baseOf.get(code);
  if (b === undefined) {
    b = String.fromCharCode(code)
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/đ/g, "d");
    baseOf.set(code, b);
  }
  return b;
}

/**
 * Like fold() but also strips diacritics (đ → d): for tolerant header matching. One pass over
 * the characters (NFC or NFD input alike), without String.normalize on the whole text: it runs
 * on every cell of large sheets.
 */
export function foldAscii(s: string): string {
  let out = "";
  let space = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x300 && c <= 0x36f) continue; // combining marks (NFD tones and vowel marks)
    if (c === 0x200b || c === 0x200c || c === 0x200d || c === 0x2060 || c === 0xfeff || c === 0xad)
      continue; // invisible
    if (
      c === 32 ||
      c === 9 ||
      c === 10 ||
      c === 13 ||
      c === 0xa0 ||
      c === 12 ||
      c === 11 ||
      (c >= 0x2000 && c <= 0x200a) ||
      c === 0x202f ||
      c === 0x3000
    ) {
      space = out.length > 0;
      continue;
    }
    if (space) {
      out += " ";
      space = false;
    }
    if (c < 128) out += c >= 65 && c <= 90 ? String.fromCharCode(c + 32) : s[i];
    else out += base(c);
  }
  return out;
}

/** No header, label or level name is longer than this: a longer text is no label (and is not folded). */
export const LABEL_MAX_CHARS = 300;

/**
 * foldAscii for label scans: "" for a text too long to be a label, so a 50 MB cell is not folded
 * once per scan (each scan over every cell would allocate its folded copies).
 */
export function foldLabel(text: string): string {
  return text.length > LABEL_MAX_CHARS ? "" : foldAscii(text);
}

/** A field name compared across rows and units: NFC, case, spaces, leading "Lĩnh vực". */
export function normaliseField(name: string): string {
  let f = fold(name);
  if (f.startsWith("l")) f = f.replace(/^lĩnh vực[\s:.-]*/u, "");
  // Without punctuation the rest is a no-op: fold left single inner spaces, and the prefix's
  // pattern took the spaces after it.
  if (!/[,.;:]/.test(f)) return f;
  return f
    .replace(/\s*[,.;:]\s*/g, (m) => m.trim() + " ")
    .replace(/\s+/g, " ")
    .trim();
}
