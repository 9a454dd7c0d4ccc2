#!/usr/bin/env node
// `npm run guide:screenshots`: the screenshots of the clerks' guide (docs/huong-dan-su-dung.md),
// taken from the in-browser preview (the real task pane beside a simulated workbook, on the fake
// Excel) so that they follow the pane as it changes. A quarter's work on the bundled sample:
// open, Kiểm tra, read and fix, Điền số liệu, Chấm điểm, Thuyết minh, Tạo báo cáo, and the Word
// file that is sent (rendered with LibreOffice when `soffice` is installed); then Chấm điểm under
// NĐ 118/2025 on the second sample (samples/bao-cao-quy-3-2026-hac-thanh.xlsx).
//
// Needs dist/ with preview.html (npm run build or npm run build:dev; the npm script builds first)
// and Debian's /usr/bin/chromium (or E2E_CHROMIUM) driven by playwright-core. Writes
// docs/huong-dan/NN-name.png; fails, naming the step, when the preview does not do what the guide
// says.
"use strict";

const fs = require("fs");
const os = require("os");
const path = require("path");
const { spawnSync } = require("child_process");
const { chromium } = require("playwright-core");
const { serve } = require("./serve-dist");

const ROOT = path.resolve(__dirname, "..");
const DIST = path.join(ROOT, "dist");
const OUT = path.join(ROOT, "docs", "huong-dan");
const CHROMIUM = process.env.E2E_CHROMIUM || "/usr/bin/chromium";
const VIEWPORT = { width: 1200, height: 760 };

async function until(what, probe, timeout = 30000) {
  const end = Date.now() + timeout;
  for (;;) {
    try {
      if (await probe()) return;
    } catch {
      // not there yet
    }
    if (Date.now() > end) throw new Error(`timed out waiting until ${what}`);
    await new Promise((r) => setTimeout(r, 150));
  }
}

/**
 * Screenshots of the pane are flat colours: 256 of them lose nothing visible and halve the file
 * (ImageMagick's convert, when installed; otherwise the PNG stays as chromium wrote it).
 */
function smaller(file) {
  const tmp = `${file}.tmp.png`;
  const r = spawnSync("convert", [file, "-colors", "256", `PNG8:${tmp}`], { encoding: "utf8" });
  if (r.status === 0 && fs.existsSync(tmp) && fs.statSync(tmp).size < fs.statSync(file).size)
    fs.renameSync(tmp, file);
  else fs.rmSync(tmp, { force: true });
}

async function main() {
  if (!fs.existsSync(path.join(DIST, "preview.html"))) {
    throw new Error(
      "dist/preview.html is missing: run `npm run build:dev` (or `npm run guide:screenshots`, which builds first)"
    );
  }
  if (!fs.existsSync(CHROMIUM))
    throw new Error(`${CHROMIUM} not found: apt-get install chromium (or set E2E_CHROMIUM)`);
  fs.mkdirSync(OUT, { recursive: true });
  const served = await serve({ dir: DIST, port: 0 });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--no-first-run",
    ],
  });
  const written = [];
  try {
    const context = await browser.newContext({
      viewport: VIEWPORT,
      acceptDownloads: true,
      locale: "vi-VN",
    });
    const page = await context.newPage();
    const errors = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(`${served.url}preview.html`);
    const pane = page.locator("#pane");
    const tab = (name) => pane.getByRole("tab", { name, exact: true });
    const button = (name) => pane.getByRole("button", { name, exact: true });
    const cell = (a) => page.locator(`table.grid td[data-address="${a}"]`);
    const findings = () => pane.getByRole("listitem").filter({ hasText: /![A-Z]{1,3}\d+/ });
    const shot = async (name, step) => {
      await page.waitForTimeout(250);
      const file = path.join(OUT, `${name}.png`);
      await page.screenshot({ path: file });
      smaller(file);
      written.push(file);
      console.log(`  ${path.relative(ROOT, file)}  (${step})`);
    };
    /** Show a sheet of the simulated workbook from its top-left corner. */
    const showSheet = async (name) => {
      await page.locator(".wb-tabs").getByRole("tab", { name, exact: true }).click();
      await page.locator(`table.grid[data-sheet="${name}"]`).waitFor();
      await page.evaluate(() => {
        for (let el = document.querySelector("table.grid"); el; el = el.parentElement) {
          el.scrollLeft = 0;
          el.scrollTop = 0;
        }
      });
    };
    const typeInto = async (address, text) => {
      await cell(address).click();
      const bar = page.getByRole("textbox", { name: "Nội dung ô (nhấn Enter để ghi)" });
      await bar.fill(text);
      await bar.press("Enter");
    };

    // 1. The system's export, open in Excel (here: the sample in the simulated workbook).
    await pane.getByRole("tablist", { name: "Chức năng" }).waitFor();
    await page.locator("table.grid").first().waitFor();
    await shot("01-mo-so", "the export open, the pane beside it");

    // 2. Kiểm tra: the sample has two warnings.
    await tab("Kiểm tra").click();
    await button("Kiểm tra").click();
    await until("the findings are listed", async () => (await findings().count()) >= 2);
    await shot("02-kiem-tra", "Kiểm tra: findings listed, cells marked");

    // 3. Read and fix: a typing slip in D19 makes an error; a click on it selects the cell.
    await typeInto("D19", "29");
    await button("Kiểm tra").click();
    const error = findings().filter({ hasText: "Biểu 06a!C19" });
    await error.waitFor({ timeout: 30000 });
    await error.getByRole("button").click();
    await until(
      "C19 is selected",
      async () => (await page.getByRole("textbox", { name: "Ô đang chọn" }).inputValue()) === "C19"
    );
    await shot("03-doc-va-sua", "an error listed, its cell selected");
    await typeInto("D19", "31");
    await button("Kiểm tra").click();
    await until(
      "the error is gone",
      async () => (await findings().filter({ hasText: "Biểu 06a!C19" }).count()) === 0
    );

    // 4. Điền số liệu: preview, then fill; the total row and the percentages.
    await tab("Điền số liệu").click();
    await button("Xem trước").click();
    // The preview lists each cell with its columns by number ("C10 = (4) + (5) + (6)").
    await pane
      .getByRole("row")
      .filter({ has: page.getByRole("cell", { name: "C10", exact: true }) })
      .waitFor({ timeout: 30000 });
    await shot("04-xem-truoc", "Điền số liệu: Xem trước");
    await button("Điền số liệu").click();
    await until(
      "C10 holds its formula",
      async () => (await cell("C10").getAttribute("data-formula")) === "=SUM(D10:F10)"
    );
    await cell("O62").click();
    await shot("05-dien-so-lieu", "Điền số liệu: formulas, total row, percentages");

    // 5. Chấm điểm, beside the Đánh giá sheet.
    await showSheet("Đánh giá");
    await tab("Chấm điểm").click();
    await button("Chấm điểm").click();
    const scoreView = pane.getByRole("tabpanel", { name: "Chấm điểm" });
    await scoreView.getByText("Xuất sắc").first().waitFor({ timeout: 30000 });
    await shot("06-cham-diem", "Chấm điểm: nine indices, total, grade");

    // 6. Thuyết minh: the sheet the report's text comes from.
    await showSheet("Thuyết minh");
    await shot("07-thuyet-minh", "the Thuyết minh sheet");

    // 7. Tạo báo cáo: the Word file downloads.
    await tab("Tạo báo cáo").click();
    const downloaded = page.waitForEvent("download", { timeout: 90000 });
    await button("Tạo báo cáo").click();
    const download = await downloaded;
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "tthc-guide-"));
    const docx = path.join(tmp, download.suggestedFilename());
    await download.saveAs(docx);
    await shot("08-tao-bao-cao", `Tạo báo cáo: ${download.suggestedFilename()}`);

    // 8. What is sent: the Word file's first page (LibreOffice → PDF → PNG), when soffice exists.
    const soffice = spawnSync(
      "soffice",
      ["--headless", "--convert-to", "pdf", "--outdir", tmp, docx],
      { encoding: "utf8", timeout: 120000 }
    );
    const pdf = docx.replace(/\.docx$/, ".pdf");
    if (soffice.status === 0 && fs.existsSync(pdf)) {
      const prefix = path.join(tmp, "page");
      const r = spawnSync(
        "pdftoppm",
        ["-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile", pdf, prefix],
        { encoding: "utf8" }
      );
      if (r.status === 0) {
        fs.copyFileSync(`${prefix}.png`, path.join(OUT, "09-bao-cao-word.png"));
        smaller(path.join(OUT, "09-bao-cao-word.png"));
        written.push(path.join(OUT, "09-bao-cao-word.png"));
        console.log("  docs/huong-dan/09-bao-cao-word.png  (the Word report's first page)");
      }
    } else {
      console.warn("  (soffice not available: 09-bao-cao-word.png kept as it was)");
    }
    // 9. Chấm điểm under NĐ 118/2025 (periods from 01/07/2025): the second sample (phường Hạc
    // Thành, Q3/2026) opened through the preview's file input, beside its Đánh giá Điều 33 sheet.
    const nd118 = path.join(ROOT, "samples", "bao-cao-quy-3-2026-hac-thanh.xlsx");
    await page.getByLabel("Mở tệp .xlsx…").setInputFiles(nd118);
    await page.locator(".wb-file", { hasText: path.basename(nd118) }).waitFor({ timeout: 30000 });
    await page.locator("table.grid").first().waitFor();
    await showSheet("Đánh giá Điều 33");
    await tab("Chấm điểm").click();
    await button("Chấm điểm").click();
    await scoreView.getByRole("heading", { name: /khoản 1 Điều 33/ }).waitFor({ timeout: 30000 });
    if (await scoreView.getByText(/Xếp loại/).count())
      throw new Error("Chấm điểm on the NĐ 118/2025 sample shows a grade");
    await shot("06b-cham-diem-nd118", "Chấm điểm (NĐ 118/2025): the Điều 33.1 contents, no grade");

    if (errors.length > 0) throw new Error(`the preview raised errors: ${errors.join("; ")}`);
    await context.close();
  } finally {
    await browser.close();
    await served.close();
  }
  console.log(`${written.length} screenshots in ${path.relative(ROOT, OUT)}/`);
}

main().catch((e) => {
  console.error(`guide-screenshots: ${e.message}`);
  process.exit(1);
});
