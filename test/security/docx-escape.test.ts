// Cell text in the Word report is text, nothing else: every text cell of the sample that the
// report prints (the unit, the fields of Biểu 06a, the names of the nine indices, every text,
// list and section of the "Thuyết minh" sheet) is given XML-special, markup-special and
// template-special characters, and each ends up literal in word/document.xml — no element,
// paragraph, table, heading, bold run or section comes from a cell, and the XML stays valid.
import { WorkbookSnapshot } from "../../src/core/grid";
import { analyse, reportDataOf } from "../../src/core/workbook";
import { TEXT_FIELDS } from "../../src/core/report";
import { generateReport } from "../../src/docx/report";
import { snapshotOf } from "../../src/host/xlsx";
import { buildSampleWorkbook } from "../../src/samples/build";
import { openDocx } from "../docx/docx-xml";
import { put } from "../corpus/edit";

/** What a hostile clerk (or a one-stop export) may put in a cell, on one line. */
const HOSTILE = [
  "<w:p><w:r><w:t>INJ</w:t></w:r></w:p>",
  "</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>INJ",
  "& &amp; &#65; &lt; ]]> <![CDATA[x]]>",
  "\" ' < > ＜",
  "**đậm** __gạch__ *nghiêng* # Mục giả ## - ::table bang06a ::signature ::pagebreak ::section landscape",
  "{{unit.name}} {{{x}}} {{> bang06a}} {{#each x}}",
  "\\ \\n \\*",
];

/** Characters XML 1.0 forbids (a cell may hold them: pasted from elsewhere). */
const CONTROL = "\u0001\u0008\u000b\u000c\u001f";

const xmlText = (s: string) =>
  s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, d) => String.fromCharCode(+d))
    .replace(/&#x([0-9a-f]+);/gi, (_, h) => String.fromCharCode(parseInt(h, 16)))
    .replace(/&amp;/g, "&");

/** Each paragraph's text (its w:t runs joined, entities decoded). */
function paragraphs(xml: string): string[] {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) =>
    [...p[0].matchAll(/<w:t(?: [^>]*)?>([\s\S]*?)<\/w:t>/g)].map((t) => xmlText(t[1])).join("")
  );
}

const count = (xml: string, re: RegExp) => (xml.match(re) ?? []).length;

async function documentXml(wb: WorkbookSnapshot): Promise<string> {
  const a = analyse(wb);
  const { data } = reportDataOf(wb, a);
  return (await openDocx(await generateReport(data, { allRows: true }))).document;
}

test("every printed text cell of the sample ends up literal in word/document.xml", async () => {
  const wb = snapshotOf(buildSampleWorkbook());
  const clean = await documentXml(wb);
  const a = analyse(wb);
  const form = a.form!;
  const sheet = (name: string) => wb.sheets.find((s) => s.name === name)!;

  // The printed text cells, by category.
  const cells: { sheet: string; row: number; col: number }[] = [];
  for (const r of form.rows) cells.push({ sheet: form.sheet, row: r.row, col: form.nameCol });
  if (form.title.unitCell) cells.push({ sheet: form.sheet, ...form.title.unitCell });
  const ev = a.evaluation!;
  for (const row of ev.location.indexRows)
    if (row !== null) cells.push({ sheet: ev.location.sheet, row, col: ev.location.cols.name });
  const text = sheet("Thuyết minh");
  const labelled = new Map<string, number>();
  text.data.forEach((line, i) => {
    const v = line?.[0]?.value;
    if (typeof v === "string") labelled.set(v.trim(), text.top + i);
  });
  for (const f of TEXT_FIELDS) {
    const t = f.target;
    const printable =
      t.group === "section" ||
      t.group === "figureText" ||
      (t.group === "header" && t.kind !== "date");
    const row = labelled.get(f.label);
    if (printable && row !== undefined) cells.push({ sheet: text.name, row, col: text.left + 1 });
  }
  expect(cells.length).toBeGreaterThan(60);

  // A cell's first line gets the suffix; its other lines (lists, sections) stay as they are.
  const lines = (c: { sheet: string; row: number; col: number }) => {
    const s = sheet(c.sheet);
    const v = s.data[c.row - s.top]?.[c.col - s.left]?.value;
    return typeof v === "string" ? v.split(/\r\n|\n|\r/) : [""];
  };
  const rest = cells.map((c) =>
    lines(c)
      .slice(1)
      .map((l) => "\n" + l)
      .join("")
  );
  const originals = cells.map((c) => lines(c)[0]);
  const upper = (t: string) => t.toLocaleUpperCase("vi");

  // Which of them the default template prints: a marker of each, looked for in the document.
  const probe = snapshotOf(buildSampleWorkbook());
  const probeSheet = (name: string) => probe.sheets.find((x) => x.name === name)!;
  cells.forEach((c, i) =>
    put(probeSheet(c.sheet), c.row, c.col, `${originals[i]} ⟦${i}⟧${rest[i]}`)
  );
  const probeXml = await documentXml(probe);
  const probeText = upper(paragraphs(probeXml).join("\n"));
  const printed = cells.map((_, i) => i).filter((i) => probeText.includes(`⟦${i}⟧`));
  expect(printed.length).toBeGreaterThan(40);

  // Each printed cell gets a hostile suffix with a marker of its own (the others keep their
  // harmless marker, so that the workbook differs from the probe's in the hostile text only).
  const expected: string[] = [];
  cells.forEach((c, i) => put(sheet(c.sheet), c.row, c.col, `${originals[i]} ⟦${i}⟧${rest[i]}`));
  for (const i of printed) {
    const c = cells[i];
    const hostile = `${originals[i]} [${i}] ${HOSTILE[i % HOSTILE.length]}`.trim();
    put(sheet(c.sheet), c.row, c.col, hostile + rest[i]);
    expected.push(hostile);
  }
  const xml = await documentXml(wb);

  // Literal: each hostile text is in a paragraph, character for character (capitals where the
  // layout prints a field in capitals: the unit, the signature block).
  const texts = paragraphs(xml).map(upper);
  const missing = expected.filter((h) => !texts.some((p) => p.includes(upper(h))));
  expect(missing).toEqual([]);
  // No structure from cells: the same tables, headings, bold runs, sections, page breaks and
  // paragraphs as with harmless text in the same cells.
  for (const re of [
    /<w:tbl>/g,
    /<w:pStyle w:val="[^"]*"/g,
    /<w:b\/>/g,
    /<w:b w:val="(true|1|on)"\/>/g,
    /<w:sectPr\b/g,
    /<w:br w:type="page"\/>/g,
    /<w:p[ >]/g,
  ])
    expect([re.source, count(xml, re)]).toEqual([re.source, count(probeXml, re)]);
  // (and the same tables and sections as the sample itself)
  for (const re of [/<w:tbl>/g, /<w:sectPr\b/g]) expect(count(xml, re)).toBe(count(clean, re));
  expect(xml).not.toMatch(/<w:t>INJ<\/w:t>/);
  expect(xml).not.toMatch(/<w:t(?: [^>]*)?>INJ$/m);
  // Valid XML 1.0 without the control characters.
  // eslint-disable-next-line no-control-regex -- looks for exactly the control characters XML 1.0 forbids
  expect(xml).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
}, 60_000);

test("control characters in cells (forbidden in XML 1.0) never reach word/document.xml; the text around them does", async () => {
  const wb = snapshotOf(buildSampleWorkbook());
  const a = analyse(wb);
  const form = a.form!;
  const s = wb.sheets.find((x) => x.name === form.sheet)!;
  form.rows.forEach((r, i) => put(s, r.row, form.nameCol, `Lĩnh vực ${i}${CONTROL}kết thúc ${i}`));
  const xml = await documentXml(wb);
  // eslint-disable-next-line no-control-regex -- looks for exactly the control characters XML 1.0 forbids
  expect(xml).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
  const all = paragraphs(xml).join("\n");
  for (let i = 0; i < form.rows.length; i++) {
    expect(all).toContain(`Lĩnh vực ${i}`);
    expect(all).toContain(`kết thúc ${i}`);
  }
}, 60_000);
