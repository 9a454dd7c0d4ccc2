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
import { fmtDateLong, fmtDateShort, fmtNumber, fmtPercent, fmtScore, IsoDate } from "../core/text/numbers";
import { Helper, Interpreter, SafeString } from "./interpret";
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
  if (!interpreter) interpreter = new Interpreter({ helpers: HELPERS, partials: PARTIALS, escape: escapeMarkup });
  return interpreter;
}

const errorText = (e: unknown): string => (e instanceof Error ? e.message : String(e)).split("\n").slice(0, 4).join(" ");

/**
 * Compiles a report template. Syntax errors throw a TemplateError at once (not on first use).
 */
export function compileTemplate(source: string): (data: ReportData) => string {
  const run = env();
  let program: ReturnType<typeof Interpreter.parse>;
  try {
    program = Interpreter.parse(source);
  } catch (e) {
    throw new TemplateError(TEMPLATE_MSG.compile(errorText(e)), errorText(e));
  }
  return (data: ReportData): string => {
    try {
      return run.render(program, data);
    } catch (e) {
      throw new TemplateError(TEMPLATE_MSG.render(errorText(e)), errorText(e));
    }
  };
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
  return tidyMarkup(tpl(data));
}

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
