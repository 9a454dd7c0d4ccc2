// Writes test-output/sample.docx (and, when LibreOffice is there, sample.pdf and page PNGs)
// so a person can look at the rendered report. Run through render-sample.test.ts.
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { renderDocx } from "../../src/docx/render";
import { sampleInput } from "./sample";

export const OUT_DIR = path.join(__dirname, "..", "..", "test-output");

export async function writeSample(convert: boolean): Promise<{ docx: string; pdf?: string; pngs: string[] }> {
  fs.mkdirSync(OUT_DIR, { recursive: true });
  const docx = path.join(OUT_DIR, "sample.docx");
  fs.writeFileSync(docx, await renderDocx(sampleInput));
  if (!convert) return { docx, pngs: [] };
  execFileSync("soffice", ["--headless", "--convert-to", "pdf", "--outdir", OUT_DIR, docx], { stdio: "ignore", timeout: 120000 });
  const pdf = path.join(OUT_DIR, "sample.pdf");
  for (const f of fs.readdirSync(OUT_DIR)) if (/^page-\d+\.png$/.test(f)) fs.unlinkSync(path.join(OUT_DIR, f));
  execFileSync("pdftoppm", ["-png", "-r", "60", pdf, path.join(OUT_DIR, "page")], { timeout: 60000 });
  const pngs = fs.readdirSync(OUT_DIR).filter((f) => /^page-\d+\.png$/.test(f)).sort();
  return { docx, pdf, pngs: pngs.map((f) => path.join(OUT_DIR, f)) };
}
