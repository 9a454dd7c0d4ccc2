// The report's template environment: templates/*.hbs → the block markup of docs/markup.md.
//
// Templates are Handlebars text, parsed by Handlebars and run by our own interpreter
// (./interpret.ts) rather than compiled: compiling makes code with `new Function`, which the
// task pane's Content-Security-Policy forbids. The interpreter gives:
// - one escape for every mustache output ({{x}}, and {{{x}}} / {{&x}} too): escapeMarkup, so
//   text from a cell can never start a head, a list item, a table or a section, nor turn
//   bold. Helpers that produce markup on purpose return a SafeString.
// - paths that read own properties only: {{constructor}}, {{__proto__}} or lookup tricks
//   resolve to nothing, and functions in the data are never called.
// - partials and helpers in prototype-free maps, so {{> constructor}} finds nothing either.
import { BLANK, EMPTY_SECTION, TEMPLATE_MSG } from "../core/messages/report";
import type { ReportData } from "../core/report/data";
import { capitalize } from "../core/report/period";
import {
  fmtDateLong,
  fmtDateShort,
  fmtNumber,
  fmtPercent,
  fmtScore,
  IsoDate,
} from "../core/text/numbers";
import { Helper, INTERPRET_LIMITS, InterpretError, Interpreter, SafeString } from "./interpret";
import { quoteText } from "../core/messages/files";
import { escapeMarkup } from "./markup";
import defaultTemplateSource from "../../templates/bao-cao-quy.hbs";

/** Names of the tables the markup refers to (`::table NAME`). */
export const TABLE_NAMES = {
  form06a: "bang06a",
  evaluation: "bangDanhGia",
  satisfaction: "bangHaiLong",
} as const;

/** Built-in partials: the attachment tables. A user template may redefine them inline. */
export const PARTIALS: Record<string, string> = {
  bang06a: `{{#if @root.form06a}}\n::table ${TABLE_NAMES.form06a}\n{{/if}}\n`,
  // The satisfaction table only when some level was counted (an empty row says nothing).
  bangDanhGia:
    `{{#if @root.evaluation}}\n::table ${TABLE_NAMES.evaluation}\n` +
    `{{#if @root.evaluation.hasSatisfaction}}\n::table ${TABLE_NAMES.satisfaction}\n{{/if}}\n{{/if}}\n`,
};

/** A template that cannot be compiled or run; the message is Vietnamese, for the clerk. */
export class TemplateError extends Error {
  readonly detail: string;
  constructor(message: string, detail: string) {
    super(message);
    this.name = "TemplateError";
    this.detail = detail;
  }
}

// ---- Formatting ------------------------------------------------------------------------

const isNum = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v);

/** "1.234"; "…" when not a number. */
export function fmtCount(v: unknown): string {
  return isNum(v) ? fmtNumber(v) : BLANK;
}

/** "17,4", "2"; "…" when not a number. */
export function fmtPoints(v: unknown): string {
  return isNum(v) ? fmtScore(v) : BLANK;
}

/** "73,2%", "100%", "0%" (one decimal, a trailing ",0" dropped); "…" when not a number. */
export function fmtShare(v: unknown): string {
  if (!isNum(v)) return BLANK;
  const s = fmtPercent(v, 1);
  return s.endsWith(",0%") ? s.slice(0, -3) + "%" : s;
}

function toDate(v: unknown): IsoDate | null {
  if (typeof v === "string") {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
    return m ? { y: +m[1], m: +m[2], d: +m[3] } : null;
  }
  if (v && typeof v === "object") {
    const o = v as Partial<Record<"y" | "m" | "d", unknown>>;
    if (isNum(o.y) && isNum(o.m) && isNum(o.d)) return { y: o.y, m: o.m, d: o.d };
  }
  return null;
}

// ---- Environment ---------------------------------------------------------------------

/** Helpers take the options object last; these drop it. */
const args = (a: unknown[]): unknown[] => a.slice(0, -1);

const HELPERS: Record<string, Helper> = {
  num: (v) => fmtCount(v),
  points: (v) => fmtPoints(v),
  pct: (v) => fmtShare(v),
  dec: (...a) => {
    const [v, digits] = args(a);
    return isNum(v) ? fmtNumber(v, isNum(digits) ? digits : 1) : BLANK;
  },
  date: (v) => {
    const d = toDate(v);
    return d ? fmtDateLong(d) : `ngày ${BLANK} tháng ${BLANK} năm ${BLANK}`;
  },
  dateShort: (v) => {
    const d = toDate(v);
    return d ? fmtDateShort(d) : BLANK;
  },
  val: (v) => (v === null || v === undefined || v === "" ? BLANK : v),
  // The clerk's text inside a sentence: its closing full stop or semicolon dropped (the
  // template adds its own), "…" when empty.
  clause: (v) => {
    const s = typeof v === "string" ? v.trim().replace(/[.;,]+$/, "") : "";
    return s === "" ? BLANK : s;
  },
  upper: (v) => (v === null || v === undefined ? "" : String(v).toLocaleUpperCase("vi")),
  cap: (v) => (typeof v === "string" ? capitalize(v) : v),
  // The clerk's text of a section (escaped), or the sentence for an empty section.
  section: (v) => {
    const s = typeof v === "string" ? v.trim() : "";
    return new SafeString(s ? escapeMarkup(s) : EMPTY_SECTION);
  },
  // True for a value that is there, 0 included ({{#if}} takes 0 as false).
  known: (v) => v !== null && v !== undefined && v !== "",
  eq: (...a) => {
    const [x, y] = args(a);
    return x === y;
  },
  or: (...a) => args(a).some(Boolean),
  and: (...a) => args(a).every(Boolean),
  not: (...a) => !args(a)[0],
};

let interpreter: Interpreter | null = null;

function env(): Interpreter {
  if (!interpreter)
    interpreter = new Interpreter({ helpers: HELPERS, partials: PARTIALS, escape: escapeMarkup });
  return interpreter;
}

const errorText = (e: unknown): string =>
  (e instanceof Error ? e.message : String(e)).split("\n").slice(0, 4).join(" ");

/**
 * Compiles a report template. Syntax errors throw a TemplateError at once (not on first use).
 */
export function compileTemplate(source: string): (data: ReportData) => string {
  const run = env();
  let program: ReturnType<typeof Interpreter.parse>;
  // Our own check first: it names the line where an unclosed block opened (Handlebars' parser
  // only knows it reached the end of the file).
  const blocks = checkBlocks(source);
  if (blocks) throw new TemplateError(blocks, blocks);
  try {
    program = Interpreter.parse(source);
  } catch (e) {
    throw new TemplateError(parseErrorText(errorText(e)), errorText(e));
  }
  return (data: ReportData): string => {
    try {
      return run.render(program, data);
    } catch (e) {
      if (e instanceof InterpretError) {
        if (e.limit === "depth")
          throw new TemplateError(TEMPLATE_MSG.tooDeep(INTERPRET_LIMITS.depth, e.line), e.message);
        if (e.limit === "steps")
          throw new TemplateError(
            TEMPLATE_MSG.tooManySteps(INTERPRET_LIMITS.steps, e.line),
            e.message
          );
        if (e.limit === "output")
          throw new TemplateError(TEMPLATE_MSG.tooLong(INTERPRET_LIMITS.output), e.message);
        throw new TemplateError(
          TEMPLATE_MSG.render(quoteText(e.message, 120)) + TEMPLATE_MSG.atLine(e.line),
          e.message
        );
      }
      throw new TemplateError(TEMPLATE_MSG.render(quoteText(errorText(e), 120)), errorText(e));
    }
  };
}

/**
 * Blocks opened and closed in order, with their lines: {{#x}}…{{/x}} and {{^x}}…{{/x}}, comments
 * and raw blocks skipped. Returns the Vietnamese message of the first problem, or null.
 */
export function checkBlocks(source: string): string | null {
  const stack: { name: string; line: number }[] = [];
  let line = 1;
  let i = 0;
  const lineAt = (to: number) => {
    for (; i < to; i++) if (source.charCodeAt(i) === 10) line++;
    return line;
  };
  const re = /\{\{(~?)(!--[\s\S]*?--~?\}\}|![\s\S]*?\}\}|\{\{\{[\s\S]*?\}\}\}\}|[^}]*\}\})?/g;
  for (let m = re.exec(source); m; m = re.exec(source)) {
    const at = lineAt(m.index);
    if (m[2] === undefined) return TEMPLATE_MSG.unclosedTag(at);
    const body = m[2];
    if (body.startsWith("!") || body.startsWith("{{")) continue; // comment, raw block
    const tag = /^\s*([#^/])\s*(?:\*?)\s*(?:>\s*)?([^\s}~()]+)/.exec(body);
    if (!tag) continue;
    const name = tag[2];
    if (tag[1] === "/") {
      const top = stack.pop();
      if (!top) return TEMPLATE_MSG.unopened(name, at);
      if (top.name !== name) return TEMPLATE_MSG.mismatched(top.name, top.line, name, at);
    } else stack.push({ name, line: at });
  }
  const open = stack.pop();
  return open ? TEMPLATE_MSG.unclosed(open.name, open.line) : null;
}

/** Handlebars' parse error ("Parse error on line 7:\n…\nExpecting …"): its line and the text there, in Vietnamese. */
function parseErrorText(e: string): string {
  const m = /line (\d+):\s*(.*?)(?:\s+-+\^|\s+Expecting|$)/s.exec(e);
  if (!m) return TEMPLATE_MSG.parse;
  const near = quoteText(m[2].replace(/^\.\.\./, ""), 40);
  return near ? TEMPLATE_MSG.parseAt(Number(m[1]), near) : TEMPLATE_MSG.parse;
}

/**
 * A template file's text: UTF-8 (with or without its BOM) or UTF-16 (by its BOM, or by the NULs
 * of ASCII text without one); null when it is none of them.
 */
export function decodeTemplate(bytes: Uint8Array): string | null {
  const b = bytes;
  const utf16 = (le: boolean, from: number): string | null => {
    const n = (b.length - from) >> 1;
    const codes = new Uint16Array(n);
    for (let i = 0; i < n; i++)
      codes[i] = le
        ? b[from + 2 * i] | (b[from + 2 * i + 1] << 8)
        : (b[from + 2 * i] << 8) | b[from + 2 * i + 1];
    try {
      return new TextDecoder("utf-16le", { fatal: true }).decode(new Uint8Array(codes.buffer));
    } catch {
      return null;
    }
  };
  if (b.length >= 2 && b[0] === 0xff && b[1] === 0xfe) return utf16(true, 2);
  if (b.length >= 2 && b[0] === 0xfe && b[1] === 0xff) return utf16(false, 2);
  const from = b.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf ? 3 : 0;
  if (from === 0 && b.length >= 4) {
    // No BOM: ASCII markup in UTF-16 has a NUL in every other byte.
    let evenNul = 0;
    let oddNul = 0;
    const n = Math.min(b.length, 4096);
    for (let i = 0; i < n; i++) {
      if (b[i] !== 0) continue;
      if (i % 2) oddNul++;
      else evenNul++;
    }
    if (oddNul > n / 4 && evenNul === 0) return utf16(true, 0);
    if (evenNul > n / 4 && oddNul === 0) return utf16(false, 0);
  }
  try {
    const t = new TextDecoder("utf-8", { fatal: true }).decode(b.subarray(from));
    return t.includes("\u0000") ? null : t;
  } catch {
    return null;
  }
}

let defaultCompiled: ((data: ReportData) => string) | null = null;

/**
 * The report's body as markup (docs/markup.md), from the default template or from
 * `templateSource` (a user's .hbs, as `--template` gives it).
 */
export function renderReportMarkup(data: ReportData, templateSource?: string): string {
  let tpl: (data: ReportData) => string;
  if (templateSource === undefined) {
    if (!defaultCompiled) defaultCompiled = compileTemplate(DEFAULT_TEMPLATE);
    tpl = defaultCompiled;
  } else tpl = compileTemplate(templateSource);
  const markup = tidyMarkup(tpl(data));
  // Each "::table" becomes a Word table: a template repeating them is bounded here.
  let tables = 0;
  for (let i = markup.indexOf("::table"); i >= 0; i = markup.indexOf("::table", i + 7))
    if (i === 0 || markup[i - 1] === "\n") tables++;
  if (tables > MAX_TABLES)
    throw new TemplateError(TEMPLATE_MSG.tooManyTables(tables, MAX_TABLES), "tables");
  return markup;
}

/** Tables one report may hold (the built-in ones are three). */
export const MAX_TABLES = 50;

/**
 * Trailing spaces off every line, runs of blank lines folded to one, and a full stop after a
 * dotted blank dropped ("…." is doubled punctuation: the ellipsis ends the sentence).
 */
function tidyMarkup(s: string): string {
  return (
    s
      .split("\n")
      .map((l) => l.replace(/[ \t]+$/, "").replace(/…\.(?=\s|$)/g, "…"))
      .join("\n")
      .replace(/\n{3,}/g, "\n\n")
      .trim() + "\n"
  );
}

/** The default template: templates/bao-cao-quy.hbs, imported as text (see src/docx/hbs.d.ts). */
export const DEFAULT_TEMPLATE: string = defaultTemplateSource;
