// Integration (issue 13): the signature block never splits from itself or from the closing
// paragraph, wherever the body ends on the page. The sample's report is padded one short
// paragraph at a time over more than a page, each version converted to PDF by LibreOffice, and
// on the page where "Nơi nhận:" prints, the authority line, the signer's title and name and the
// end of the closing paragraph must print too. CI installs LibreOffice and poppler-utils
// (.ci/run); on a machine without them this file says so and does not run.
import { execFileSync, spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { buildReportData } from "../../src/core/report";
import { sampleTextSheet } from "../../src/samples/textSheet";
import { generateReport } from "../../src/docx/report";
import { sample06a, sampleScore } from "./fixtures";
import { docxToPdf } from "../helpers/soffice";

const has = (cmd: string) => spawnSync("sh", ["-c", `command -v ${cmd}`]).status === 0;
const tools = has("soffice") && has("pdftotext");
if (!tools && process.env.CI)
  throw new Error("CI needs LibreOffice (soffice) and poppler-utils (pdftotext): see .ci/run");
if (!tools) console.warn("signature-split: LibreOffice or poppler-utils missing; not run here");

/** Paddings from 0 to 30 one-line paragraphs: more than a page of body text, one line at a time. */
const PADDINGS = Array.from({ length: 31 }, (_, k) => k);

(tools ? describe : describe.skip)("the signature block through LibreOffice", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tthc-sig-"));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test("never splits, for every place the body can end on a page", async () => {
    const files: string[] = [];
    for (const k of PADDINGS) {
      const text = sampleTextSheet();
      text.sections.iv4 = Array.from({ length: k }, (_, i) => `Nội dung bổ sung số ${i + 1}.`).join(
        "\n"
      );
      const { data } = buildReportData({
        form06a: sample06a(),
        score: sampleScore(),
        text,
        textMissing: [],
      });
      const file = path.join(dir, `pad-${String(k).padStart(2, "0")}.docx`);
      fs.writeFileSync(file, await generateReport(data));
      files.push(file);
    }
    docxToPdf(files, dir, 280_000);
    const broken: string[] = [];
    const signaturePages = new Set<string>();
    for (const file of files) {
      const pdf = file.replace(/\.docx$/, ".pdf");
      const pages = execFileSync("pdftotext", ["-layout", pdf, "-"]).toString().split("\f");
      const at = pages.findIndex((p) => p.includes("Nơi nhận:"));
      const page = (at >= 0 ? pages[at] : "").replace(/\s+/g, " ");
      const missing = [
        "KT. CHỦ TỊCH",
        "PHÓ CHỦ TỊCH",
        "Bùi Duy Hòa",
        "Lưu: VT, VP.",
        "tổng hợp./.",
      ].filter((s) => !page.includes(s));
      if (at < 0 || missing.length)
        broken.push(
          `${path.basename(file)}: ${at < 0 ? "no Nơi nhận" : `page ${at + 1} lacks ${missing.join(", ")}`}`
        );
      signaturePages.add(`${at + 1}/${pages.filter((p) => p.trim() !== "").length}`);
    }
    expect(broken).toEqual([]);
    // The padding moved the signature over a page boundary at least once.
    expect(new Set([...signaturePages].map((s) => s.split("/")[0])).size).toBeGreaterThan(1);
  }, 300_000);
});
