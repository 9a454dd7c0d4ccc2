// Hostile report templates (issue 12, points 6 and 9): deep nesting, self-including partials,
// loops that multiply, thousands of tables, FIFOs and devices, UTF-16 files, errors at their
// line. Each case: `tthc report --template` in a child process, ≤ 30 s and ≤ 1 GB.
import { execFileSync } from "child_process";
import * as fs from "fs";
import {
  expectBounded,
  expectRefusal,
  printTable,
  SAMPLE,
  sha,
  tempDir,
  tthcMeasured,
} from "./harness";

const d = tempDir();
afterAll(() => {
  d.cleanup();
  printTable("Hostile corpus — templates");
});

let n = 0;
function report(label: string, template: string | Buffer | null, file?: string) {
  const tpl = file ?? d.file(`mau-${++n}.hbs`);
  if (template !== null) fs.writeFileSync(tpl, template);
  const out = d.file(`bao-cao-${n}.docx`);
  const before = sha(SAMPLE);
  const m = tthcMeasured(label, "report", SAMPLE, "-o", out, "--force", "--template", tpl);
  expect(sha(SAMPLE)).toBe(before);
  return { m, out };
}

test("200 nested {{#each}}: refused at the nesting limit, one Vietnamese line", () => {
  const t = "{{#each sections}}".repeat(200) + "x" + "{{/each}}".repeat(200);
  const { m, out } = report(
    "template: 200 nested #each",
    "{{#with unit}}\n" + t.replace(/sections/g, "@root.form06a.fields") + "\n{{/with}}\n"
  );
  // The sample has fields: the loops run, and stop at the depth limit.
  expectRefusal(m, /lồng nhau quá 64 tầng/);
  expect(fs.existsSync(out)).toBe(false);
});

test("a partial that includes itself: a Vietnamese refusal, not a stack overflow", () => {
  const { m } = report(
    "template: self-including partial",
    '{{#*inline "p"}}\na{{> p}}\n{{/inline}}\n{{> p}}\n'
  );
  expectRefusal(m, /lồng nhau quá 64 tầng.*partial tự gọi lại chính nó/);
});

test("loops multiplying to billions of steps: refused at the step budget", () => {
  // Each loop runs over the report data's top-level members (about ten): 10^9 bodies.
  // No output at all: only the step budget can stop it.
  const loop = (k: number): string => (k === 0 ? "" : `{{#each @root}}${loop(k - 1)}{{/each}}`);
  const { m } = report("template: 9 nested loops over the data", loop(9));
  expectRefusal(m, /mẫu chạy quá 1\.000\.000 bước/);
});

test("10,000 tables: refused at the table limit", () => {
  const { m } = report("template: 10,000 tables", "{{> bang06a}}\n".repeat(10_000));
  expectRefusal(m, /chèn 10\.000 bảng, vượt giới hạn 50 bảng/);
});

test("an unclosed block on line 7: the error names line 7, in Vietnamese", () => {
  const lines = [
    "Dòng 1",
    "Dòng 2",
    "Dòng 3",
    "Dòng 4",
    "Dòng 5",
    "Dòng 6",
    "{{#if form06a}}",
    "Dòng 8",
    "Dòng 9",
    "Dòng 10",
  ];
  const { m } = report("template: unclosed block (line 7)", lines.join("\n"));
  expectRefusal(
    m,
    /^Mẫu báo cáo \(\.hbs\) có lỗi cú pháp: khối \{\{#if\}\} mở ở dòng 7 chưa được đóng bằng \{\{\/if\}\}\.$/
  );
  expect(m.err).not.toMatch(/Expecting|Parse error/);
});

test("a syntax error Handlebars finds: its line, no English", () => {
  const { m } = report("template: bad mustache (line 3)", "a\nb\n{{num (}}\n");
  expectRefusal(m, /lỗi cú pháp ở dòng 3/);
  expect(m.err).not.toMatch(/Expecting|Parse error/);
});

test("a UTF-16 template (with BOM, and without): read as text, the report written", () => {
  const text = "Báo cáo của {{unit.name}}: {{num form06a.total.received}} hồ sơ.\n";
  const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);
  const a = report("template: UTF-16 LE with BOM", le);
  expectBounded(a.m);
  expect([0, 1]).toContain(a.m.status);
  expect(fs.existsSync(a.out)).toBe(true);
  const b = report("template: UTF-16 LE without BOM", Buffer.from(text, "utf16le"));
  expectBounded(b.m);
  expect([0, 1]).toContain(b.m.status);
  const c = report(
    "template: UTF-8 with BOM",
    Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)])
  );
  expectBounded(c.m);
  expect([0, 1]).toContain(c.m.status);
});

test("a template in neither UTF-8 nor UTF-16: refused, named", () => {
  const { m } = report(
    "template: Windows-1258 bytes",
    Buffer.from([0x42, 0xe1, 0x6f, 0x20, 0xf2, 0x0a, 0xff, 0x41])
  );
  expectRefusal(m, /không phải văn bản UTF-8 hay UTF-16/);
});

test("a FIFO or /dev/zero as template: refused at once", () => {
  const fifo = d.file("ong.hbs");
  execFileSync("mkfifo", [fifo]);
  const a = report("template: FIFO", null, fifo);
  expectRefusal(a.m, /Mẫu báo cáo ".*" là một ống dẫn \(FIFO\)/);
  const b = report("template: /dev/zero", null, "/dev/zero");
  expectRefusal(b.m, /Mẫu báo cáo "\/dev\/zero" là một thiết bị/);
});
