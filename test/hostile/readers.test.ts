// Valid files from other producers, and odd cells (issue 12, points 7 and 8): read, or refused
// by their real name with what to do; wrong results fixed. Each case in a child process, bounded.
import * as fs from "fs";
import { build06a, ROWS_OK, withCount } from "../helpers/form06a";
import { workbookOf } from "../helpers/xlsx";
import {
  expectBounded,
  expectRefusal,
  printTable,
  SAMPLE,
  sha,
  tempDir,
  tthcMeasured,
} from "./harness";
import { part, partsOf, writeFile, zipOf, zipOfMap } from "./make";

const d = tempDir();
afterAll(() => {
  d.cleanup();
  printTable("Hostile corpus — readers");
});

const built = build06a(ROWS_OK);

async function xlsxParts(b = built): Promise<Map<string, Buffer | string>> {
  return partsOf(Buffer.from(await workbookOf(b.wb).xlsx.writeBuffer()));
}

function run(label: string, file: string, ...args: string[]) {
  const before = sha(file);
  const m = tthcMeasured(label, ...args);
  expect(sha(file)).toBe(before);
  return m;
}

/** Every unprefixed element of a SpreadsheetML part put in the "x:" prefix, as the Open XML SDK writes. */
function prefixed(xml: string): string {
  return xml
    .replace(/<(\/?)(?![\w.-]+:)([A-Za-z_][\w.-]*)/g, "<$1x:$2")
    .replace(
      'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"',
      'xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
    );
}

const sheetXml = (p: Map<string, Buffer | string>) => p.get("xl/worksheets/sheet1.xml")!.toString();
/** Replace the cell at `ref` in a sheet part. */
const setCell = (xml: string, ref: string, cell: string) => {
  const re = new RegExp(`<c r="${ref}"[^>]*?(?:/>|>.*?</c>)`);
  expect(re.test(xml)).toBe(true);
  return xml.replace(re, cell);
};

test("sheet XML with the x: prefix (.NET Open XML SDK): read and checked", async () => {
  const p = await xlsxParts();
  for (const n of [
    "xl/worksheets/sheet1.xml",
    "xl/workbook.xml",
    "xl/sharedStrings.xml",
    "xl/styles.xml",
  ])
    if (p.has(n)) p.set(n, prefixed(p.get(n)!.toString()));
  const file = writeFile(d.file("sdk.xlsx"), zipOfMap(p));
  const m = run("reader: x:-prefixed parts", file, "check", file);
  expectBounded(m);
  expect(m.status).toBe(0);
  expect(m.out).toMatch(/Biểu 06a: trang "Biểu 06a"/);
});

test("a sheet name over 31 characters: read under a shortened name, said once, no English", async () => {
  const p = await xlsxParts();
  const long = "Biểu 06a quý I năm 2024 của phường Phú Sơn";
  p.set(
    "xl/workbook.xml",
    p
      .get("xl/workbook.xml")!
      .toString()
      .replace(/name="Biểu 06a"/, `name="${long}"`)
  );
  const file = writeFile(d.file("ten-dai.xlsx"), zipOfMap(p));
  const m = run("reader: sheet name of 42 characters", file, "check", file);
  expectBounded(m);
  expect(m.status).toBe(0);
  expect(m.out).toContain(`("${long}")`);
  expect(m.err).toBe("");
});

test("zero-width space and soft hyphen in the header: the form is found", async () => {
  const p = await xlsxParts();
  const ss = p.get("xl/sharedStrings.xml")!.toString();
  expect(ss).toContain("Số hồ sơ nhận giải quyết");
  p.set(
    "xl/sharedStrings.xml",
    ss
      .replace("Số hồ sơ nhận giải quyết", "Số hồ\u200b sơ nhận giải\u00ad quyết")
      .replace("Số hồ sơ đã giải quyết", "Số\u200b hồ sơ đã giải quyết")
  );
  const file = writeFile(d.file("zwsp.xlsx"), zipOfMap(p));
  const m = run("reader: ZWSP / soft hyphen in header", file, "check", file);
  expectBounded(m);
  expect(m.status).toBe(0);
});

test(".xlsb, .ods and Excel 2003 XML: named, with what to do", () => {
  const xlsb = writeFile(
    d.file("bao-cao.xlsb"),
    zipOf([part("[Content_Types].xml", "<Types/>"), part("xl/workbook.bin", Buffer.alloc(64))])
  );
  expectRefusal(
    run("reader: .xlsb", xlsb, "check", xlsb),
    /là sổ tính nhị phân của Excel \(\.xlsb\); hãy mở bằng Excel và lưu lại dưới dạng \.xlsx/
  );
  const ods = writeFile(
    d.file("bao-cao.ods"),
    zipOf([
      part("mimetype", "application/vnd.oasis.opendocument.spreadsheet", true),
      part("content.xml", "<office:document-content/>"),
    ])
  );
  expectRefusal(
    run("reader: .ods", ods, "check", ods),
    /là bảng tính OpenDocument \(\.ods, của LibreOffice\)/
  );
  const x2003 = d.file("bao-cao-2003.xml");
  fs.writeFileSync(
    x2003,
    '<?xml version="1.0"?>\n<?mso-application progid="Excel.Sheet"?>\n' +
      '<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"><Worksheet ss:Name="S"/></Workbook>\n'
  );
  expectRefusal(
    run("reader: Excel 2003 XML", x2003, "check", x2003),
    /là bảng tính XML của Excel 2003 \(SpreadsheetML\)/
  );
});

test('a t="d" date cell in a count column is not counted as 2024 dossiers', async () => {
  const p = await xlsxParts();
  const ref = built.at(0, "online");
  p.set(
    "xl/worksheets/sheet1.xml",
    setCell(sheetXml(p), ref, `<c r="${ref}" t="d"><v>2024-03-14T00:00:00Z</v></c>`)
  );
  const file = writeFile(d.file("t-d.xlsx"), zipOfMap(p));
  const m = run('reader: t="d" cell in a count column', file, "check", file, "--json");
  expectBounded(m);
  const j = JSON.parse(m.out) as { findings: { cell: string; message: string }[] };
  const at = j.findings.filter((f) => f.cell === ref);
  expect(at.length).toBeGreaterThan(0);
  expect(at.map((f) => f.message).join(" ")).toContain("2024-03-14");
});

test("a count of 31 in a date-formatted cell is read as 31, not 1900-01-30", async () => {
  const b = build06a(withCount(ROWS_OK, 0, "early", { value: 31, numberFormat: "dd/mm/yyyy" }));
  const file = writeFile(
    d.file("date-31.xlsx"),
    Buffer.from(await workbookOf(b.wb).xlsx.writeBuffer())
  );
  const m = run("reader: 31 in a date format", file, "check", file, "--json");
  expectBounded(m);
  expect(m.out).not.toMatch(/1900/);
  const j = JSON.parse(m.out) as { findings: { cell: string; message: string }[] };
  // Counted as 31: no finding at the cell; the row's sum (8)+(9)+(10) includes it.
  expect(j.findings.filter((f) => f.cell === b.at(0, "early"))).toEqual([]);
  expect(j.findings.map((f) => f.message).join(" ")).toMatch(/\(8\)\+\(9\)\+\(10\) = \d+/);
});

test('a shared formula without its master: no "[object Object]"', async () => {
  const p = await xlsxParts();
  const ref = built.at(0, "received");
  const v = new RegExp(`<c r="${ref}"[^>]*><v>(\\d+)</v>`).exec(sheetXml(p))![1];
  p.set(
    "xl/worksheets/sheet1.xml",
    setCell(sheetXml(p), ref, `<c r="${ref}"><f t="shared" si="7"/><v>${v}</v></c>`)
  );
  const file = writeFile(d.file("shared-no-master.xlsx"), zipOfMap(p));
  const m = run("reader: shared formula without master", file, "check", file);
  expectBounded(m);
  expect(m.out + m.err).not.toMatch(/object Object|Lỗi không mong đợi/);
  // Its cached result is read as the count: the form stays clean.
  expect(m.status).toBe(0);
  expect(m.out).not.toMatch(new RegExp(`${ref}\\t`));
});

test("--sheet in other case and NFD finds the sheet", () => {
  const m = run(
    "reader: --sheet in NFD upper case",
    SAMPLE,
    "check",
    SAMPLE,
    "--sheet",
    "BIỂU 06A".normalize("NFD")
  );
  expectBounded(m);
  expect([0, 1]).toContain(m.status);
  expect(m.out).toMatch(/Biểu 06a: trang/);
});

test("convert --from vni on a file already in Unicode: refused, nothing written", () => {
  const out = d.file("vni-out.xlsx");
  const m = run(
    "convert --from vni on Unicode",
    SAMPLE,
    "convert",
    SAMPLE,
    "--from",
    "vni",
    "-o",
    out
  );
  expectRefusal(m, /đã dùng chữ Unicode .*sẽ làm hỏng chữ/);
  expect(fs.existsSync(out)).toBe(false);
});

test("a 50 MB text in a count cell: the message quotes it cut, the run bounded", async () => {
  const b = build06a(withCount(ROWS_OK, 0, "early", "x".repeat(50 * 1024 * 1024)));
  const file = writeFile(
    d.file("text-50mb.xlsx"),
    Buffer.from(await workbookOf(b.wb).xlsx.writeBuffer())
  );
  expect(fs.statSync(file).size).toBeLessThan(1024 * 1024);
  const m = run("reader: 50 MB cell text", file, "check", file);
  expectBounded(m);
  expect(m.out.length).toBeLessThan(20_000);
  expect(m.out).toMatch(/x…/);
});

/** A sheet's relationships part with the given relationships. */
const rels = (list: [string, string, string][]) =>
  '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  list
    .map(
      ([id, type, target]) =>
        `<Relationship Id="${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/${type}" Target="${target}"/>`
    )
    .join("") +
  "</Relationships>";

test("an openpyxl workbook with a comment (xl/comments/comment1.xml): read, the comment skipped and said", async () => {
  const p = await xlsxParts();
  p.set(
    "xl/comments/comment1.xml",
    '<?xml version="1.0" encoding="UTF-8"?>' +
      '<comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><authors><author>A</author></authors>' +
      '<commentList><comment ref="A1" authorId="0"><text><t>ghi chú</t></text></comment></commentList></comments>'
  );
  p.set(
    "xl/drawings/commentsDrawing1.vml",
    '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:x="urn:schemas-microsoft-com:office:excel">' +
      '<v:shape id="_x0000_s1025"><x:ClientData ObjectType="Note"><x:Row>0</x:Row><x:Column>0</x:Column></x:ClientData>' +
      "</v:shape></xml>"
  );
  p.set(
    "xl/worksheets/_rels/sheet1.xml.rels",
    rels([
      ["comments", "comments", "/xl/comments/comment1.xml"],
      ["anysvml", "vmlDrawing", "/xl/drawings/commentsDrawing1.vml"],
    ])
  );
  p.set(
    "xl/worksheets/sheet1.xml",
    sheetXml(p).replace("</worksheet>", '<legacyDrawing r:id="anysvml"/></worksheet>')
  );
  const file = writeFile(d.file("openpyxl-comment.xlsx"), zipOfMap(p));
  const m = run("reader: openpyxl comment", file, "check", file);
  expectBounded(m);
  expect(m.status).toBe(0);
  expect(m.out).toMatch(/có ghi chú hoặc biểu đồ mà chương trình không đọc được/);
});

test("an openpyxl workbook with a chart (a drawing with no picture): read, the chart skipped and said", async () => {
  const p = await xlsxParts();
  p.set(
    "xl/charts/chart1.xml",
    '<?xml version="1.0"?><c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"/>'
  );
  p.set(
    "xl/drawings/drawing1.xml",
    '<?xml version="1.0"?><xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing"' +
      ' xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><xdr:oneCellAnchor>' +
      "<xdr:from><xdr:col>14</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>" +
      '<xdr:ext cx="4800000" cy="2700000"/><xdr:graphicFrame>' +
      '<xdr:nvGraphicFramePr><xdr:cNvPr id="1" name="Chart 1"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm/>' +
      '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">' +
      '<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"' +
      ' xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rId1"/>' +
      "</a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:oneCellAnchor></xdr:wsDr>"
  );
  p.set("xl/drawings/_rels/drawing1.xml.rels", rels([["rId1", "chart", "/xl/charts/chart1.xml"]]));
  p.set(
    "xl/worksheets/_rels/sheet1.xml.rels",
    rels([["rId1", "drawing", "/xl/drawings/drawing1.xml"]])
  );
  p.set(
    "xl/worksheets/sheet1.xml",
    sheetXml(p).replace("</worksheet>", '<drawing r:id="rId1"/></worksheet>')
  );
  const file = writeFile(d.file("openpyxl-chart.xlsx"), zipOfMap(p));
  const m = run("reader: openpyxl chart", file, "check", file);
  expectBounded(m);
  expect(m.status).toBe(0);
  expect(m.out).toMatch(/có ghi chú hoặc biểu đồ/);
});

test('a number beyond the double range (1e400): "#NUM!", never "Infinity"', async () => {
  const p = await xlsxParts();
  const ref = built.at(0, "early");
  p.set("xl/worksheets/sheet1.xml", setCell(sheetXml(p), ref, `<c r="${ref}"><v>1e400</v></c>`));
  const file = writeFile(d.file("inf.xlsx"), zipOfMap(p));
  const m = run("reader: 1e400 in a count cell", file, "check", file);
  expectBounded(m);
  expect(m.status).toBe(1);
  expect(m.out + m.err).not.toMatch(/Infinity|NaN/);
  expect(m.out).toMatch(new RegExp(`${ref}\\t`));
});
