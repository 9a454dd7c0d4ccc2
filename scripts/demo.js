#!/usr/bin/env node
// npm run demo: the main job on the bundled sample workbook — check, fill, score and the Word
// report — with the results printed and the files written under out/.
"use strict";
const fs = require("fs");
const path = require("path");
const { main } = require("../lib/cli/main.js");

const root = path.resolve(__dirname, "..");
const sample = path.join(root, "samples", "bao-cao-quy-1-2024-phu-son.xlsx");
const outDir = path.join(root, "out");
fs.mkdirSync(outDir, { recursive: true });

const steps = [
  { title: "1. Kiểm tra Biểu 06a và bảng đánh giá (tthc check)", argv: ["check", sample] },
  { title: "2. Điền công thức, dòng tổng và tỷ lệ (tthc fill)", argv: ["fill", sample, "-o", path.join(outDir, "bao-cao-da-dien.xlsx")] },
  { title: "3. Chấm điểm chín chỉ số (tthc score)", argv: ["score", sample] },
  { title: "4. Tạo báo cáo Word (tthc report)", argv: ["report", sample, "-o", path.join(outDir, "bao-cao-quy-1-2024.docx")] },
];

(async () => {
  let worst = 0;
  for (const s of steps) {
    console.log("\n== " + s.title + " ==");
    console.log("$ tthc " + s.argv.map((a) => (a.startsWith(root) ? path.relative(root, a) : a)).join(" "));
    const code = await main(["node", "tthc", ...s.argv]);
    console.log(`(mã thoát ${code})`);
    worst = Math.max(worst, code);
  }
  console.log("\nCác tệp kết quả nằm trong " + path.relative(process.cwd(), outDir) + "/");
  process.exitCode = worst;
})();
