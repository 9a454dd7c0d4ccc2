import fc from "fast-check";
import { escapeMarkup } from "../../src/docx/markup";
import { placeDateLine, renderDocx, sectionTextWidth } from "../../src/docx/render";
import type { RenderInput, TableSpec } from "../../src/docx/types";
import { attr, openDocx, DocxParts, paragraphCount, paragraphTexts, sections } from "./docx-xml";
import { bang06a, sampleInput } from "./sample";

let sample: DocxParts;
beforeAll(async () => {
  sample = await openDocx(await renderDocx(sampleInput));
});

const withMarkup = (markup: string, extra: Partial<RenderInput> = {}): RenderInput => ({
  ...sampleInput,
  markup,
  ...extra,
});

describe("renderDocx: page setup", () => {
  test("returns a .docx (zip) with the main parts", async () => {
    const bytes = await renderDocx(sampleInput);
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect(Array.from(bytes.slice(0, 2))).toEqual([0x50, 0x4b]); // "PK"
    expect(sample.files).toEqual(
      expect.arrayContaining(["word/document.xml", "word/styles.xml", "[Content_Types].xml"])
    );
  });

  test("first section: A4 portrait, margins 20/20/30/15 mm, different first page", () => {
    const [first] = sections(sample.document);
    const pgSz = /<w:pgSz\b[^>]*>/.exec(first)![0];
    expect(attr(pgSz, "w:w")).toBe("11906");
    expect(attr(pgSz, "w:h")).toBe("16838");
    expect(attr(pgSz, "w:orient") ?? "portrait").toBe("portrait");
    const pgMar = /<w:pgMar\b[^>]*>/.exec(first)![0];
    expect(attr(pgMar, "w:top")).toBe("1134");
    expect(attr(pgMar, "w:bottom")).toBe("1134");
    expect(attr(pgMar, "w:left")).toBe("1701");
    expect(attr(pgMar, "w:right")).toBe("850");
    expect(first).toMatch(/<w:titlePg\/>|<w:titlePg w:val="(1|true)"\/>/);
  });

  test("::section landscape starts an A4 landscape section, bound at the top: 30 mm top, 20 mm elsewhere", () => {
    const secs = sections(sample.document);
    expect(secs).toHaveLength(2);
    const pgSz = /<w:pgSz\b[^>]*>/.exec(secs[1])![0];
    expect(attr(pgSz, "w:orient")).toBe("landscape");
    expect(attr(pgSz, "w:w")).toBe("16838");
    expect(attr(pgSz, "w:h")).toBe("11906");
    const pgMar = /<w:pgMar\b[^>]*>/.exec(secs[1])![0];
    expect(attr(pgMar, "w:top")).toBe("1701");
    for (const side of ["bottom", "left", "right"]) expect(attr(pgMar, `w:${side}`)).toBe("1134");
    expect(secs[1]).not.toMatch(/<w:titlePg/);
    expect(sectionTextWidth("landscape")).toBe(16838 - 2 * 1134);
  });

  test("page numbers: a PAGE field in the default header, none in the first-page header", () => {
    const [first, second] = sections(sample.document);
    const headerOf = (sect: string, type: string): string => {
      const ref = new RegExp(`<w:headerReference w:type="${type}" r:id="([^"]+)"`).exec(sect);
      expect(ref).not.toBeNull();
      const target = sample.rels[ref![1]];
      return sample.headers[target.replace(/^.*\//, "")];
    };
    const pageField = /<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>|w:instr="\s*PAGE\s*"/;
    expect(headerOf(first, "default")).toMatch(pageField);
    expect(headerOf(first, "default")).toMatch(/<w:jc w:val="center"\/>/);
    expect(headerOf(first, "first")).not.toMatch(pageField);
    expect(headerOf(first, "first")).toMatch(/<w:p\/>|<w:p>/); // a header part holds at least one paragraph
    expect(headerOf(second, "default")).toMatch(pageField);
  });

  test("Times New Roman everywhere, black text", () => {
    const defaults = /<w:docDefaults>[\s\S]*?<\/w:docDefaults>/.exec(sample.styles)![0];
    expect(defaults).toMatch(
      /<w:rFonts w:ascii="Times New Roman" w:cs="Times New Roman" w:eastAsia="Times New Roman" w:hAnsi="Times New Roman"\/>/
    );
    expect(defaults).toMatch(/<w:sz w:val="28"\/>/);
    // No font anywhere else: runs inherit the defaults (and no theme font slips in).
    const all = sample.document + sample.styles + Object.values(sample.headers).join("");
    expect(all).not.toMatch(/w:(?:ascii|hAnsi|cs|eastAsia)Theme=/);
    const rFonts = [...all.matchAll(/<w:rFonts\b[^>]*>/g)].map((m) => m[0]).join(" ");
    const fonts = new Set(
      [...rFonts.matchAll(/w:(?:ascii|hAnsi|cs|eastAsia)="([^"]+)"/g)].map((m) => m[1])
    );
    expect([...fonts]).toEqual(["Times New Roman"]);
    const colors = new Set(
      [...(sample.document + sample.styles).matchAll(/<w:color w:val="([^"]+)"/g)].map((m) => m[1])
    );
    expect([...colors]).toEqual(["000000"]);
  });

  test("body paragraphs: justified, first-line indent 1.27 cm, 6 pt after, line 1.2", () => {
    const body = /<w:style w:type="paragraph" w:styleId="ReportBody">[\s\S]*?<\/w:style>/.exec(
      sample.styles
    )![0];
    expect(body).toMatch(/<w:jc w:val="both"\/>/);
    expect(body).toMatch(/<w:ind w:firstLine="720"\/>/);
    expect(body).toMatch(/w:after="120"/);
    expect(body).toMatch(/w:line="288" w:lineRule="auto"/);
    const h1 = /<w:style w:type="paragraph" w:styleId="Heading1">[\s\S]*?<\/w:style>/.exec(
      sample.styles
    )![0];
    expect(h1).toMatch(/<w:b\/>/);
    expect(h1).toMatch(/<w:keepNext\/>/);
    const h3 = /<w:style w:type="paragraph" w:styleId="Heading3">[\s\S]*?<\/w:style>/.exec(
      sample.styles
    )![0];
    // Điểm heads "a)", "b)" are upright (NĐ 30/2020).
    expect(h3).toMatch(/<w:b\/>/);
    expect(h3).not.toMatch(/<w:i\/>/);
  });
});

describe("renderDocx: content", () => {
  test("header block, title, Kính gửi, signature", () => {
    const texts = paragraphTexts(sample.document);
    for (const line of [
      "UBND THỊ XÃ BỈM SƠN",
      "UBND PHƯỜNG PHÚ SƠN",
      "Số:       /BC-UBND",
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Độc lập - Tự do - Hạnh phúc",
      "Phú Sơn, ngày 14 tháng 3 năm 2024",
      "BÁO CÁO",
      "Kính gửi: UBND thị xã Bỉm Sơn.",
      "Nơi nhận:",
      "- UBND thị xã (b/c);",
      "- Lưu: VT, VP.",
      "KT. CHỦ TỊCH",
      "PHÓ CHỦ TỊCH",
      "Bùi Duy Hòa",
    ]) {
      expect(texts).toContain(line);
    }
    // The title block comes before the body, the body before the signature.
    const at = (s: string): number => texts.indexOf(s);
    expect(at("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")).toBeLessThan(at("BÁO CÁO"));
    expect(at("BÁO CÁO")).toBeLessThan(at("I. TÌNH HÌNH, KẾT QUẢ KIỂM SOÁT THỦ TỤC HÀNH CHÍNH"));
    expect(at("IV. KIẾN NGHỊ, ĐỀ XUẤT")).toBeLessThan(at("Nơi nhận:"));
  });

  test("the header block and signature sit in borderless tables; the unit and Tiêu ngữ have rules", () => {
    const tables = [...sample.document.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((m) => m[0]);
    const head = tables[0];
    expect(head).toContain("UBND PHƯỜNG PHÚ SƠN");
    expect(head).toMatch(/<w:tblBorders>(?:<w:\w+ w:val="(?:none|nil)"[^>]*\/>)+<\/w:tblBorders>/);
    expect((head.match(/<w:pBdr><w:bottom w:val="single"/g) ?? []).length).toBe(2);
    const sig = tables.find((t) => t.includes("Nơi nhận:"))!;
    expect(sig).toContain("KT. CHỦ TỊCH");
    expect(sig).toMatch(/<w:tblBorders>(?:<w:\w+ w:val="(?:none|nil)"[^>]*\/>)+<\/w:tblBorders>/);
  });

  test("heads, dash items, bold and italic runs", () => {
    const doc = sample.document;
    expect(doc).toMatch(/<w:pStyle w:val="Heading1"\/>[\s\S]*?I\. TÌNH HÌNH/);
    expect(doc).toMatch(/<w:pStyle w:val="Heading3"\/>[\s\S]*?a\) Công tác chỉ đạo/);
    expect(paragraphTexts(doc)).toContain(
      "- Các lĩnh vực có hồ sơ: Chứng thực 31 hồ sơ; Hộ tịch 54 hồ sơ."
    );
    expect(doc).toMatch(
      /<w:r><w:rPr>(?:(?!<\/w:rPr>).)*<w:b\/>(?:(?!<\/w:rPr>).)*<\/w:rPr><w:t xml:space="preserve">85<\/w:t>/
    );
    expect(doc).toMatch(
      /<w:r><w:rPr>(?:(?!<\/w:rPr>).)*<w:i\/>(?:(?!<\/w:rPr>).)*<\/w:rPr><w:t xml:space="preserve">78,6%<\/w:t>/
    );
  });

  test("the 06a table: bordered, merged header cells, repeated header rows, bold total, counts aligned", () => {
    const tbl = [...sample.document.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)]
      .map((m) => m[0])
      .find((t) => t.includes("Lĩnh vực Hộ tịch"))!;
    expect(tbl).toMatch(/<w:tblBorders><w:top w:val="single"/);
    expect((tbl.match(/<w:tblHeader\/>/g) ?? []).length).toBe(4);
    expect(tbl).toMatch(/<w:gridSpan w:val="4"\/>/);
    expect(tbl).toMatch(/<w:gridSpan w:val="3"\/>/);
    expect((tbl.match(/<w:vMerge w:val="restart"\/>/g) ?? []).length).toBe(2 + 9 + 2 - 2); // STT, field; 9 sub-heads (rowSpan 2)
    const grid = [...tbl.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
    expect(grid).toHaveLength(13);
    expect(grid.reduce((a, b) => a + b, 0)).toBe(sectionTextWidth("landscape"));
    const rows = [...tbl.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map((m) => m[0]);
    const total = rows.find((r) => r.includes("Tổng cộng"))!;
    const totalRuns = [...total.matchAll(/<w:r>[\s\S]*?<\/w:r>/g)].map((m) => m[0]);
    expect(totalRuns).toHaveLength(12); // the STT cell is empty
    for (const r of totalRuns) expect(r).toMatch(/<w:b\/>/);
    expect(total).toMatch(/<w:jc w:val="right"\/>/);
    const hoTich = rows.find((r) => r.includes("Lĩnh vực Hộ tịch"))!;
    expect(hoTich).not.toMatch(/<w:b\/>/);
  });

  test("an unknown table prints a note and does not throw", async () => {
    const d = await openDocx(await renderDocx(withMarkup("Đoạn mở đầu.\n::table khongCo")));
    expect(paragraphTexts(d.document)).toContain("[Không có bảng khongCo]");
  });

  test("::pagebreak puts the next paragraph on a new page", async () => {
    const d = await openDocx(await renderDocx(withMarkup("Trang một.\n::pagebreak\nTrang hai.")));
    expect(d.document).toMatch(/<w:pageBreakBefore\/>(?:(?!<\/w:p>).)*Trang hai\./);
  });

  test("several recipients: 'Kính gửi:' then '- X;' lines, the last with '.'", async () => {
    const header = {
      ...sampleInput.header,
      recipients: ["UBND thị xã Bỉm Sơn", "Văn phòng HĐND và UBND thị xã;"],
    };
    const d = await openDocx(await renderDocx(withMarkup("Nội dung.", { header })));
    const texts = paragraphTexts(d.document);
    expect(texts).toContain("Kính gửi:");
    expect(texts).toContain("- UBND thị xã Bỉm Sơn;");
    expect(texts).toContain("- Văn phòng HĐND và UBND thị xã.");
  });
});

describe("placeDateLine", () => {
  test("leading zero for days < 10 and months 1–2", () => {
    expect(placeDateLine("Phú Sơn", { y: 2024, m: 3, d: 14 }, 2024)).toBe(
      "Phú Sơn, ngày 14 tháng 3 năm 2024"
    );
    expect(placeDateLine("Phú Sơn", { y: 2024, m: 1, d: 5 }, 2024)).toBe(
      "Phú Sơn, ngày 05 tháng 01 năm 2024"
    );
    expect(placeDateLine("Phú Sơn", { y: 2024, m: 2, d: 29 }, 2024)).toBe(
      "Phú Sơn, ngày 29 tháng 02 năm 2024"
    );
    expect(placeDateLine("Phú Sơn", { y: 2024, m: 12, d: 9 }, 2024)).toBe(
      "Phú Sơn, ngày 09 tháng 12 năm 2024"
    );
  });

  test("blanks for what is not known", () => {
    expect(placeDateLine("Phú Sơn", { y: 2024, m: 3, d: null }, 2024)).toBe(
      "Phú Sơn, ngày      tháng 3 năm 2024"
    );
    expect(placeDateLine("Phú Sơn", null, 2024)).toBe("Phú Sơn, ngày      tháng      năm 2024");
    expect(placeDateLine("", null, 2025)).toBe("Ngày      tháng      năm 2025");
  });
});

describe("renderDocx: data cannot inject", () => {
  const evil =
    "{{x}} **đậm** <w:p><w:r><w:t>tiêm</w:t></w:r></w:p> & &amp; # đầu\n- gạch\n::section landscape";
  const plain = "chữ thường một\nchữ thường hai\nchữ thường ba";

  const build = (s: string): RenderInput => {
    const table: TableSpec = {
      ...bang06a,
      rows: [{ cells: ["1", s, "1", "1", "0", "0", "1", "1", "0", "0", "0", "0", "0"] }],
    };
    return {
      header: {
        ...sampleInput.header,
        unit: "x" + s.split("\n")[0],
        subject: "x" + s.split("\n")[0],
        noiNhan: ["x" + s.split("\n")[0], "Lưu: VT."],
      },
      markup: [
        `Đoạn: ${escapeMarkup(s)}`,
        `- ${escapeMarkup(s)}`,
        `# **${escapeMarkup(s)}**`,
        "::table t",
      ].join("\n"),
      tables: { t: table },
    };
  };

  test("XML characters are written as text, no paragraphs or sections are added", async () => {
    const bad = await openDocx(await renderDocx(build(evil)));
    const good = await openDocx(await renderDocx(build(plain)));
    expect(bad.document).toContain("&lt;w:p&gt;&lt;w:r&gt;&lt;w:t&gt;tiêm&lt;/w:t&gt;");
    expect(bad.document).toContain("&amp; &amp;amp;");
    expect(bad.document).not.toMatch(/<w:t>tiêm<\/w:t>/);
    expect(paragraphCount(bad.document)).toBe(paragraphCount(good.document));
    expect(sections(bad.document)).toHaveLength(1);
    const texts = paragraphTexts(bad.document);
    expect(texts).toContain(
      "Đoạn: {{x}} **đậm** <w:p><w:r><w:t>tiêm</w:t></w:r></w:p> & &amp; # đầu"
    );
    expect(texts).toContain("- - gạch");
    expect(texts).toContain("::section landscape");
  });

  test("data with any characters renders, same paragraph count as plain data with the same line breaks", async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: "binary", maxLength: 40 }), async (s) => {
        const lines = s.split(/\r\n|[\n\r\v\f\u0085\u2028\u2029]/);
        const plainSame = lines.map((_, i) => `dòng ${i}`).join("\n");
        const a = await openDocx(await renderDocx(build(s)));
        const b = await openDocx(await renderDocx(build(plainSame)));
        // A blank first line makes the Đoạn/head lines lose nothing but may empty runs; counts stay equal.
        expect(paragraphCount(a.document)).toBe(paragraphCount(b.document));
        expect(sections(a.document)).toHaveLength(1);
      }),
      { numRuns: 25 }
    );
  });
});

describe("renderDocx: never throws", () => {
  test("odd table specs and odd headers still render", async () => {
    const odd: Record<string, TableSpec> = {
      empty: { header: [], rows: [], widths: [] },
      ragged: {
        header: [
          [{ text: "A", colSpan: 3, rowSpan: 5 }, { text: "B" }],
          [{ text: "C", colSpan: 2 }],
        ],
        rows: [{ cells: ["1"] }, { cells: ["1", "2", "3", "4", "5", "6"] }, { cells: [] }],
        widths: [0, -1, NaN, 3],
        align: ["right"],
      },
      overlap: {
        header: [
          [{ text: "A", rowSpan: 2 }, { text: "B" }],
          [
            { text: "C", colSpan: 2 },
            { text: "D", rowSpan: 9 },
          ],
        ],
        rows: [{ cells: ["x\ny", "z"], bold: true }],
        widths: [1, 1],
      },
    };
    const markup =
      "::table empty\n::table ragged\n::table overlap\n::signature\n::section portrait\n::table ragged\n::pagebreak";
    const header = {
      ...sampleInput.header,
      parentBody: undefined,
      date: null,
      recipients: [],
      noiNhan: [],
      signature: { title: "", name: "" },
    };
    const d = await openDocx(await renderDocx({ header, markup, tables: odd }));
    expect(sections(d.document)).toHaveLength(2);
    expect(d.document).toContain("ngày      tháng      năm 2024");
    // Word joins tables that touch: there is always a paragraph between two.
    expect(d.document).not.toMatch(/<\/w:tbl>\s*<w:tbl>/);
    // A section never ends on a table: the paragraph holding its sectPr follows.
    expect(d.document).not.toMatch(/<\/w:tbl>\s*<w:sectPr/);
  });

  test("markup with arbitrary characters renders", async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: "binary", maxLength: 60 }), async (s) => {
        const bytes = await renderDocx(withMarkup(s + "\n::table bang06a\n" + s));
        expect(bytes.length).toBeGreaterThan(1000);
      }),
      { numRuns: 15 }
    );
  });
});

describe("renderDocx: a missing recipient", () => {
  test("a dotted blank takes no full stop after it", async () => {
    const doc = await openDocx(
      await renderDocx({ ...sampleInput, header: { ...sampleInput.header, recipients: ["…"] } })
    );
    const texts = paragraphTexts(doc.document);
    expect(texts).toContain("Kính gửi: …");
    expect(texts).not.toContain("Kính gửi: ….");
  });
});
