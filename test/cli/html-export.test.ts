// One-stop systems' "Xuất Excel": an HTML table saved as .xls. The reader (htmlparser2, the table model, rowspan/
// colspan → merges, entities, charsets), then the CLI on an HTML export of the sample: the same
// findings as the .xlsx sample, and `fill -o` writing a real .xlsx.
import * as fs from "fs";
import { Rect, WorkbookSnapshot } from "../../src/core/grid";
import { applyEditsToSnapshot } from "../../src/core/snapshotEdits";
import { layout06a } from "../../src/core/form06a/layout";
import { sample06aLayout } from "../../src/samples/sample06a";
import { unicodeToLegacy } from "../../src/core/text/legacy";
import {
  decodeEntities,
  decodeHtml,
  EXCEL_COLS,
  htmlCharset,
  htmlToSheet,
  MAX_SPAN,
} from "../../src/host/xlsx/html";
import { sniff } from "../../src/host/xlsx";
import { readXlsx, tempDir, tthc, writeXlsx } from "../helpers/xlsx";

const tmp = tempDir();
afterAll(() => tmp.cleanup());

/** Rows of a sheet as plain values (null for empty), for compact expectations. */
const grid = (html: string) =>
  htmlToSheet(html).snapshot.data.map((r) => r.map((c) => (c ? c.value : null)));

describe("the HTML reader", () => {
  test("rowspan and colspan become merged areas; later cells skip the covered columns", () => {
    const s = htmlToSheet(`<table>
      <tr><th rowspan=2>STT</th><th rowspan="2">Lĩnh vực</th><th colspan='2'>Số hồ sơ nhận giải quyết</th></tr>
      <tr><th>Tổng số</th><th>Trực tuyến</th></tr>
      <tr><td>1</td><td>Hộ tịch</td><td>54</td><td>53</td></tr>
    </table>`);
    expect(s.snapshot.merges).toEqual<Rect[]>([
      { top: 1, left: 1, bottom: 2, right: 1 },
      { top: 1, left: 2, bottom: 2, right: 2 },
      { top: 1, left: 3, bottom: 1, right: 4 },
    ]);
    expect(s.snapshot.data.map((r) => r.map((c) => (c ? c.value : null)))).toEqual([
      ["STT", "Lĩnh vực", "Số hồ sơ nhận giải quyết"],
      [null, null, "Tổng số", "Trực tuyến"],
      [1, "Hộ tịch", 54, 53],
    ]);
    expect([...s.bold].sort()).toEqual(["1:1", "1:2", "1:3", "2:3", "2:4"]);
  });

  test("tolerant markup: no </td> or </tr>, capitals, unquoted attributes, comments, scripts and styles", () => {
    expect(
      grid(`<!DOCTYPE html><HTML><HEAD><STYLE>td { color: red } </td></STYLE><script>var x = "<td>no</td>";</script></HEAD>
      <BODY><!-- <table><tr><td>hidden</td></tr></table> --><TABLE BORDER=1><TR><TD>a<TD>b<TR><TD COLSPAN=2>c</TABLE></BODY></HTML>`)
    ).toEqual([["a", "b"], ["c"]]);
  });

  test("entities, <br> and white space", () => {
    expect(
      decodeEntities("&amp;&lt;&gt;&quot;&#39;&#7889;&#x1ED1;&agrave;&Ocirc;&nbsp;&ndash;&unknown;")
    ).toBe("&<>\"'ốốàÔ\u00a0–&unknown;");
    expect(
      grid(
        "<table><tr><td>  Số&nbsp;hồ\n   sơ <br> nhận &amp; giải quyết </td><td>&#49;&#50;</td></tr></table>"
      )
    ).toEqual([["Số\u00a0hồ sơ\nnhận & giải quyết", 12]]);
  });

  test("values as Excel takes them: whole numbers and plain decimals are numbers, the rest text", () => {
    const row = grid(
      `<table><tr><td>85</td><td>0</td><td>-3</td><td>73.2</td><td>1.234</td><td>12.345.678</td><td>1 234</td><td>1,5</td>
      <td>007</td><td>14/03/2024</td><td>73,2%</td><td x:num="1234">1.234</td><td x:str>31</td>` +
        `<td style="mso-number-format:'\\@'">31</td><td>&nbsp;</td><td></td></tr></table>`
    )[0];
    expect(row).toEqual([
      85,
      0,
      -3,
      73.2,
      "1.234",
      "12.345.678",
      "1 234",
      "1,5",
      "007",
      "14/03/2024",
      "73,2%",
      1234,
      "31",
      "31",
    ]);
  });

  test("Excel's own formulas (x:fmla) keep their cached value", () => {
    const s = htmlToSheet(
      `<table><tr><td>1</td><td>2</td><td x:num="3" x:fmla="=SUM(A1:B1)">3</td></tr></table>`
    );
    expect(s.snapshot.data[0][2]).toEqual({ value: 3, formula: "SUM(A1:B1)" });
  });

  test("text around the tables: a row of one cell each; two tables one under the other", () => {
    expect(
      grid(
        "<body><h3>BIỂU SỐ 06a</h3><p>(Từ ngày 15/12/2023 đến ngày 14/03/2024)</p><table><tr><td>x</td><td>y</td></tr></table>" +
          "<div>Ghi chú</div><table><tr><td>z</td></tr></table></body>"
      )
    ).toEqual([
      ["BIỂU SỐ 06a"],
      ["(Từ ngày 15/12/2023 đến ngày 14/03/2024)"],
      ["x", "y"],
      ["Ghi chú"],
      ["z"],
    ]);
  });

  test("a table inside a cell is lifted out: its cells laid below the table that holds it, in document order", () => {
    expect(
      grid(
        "<table><tr><td>a<table><tr><td>b</td><td>c</td></tr></table></td><td>d</td></tr><tr><td>e</td></tr></table><p>f</p>"
      )
    ).toEqual([["a", "d"], ["e"], ["b", "c"], ["f"]]);
    // two levels deep, two inner tables: still below the outer one, in the order they start
    expect(
      grid(
        "<table><tr><td>a<table><tr><td>b<table><tr><td>c</td></tr></table></td></tr></table></td>" +
          "<td>x<table><tr><td>d</td></tr></table></td></tr></table>"
      )
    ).toEqual([["a", "x"], ["b"], ["c"], ["d"]]);
  });

  test("a <table> opened in a table but outside a cell closes the open one (exportTableToExcel.js wraps its tables in one more)", () => {
    const s = htmlToSheet(
      '<table style="font-family: &quot;Times New Roman&quot;"><table><thead><tr><td colspan="13">' +
        "<strong>TÌNH HÌNH</strong><br><i>(Từ ngày 01/01/2024 đến ngày 31/03/2024 )</i></td></tr><tr><p></p></tr></thead></table>" +
        '<table id="tableToExcel"><thead><tr><td rowspan="2">STT</td><td colspan="2">Số hồ sơ</td></tr>' +
        "<tr><td>Tổng số</td><td>Trực tuyến</td></tr></thead><tbody><tr><td>1</td><td>5</td><td>3</td></tr></tbody></table></table>"
    );
    expect(s.tables).toBe(3);
    expect(s.snapshot.data.map((r) => r.map((c) => (c ? c.value : null)))).toEqual([
      ["TÌNH HÌNH\n(Từ ngày 01/01/2024 đến ngày 31/03/2024 )"],
      [],
      ["STT", "Số hồ sơ"],
      [null, "Tổng số", "Trực tuyến"],
      [1, 5, 3],
    ]);
    // (rows after the misnested table are no longer in the first one: a browser shows a, b, c)
    expect(
      grid(
        "<table><tr><td>a</td></tr><table><tr><td>b</td></tr></table><tr><td>c</td></tr></table>"
      )
    ).toEqual([["a"], ["b"], ["c"]]);
    expect(s.snapshot.merges).toEqual<Rect[]>([
      { top: 1, left: 1, bottom: 1, right: 13 },
      { top: 3, left: 1, bottom: 4, right: 1 },
      { top: 3, left: 2, bottom: 3, right: 3 },
    ]);
  });

  test("row groups: a rowspan ends with its <thead>/<tbody> (0 fills it); <tfoot> last; text misplaced in a table shown above it", () => {
    const s = htmlToSheet(`<table>Đơn vị tính: hồ sơ<tfoot><tr><td>Tổng</td><td>9</td></tr></tfoot>
      <thead><tr><td>A</td><td rowspan="2">B</td></tr><tr><td rowspan="5">C</td></tr></thead>
      <tbody><tr><td rowspan="0">x</td><td>1</td></tr><tr><td>2</td></tr><tr><td>3</td></tr></tbody></table>`);
    expect(s.snapshot.data.map((r) => r.map((c) => (c ? c.value : null)))).toEqual([
      ["Đơn vị tính: hồ sơ"],
      ["A", "B"],
      ["C"],
      ["x", 1],
      [null, 2],
      [null, 3],
      ["Tổng", 9],
    ]);
    expect(s.snapshot.merges).toEqual<Rect[]>([
      { top: 2, left: 2, bottom: 3, right: 2 },
      { top: 4, left: 1, bottom: 6, right: 1 },
    ]);
  });

  test("a colspan running into a rowspan from above stops before it: merged areas never overlap (exceljs refuses them)", () => {
    const s = htmlToSheet(
      `<table><tr><td>a</td><td rowspan="3">b</td></tr><tr><td colspan="3">c</td><td>d</td></tr></table>`
    );
    expect(s.snapshot.merges).toEqual<Rect[]>([{ top: 1, left: 2, bottom: 2, right: 2 }]);
    expect(s.snapshot.data.map((r) => r.map((c) => (c ? c.value : null)))).toEqual([
      ["a", "b"],
      ["c", null, "d"],
    ]);
  });

  test("spans are bounded: above 1,000 read as 1,000, nothing beyond Excel's 16,384 columns or 1,048,576 rows, never a throw", () => {
    const t0 = Date.now();
    const wide = htmlToSheet(
      '<table><tr><td colspan="99999999">a</td><td colspan="-3">b</td><td colspan="x">c</td></tr>' +
        '<tr><td rowspan="999999999">d</td><td>e</td></tr><tr><td>f</td></tr></table>'
    );
    expect(wide.snapshot.merges).toEqual<Rect[]>([
      { top: 1, left: 1, bottom: 1, right: MAX_SPAN },
      { top: 2, left: 1, bottom: 3, right: 1 },
    ]);
    expect(wide.snapshot.data[0].slice(MAX_SPAN)).toEqual([{ value: "b" }, { value: "c" }]);
    expect(wide.snapshot.data[2]).toEqual([null, { value: "f" }]);
    // 18 cells of colspan 1,000: the 17th is cut at column 16,384, the 18th would start past it and is not placed.
    const edge = htmlToSheet(`<table><tr>${'<td colspan="1000">v</td>'.repeat(18)}</tr></table>`);
    expect(Math.max(...edge.snapshot.merges.map((m) => m.right))).toBe(EXCEL_COLS);
    expect(edge.snapshot.merges).toHaveLength(17);
    expect(edge.snapshot.merges[16]).toEqual({ top: 1, left: 16001, bottom: 1, right: EXCEL_COLS });
    expect(edge.snapshot.data[0].length).toBeLessThanOrEqual(EXCEL_COLS);
    expect(Date.now() - t0).toBeLessThan(2000);
  });

  test("hidden rows, empty rows, and the sheet name of Excel's <x:Name>", () => {
    const s = htmlToSheet(
      `<html><head><!--[if gte mso 9]><xml><x:ExcelWorkbook><x:ExcelWorksheets><x:ExcelWorksheet>` +
        `<x:Name>Biểu 06a</x:Name></x:ExcelWorksheet></x:ExcelWorksheets></x:ExcelWorkbook></xml><![endif]--></head>
      <body><table><tr><td>a</td></tr><tr></tr><tr style="display:none"><td>b</td></tr></table></body></html>`
    );
    expect(s.snapshot.name).toBe("Biểu 06a");
    expect(s.snapshot.data.map((r) => r.map((c) => (c ? c.value : null)))).toEqual([
      ["a"],
      [],
      ["b"],
    ]);
    expect(s.snapshot.hiddenRows).toEqual([3]);
    expect(htmlToSheet("<table><tr><td>a</td></tr></table>", "xuat-excel").snapshot.name).toBe(
      "xuat-excel"
    );
  });

  describe("charsets", () => {
    const page = (meta: string) =>
      `<html><head>${meta}</head><body><table><tr><td>Số hồ sơ Đúng hạn</td></tr></table></body></html>`;
    const text = (buf: Uint8Array) => htmlToSheet(decodeHtml(buf)).snapshot.data[0][0]?.value;

    test("UTF-8: declared, with a BOM, or undeclared", () => {
      for (const meta of [
        '<meta charset="utf-8">',
        '<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">',
        "",
      ]) {
        const buf = Buffer.from(page(meta), "utf8");
        expect(htmlCharset(buf)).toBe("utf-8");
        expect(text(buf)).toBe("Số hồ sơ Đúng hạn");
      }
      expect(
        text(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(page(""), "utf8")]))
      ).toBe("Số hồ sơ Đúng hạn");
    });

    test("UTF-16 LE and BE, with a BOM or without", () => {
      const le = Buffer.from(page(""), "utf16le");
      const be = Buffer.from(le).swap16();
      expect(htmlCharset(Buffer.concat([Buffer.from([0xff, 0xfe]), le]))).toBe("utf-16le");
      expect(text(Buffer.concat([Buffer.from([0xff, 0xfe]), le]))).toBe("Số hồ sơ Đúng hạn");
      expect(text(Buffer.concat([Buffer.from([0xfe, 0xff]), be]))).toBe("Số hồ sơ Đúng hạn");
      expect(text(le)).toBe("Số hồ sơ Đúng hạn");
      expect(text(be)).toBe("Số hồ sơ Đúng hạn");
      expect(sniff(le)).toBe("html");
    });

    test("Windows-1258 (declared, or guessed when the bytes are not UTF-8): decomposed tones composed (NFC)", () => {
      const declared = windows1258(page('<meta charset="windows-1258">'));
      expect(htmlCharset(declared)).toBe("windows-1258");
      expect(text(declared)).toBe("Số hồ sơ Đúng hạn");
      const guessed = windows1258(page(""));
      expect(htmlCharset(guessed)).toBe("windows-1258");
      expect(text(guessed)).toBe("Số hồ sơ Đúng hạn");
    });

    test("a page in .VnTime (TCVN3 bytes, undeclared) is read as Windows-1252, for the legacy decoder", () => {
      const buf = Buffer.from(
        `<table><tr><td><font face=".VnTime">${unicodeToLegacy("Số hồ sơ", "tcvn3")}</font></td></tr></table>`,
        "latin1"
      );
      expect(htmlCharset(buf)).toBe("windows-1252");
      expect(text(buf)).toBe("Sè hå s¬");
    });
  });
});

/**
 * Windows-1258 bytes of a text, for the tests: NFD, base letters with ă â ê ô ơ ư đ as single
 * bytes, tones as the code page's combining bytes.
 */
function windows1258(s: string): Buffer {
  const single: Record<string, number> = {
    ă: 0xe3,
    Ă: 0xc3,
    â: 0xe2,
    Â: 0xc2,
    ê: 0xea,
    Ê: 0xca,
    ô: 0xf4,
    Ô: 0xd4,
    ơ: 0xf5,
    Ơ: 0xd5,
    ư: 0xfd,
    Ư: 0xdd,
    đ: 0xf0,
    Đ: 0xd0,
  };
  const tone: Record<string, number> = {
    "\u0300": 0xcc,
    "\u0301": 0xec,
    "\u0303": 0xde,
    "\u0309": 0xd2,
    "\u0323": 0xf2,
  };
  const out: number[] = [];
  for (const ch of s.normalize("NFC")) {
    const d = ch.normalize("NFD");
    const t = [...d].find((c) => tone[c] !== undefined);
    const base = [...d]
      .filter((c) => tone[c] === undefined)
      .join("")
      .normalize("NFC");
    if (single[base] !== undefined) out.push(single[base]);
    else if (base.charCodeAt(0) < 0x80) out.push(base.charCodeAt(0));
    else throw new Error("not in the test's Windows-1258: " + ch);
    if (t) out.push(tone[t]);
  }
  return Buffer.from(out);
}

// ---- The sample as a one-stop system's export ---------------------------------------------------

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/**
 * The sample's Biểu 06a sheet as the HTML a one-stop system's "Xuất Excel" writes: one table from
 * A1, title block and signatures in it (colspan), the header with rowspan/colspan and <th>,
 * counts as plain text, Excel's <x:Name> for the sheet name.
 */
function sampleHtml(): string {
  const wb = applyEditsToSnapshot({ sheets: [] }, layout06a(sample06aLayout()));
  const s = wb.sheets[0];
  const covered = new Map<string, Rect | "inside">();
  for (const m of s.merges)
    for (let r = m.top; r <= m.bottom; r++)
      for (let c = m.left; c <= m.right; c++)
        covered.set(r + ":" + c, r === m.top && c === m.left ? m : "inside");
  const rows: string[] = [];
  const bottom = s.top + s.data.length - 1;
  for (let r = 1; r <= bottom; r++) {
    const cells: string[] = [];
    for (let c = 1; c <= 13; c++) {
      const m = covered.get(r + ":" + c);
      if (m === "inside") continue;
      const v = s.data[r - s.top]?.[c - s.left]?.value;
      const tag = r >= 6 && r <= 9 ? "th" : "td";
      const span = m
        ? `${m.bottom > m.top ? ` rowspan="${m.bottom - m.top + 1}"` : ""}${m.right > m.left ? ` colspan="${m.right - m.left + 1}"` : ""}`
        : "";
      const body =
        v === null || v === undefined
          ? c % 2
            ? "&nbsp;"
            : ""
          : esc(String(v)).replace(/\n/g, "<br>");
      cells.push(`<${tag}${span} style="border: .5pt solid windowtext">${body}</${tag}>`);
    }
    rows.push(`    <tr>${cells.join("")}</tr>`);
  }
  return (
    `<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">
<head>
  <meta charset=utf-8>
  <title>Báo cáo tình hình giải quyết TTHC</title>
  <!--[if gte mso 9]><xml><x:ExcelWorkbook><x:ExcelWorksheets><x:ExcelWorksheet><x:Name>Biểu 06a</x:Name>` +
    `<x:WorksheetOptions><x:DisplayGridlines/></x:WorksheetOptions>` +
    `</x:ExcelWorksheet></x:ExcelWorksheets></x:ExcelWorkbook></xml><![endif]-->
  <style>td { mso-number-format: General; font-family: "Times New Roman"; } th { font-weight: bold; }</style>
</head>
<body>
  <table border=1 cellspacing=0 cellpadding=2>
${rows.join("\n")}
  </table>
</body>
</html>
`
  );
}

const files: Record<string, string> = {};

beforeAll(async () => {
  files.xlsx = tmp.file("mau.xlsx");
  await writeXlsx(
    files.xlsx,
    applyEditsToSnapshot({ sheets: [] }, layout06a(sample06aLayout())) as WorkbookSnapshot
  );
  files.html = tmp.file("xuat-excel.xls");
  fs.writeFileSync(files.html, sampleHtml(), "utf8");
  files.utf16 = tmp.file("xuat-utf16.xls");
  fs.writeFileSync(
    files.utf16,
    Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from(sampleHtml().replace("<meta charset=utf-8>", ""), "utf16le"),
    ])
  );
  files.tcvn3 = tmp.file("xuat-tcvn3.xls");
  const legacy = sampleHtml()
    .replace(
      "<meta charset=utf-8>",
      '<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">'
    )
    .replace(
      /(<t[dh][^>]*>)([^<]*)/g,
      (_m, open: string, body: string) =>
        open + unicodeToLegacy(decodeEntities(body), "tcvn3").replace(/&/g, "&amp;")
    )
    .replace("<x:Name>Biểu 06a</x:Name>", "<x:Name>Bieu 06a</x:Name>");
  fs.writeFileSync(files.tcvn3, Buffer.from(legacy, "latin1"));
});

describe("tthc on an HTML export of the sample", () => {
  test("the file is an HTML page with an .xls name", () => {
    expect(sniff(fs.readFileSync(files.html))).toBe("html");
    expect(fs.readFileSync(files.html, "utf8")).toContain('<th colspan="4"');
  });

  test.each([["html"], ["utf16"]])(
    "check --json (%s): the same form and findings as the .xlsx",
    async (which) => {
      const x = await tthc("check", files.xlsx, "--json");
      const h = await tthc("check", files[which], "--json");
      expect(h.err).toBe("");
      expect(h.code).toBe(0);
      const jx = JSON.parse(x.out);
      const jh = JSON.parse(h.out);
      expect(jh.form).toEqual(jx.form);
      expect(jh.findings).toEqual(jx.findings);
      expect(jh.findings.map((f: { rule: string; cell: string }) => `${f.rule} ${f.cell}`)).toEqual(
        ["06a/period C3", "06a/duplicate-field B34"]
      );
    }
  );

  test("check: the human output names the form as for the .xlsx", async () => {
    const r = await tthc("check", files.html);
    expect(r.code).toBe(0);
    expect(r.out.split("\n")[0]).toBe(
      'Biểu 06a: trang "Biểu 06a", vùng A6:M62, UBND PHƯỜNG PHÚ SƠN, kỳ 01/01/2024 – 14/03/2024; 52 dòng lĩnh vực.'
    );
  });

  test("an export in .VnTime (TCVN3, Windows-1252): read as Unicode, same findings but for the sheet name", async () => {
    const x = JSON.parse((await tthc("check", files.xlsx, "--json")).out);
    const r = await tthc("check", files.tcvn3, "--json");
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    expect(j.encoding.name).toBe("tcvn3");
    expect(j.findings.map((f: { sheet: string }) => ({ ...f, sheet: "Biểu 06a" }))).toEqual(
      x.findings
    );
  });

  test("fill -o on the .VnTime export: the new .xlsx (in Times New Roman) has the text in Unicode", async () => {
    const out = tmp.file("tu-html-tcvn3.xlsx");
    const r = await tthc("fill", files.tcvn3, "-o", out);
    expect(r.code).toBe(0);
    expect(r.out).not.toContain("giữ nguyên bảng mã cũ");
    const ws = (await readXlsx(out)).getWorksheet("Bieu 06a")!;
    expect(ws.getCell("C6").value).toBe("Số hồ sơ nhận giải quyết");
    expect(ws.getCell("B34").value).toBe("Lĩnh vực Lâm nghiệp");
    expect(ws.getCell("C6").font?.name).toBe("Times New Roman");
    expect(JSON.parse((await tthc("check", out, "--json")).out).encoding).toBeUndefined();
  });

  test("fill -o: writes a real .xlsx that checks without error; the export is unchanged", async () => {
    const before = fs.readFileSync(files.html);
    const out = tmp.file("tu-html.xlsx");
    const r = await tthc("fill", files.html, "-o", out);
    expect(r.code).toBe(0);
    expect(r.err).toBe("");
    expect(fs.readFileSync(files.html).equals(before)).toBe(true);
    expect(sniff(fs.readFileSync(out))).toBe("xlsx");
    const book = await readXlsx(out);
    const ws = book.getWorksheet("Biểu 06a")!;
    expect(ws.getCell("C6").value).toBe("Số hồ sơ nhận giải quyết");
    expect(ws.getCell("C6").isMerged).toBe(true);
    expect(ws.getCell("C62").formula).toBe("SUM(C10:C61)");
    const c = await tthc("check", out, "--json");
    expect(c.code).toBe(0);
    expect(
      JSON.parse(c.out).findings.filter((f: { severity: string }) => f.severity === "error")
    ).toEqual([]);
  });

  test("fill --in-place on an export: exit 2 with a Vietnamese reason, nothing written", async () => {
    const f = tmp.file("giu-nguyen.xls");
    fs.copyFileSync(files.html, f);
    const r = await tthc("fill", f, "--in-place");
    expect(r.code).toBe(2);
    expect(r.out).toBe("");
    expect(r.errLines).toEqual([
      `Tệp "${f}" là bảng HTML xuất từ phần mềm một cửa, không ghi đè được; hãy dùng -o TỆP_MỚI.xlsx để ghi ra tệp Excel.`,
    ]);
    expect(fs.readFileSync(f).equals(fs.readFileSync(files.html))).toBe(true);
  });

  test("fill -o with an .xls name: refused (the result is an .xlsx)", async () => {
    const out = tmp.file("ket-qua.xls");
    const r = await tthc("fill", files.html, "-o", out);
    expect(r.code).toBe(2);
    expect(r.errLines[0]).toMatch(/phải có đuôi \.xlsx/);
    expect(fs.existsSync(out)).toBe(false);
  });

  test("an HTML page without a table: exit 2, one Vietnamese line", async () => {
    const f = tmp.file("trang.xls");
    fs.writeFileSync(f, "<html><body><p>Không có dữ liệu</p></body></html>");
    const r = await tthc("check", f);
    expect(r.code).toBe(2);
    expect(r.errLines).toEqual([
      'Tệp "trang.xls" là trang HTML nhưng không có bảng số liệu nào; hãy xuất lại từ phần mềm một cửa, ' +
        "hoặc mở bằng Excel và lưu lại dưới dạng .xlsx.",
    ]);
  });
});
