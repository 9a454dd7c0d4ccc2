// The report's block markup (docs/markup.md): parser and the escape for data.
//
// The parser is total: every string parses into blocks, nothing throws. A line's kind is
// decided by how the line starts, before any inline parsing, and `escapeMarkup` guarantees
// that text from a cell can neither start a line (its line breaks become the `\n` escape)
// nor carry an unescaped `* # - : \`, so data never makes a head, a list item, a directive
// or bold/italic.

/** A piece of text with its inline style. */
export interface InlineRun {
  text: string;
  bold: boolean;
  italic: boolean;
}

/** Blocks that hold text. */
export type TextBlockKind = "heading1" | "heading2" | "heading3" | "paragraph" | "dash";

export interface TextBlock {
  kind: TextBlockKind;
  /** Inline runs; for "dash" without the leading "- " (the renderer draws it). */
  runs: InlineRun[];
  /** 1-based line of the markup the block comes from. */
  line: number;
}

export interface TableBlock {
  kind: "table";
  name: string;
  line: number;
}

export interface SignatureBlock {
  kind: "signature";
  line: number;
}

export type Orientation = "portrait" | "landscape";

export interface SectionBlock {
  kind: "section";
  orientation: Orientation;
  line: number;
}

/**
 * An annex (Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.12): a new section in that orientation
 * with its own page numbers, headed "Phụ lục NUMERAL", the title and the "(Kèm theo …)" line.
 */
export interface AnnexBlock {
  kind: "annex";
  orientation: Orientation;
  /** "I", "II"… or "" for a report's only annex. */
  numeral: string;
  title: string;
  line: number;
}

export interface PageBreakBlock {
  kind: "pagebreak";
  line: number;
}

export type Block =
  TextBlock | TableBlock | SignatureBlock | SectionBlock | AnnexBlock | PageBreakBlock;

import { escapeMarkup, LINE_BREAK, splitLines } from "../core/text/markup";

export { escapeMarkup, LINE_BREAK, splitLines };

type Token = { t: "text"; s: string } | { t: "bold" } | { t: "italic" } | { t: "break" };

function tokenize(src: string): Token[] {
  const out: Token[] = [];
  let buf = "";
  const flush = (): void => {
    if (buf !== "") {
      out.push({ t: "text", s: buf });
      buf = "";
    }
  };
  let i = 0;
  while (i < src.length) {
    const ch = src[i];
    if (ch === "\\") {
      if (i + 1 >= src.length) {
        buf += "\\"; // a trailing backslash is itself
        i += 1;
        continue;
      }
      const cp = src.codePointAt(i + 1) as number;
      const next = String.fromCodePoint(cp);
      if (next === "n") {
        flush();
        out.push({ t: "break" });
      } else {
        buf += next;
      }
      i += 1 + next.length;
    } else if (ch === "*") {
      flush();
      if (src[i + 1] === "*") {
        out.push({ t: "bold" });
        i += 2;
      } else {
        out.push({ t: "italic" });
        i += 1;
      }
    } else {
      buf += ch;
      i += 1;
    }
  }
  flush();
  return out;
}

/**
 * Parses inline text into paragraphs (split at `\n`) of styled runs. `**` toggles bold and
 * `*` italic; a marker without a partner later on the line prints literally. Styles carry
 * across `\n`, so `**{{x}}**` keeps every paragraph of a multi-line x bold.
 */
export function parseInline(src: string): InlineRun[][] {
  const tokens = tokenize(src);
  // A marker is literal when it is the odd one out (the last of an odd count).
  let boldCount = 0;
  let italicCount = 0;
  for (const tk of tokens) {
    if (tk.t === "bold") boldCount++;
    else if (tk.t === "italic") italicCount++;
  }
  let boldSeen = 0;
  let italicSeen = 0;
  let bold = false;
  let italic = false;
  const pieces: InlineRun[][] = [[]];
  const push = (text: string): void => {
    const runs = pieces[pieces.length - 1];
    const last = runs[runs.length - 1];
    if (last && last.bold === bold && last.italic === italic) last.text += text;
    else runs.push({ text, bold, italic });
  };
  for (const tk of tokens) {
    switch (tk.t) {
      case "text":
        push(tk.s);
        break;
      case "break":
        pieces.push([]);
        break;
      case "bold":
        boldSeen++;
        if (boldCount % 2 === 1 && boldSeen === boldCount) push("**");
        else bold = !bold;
        break;
      case "italic":
        italicSeen++;
        if (italicCount % 2 === 1 && italicSeen === italicCount) push("*");
        else italic = !italic;
        break;
    }
  }
  return pieces;
}

const HEADS: ReadonlyArray<[string, TextBlockKind]> = [
  ["### ", "heading3"],
  ["## ", "heading2"],
  ["# ", "heading1"],
  ["- ", "dash"],
];

const DIRECTIVE = /^::([A-Za-z]+)(?:[ \t]+(.*?))?[ \t]*$/;

function directive(line: string, lineNo: number): Block | null {
  const m = DIRECTIVE.exec(line);
  if (!m) return null;
  const name = m[1].toLowerCase();
  const arg = (m[2] ?? "").trim();
  switch (name) {
    case "table":
      return arg !== "" ? { kind: "table", name: arg, line: lineNo } : null;
    case "signature":
      return arg === "" ? { kind: "signature", line: lineNo } : null;
    case "pagebreak":
      return arg === "" ? { kind: "pagebreak", line: lineNo } : null;
    case "annex": {
      // ::annex landscape|portrait [NUMERAL] | TITLE
      const m = /^(landscape|portrait)\s+([IVXLC]*)\s*\|\s*(.*)$/i.exec(arg);
      if (!m) return null;
      const title = parseInline(m[3])
        .map((runs) => runs.map((r) => r.text).join(""))
        .join(" ")
        .trim();
      return {
        kind: "annex",
        orientation: m[1].toLowerCase() as Orientation,
        numeral: m[2].toUpperCase(),
        title,
        line: lineNo,
      };
    }
    case "section": {
      const o = arg.toLowerCase();
      return o === "landscape" || o === "portrait"
        ? { kind: "section", orientation: o, line: lineNo }
        : null;
    }
    default:
      return null;
  }
}

/**
 * Parses the markup into blocks. Blank lines are skipped; a line that looks like a directive
 * but is not one of docs/markup.md (`::foo`, `::table` without a name) is a body paragraph
 * showing its text, so a typo in a template is visible in the document rather than lost.
 */
export function parseMarkup(markup: string): Block[] {
  const src = typeof markup === "string" ? markup : "";
  const blocks: Block[] = [];
  const lines = splitLines(src);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const lineNo = i + 1;
    if (line.trim() === "") continue;
    if (line.startsWith("::")) {
      const d = directive(line, lineNo);
      if (d) {
        blocks.push(d);
        continue;
      }
    }
    let kind: TextBlockKind = "paragraph";
    let body = line;
    for (const [prefix, k] of HEADS) {
      if (line.startsWith(prefix)) {
        kind = k;
        body = line.slice(prefix.length);
        break;
      }
    }
    for (const runs of parseInline(body)) blocks.push({ kind, runs, line: lineNo });
  }
  return blocks;
}

/** The plain text of a text block (its runs concatenated). */
export function blockText(b: Block): string {
  return "runs" in b ? b.runs.map((r) => r.text).join("") : "";
}
