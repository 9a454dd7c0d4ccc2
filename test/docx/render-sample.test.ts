// Writes test-output/sample.docx for a person to look at. With TTHC_RENDER_PDF=1 it also
// converts it with LibreOffice and pdftoppm into test-output/page-N.png.
import * as fs from "fs";
import { writeSample } from "./render-sample";

test("writes test-output/sample.docx", async () => {
  const convert = process.env.TTHC_RENDER_PDF === "1";
  const out = await writeSample(convert);
  expect(fs.statSync(out.docx).size).toBeGreaterThan(5000);
  if (convert) expect(out.pngs.length).toBeGreaterThan(0);
});
