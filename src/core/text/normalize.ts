// Vietnamese text normalisation for matching header words and field names.

/** NFC, lower case, "đ" kept, runs of white space folded, trimmed. */
export function fold(s: string): string {
  return nfc(s).toLowerCase().replace(/[\s\u00a0]+/g, " ").trim();
}

/** NFC, skipping the (costly) normalisation when no combining mark is present. */
export function nfc(s: string): string {
  return /[\u0300-\u036f]/.test(s) ? s.normalize("NFC") : s;
}

/** Like fold() but also strips diacritics (đ → d): for tolerant header matching. */
export function foldAscii(s: string): string {
  return fold(s)
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .normalize("NFC");
}

/** A field name compared across rows and units: NFC, case, spaces, leading "Lĩnh vực". */
export function normaliseField(name: string): string {
  return fold(name)
    .replace(/^lĩnh vực[\s:.-]*/u, "")
    .replace(/\s*[,.;:]\s*/g, (m) => m.trim() + " ")
    .replace(/\s+/g, " ")
    .trim();
}
