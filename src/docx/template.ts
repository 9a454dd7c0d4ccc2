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
