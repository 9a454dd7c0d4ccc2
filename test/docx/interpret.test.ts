// The template interpreter against Handlebars' own compiler: the same template and data must
// give the same text (escaping off in both), over the constructs templates use.
import Handlebars from "handlebars";
import { Interpreter, SafeString } from "../../src/docx/interpret";

const helpers = {
  up: (v: unknown) => String(v).toUpperCase(),
  eq: (a: unknown, b: unknown) => a === b,
  join: (...a: unknown[]) => a.slice(0, -1).join("+"),
  kv: (...a: unknown[]) => {
    const o = a[a.length - 1] as { hash: Record<string, unknown> };
    return Object.keys(o.hash)
      .map((k) => `${k}=${String(o.hash[k])}`)
      .join(",");
  },
  twice: function (this: unknown, ...a: unknown[]) {
    const o = a[a.length - 1] as { fn: (c: unknown) => string; inverse: (c: unknown) => string };
    return o.fn(this) + o.fn(this);
  },
};
const partials = { card: "[{{name}}:{{n}}]", wrap: "<{{> @partial-block}}>" };

const data = {
  name: "Phú Sơn",
  n: 0,
  list: [
    { name: "Hộ tịch", n: 54 },
    { name: "Chứng thực", n: 31 },
  ],
  empty: [],
  obj: { a: 1, b: "x" },
  deep: { inner: { v: "sâu" } },
  flag: true,
  none: null,
};

const cases: string[] = [
  "Xin chào {{name}}!",
  "{{#if flag}}có{{else}}không{{/if}} {{#if n}}n{{else}}0 là sai{{/if}} {{#if n includeZero=true}}0 là đúng{{/if}}",
  "{{#unless none}}rỗng{{/unless}}{{#unless flag}}x{{else}}y{{/unless}}",
  "{{#each list}}{{@index}}:{{name}}={{n}}{{#unless @last}}, {{/unless}}{{/each}}",
  "{{#each list as |item i|}}{{i}}-{{item.name}}/{{../name}};{{/each}}",
  "{{#each obj}}{{@key}}={{this}}{{#if @first}}(đầu){{/if}} {{/each}}",
  "{{#each empty}}x{{else}}danh sách rỗng{{/each}}",
  "{{#with deep.inner}}{{v}} {{../name}} {{@root.name}}{{/with}}{{#with none}}x{{else}}không có{{/with}}",
  "{{up name}} {{join 1 2 'ba'}} {{kv a=1 b='hai'}}",
  "{{#if (eq n 0)}}bằng 0{{/if}} {{up (join name 'x')}}",
  "{{#twice}}ab{{/twice}}",
  "{{lookup obj 'b'}} {{lookup list 1}}",
  "{{#each list}}{{> card}}{{/each}} {{> card name='X' n=9}} {{> card deep}}",
  "{{#> wrap}}bên trong{{/wrap}} {{#> missing}}dự phòng{{/missing}}",
  '{{#*inline "dong"}}({{name}}){{/inline}}{{#each list}}{{> dong}}{{/each}}',
  "dòng 1\n{{#if flag}}\ndòng 2\n{{/if}}\n  {{~name~}}  \ndòng 3\n",
  "{{! chú thích }}{{!-- chú thích {{dài}} --}}{{list.length}} {{list.0.name}} {{[name]}}",
  "{{#list}}{{name}};{{/list}} {{#deep}}{{inner.v}}{{/deep}} {{#flag}}đúng{{/flag}}",
];

describe("interpreter = Handlebars.compile (escaping off)", () => {
  const hb = Handlebars.create();
  for (const [k, h] of Object.entries(helpers))
    hb.registerHelper(k, h as Handlebars.HelperDelegate);
  for (const [k, p] of Object.entries(partials)) hb.registerPartial(k, p);
  const run = new Interpreter({ helpers, partials, escape: (s) => s });

  test.each(cases)("%s", (tpl) => {
    const expected = hb.compile(tpl, { noEscape: true })(data);
    expect(run.render(Interpreter.parse(tpl), data)).toBe(expected);
  });
});

describe("interpreter guarantees", () => {
  const run = new Interpreter({
    helpers: { safe: () => new SafeString("**đậm**") },
    partials: {},
    escape: (s) => `<${s}>`,
  });
  const render = (tpl: string, d: unknown = data) => run.render(Interpreter.parse(tpl), d);

  test("every mustache is escaped, triple-stash too; a SafeString is not", () => {
    expect(render("{{name}}|{{{name}}}|{{&name}}|{{safe}}")).toBe(
      "<Phú Sơn>|<Phú Sơn>|<Phú Sơn>|**đậm**"
    );
  });

  test("no prototype, no constructor, no functions from the data", () => {
    expect(
      render(
        "{{constructor}}{{__proto__}}{{name.constructor}}{{obj.toString}}{{lookup obj 'constructor'}}"
      )
    ).toBe("<><><><><>");
    expect(render("{{fn}}", { fn: () => "chạy" })).toBe("<>");
    expect(render("{{#with __proto__}}x{{else}}không{{/with}}")).toBe("không");
  });

  test("unknown helpers with arguments and unknown partials are errors; decorators other than inline too", () => {
    expect(() => render("{{constructor 'return 1'}}")).toThrow();
    expect(() => render("{{> constructor}}")).toThrow();
    expect(() => render("{{> toString}}")).toThrow();
    expect(() => render("{{* foo}}")).toThrow();
  });

  test("needs no eval: it runs with Function and eval disabled", () => {
    const g = globalThis as unknown as { Function: unknown; eval: unknown };
    const [F, E] = [g.Function, g.eval];
    const blocked = () => {
      throw new Error("eval blocked");
    };
    g.Function = blocked;
    g.eval = blocked;
    try {
      expect(render("{{#each list}}{{name}} {{/each}}")).toBe("<Hộ tịch> <Chứng thực> ");
    } finally {
      g.Function = F;
      g.eval = E;
    }
  });
});
