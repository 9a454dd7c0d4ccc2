#!/usr/bin/env node
// Bench: `tthc check` on a generated 30,000-row Biểu 06a versus a bare exceljs read of the
// same file. Each run times one bare read and one check back to back (so both see the same load on
// the machine) and takes their ratio; prints the medians of both times and the min / median / max
// of the per-run ratios after a warm-up. Goal ≤ 1.3× (the median).
"use strict";
const fs = require("fs");
const os = require("os");
const path = require("path");
const ExcelJS = require("exceljs");
const { layout06a } = require("../lib/core/form06a/layout.js");
const { applyEdits } = require("../lib/host/xlsx/index.js");
const { main } = require("../lib/cli/main.js");

const ROWS = Number(process.env.BENCH_ROWS || 30000);
const RUNS = Number(process.env.BENCH_RUNS || 3);

function rowCounts(i) {
  const online = (i * 7) % 13,
    direct = (i * 3) % 5,
    carriedOver = i % 2;
  const received = online + direct + carriedOver;
  const resolved = online + direct;
  const early = Math.floor(resolved * 0.6);
  const late = i % 5 === 0 && resolved - early > 0 ? 1 : 0;
  const onTime = resolved - early - late;
  return {
    received,
    online,
    direct,
    carriedOver,
    resolved,
    early,
    onTime,
    late,
    pending: carriedOver,
    withinTime: carriedOver,
    overdue: 0,
  };
}

async function makeFile(file) {
  const rows = [];
  const total = {};
  for (let i = 0; i < ROWS; i++) {
    const c = rowCounts(i);
    for (const k of Object.keys(c)) total[k] = (total[k] || 0) + c[k];
    rows.push({ name: `Lĩnh vực thử nghiệm số ${i + 1}`, counts: c });
  }
  const wb = new ExcelJS.Workbook();
  applyEdits(
    wb,
    layout06a({
      sheet: "Biểu 06a",
      unit: "UBND PHƯỜNG THỬ NGHIỆM",
      period: { from: { y: 2023, m: 12, d: 15 }, to: { y: 2024, m: 3, d: 14 } },
      rows,
      total,
    })
  );
  await wb.xlsx.writeFile(file);
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function time(fn) {
  const t = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - t) / 1e6;
}

async function measure() {
  // BENCH_FILE: time an existing file (one kept by BENCH_KEEP=1) instead of generating one.
  const given = process.env.BENCH_FILE;
  const dir = given ? null : fs.mkdtempSync(path.join(os.tmpdir(), "tthc-bench-"));
  const file = given || path.join(dir, `06a-${ROWS}.xlsx`);
  if (!given) await makeFile(file);
  const quiet = { out: () => {}, err: (s) => process.stderr.write(s + "\n") };
  const bare = async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
  };
  let code = -1;
  const check = async () => {
    code = await main(["node", "tthc", "check", file, "--json"], quiet);
  };
  await bare();
  await check(); // warm-up
  const tb = [],
    tc = [],
    ratios = [];
  for (let i = 0; i < RUNS; i++) {
    tb.push(await time(bare));
    tc.push(await time(check));
    ratios.push(tc[i] / tb[i]);
  }
  if (dir && !process.env.BENCH_KEEP) fs.rmSync(dir, { recursive: true, force: true });
  else if (dir) console.log(file);
  const b = median(tb),
    c = median(tc);
  const sorted = [...ratios].sort((x, y) => x - y);
  return {
    rows: ROWS,
    runs: RUNS,
    bareMs: b,
    checkMs: c,
    ratio: median(ratios),
    ratioMin: sorted[0],
    ratioMax: sorted[sorted.length - 1],
    ratios,
    exitCode: code,
  };
}

module.exports = { measure };

if (require.main === module) {
  measure().then((r) => {
    console.log(`check vs bare exceljs read, ${r.rows} rows (median of ${RUNS}):`);
    console.log(`  bare exceljs read: ${r.bareMs.toFixed(0)} ms`);
    console.log(`  tthc check:        ${r.checkMs.toFixed(0)} ms (exit ${r.exitCode})`);
    console.log(
      `  ratio per run:     ${r.ratios.map((x) => x.toFixed(2)).join(" ")} (min ${r.ratioMin.toFixed(2)}, median ${r.ratio.toFixed(2)}, max ${r.ratioMax.toFixed(2)})`
    );
    console.log(
      `  goal median ≤ 1.30×: ${r.ratio <= 1.3 ? "met" : "NOT met"}${r.ratioMax > 1.3 ? " (max over)" : ""}`
    );
  });
}
