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
import { Helper, INTERPRET_LIMITS, InterpretError, Interpreter, SafeString } from "./interpret";
import { quoteText } from "../core/messages/files";
import { escapeMarkup } from "./markup";

/** Names of the tables the markup refers to (`::table NAME`). */
export const TABLE_NAMES = {
  form06a: "bang06a",
  evaluation: "bangDanhGia",
  satisfaction: "bangHaiLong",
} as const;

/** Built-in partials: the attachment tables. A user template may redefine them inline. */
export const PARTIALS: Record<string, string> = {
  bang06a: `{{#if @root.form06a}}\n::table ${TABLE_NAMES.form06a}\n{{/if}}\n`,
  bangDanhGia:
    `{{#if @root.evaluation}}\n{{#if @root.form06a}}\n::pagebreak\n{{/if}}\n` +
    `::table ${TABLE_NAMES.evaluation}\n::table ${TABLE_NAMES.satisfaction}\n{{/if}}\n`,
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
  upper: (v) => (v === null || v === undefined ? "" : String(v).toLocaleUpperCase("vi")),
  cap: (v) => (typeof v === "string" ? capitalize(v) : v),
  // The clerk's text of a section (escaped), or the sentence for an empty section.
  section: (v) => {
    const s = typeof v === "string" ? v.trim() : "";
    return new SafeString(s ? escapeMarkup(s) : EMPTY_SECTION);
  },
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
        if (e.limit === "depth") throw new TemplateError(TEMPLATE_MSG.tooDeep(INTERPRET_LIMITS.depth, e.line), e.message);
        if (e.limit === "steps") throw new TemplateError(TEMPLATE_MSG.tooManySteps(INTERPRET_LIMITS.steps, e.line), e.message);
        if (e.limit === "output") throw new TemplateError(TEMPLATE_MSG.tooLong(INTERPRET_LIMITS.output), e.message);
        throw new TemplateError(TEMPLATE_MSG.render(quoteText(e.message, 120)) + TEMPLATE_MSG.atLine(e.line), e.message);
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
    for (let i = 0; i < n; i++) codes[i] = le ? b[from + 2 * i] | (b[from + 2 * i + 1] << 8) : (b[from + 2 * i] << 8) | b[from + 2 * i + 1];
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
    for (let i = 0; i < n; i++) if (b[i] === 0) (i % 2 ? oddNul++ : evenNul++);
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
  for (let i = markup.indexOf("::table"); i >= 0; i = markup.indexOf("::table", i + 7)) if (i === 0 || markup[i - 1] === "\n") tables++;
  if (tables > MAX_TABLES) throw new TemplateError(TEMPLATE_MSG.tooManyTables(tables, MAX_TABLES), "tables");
  return markup;
}

/** Tables one report may hold (the built-in ones are three). */
export const MAX_TABLES = 50;

/** Trailing spaces off every line, runs of blank lines folded to one. */
function tidyMarkup(s: string): string {
  return (
    s
      .split("\n")
      .map((l) => l.replace(/[ \t]+$/, ""))
      .join("\n")
      .replace(/\n{3,}/g, "\n\n")
      .trim() + "\n"
  );
}

/**
 * The default template, the same text as templates/bao-cao-quy.hbs (a test keeps the two
 * equal). Embedded so that the CLI and the task pane need no file access to use it.
 */
export const DEFAULT_TEMPLATE = String.raw`{{!--
  Báo cáo định kỳ về kiểm soát thủ tục hành chính (mẫu mặc định của tthc).

  Mẫu này viết phần thân báo cáo bằng cú pháp khối của docs/markup.md: dòng bắt đầu bằng
  "# " là mục lớn, "## " mục nhỏ, "### " tiểu mục, "- " gạch đầu dòng; "::signature" là
  nơi nhận và chữ ký; "::section landscape" sang trang ngang; bảng kèm theo chèn bằng
  {{> bang06a}} và {{> bangDanhGia}}. Phần đầu văn bản (tên đơn vị, số, ngày, tên loại,
  trích yếu, kính gửi) do chương trình vẽ từ trang "Thuyết minh".

  Mọi số liệu lấy từ sổ tính (Biểu 06a, Bảng đánh giá, trang Thuyết minh). Hàm định dạng:
  num (1.234), points (17,4), pct (73,2%), dateShort (14/03/2024), date (ngày 14 tháng 3
  năm 2024), val (giá trị hoặc "…"), section (nội dung của mục hoặc "Không có nội dung báo
  cáo."). Nội dung ô trong {{…}} luôn được thoát ký tự, không thể tạo mục hay bảng mới.
--}}
{{#if sections.opening}}
{{sections.opening}}
{{else}}
Thực hiện chế độ báo cáo định kỳ về công tác kiểm soát thủ tục hành chính, {{unit.name}} báo cáo tình hình, kết quả kiểm soát thủ tục hành chính, thực hiện cơ chế một cửa, một cửa liên thông và giải quyết thủ tục hành chính trên môi trường điện tử {{period.label}} như sau:
{{/if}}

# I. TÌNH HÌNH, KẾT QUẢ KIỂM SOÁT THỦ TỤC HÀNH CHÍNH

## 1. Đánh giá tác động thủ tục hành chính quy định tại dự thảo văn bản quy phạm pháp luật
{{section sections.i1}}

## 2. Thẩm định, thẩm tra thủ tục hành chính quy định tại dự thảo văn bản quy phạm pháp luật
{{section sections.i2}}

## 3. Công bố, công khai thủ tục hành chính
- Số thủ tục hành chính thuộc thẩm quyền giải quyết của {{unit.name}} đã được công bố, công khai: {{num figures.published}} thủ tục.
{{sections.i3}}

## 4. Rà soát, đơn giản hóa thủ tục hành chính
- Theo kế hoạch rà soát, đơn giản hóa của cấp trên, số thủ tục hành chính cần rà soát là {{num figures.toReview}} thủ tục; đã rà soát {{num figures.reviewed}} thủ tục{{#if figures.reviewTimeCut}}, cắt giảm thời gian giải quyết {{figures.reviewTimeCut}}{{/if}}.
- Tỷ lệ hoàn thành kế hoạch rà soát, đơn giản hóa: {{pct figures.reviewCompletion}}.
{{sections.i4}}

## 5. Tiếp nhận, xử lý phản ánh, kiến nghị về quy định thủ tục hành chính
{{#if (eq figures.feedback 0)}}
- Trong kỳ, {{unit.short}} không nhận được phản ánh, kiến nghị nào của cá nhân, tổ chức về quy định thủ tục hành chính.
{{else}}
- Số phản ánh, kiến nghị của cá nhân, tổ chức về quy định thủ tục hành chính nhận được trong kỳ: {{num figures.feedback}}.
{{/if}}
{{sections.i5}}

## 6. Tình hình, kết quả giải quyết thủ tục hành chính
{{#with form06a}}
- Tổng số hồ sơ nhận giải quyết: {{num total.received}} hồ sơ, trong đó tiếp nhận trực tuyến {{num total.online}} hồ sơ, trực tiếp hoặc qua dịch vụ bưu chính công ích {{num total.direct}} hồ sơ, từ kỳ trước chuyển sang {{num total.carriedOver}} hồ sơ. Hồ sơ trực tuyến chiếm {{pct total.shares.online}} số hồ sơ mới tiếp nhận.
- Số hồ sơ đã giải quyết: {{num total.resolved}} hồ sơ, gồm {{num total.early}} hồ sơ trước hạn ({{pct total.shares.early}}), {{num total.onTime}} hồ sơ đúng hạn ({{pct total.shares.onTime}}) và {{num total.late}} hồ sơ quá hạn ({{pct total.shares.late}}).
- Số hồ sơ đang giải quyết: {{num total.pending}} hồ sơ, trong đó {{num total.withinTime}} hồ sơ còn trong hạn, {{num total.overdue}} hồ sơ đã quá hạn.
{{#if fields.length}}
- Hồ sơ phát sinh ở {{num fields.length}} lĩnh vực: {{#each fields}}{{field}} {{num received}} hồ sơ{{#unless @last}}; {{/unless}}{{/each}}.
{{/if}}
(Số liệu tính đến ngày {{dateShort to}}; chi tiết tại Biểu số 06a/VPCP/KSTT kèm theo.)
{{else}}
Sổ tính chưa có Biểu số 06a/VPCP/KSTT; số hồ sơ tiếp nhận, giải quyết trong kỳ: {{@root.blank}}.
{{/with}}
{{sections.i6}}

## 7. Triển khai cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính
### a) Công tác chỉ đạo, triển khai thực hiện
{{section sections.i7a}}
### b) Cơ sở vật chất, trang thiết bị phục vụ cơ chế một cửa, một cửa liên thông
{{section sections.i7b}}
### c) Bố trí, phân công cán bộ, công chức làm việc tại Bộ phận Một cửa
{{section sections.i7c}}
### d) Niêm yết, công khai thủ tục hành chính
- Số thủ tục hành chính thuộc thẩm quyền giải quyết được niêm yết, công khai: {{num figures.published}} thủ tục.
{{sections.i7d}}
### đ) Đánh giá việc giải quyết thủ tục hành chính
{{#with evaluation}}
Kết quả đánh giá việc giải quyết thủ tục hành chính {{@root.period.label}} theo chín chỉ số của Nghị định số 61/2018/NĐ-CP{{#if ballots}}, tổng hợp từ {{num ballots}} phiếu đánh giá{{/if}}:
{{#each indices}}
- Chỉ số {{no}} ({{name}}): {{points score}}/{{points max}} điểm.
{{/each}}
- Tổng điểm tự chấm: {{points total.self}}/{{points total.max}} điểm{{#if total.appraised}}; điểm thẩm định: {{points total.appraised}}/{{points total.max}} điểm{{/if}}; xếp loại: {{val grade}}.
Mức độ hài lòng của cá nhân, tổ chức đối với việc giải quyết thủ tục hành chính:
{{#each levels}}
- {{label}}: {{pct share}}.
{{/each}}
{{else}}
Sổ tính chưa có Bảng đánh giá việc giải quyết thủ tục hành chính; điểm các chỉ số và xếp loại: {{@root.blank}}.
{{/with}}
{{sections.i7dd}}

## 8. Thực hiện thủ tục hành chính trên môi trường điện tử
### a) Cung cấp dịch vụ công trực tuyến mức độ 3, mức độ 4
- Số thủ tục hành chính được cung cấp dịch vụ công trực tuyến: {{num figures.dvcTotal}} thủ tục, trong đó mức độ 3: {{num figures.dvcLevel3}} thủ tục, mức độ 4: {{num figures.dvcLevel4}} thủ tục.
- Số hồ sơ tiếp nhận qua dịch vụ công trực tuyến: {{num figures.dvcDossiersTotal}} hồ sơ, trong đó mức độ 3: {{num figures.dvcDossiersLevel3}} hồ sơ, mức độ 4: {{num figures.dvcDossiersLevel4}} hồ sơ.
### b) Chứng thực bản sao điện tử từ bản chính
- Số bản sao điện tử được chứng thực từ bản chính trong kỳ: {{num figures.eCopies}} bản.
{{sections.i8}}

## 9. Truyền thông hỗ trợ hoạt động kiểm soát thủ tục hành chính
{{section sections.i9}}

## 10. Nghiên cứu, đề xuất sáng kiến cải cách thủ tục hành chính
{{section sections.i10}}

## 11. Kiểm tra việc thực hiện kiểm soát thủ tục hành chính
{{section sections.i11}}

## 12. Nội dung khác
{{section sections.i12}}

# II. ĐÁNH GIÁ CHUNG
## 1. Thuận lợi
{{section sections.ii1}}
## 2. Tồn tại, hạn chế
{{section sections.ii2}}
## 3. Nguyên nhân
{{section sections.ii3}}

# III. PHƯƠNG HƯỚNG, NHIỆM VỤ KỲ TIẾP THEO
{{section sections.iii}}

# IV. KIẾN NGHỊ, ĐỀ XUẤT
## 1. Kiến nghị sửa đổi, bổ sung quy định về thủ tục hành chính và kiểm soát thủ tục hành chính
{{section sections.iv1}}
## 2. Kiến nghị hướng dẫn thực hiện quy định về thủ tục hành chính, cơ chế một cửa, một cửa liên thông
{{section sections.iv2}}
## 3. Đề xuất giải pháp, sáng kiến nâng cao hiệu quả kiểm soát thủ tục hành chính
{{section sections.iv3}}
## 4. Kiến nghị, đề xuất khác
{{section sections.iv4}}

{{#if sections.closing}}
{{sections.closing}}
{{else}}
Trên đây là báo cáo tình hình, kết quả kiểm soát thủ tục hành chính {{period.label}} của {{unit.name}}, kính gửi {{recipientsText}} xem xét, tổng hợp./.
{{/if}}
::signature
{{#if (or form06a evaluation)}}
::section landscape
{{> bang06a}}
{{> bangDanhGia}}
{{/if}}
`;
