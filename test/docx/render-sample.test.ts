// Writes test-output/sample.docx and sample-variants.docx for a person to look at. With
// TTHC_RENDER_PDF=1 it also converts them with LibreOffice and pdftoppm into
// test-output/page-N.png and variant-N.png.
import * as fs from "fs";
import { writeSample } from "./render-sample";

test("writes the sample documents to test-output/", async () => {
  const toPng = process.env.TTHC_RENDER_PDF === "1";
  const out = await writeSample(toPng);
  for (const f of out.docx) expect(fs.statSync(f).size).toBeGreaterThan(5000);
  if (toPng) expect(out.pngs.length).toBeGreaterThan(4);
});
