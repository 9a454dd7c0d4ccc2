// Writes test-output/sample.docx and sample-variants.docx for a person to look at (with
// TTHC_RENDER_PDF=1 also their page PNGs), and checks what each file must hold: the header,
// the body and the signature of the sample; the variant's 52-row Biểu 06a in a landscape
// section with its header rows repeated on every page.
import * as fs from "fs";
import { openDocx, paragraphTexts, sections } from "./docx-xml";
import { writeSample } from "./render-sample";

test("writes the sample documents to test-output/, each holding what it was given", async () => {
  const toPng = process.env.TTHC_RENDER_PDF === "1";
  const out = await writeSample(toPng);
  expect(out.docx).toHaveLength(2);
  const [sample, variant] = await Promise.all(
    out.docx.map(async (f) => openDocx(new Uint8Array(fs.readFileSync(f))))
  );

  const texts = paragraphTexts(sample.document);
  for (const line of [
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Độc lập - Tự do - Hạnh phúc",
    "BÁO CÁO",
    "Nơi nhận:",
    "Bùi Duy Hòa",
  ]) {
    expect(texts).toContain(line);
  }

  const secs = sections(variant.document);
  expect(secs).toHaveLength(2);
  expect(secs[1]).toMatch(/w:orient="landscape"/);
  const tables = variant.document.match(/<w:tbl>[\s\S]*?<\/w:tbl>/g) ?? [];
  const t06a = tables.find((t) => paragraphTexts(t).includes("Lĩnh vực thứ 52"));
  expect(t06a).toBeDefined();
  const rows = t06a!.match(/<w:tr>[\s\S]*?<\/w:tr>/g) ?? [];
  const headerRows = rows.filter((r) => /<w:tblHeader\/>/.test(r));
  expect(headerRows.length).toBeGreaterThanOrEqual(3);
  expect(rows.length - headerRows.length).toBe(53); // 52 fields and the total
  // Two recipients: "Kính gửi:" and one line each, the last ending with a full stop.
  expect(paragraphTexts(variant.document)).toEqual(
    expect.arrayContaining([
      "Kính gửi:",
      "- UBND thị xã Bỉm Sơn;",
      "- Văn phòng HĐND và UBND thị xã.",
    ])
  );
  if (toPng) expect(out.pngs.length).toBeGreaterThan(4);
});
