// The Word report against Nghị định 30/2020/NĐ-CP, Phụ lục I, on four workbooks unlike each
// other (issue 13) and on the sample under NĐ 118/2025. Each report is made by the CLI (`tthc report`), then read back from the
// .docx: `npm run check:docx`'s items must all pass, and the XML parts say what the items rest
// on (run properties, cantSplit, keepNext, margins per section, w:lang, page-number restarts).
// The checker itself is shown to fail on documents broken on purpose.
import * as fs from "fs";
import * as path from "path";
import JSZip from "jszip";
import { checkDocx, runCheckDocx } from "../../src/cli/checkDocx";
import { tthc } from "../helpers/xlsx";
import { openDocx, paragraphTexts, sections, attr } from "../docx/docx-xml";
import { writeWorkbooks } from "./workbooks";

const OUT = path.join(__dirname, "..", "..", "test-output", "nd30");
const docs: Record<string, Uint8Array> = {};
const warnings: Record<string, string> = {};

beforeAll(async () => {
  const files = await writeWorkbooks(OUT);
  // The sample under NĐ 118/2025 (its own template) meets the same layout rules.
  files.nd118 = path.join(__dirname, "..", "..", "samples", "bao-cao-quy-3-2026-hac-thanh.xlsx");
  for (const [name, xlsx] of Object.entries(files)) {
    const out = path.join(OUT, `${name}.docx`);
    const r = await tthc("report", xlsx, "-o", out);
    if (r.code !== 0) throw new Error(`${name}: ${r.err}`);
    docs[name] = new Uint8Array(fs.readFileSync(out));
    warnings[name] = r.out + "\n" + r.err;
  }
}, 120_000);

const NAMES = ["sample", "zero", "late-kha", "no-text", "nd118"];

async function rezip(
  bytes: Uint8Array,
  part: string,
  edit: (xml: string) => string
): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  zip.file(part, edit(await zip.file(part)!.async("string")));
  return zip.generateAsync({ type: "uint8array" });
}

const bodyText = (xml: string): string => paragraphTexts(xml).join("\n");

describe("check:docx passes every NĐ 30 item", () => {
  for (const name of NAMES) {
    test(name, async () => {
      const items = await checkDocx(docs[name]);
      expect(items.length).toBeGreaterThanOrEqual(26);
      expect(items.filter((i) => !i.pass).map((i) => `${i.label} → ${i.measured}`)).toEqual([]);
    });
  }

  test("the command prints the items and exits 0; exit 1 on a failing file, 2 on a missing one", async () => {
    const file = path.join(OUT, "sample.docx");
    const out: string[] = [];
    expect(
      await runCheckDocx(
        [file],
        (s) => out.push(s),
        () => undefined
      )
    ).toBe(0);
    expect(out.join("\n")).toMatch(/^ĐẠT\s+Khổ giấy A4/m);
    expect(out.join("\n")).toContain("26/26 mục đạt");
    const bad = path.join(OUT, "broken.docx");
    fs.writeFileSync(
      bad,
      await rezip(docs.sample, "word/document.xml", (x) => x.replace(/<w:cantSplit\/>/g, ""))
    );
    expect(
      await runCheckDocx(
        [bad],
        () => undefined,
        () => undefined
      )
    ).toBe(1);
    const err: string[] = [];
    expect(
      await runCheckDocx(
        [path.join(OUT, "absent.docx")],
        () => undefined,
        (s) => err.push(s)
      )
    ).toBe(2);
    expect(err.join("")).toContain("Không đọc được tệp Word");
  });
});

describe("the checker fails what a records officer rejects", () => {
  const failing = async (bytes: Uint8Array): Promise<string[]> =>
    (await checkDocx(bytes)).filter((i) => !i.pass).map((i) => i.id);

  test("a signature row that may split, or a closing paragraph that does not keep with it", async () => {
    expect(
      await failing(
        await rezip(docs.sample, "word/document.xml", (x) => x.replace(/<w:cantSplit\/>/g, ""))
      )
    ).toContain("signatureKeep");
    expect(
      await failing(
        await rezip(docs.sample, "word/document.xml", (x) => x.replace(/<w:keepNext\/>/g, ""))
      )
    ).toContain("signatureKeep");
  });

  test("an abbreviated issuing body, a header shifted into the margin", async () => {
    const abbr = await rezip(docs.sample, "word/document.xml", (x) =>
      x.replace(">ỦY BAN NHÂN DÂN<", ">UBND<")
    );
    expect(await failing(abbr)).toContain("issuingBody");
    const shifted = await rezip(docs.sample, "word/document.xml", (x) =>
      x.replace("<w:tblLayout", '<w:tblInd w:type="dxa" w:w="-567"/><w:tblLayout')
    );
    expect(await failing(shifted)).toContain("headerInMargins");
  });

  test("20 mm on every side of a landscape page; numbering that runs on into an annex; no vi-VN", async () => {
    const flat = await rezip(docs.sample, "word/document.xml", (x) =>
      x.replace(/w:top="1701"/, 'w:top="1134"')
    );
    expect(await failing(flat)).toContain("marginsLandscape");
    const runOn = await rezip(docs.sample, "word/document.xml", (x) =>
      x.replace(/<w:pgNumType w:start="1"\/>/, "")
    );
    expect(await failing(runOn)).toContain("annexNumbering");
    const english = await rezip(docs.sample, "word/styles.xml", (x) =>
      x.replace(/vi-VN/g, "en-US")
    );
    expect(await failing(english)).toContain("language");
  });

  test("italic điểm heads, a day without its leading zero, no company", async () => {
    const italic = await rezip(docs.sample, "word/styles.xml", (x) =>
      x.replace(/(<w:style w:type="paragraph" w:styleId="Heading3">[\s\S]*?<w:b\/>)/, "$1<w:i/>")
    );
    expect(await failing(italic)).toContain("heading3");
    const noZero = await rezip(docs.sample, "word/document.xml", (x) =>
      x.replace("ngày 15 tháng 3", "ngày 5 tháng 3")
    );
    expect(await failing(noZero)).toContain("placeDate");
    const noCompany = await rezip(docs.sample, "docProps/app.xml", (x) =>
      x.replace(/<Company>[^<]*<\/Company>/, "")
    );
    expect(await failing(noCompany)).toContain("properties");
  });
});

describe("what the document holds", () => {
  test("signature: one row that cannot split, every paragraph kept with the next, the closing one too", async () => {
    const { document } = await openDocx(docs["no-text"]);
    const tables = document.match(/<w:tbl>[\s\S]*?<\/w:tbl>/g) ?? [];
    const sig = tables.find((t) => t.includes("Nơi nhận:"))!;
    expect(sig.match(/<w:tr>/g)).toHaveLength(1);
    expect(sig).toMatch(/<w:trPr><w:cantSplit\/><\/w:trPr>/);
    const paras = sig.match(/<w:p>[\s\S]*?<\/w:p>/g)!;
    for (const p of paras) expect(p).toMatch(/<w:keepNext\/>/);
    // Without a text sheet, the authority line is the safe default.
    expect(paragraphTexts(sig)).toEqual(
      expect.arrayContaining(["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"])
    );
    const before = document.slice(0, document.indexOf(sig));
    const lastPara = before.slice(before.lastIndexOf("<w:p>"));
    expect(lastPara).toContain("Trên đây là báo cáo");
    expect(lastPara).toMatch(/<w:keepNext\/>/);
  });

  test("body portrait 20/20/30/15 mm; Phụ lục I landscape 30/20/20/20 mm; Phụ lục II portrait; each section numbered from 1", async () => {
    const { document } = await openDocx(docs.sample);
    const secs = sections(document);
    expect(secs).toHaveLength(3);
    const margins = secs.map((s) => {
      const m = /<w:pgMar\b[^>]*>/.exec(s)![0];
      return ["top", "bottom", "left", "right"].map((k) => attr(m, `w:${k}`)).join("/");
    });
    expect(margins).toEqual(["1134/1134/1701/850", "1701/1134/1134/1134", "1134/1134/1701/850"]);
    expect(secs.map((s) => attr(/<w:pgSz\b[^>]*>/.exec(s)![0], "w:orient") ?? "portrait")).toEqual([
      "portrait",
      "landscape",
      "portrait",
    ]);
    expect(secs.map((s) => /<w:pgNumType w:start="1"\/>/.test(s))).toEqual([false, true, true]);
    for (const s of secs) expect(s).toMatch(/<w:titlePg\/>/);
  });

  test("annex heads and the body's reference to them", async () => {
    const texts = paragraphTexts((await openDocx(docs.sample)).document);
    const i = texts.indexOf("Phụ lục I");
    expect(i).toBeGreaterThan(0);
    expect(texts[i + 2]).toBe(
      "(Kèm theo Báo cáo số      /BC-UBND ngày 15/03/2024 của Ủy ban nhân dân phường Phú Sơn)"
    );
    expect(texts).toContain("Phụ lục II");
    expect(texts.slice(0, i).join(" ")).toContain("chi tiết tại Phụ lục I kèm theo Báo cáo này");
  });

  test("w:lang vi-VN in the default run properties and every paragraph style", async () => {
    const { styles } = await openDocx(docs.sample);
    const defaults = /<w:rPrDefault>[\s\S]*?<\/w:rPrDefault>/.exec(styles)![0];
    expect(defaults).toMatch(/<w:lang w:val="vi-VN"/);
    for (const id of ["ReportBody", "Heading1", "Heading2", "Heading3", "TableText"]) {
      const st = new RegExp(
        `<w:style w:type="paragraph" w:styleId="${id}">[\\s\\S]*?</w:style>`
      ).exec(styles)![0];
      expect(st).toMatch(/<w:lang w:val="vi-VN"/);
    }
  });

  test("header: the issuing body in full, bold 13 pt, the table inside the text width", async () => {
    const { document } = await openDocx(docs.sample);
    const head = /<w:tbl>[\s\S]*?<\/w:tbl>/.exec(document)![0];
    expect(head).not.toMatch(/<w:tblInd/);
    const grid = [...head.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].reduce(
      (a, m) => a + Number(m[1]),
      0
    );
    expect(grid).toBe(11906 - 1701 - 850);
    expect(head).toMatch(
      /<w:rPr><w:b\/><w:bCs\/><w:sz w:val="26"\/><w:szCs w:val="26"\/><\/w:rPr><w:t xml:space="preserve">ỦY BAN NHÂN DÂN<\/w:t>/
    );
    expect(paragraphTexts(head)).toContain("UBND THỊ XÃ BỈM SƠN"); // the parent body may stay abbreviated
  });

  test("document properties: title = trích yếu, author and company = the unit", async () => {
    const zip = await JSZip.loadAsync(docs.sample);
    const core = await zip.file("docProps/core.xml")!.async("string");
    const app = await zip.file("docProps/app.xml")!.async("string");
    expect(core).toMatch(
      /<dc:title>Kết quả kiểm soát thủ tục hành chính, [^<]*quý I năm 2024<\/dc:title>/
    );
    expect(core).toContain("<dc:creator>Ủy ban nhân dân phường Phú Sơn</dc:creator>");
    expect(app).toContain("<Company>Ủy ban nhân dân phường Phú Sơn</Company>");
  });
});

describe("wording on workbooks unlike the sample", () => {
  test("all zero: said as a clerk would, no '0 hồ sơ', no '….', no empty satisfaction list", async () => {
    const t = bodyText((await openDocx(docs.zero)).document);
    expect(t).toContain(
      "Trong kỳ không phát sinh hồ sơ thủ tục hành chính, không có hồ sơ từ kỳ trước chuyển sang."
    );
    expect(t).toContain("Trong kỳ không có hồ sơ tiếp nhận qua dịch vụ công trực tuyến.");
    expect(t).toContain("Trong kỳ chưa có phiếu đánh giá mức độ hài lòng");
    expect(t).not.toContain("Tỷ lệ % mức độ hài lòng"); // no satisfaction table with an empty row
    expect(t).not.toMatch(/(^|[\s(:,])0 hồ sơ|…\.|\(0%\)|Hồ sơ trực tuyến chiếm/m);
    expect(t).not.toMatch(/(^|[\s(:,])0 (thủ tục|bản)|: 0%/m);
    expect(t).toContain("Chưa có thủ tục hành chính được cung cấp dịch vụ công trực tuyến.");
    expect(t).toContain(
      "Trong kỳ không có thủ tục hành chính phải rà soát, đơn giản hóa theo kế hoạch của cấp trên."
    );
  });

  test("late and overdue, grade Khá: counts with their causes and the apology letters", async () => {
    const t = bodyText((await openDocx(docs["late-kha"])).document);
    // 49/80, 25/80, 6/80 = 61,25% + 31,25% + 7,5%: rounded by largest remainder, they add up to 100%.
    expect(t).toContain(
      "Số hồ sơ đã giải quyết: 80 hồ sơ, gồm 49 hồ sơ trước hạn (61,3%), 25 hồ sơ đúng hạn (31,2%), 6 hồ sơ quá hạn (7,5%)."
    );
    expect(t).toContain(
      "- Số hồ sơ đang giải quyết: 5 hồ sơ, trong đó 2 hồ sơ còn trong hạn, 3 hồ sơ đã quá hạn."
    );
    expect(t).not.toMatch(/\.\./);
    expect(t).toContain("Nguyên nhân: Hồ sơ đăng ký khai sinh có yếu tố nước ngoài");
    expect(t).toContain("Văn bản xin lỗi tổ chức, cá nhân: UBND phường đã gửi 9 Phiếu xin lỗi");
    expect(t).toContain("xếp loại: Khá");
    expect(warnings["late-kha"]).not.toContain("chưa ghi nguyên nhân");
  });

  test("without Thuyết minh: no doubled punctuation, the default authority, a warning for what is missing", async () => {
    const t = bodyText((await openDocx(docs["no-text"])).document);
    expect(t).not.toMatch(/…\./);
    expect(warnings["no-text"]).toContain("Thuyết minh");
  });

  test("each NĐ 61 citation: the first one carries the decree's date and subject", async () => {
    const t = bodyText((await openDocx(docs.sample)).document);
    const first = t.indexOf("Nghị định số 61/2018/NĐ-CP");
    expect(t.slice(first)).toMatch(
      /^Nghị định số 61\/2018\/NĐ-CP ngày 23 tháng 4 năm 2018 của Chính phủ về thực hiện cơ chế một cửa/
    );
  });
});
