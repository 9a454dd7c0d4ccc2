// The escape for text put into the report's block markup (docs/markup.md). Owned by core so
// that core (the district summary, the template data) can build markup without importing the
// renderer; src/docx/markup.ts parses what this escapes.

/**
 * What counts as a line break, both when the markup is split into lines and when
 * `escapeMarkup` turns a cell's line breaks into `\n`. The two must agree, or a character
 * that the splitter treats as a break could slip through the escape.
 */
export const LINE_BREAK = /\r\n|[\n\r\v\f\u0085\u2028\u2029]/;
const LINE_BREAK_G = new RegExp(LINE_BREAK.source, "g");

/** Characters `escapeMarkup` puts a backslash before. */
const SPECIAL_G = /[\\*#\-:]/g;

/**
 * Escapes text from a cell for the markup: a backslash before every `\ * # - :` and `\n`
 * for every line break, so the text prints exactly as written and its line breaks start new
 * paragraphs of the same kind.
 *
 * It is meant as the `{{…}}` escape of the report's Handlebars environment, so it accepts
 * what Handlebars hands such an escape: null/undefined give "", an object with `toHTML()`
 * (a Handlebars SafeString) gives that string unescaped, anything else goes through String().
 */
export function escapeMarkup(s: string): string {
  const v: unknown = s;
  let text: string;
  if (typeof v === "string") text = v;
  else if (v === null || v === undefined) return "";
  else if (typeof (v as { toHTML?: unknown }).toHTML === "function") {
    return String((v as { toHTML: () => unknown }).toHTML());
  } else text = String(v);
  return text.replace(SPECIAL_G, "\\$&").replace(LINE_BREAK_G, "\\n");
}

/** Splits text at line breaks, the way `escapeMarkup` sees them. */
export function splitLines(s: string): string[] {
  return s.split(LINE_BREAK);
}
