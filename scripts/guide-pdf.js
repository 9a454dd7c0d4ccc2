#!/usr/bin/env node
// `npm run guide:pdf`: docs/huong-dan-su-dung.md → docs/huong-dan-su-dung.pdf (A4, for printing),
// through the same HTML as dist/huong-dan.html (scripts/guide.js) and chromium's page.pdf().
// Run `npm run guide:screenshots` first when the pane has changed.
"use strict";

const fs = require("fs");
const path = require("path");
const { chromium } = require("playwright-core");
const { GUIDE_MD, buildGuideHtml, guideImages } = require("./guide");

const ROOT = path.resolve(__dirname, "..");
const DOCS = path.join(ROOT, "docs");
const OUT = path.join(DOCS, "huong-dan-su-dung.pdf");
const CHROMIUM = process.env.E2E_CHROMIUM || "/usr/bin/chromium";

async function main() {
  const markdown = fs.readFileSync(GUIDE_MD, "utf8");
  const missing = guideImages(markdown).filter((rel) => !fs.existsSync(path.join(DOCS, rel)));
  if (missing.length > 0)
    throw new Error(`missing screenshots (run npm run guide:screenshots): ${missing.join(", ")}`);
  if (!fs.existsSync(CHROMIUM))
    throw new Error(`${CHROMIUM} not found: apt-get install chromium (or set E2E_CHROMIUM)`);

  // The page is written beside docs/huong-dan/ so that its relative image paths resolve.
  const page = path.join(DOCS, `.huong-dan-${process.pid}.html`);
  fs.writeFileSync(page, await buildGuideHtml());
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-gpu"],
  });
  try {
    const tab = await browser.newPage();
    await tab.goto(`file://${page}`, { waitUntil: "load" });
    const broken = await tab.evaluate(() =>
      [...document.images]
        .filter((i) => !i.complete || i.naturalWidth === 0)
        .map((i) => i.getAttribute("src"))
    );
    if (broken.length > 0) throw new Error(`images that did not load: ${broken.join(", ")}`);
    const tmp = `${OUT}.${process.pid}.tmp`;
    await tab.pdf({
      path: tmp,
      format: "A4",
      printBackground: true,
      margin: { top: "16mm", bottom: "16mm", left: "15mm", right: "15mm" },
      displayHeaderFooter: true,
      headerTemplate: "<span></span>",
      footerTemplate:
        '<div style="font-size:8px;width:100%;text-align:center;color:#555">Hướng dẫn sử dụng Báo cáo TTHC — trang <span class="pageNumber"></span>/<span class="totalPages"></span></div>',
    });
    fs.renameSync(tmp, OUT);
  } finally {
    await browser.close();
    fs.rmSync(page, { force: true });
  }
  console.log(`${path.relative(ROOT, OUT)}: ${Math.round(fs.statSync(OUT).size / 1024)} KB`);
}

main().catch((e) => {
  console.error(`guide-pdf: ${e.message}`);
  process.exit(1);
});
