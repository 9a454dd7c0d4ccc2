// Report templates (a clerk's own --template, or one passed around between wards) cannot reach
// JavaScript prototypes, call functions, run code, pollute prototypes or change the report's
// data. Complements test/report/template.test.ts (constructor chains, lookup, partial and helper
// names) with: {{#with __proto__}} and {{#each}} over prototypes, @data variables, inline and
// block partials named after prototype members, writes through the data, eval switched off, and
// the whole route through `tthc report --template`.
import * as fs from "fs";
import { buildReportData, ReportData } from "../../src/core/report";
import { sampleTextSheet } from "../../src/samples/textSheet";
import { renderReportMarkup, TemplateError } from "../../src/docx/template";
import { sample06a, sampleScore } from "../report/fixtures";
import { SAMPLE, tempDir, tthc } from "../helpers/xlsx";

const data = (): ReportData =>
  buildReportData({
    form06a: sample06a(),
    score: sampleScore(),
    text: sampleTextSheet(),
    textMissing: [],
  }).data;

/** What a leak of the prototype chain or of a function would print. */
const LEAK =
  /function|\[native code\]|\bObject\b|\bFunction\b|\bString\b|\bArray\b|prototype|__proto__|\[object /;

/** Render, turning a refusal into "" (a TemplateError is a refusal; anything else fails the test). */
function render(tpl: string, d: ReportData = data()): string {
  try {
    return renderReportMarkup(d, tpl);
  } catch (e) {
    expect(e).toBeInstanceOf(TemplateError);
    expect((e as Error).message).toMatch(/^(Mẫu báo cáo|Không tạo được nội dung báo cáo)/);
    return "";
  }
}

const PAYLOADS = [
  "{{#with __proto__}}[{{this}}]{{/with}}",
  "{{#with constructor}}[{{name}}]{{/with}}",
  "{{#with unit}}{{#with __proto__}}{{#with constructor}}{{name}}{{/with}}{{/with}}{{/with}}",
  "{{#each __proto__}}{{@key}}{{/each}}",
  "{{#each constructor}}{{@key}}={{this}}{{/each}}",
  "{{#with (lookup this '__proto__')}}{{#each this}}{{@key}}{{/each}}{{/with}}",
  "{{lookup (lookup this 'constructor') 'constructor'}}",
  "{{lookup (lookup unit 'name') 'constructor'}}",
  "{{unit.name.__proto__.constructor.name}}{{unit.name.constructor.name}}",
  "{{@root.constructor}}{{@root.__proto__}}{{@root.constructor.name}}{{@root.hasOwnProperty}}",
  "{{@_parent}}{{@root._parent}}{{@../root.constructor}}{{@index.constructor}}",
  "{{#each form06a.fields}}{{#with @key}}{{constructor.name}}{{/with}}{{/each}}",
  "{{#each this}}{{#if (eq @key 'constructor')}}[trong dữ liệu]{{/if}}{{/each}}",
  "{{#> __proto__}}dự phòng{{/__proto__}}",
  "{{#> constructor}}dự phòng{{/constructor}}",
  '{{#*inline "constructor"}}riêng{{/inline}}{{> constructor}}',
  '{{#*inline "__proto__"}}riêng{{/inline}}{{> __proto__}}{{#each __proto__}}{{@key}}{{/each}}',
  "{{> (lookup . 'toString')}}",
  "{{#each form06a.fields}}{{this.push 1}}{{/each}}",
  "{{this.constructor.constructor 'return process'}}",
  '{{#with "s" as |s|}}{{#with (lookup s "constructor")}}{{#with (lookup this "constructor")}}' +
    '{{this "return 1"}}{{/with}}{{/with}}{{/with}}',
  "{{log (lookup this 'constructor')}}{{#log}}x{{/log}}",
  "{{* decorator}}",
  "{{{{raw}}}} {{constructor}} {{{{/raw}}}}",
];

describe("payloads print nothing of JavaScript and change nothing", () => {
  const protoBefore = Object.getOwnPropertyNames(Object.prototype).sort();
  const arrayBefore = Object.getOwnPropertyNames(Array.prototype).sort();

  test.each(PAYLOADS)("%s", (tpl) => {
    const d = data();
    const snapshot = JSON.stringify(d);
    const out = render(tpl, d);
    expect(out).not.toMatch(LEAK);
    // The report's data is as it was; no prototype gained a property.
    expect(JSON.stringify(d)).toBe(snapshot);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(protoBefore);
    expect(Object.getOwnPropertyNames(Array.prototype).sort()).toEqual(arrayBefore);
  });

  test("blocks over prototypes take their {{else}}; partial blocks named after them take their fallback", () => {
    expect(render("{{#with __proto__}}có{{else}}không{{/with}}")).toBe("không\n");
    expect(render("{{#each constructor}}có{{else}}không{{/each}}")).toBe("không\n");
    expect(render("{{#> __proto__}}dự phòng{{/__proto__}}")).toBe("dự phòng\n");
  });
});

test("templates run with eval and Function switched off (no code is ever made from a template)", () => {
  // eslint-disable-next-line no-eval -- names eval only to switch it off for the test
  const g = globalThis as unknown as { Function: FunctionConstructor; eval: typeof eval };
  const saved = { Function: g.Function, eval: g.eval };
  const refuse = () => {
    throw new Error("eval is forbidden here");
  };
  g.Function = refuse as unknown as FunctionConstructor;
  // eslint-disable-next-line no-eval -- switches eval off (the test proves templates never need it)
  g.eval = refuse as unknown as typeof eval;
  try {
    expect(renderReportMarkup(data())).toContain(
      "I. TÌNH HÌNH, KẾT QUẢ KIỂM SOÁT THỦ TỤC HÀNH CHÍNH"
    );
    for (const tpl of PAYLOADS) render(tpl);
  } finally {
    g.Function = saved.Function;
    g.eval = saved.eval;
  }
});

test("a template that calls itself forever is refused with a Vietnamese message, nothing crashes", () => {
  let err: unknown = null;
  try {
    renderReportMarkup(data(), '{{#*inline "a"}}x{{> a}}{{/inline}}{{> a}}');
  } catch (e) {
    err = e;
  }
  expect(err).toBeInstanceOf(TemplateError);
  expect((err as Error).message).toMatch(/^Không tạo được nội dung báo cáo từ mẫu/);
});

describe("through the command line", () => {
  const tmp = tempDir("tthc-template-");
  afterAll(() => tmp.cleanup());

  test("tthc report --template with every payload: exit 0 or 2 with one Vietnamese line; nothing of JavaScript in the .docx", async () => {
    const tpl = tmp.file("doc-hai.hbs");
    fs.writeFileSync(
      tpl,
      PAYLOADS.filter((p) => !/\{\{\*|\{\{\{\{|'return|this "return|\.push|toString/.test(p)).join(
        "\n"
      ) + "\n{{> bang06a}}\n"
    );
    const out = tmp.file("bao-cao.docx");
    const r = await tthc("report", SAMPLE, "-o", out, "--template", tpl);
    expect(r.code).toBe(0);
    const JSZip = (await import("jszip")).default;
    const xml = await (
      await JSZip.loadAsync(fs.readFileSync(out))
    )
      .file("word/document.xml")!
      .async("string");
    expect(xml).not.toMatch(/function|\[native code\]|__proto__|prototype/);
    // (The file's inline partials named "constructor"/"__proto__" serve its partial blocks too.)
    expect(xml).toContain("riêng");
  });

  test("tthc report --template that calls code: exit 2, one Vietnamese line, no file", async () => {
    const tpl = tmp.file("goi-ham.hbs");
    fs.writeFileSync(tpl, "{{this.constructor.constructor 'return process'}}");
    const out = tmp.file("khong-co.docx");
    const r = await tthc("report", SAMPLE, "-o", out, "--template", tpl);
    expect(r.code).toBe(2);
    expect(r.out).toBe("");
    expect(r.errLines).toHaveLength(1);
    expect(r.errLines[0]).toMatch(/^(Mẫu báo cáo|Không tạo được nội dung báo cáo)/);
    expect(fs.existsSync(out)).toBe(false);
  });
});
