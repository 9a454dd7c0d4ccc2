import * as fs from "fs";
import Handlebars from "handlebars";
import * as path from "path";
import { EMPTY_SECTION } from "../../src/core/messages/report";
import { buildReportData, ReportData } from "../../src/core/report";
import { sampleTextSheet } from "../../src/samples/textSheet";
import { blockText, parseMarkup } from "../../src/docx/markup";
import { DEFAULT_TEMPLATE, renderReportMarkup, TemplateError } from "../../src/docx/template";
import { sample06a, sampleScore } from "./fixtures";

const sampleData = (): ReportData =>
  buildReportData({
    form06a: sample06a(),
    score: sampleScore(),
    text: sampleTextSheet(),
    textMissing: [],
  }).data;

/** The text of the block right after the head whose text starts with `head`. */
function after(markup: string, head: string): string {
  const blocks = parseMarkup(markup);
  const i = blocks.findIndex((b) => b.kind.startsWith("heading") && blockText(b).startsWith(head));
  if (i < 0) throw new Error("no head " + head);
  return blockText(blocks[i + 1]);
}

describe("the default template", () => {
  test("is templates/bao-cao-quy.hbs, imported as text (the one copy of the template)", () => {
    const file = fs.readFileSync(path.join(__dirname, "../../templates/bao-cao-quy.hbs"), "utf8");
    expect(DEFAULT_TEMPLATE).toBe(file);
  });

  test("prints the sample's figures, formatted the Vietnamese way", () => {
    const m = renderReportMarkup(sampleData());
    for (const s of [
      "Tổng số hồ sơ nhận giải quyết: 85 hồ sơ",
      "Số hồ sơ mới tiếp nhận trong kỳ: 84 hồ sơ, đều tiếp nhận trực tuyến.",
      "Số hồ sơ từ kỳ trước chuyển sang: 1 hồ sơ.",
      "Số hồ sơ đã giải quyết: 82 hồ sơ, gồm 60 hồ sơ trước hạn (73,2%), 22 hồ sơ đúng hạn (26,8%); không có hồ sơ giải quyết quá hạn.",
      "Số hồ sơ đang giải quyết: 3 hồ sơ",
      "Chứng thực 31 hồ sơ; Hộ tịch 54 hồ sơ",
      "(Số liệu tính đến ngày 14/03/2024",
      "1,8/2 điểm",
      "Tổng điểm tự chấm: 17,4/18 điểm",
      "xếp loại: Xuất sắc",
      "Rất hài lòng: 78,6%",
      "Hài lòng: 21,4%",
      "103 phiếu đánh giá",
      "công khai: 219 thủ tục",
      "cần rà soát là 52 thủ tục; đã rà soát 7 thủ tục",
      "Tỷ lệ hoàn thành kế hoạch rà soát, đơn giản hóa: 100%",
      "không nhận được phản ánh, kiến nghị nào",
      "mức độ 3: 72 thủ tục, mức độ 4: 30 thủ tục",
      "Số bản sao điện tử được chứng thực từ bản chính trong kỳ: 9 bản",
      "quý I năm 2024",
    ]) {
      expect(m).toContain(s);
    }
  });

  test("follows the outline: I.1–12, 7a–đ, II, III, IV, signature, then the tables as annexes I (landscape) and II", () => {
    const blocks = parseMarkup(renderReportMarkup(sampleData()));
    const heads1 = blocks
      .filter((b) => b.kind === "heading1")
      .map((b) => blockText(b).split(" ")[0]);
    expect(heads1).toEqual(["I.", "II.", "III.", "IV."]);
    const heads2 = blocks
      .filter((b) => b.kind === "heading2")
      .map((b) => blockText(b).split(" ")[0]);
    expect(heads2).toEqual([
      ..."123456789".split("").map((n) => n + "."),
      "10.",
      "11.",
      "12.",
      "1.",
      "2.",
      "3.",
      "1.",
      "2.",
      "3.",
      "4.",
    ]);
    const heads3 = blocks
      .filter((b) => b.kind === "heading3")
      .map((b) => blockText(b).split(" ")[0]);
    expect(heads3).toEqual(["a)", "b)", "c)", "d)", "đ)", "a)", "b)"]);
    const tail = blocks
      .filter((b) => !("runs" in b))
      .map((b) =>
        "name" in b
          ? `${b.kind}:${b.name}`
          : "orientation" in b
            ? `${b.kind}:${b.orientation}`
            : b.kind
      );
    expect(tail).toEqual([
      "signature",
      "annex:landscape",
      "table:bang06a",
      "annex:portrait",
      "table:bangDanhGia",
      "table:bangHaiLong",
    ]);
    const annexes = blocks
      .filter((b) => b.kind === "annex")
      .map((b) => (b.kind === "annex" ? `${b.numeral}|${b.title}` : ""));
    expect(annexes).toEqual([
      "I|SỐ LIỆU TIẾP NHẬN, GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH QUÝ I NĂM 2024",
      "II|KẾT QUẢ ĐÁNH GIÁ VIỆC GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH QUÝ I NĂM 2024",
    ]);
  });

  test("an empty section prints the empty-section sentence; a filled one its text", () => {
    const m = renderReportMarkup(sampleData());
    expect(after(m, "1. Đánh giá tác động")).toBe(EMPTY_SECTION);
    expect(after(m, "10. Nghiên cứu")).toBe(EMPTY_SECTION);
    expect(after(m, "9. Truyền thông")).toContain("loa truyền thanh");
  });

  test("a multi-line section becomes paragraphs of the same kind", () => {
    const blocks = parseMarkup(renderReportMarkup(sampleData()));
    const i = blocks.findIndex((b) => blockText(b).startsWith("III."));
    expect(blocks.slice(i + 1, i + 5).map((b) => b.kind)).toEqual([
      "paragraph",
      "paragraph",
      "paragraph",
      "paragraph",
    ]);
    expect(blockText(blocks[i + 4])).toBe(
      "Hoàn thành đúng hạn các nhiệm vụ kiểm soát TTHC do UBND thị xã giao."
    );
  });

  test("without 06a, evaluation and text sheet: dotted blanks, default wording, no tables", () => {
    const { data } = buildReportData({ form06a: null, score: null, text: null, textMissing: [] });
    const m = renderReportMarkup(data);
    expect(m).toContain("Chưa có số liệu tiếp nhận, giải quyết hồ sơ thủ tục hành chính trong kỳ");
    expect(m).toContain("Chưa có kết quả đánh giá việc giải quyết thủ tục hành chính trong kỳ.");
    expect(m).not.toMatch(/…\./);
    expect(m).toContain("công khai: … thủ tục");
    expect(m).toContain("Thực hiện chế độ báo cáo định kỳ");
    expect(m).not.toContain("::table");
    expect(m).not.toContain("::section");
    expect(m).toContain("::signature");
  });

  test("the clerk's opening and closing replace the default ones", () => {
    const data = sampleData();
    data.sections.opening = "Đoạn mở đầu riêng.";
    data.sections.closing = "Đoạn kết riêng./.";
    const m = renderReportMarkup(data);
    expect(m.startsWith("Đoạn mở đầu riêng.\n")).toBe(true);
    expect(m).toContain("Đoạn kết riêng./.");
    expect(m).not.toContain("Thực hiện chế độ báo cáo định kỳ");
  });
});

describe("escaping: text from cells cannot make structure", () => {
  const NASTY = [
    "{{unit.name}} và {{{x}}}",
    "**đậm** và *nghiêng*",
    "<w:p><w:r><w:t>x</w:t></w:r></w:p> & &amp; < >",
    "dòng 1\ndòng 2\r\n# dòng 3\r- dòng 4",
    "# Mục giả",
    "## Mục giả",
    "- gạch đầu dòng giả",
    "::table bang06a",
    "::signature",
    "::section landscape",
    "::pagebreak",
    "\\n \\* \\ kết thúc bằng \\",
    "\\# và \\- và \\:",
  ];

  test.each(NASTY)("section text %j prints as itself, in body paragraphs only", (text) => {
    const data = sampleData();
    data.sections.i9 = text;
    const blocks = parseMarkup(renderReportMarkup(data));
    const i = blocks.findIndex((b) => blockText(b).startsWith("9. Truyền thông"));
    const lines = text.split(/\r\n|\n|\r/);
    const got = blocks.slice(i + 1, i + 1 + lines.length);
    expect(got.map((b) => b.kind)).toEqual(lines.map(() => "paragraph"));
    expect(got.map(blockText)).toEqual(lines);
    for (const b of got)
      if ("runs" in b) expect(b.runs.every((r) => !r.bold && !r.italic)).toBe(true);
    expect(blockText(blocks[i + 1 + lines.length])).toMatch(/^10\. /);
  });

  test.each(NASTY)("a unit name %j, inside a sentence, changes no structure", (name) => {
    const clean = parseMarkup(renderReportMarkup(sampleData()));
    const data = sampleData();
    data.unit.name = name;
    data.form06a!.fields[0].field = name;
    data.evaluation!.indices[0].name = name;
    const blocks = parseMarkup(renderReportMarkup(data));
    const kinds = (bs: typeof blocks) =>
      bs.filter((b) => b.kind !== "paragraph" && b.kind !== "dash").map((b) => b.kind);
    expect(kinds(blocks)).toEqual(kinds(clean));
    const nParas = (bs: typeof blocks) =>
      bs.filter((b) => b.kind === "paragraph" || b.kind === "dash").length;
    const extra = name.split(/\r\n|\n|\r/).length - 1; // each line break: one more paragraph per use
    expect(nParas(blocks) - nParas(clean)).toBe(extra * 5); // unit: opening, I.3, closing; field: I.6; index name: I.7đ
    expect(blocks.some((b) => "runs" in b && b.runs.some((r) => r.bold || r.italic))).toBe(false);
    expect(blocks.map(blockText).join("\n")).toContain(name.split(/\r\n|\n|\r/)[0]);
  });

  test("triple-stash {{{x}}} and {{&x}} are escaped too", () => {
    const data = sampleData();
    data.sections.i1 = "# giả\n::table bang06a";
    const m = renderReportMarkup(data, "{{{sections.i1}}}\n{{& sections.i1}}\n");
    expect(m).toBe("\\# giả\\n\\:\\:table bang06a\n\\# giả\\n\\:\\:table bang06a\n");
    expect(parseMarkup(m).map((b) => b.kind)).toEqual([
      "paragraph",
      "paragraph",
      "paragraph",
      "paragraph",
    ]);
  });
});

describe("user templates cannot reach prototypes or run code", () => {
  let errors: jest.SpyInstance;
  beforeEach(() => {
    errors = jest.spyOn(console, "error").mockImplementation(() => undefined);
  });
  afterEach(() => errors.mockRestore());

  test.each([
    "{{constructor}}",
    "{{constructor.constructor}}",
    "{{constructor.name}}",
    "{{__proto__}}",
    "{{__proto__.constructor}}",
    "{{unit.constructor}}",
    "{{unit.name.constructor}}",
    "{{unit.name.length.constructor}}",
    "{{lookup this 'constructor'}}",
    "{{lookup unit '__proto__'}}",
    "{{#with (lookup this 'constructor')}}{{name}}{{this}}{{/with}}",
    "{{#with unit.__proto__}}{{this}}{{/with}}",
    "{{#each (lookup this 'constructor')}}{{this}}{{/each}}",
    "{{#with header.recipients}}{{length}}{{#with constructor}}{{this}}{{/with}}{{/with}}",
    "{{__defineGetter__}}{{__lookupGetter__}}{{hasOwnProperty}}{{toString}}{{valueOf}}",
  ])("%s → empty", (tpl) => {
    expect(renderReportMarkup(sampleData(), tpl).trim()).toBe(
      tpl.startsWith("{{#with header.recipients}}") ? "1" : ""
    );
  });

  test("the classic constructor-chain payload runs nothing", () => {
    const g = globalThis as { __tthcPwned?: number };
    delete g.__tthcPwned;
    const payload = [
      '{{#with "s" as |string|}}',
      '  {{#with "e"}}',
      "    {{#with split as |conslist|}}",
      "      {{this.pop}}",
      '      {{this.push (lookup string.sub "constructor")}}',
      "      {{this.pop}}",
      "      {{#with string.split as |codelist|}}",
      "        {{this.pop}}",
      '        {{this.push "globalThis.__tthcPwned = 1; return 1;"}}',
      "        {{this.pop}}",
      "        {{#each conslist}}",
      "          {{#with (string.sub.apply 0 codelist)}}",
      "            {{this}}",
      "          {{/with}}",
      "        {{/each}}",
      "      {{/with}}",
      "    {{/with}}",
      "  {{/with}}",
      "{{/with}}",
    ].join("\n");
    let out = "";
    try {
      out = renderReportMarkup(sampleData(), payload);
    } catch (e) {
      expect(e).toBeInstanceOf(TemplateError);
    }
    expect(g.__tthcPwned).toBeUndefined();
    expect(out).not.toContain("function");
  });

  test("partials named after prototype members are not found", () => {
    for (const name of ["constructor", "__proto__", "toString", "hasOwnProperty"]) {
      expect(() => renderReportMarkup(sampleData(), `{{> ${name}}}`)).toThrow(TemplateError);
      expect(() => renderReportMarkup(sampleData(), `{{> (lookup . "${name}")}}`)).toThrow(
        TemplateError
      );
    }
  });

  test("helpers named after prototype members do not exist", () => {
    expect(() => renderReportMarkup(sampleData(), "{{constructor 'return 1'}}")).toThrow(
      TemplateError
    );
    // A block over a prototype member sees nothing there: it renders as over a missing field,
    // where a prototype lookup would find Object's constructor (truthy) and print "x".
    const missing = renderReportMarkup(sampleData(), "{{#noSuchField}}x{{/noSuchField}}");
    expect(missing).not.toContain("x");
    for (const name of ["constructor", "__proto__", "toString", "valueOf"]) {
      expect(renderReportMarkup(sampleData(), `{{#${name}}}x{{/${name}}}`)).toBe(missing);
      expect(renderReportMarkup(sampleData(), `{{#with ${name}}}x{{/with}}`)).toBe(missing);
    }
  });
});

describe("user templates", () => {
  test("the report environment is isolated: the global Handlebars keeps its HTML escape", () => {
    renderReportMarkup(sampleData());
    expect(Handlebars.compile("{{x}}")({ x: "<b>#-" })).toBe("&lt;b&gt;#-");
    expect(Handlebars.helpers).not.toHaveProperty("points");
  });

  test("use the same helpers and partials", () => {
    const tpl =
      "# {{upper unit.name}}\n- {{num form06a.total.received}} hồ sơ, {{pct form06a.total.shares.early}}, " +
      "{{points evaluation.total.self}} điểm\n{{date header.date}}\n{{> bang06a}}";
    expect(renderReportMarkup(sampleData(), tpl)).toBe(
      "# UBND PHƯỜNG PHÚ SƠN\n\\- 85 hồ sơ, 73,2%, 17,4 điểm\nngày 15 tháng 3 năm 2024\n::table bang06a\n".replace(
        "\\- 85",
        "- 85"
      )
    );
  });

  test("a syntax error is a TemplateError with a Vietnamese message", () => {
    expect(() => renderReportMarkup(sampleData(), "{{#if x}}không đóng")).toThrow(TemplateError);
    try {
      renderReportMarkup(sampleData(), "{{#if x}}không đóng");
    } catch (e) {
      expect((e as Error).message).toMatch(/^Mẫu báo cáo \(\.hbs\) có lỗi cú pháp/);
    }
  });

  test("numbers and dates format the Vietnamese way", () => {
    const data = sampleData();
    data.figures.published = 1234;
    data.figures.reviewCompletion = 97.55;
    const m = renderReportMarkup(
      data,
      "{{num figures.published}} {{pct figures.reviewCompletion}} {{dec 17.44}} {{dateShort period.to}} " +
        "{{date period.to}} {{num nothing}} {{pct nothing}}"
    );
    expect(m).toBe("1.234 97,6% 17,4 14/03/2024 ngày 14 tháng 3 năm 2024 … …\n");
  });
});
