#!/usr/bin/env node
// npm run demo: the main job on both bundled sample workbooks — check, fill, score and the Word
// report — with the results printed and the files written under out/. The Q1/2024 ward reports
// under Nghị định 61/2018/NĐ-CP, the Q3/2026 phường under Nghị định 118/2025/NĐ-CP: the regime
// is chosen by the period's end date, and each report says which one it used.
"use strict";
const fs = require("fs");
const path = require("path");
const { main } = require("../lib/cli/main.js");

const root = path.resolve(__dirname, "..");
const outDir = path.join(root, "out");
fs.mkdirSync(outDir, { recursive: true });

const samples = [
  {
    title: "Mẫu 1: UBND phường Phú Sơn, quý I/2024",
    file: "bao-cao-quy-1-2024-phu-son.xlsx",
    stem: "quy-1-2024",
  },
  {
    title: "Mẫu 2: UBND phường Hạc Thành, quý III/2026 (15/06–14/09/2026)",
    file: "bao-cao-quy-3-2026-hac-thanh.xlsx",
    stem: "quy-3-2026",
  },
];

(async () => {
  let worst = 0;
  const used = [];
  for (const s of samples) {
    const sample = path.join(root, "samples", s.file);
    console.log("\n#### " + s.title + " ####");
    const steps = [
      { title: "1. Kiểm tra Biểu 06a và bảng đánh giá (tthc check)", argv: ["check", sample] },
      {
        title: "2. Điền công thức, dòng tổng và tỷ lệ (tthc fill)",
        argv: ["fill", sample, "-o", path.join(outDir, `bao-cao-${s.stem}-da-dien.xlsx`)],
      },
      { title: "3. Kết quả đánh giá (tthc score)", argv: ["score", sample] },
      {
        title: "4. Tạo báo cáo Word (tthc report)",
        argv: ["report", sample, "-o", path.join(outDir, `bao-cao-${s.stem}.docx`)],
      },
    ];
    for (const st of steps) {
      console.log("\n== " + st.title + " ==");
      console.log(
        "$ tthc " + st.argv.map((a) => (a.startsWith(root) ? path.relative(root, a) : a)).join(" ")
      );
      const lines = [];
      const io = { out: (x) => (console.log(x), lines.push(x)), err: (x) => console.error(x) };
      const code = await main(["node", "tthc", ...st.argv], io);
      console.log(`(mã thoát ${code})`);
      if (st.argv[0] === "report")
        used.push(
          `${s.title}: ${(lines.find((l) => l.startsWith("Chế độ báo cáo")) || "chế độ báo cáo: không rõ").replace(/^Chế độ báo cáo: /, "")}`
        );
      worst = Math.max(worst, code);
    }
  }
  console.log("\nChế độ báo cáo đã dùng:");
  for (const u of used) console.log("  " + u);
  console.log("\nCác tệp kết quả nằm trong " + path.relative(process.cwd(), outDir) + "/");
  process.exitCode = worst;
})();
