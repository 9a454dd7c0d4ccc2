// `tthc report`: the guard (errors → exit 1 and no file; --force → a file), the template
// option, and the figures of the sample in the document (issue 4's acceptance).
import * as fs from "fs";
import JSZip from "jszip";
import { readXlsx, SAMPLE, tempDir, tthc } from "../helpers/xlsx";

async function documentText(file: string): Promise<string> {
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  const xml = await zip.file("word/document.xml")!.async("string");
  // Paragraph texts, joined: the figures may be split across runs.
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)]
    .map((p) => [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(""))
    .join("\n");
}

/** The sample with (3) of the "Chứng thực" row typed wrong: a 06a/received-sum error. */
async function sampleWithError(file: string): Promise<void> {
  const book = await readXlsx(SAMPLE);
  const ws = book.getWorksheet("Biểu 06a")!;
  expect(ws.getCell("B19").value).toBe("Lĩnh vực Chứng thực");
  ws.getCell("C19").value = 29;
  await book.xlsx.writeFile(file);
}

describe("tthc report", () => {
  const t = tempDir();
  afterAll(() => t.cleanup());

  test("the sample's report holds the workbook's figures", async () => {
    const out = t.file("report.docx");
    const r = await tthc("report", SAMPLE, "-o", out);
    expect(r.code).toBe(0);
    expect(r.out).toContain("Đã tạo báo cáo");
    const text = await documentText(out);
    for (const s of [
      "85 hồ sơ",
      "82 hồ sơ",
      "60 hồ sơ trước hạn (73,2%)",
      "22 hồ sơ đúng hạn",
      "17,4",
      "Xuất sắc",
      "78,6%",
      "Chứng thực 31 hồ sơ",
      "Hộ tịch 54 hồ sơ",
    ])
      expect(text).toContain(s);
    // The narrative's wrong figures of the reference (96 received, 74 early) never appear.
    expect(text).not.toMatch(/\b96 hồ sơ\b/);
  });

  test("06a errors: exit 1, the errors listed, no file written", async () => {
    const bad = t.file("bad.xlsx");
    await sampleWithError(bad);
    const out = t.file("blocked.docx");
    const r = await tthc("report", bad, "-o", out);
    expect(r.code).toBe(1);
    expect(r.err).toContain("Chưa tạo báo cáo");
    expect(r.out + r.err).toContain("(3) = 29 nhưng (4)+(5)+(6) = 31");
    expect(fs.existsSync(out)).toBe(false);
  });

  test("--force writes the file anyway, with a warning, and still exits 1", async () => {
    const bad = t.file("bad2.xlsx");
    await sampleWithError(bad);
    const out = t.file("forced.docx");
    const r = await tthc("report", bad, "-o", out, "--force");
    expect(r.code).toBe(1);
    expect(r.out).toContain("--force");
    expect(fs.existsSync(out)).toBe(true);
  });

  test("--all-rows puts all 52 fields in the annex table", async () => {
    const few = t.file("few.docx");
    const all = t.file("all.docx");
    expect((await tthc("report", SAMPLE, "-o", few)).code).toBe(0);
    expect((await tthc("report", SAMPLE, "-o", all, "--all-rows")).code).toBe(0);
    const fewText = await documentText(few);
    const allText = await documentText(all);
    expect(fewText).not.toContain("Lĩnh vực Xử lý đơn thư");
    expect(allText).toContain("Lĩnh vực Xử lý đơn thư");
  });

  test("--template uses the clerk's template; a broken one gives exit 2 and a Vietnamese reason", async () => {
    const tpl = t.file("mine.hbs");
    fs.writeFileSync(
      tpl,
      "# BÁO CÁO RIÊNG\nĐã tiếp nhận {{form06a.total.received}} hồ sơ; xếp loại {{evaluation.grade}}.\n::signature\n"
    );
    const out = t.file("mine.docx");
    const r = await tthc("report", SAMPLE, "-o", out, "--template", tpl);
    expect(r.code).toBe(0);
    const text = await documentText(out);
    expect(text).toContain("BÁO CÁO RIÊNG");
    expect(text).toContain("Đã tiếp nhận 85 hồ sơ; xếp loại Xuất sắc.");

    const broken = t.file("broken.hbs");
    fs.writeFileSync(broken, "{{#if}}\n");
    const r2 = await tthc("report", SAMPLE, "-o", t.file("broken.docx"), "--template", broken);
    expect(r2.code).toBe(2);
    expect(r2.errLines).toHaveLength(1);
    expect(fs.existsSync(t.file("broken.docx"))).toBe(false);
  });

  test("no -o: exit 2 with a Vietnamese reason", async () => {
    const r = await tthc("report", SAMPLE);
    expect(r.code).toBe(2);
    expect(r.err).toContain("-o");
  });
});
