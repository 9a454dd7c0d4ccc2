// Integration: the sample's report, converted to PDF by LibreOffice, carries the workbook's
// figures (issue 4). CI installs libreoffice-writer-nogui and poppler-utils (.ci/run); on a
// developer machine without them this file says so and does not run.
import { execFileSync, spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { SAMPLE, tthc } from "../helpers/xlsx";
import { docxToPdf } from "../helpers/soffice";

const has = (cmd: string) => spawnSync("sh", ["-c", `command -v ${cmd}`]).status === 0;
const tools = has("soffice") && has("pdftotext") && has("pdfinfo");
if (!tools && process.env.CI)
  throw new Error(
    "CI needs LibreOffice (soffice) and poppler-utils (pdftotext, pdfinfo): see .ci/run"
  );
if (!tools)
  console.warn(
    "pdf.integration: LibreOffice or poppler-utils missing (apt-get install -y libreoffice-writer-nogui poppler-utils); not run here"
  );

(tools ? describe : describe.skip)("the sample's report through LibreOffice", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tthc-pdf-"));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test("converts to PDF and the text has the key figures", async () => {
    const docx = path.join(dir, "bao-cao.docx");
    expect((await tthc("report", SAMPLE, "-o", docx)).code).toBe(0);
    const [pdf] = docxToPdf([docx], dir);
    expect(fs.existsSync(pdf)).toBe(true);
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [pdf]).toString())![1]);
    expect(pages).toBeGreaterThanOrEqual(4);
    const text = execFileSync("pdftotext", [pdf, "-"]).toString().replace(/\s+/g, " ");
    for (const s of [
      "UBND PHƯỜNG PHÚ SƠN",
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "85 hồ sơ",
      "82 hồ sơ",
      "73,2%",
      "17,4",
      "Xuất sắc",
      "78,6%",
      "Bùi Duy Hòa",
    ])
      expect(text).toContain(s);
  }, 240_000);
});
