#!/usr/bin/env node
// Bench: `tthc check` on a generated 30,000-row Biểu 06a versus a bare exceljs read of the
// same file. Each run times one bare read and one check back to back (both see the same load on
// the machine), each after a full garbage collection, and takes their ratio. Prints the medians
// of both times and the min / median / max of the per-run ratios (wall clock; the CPU-time ratio
// beside it) after a warm-up. Goal: median ≤ 1.3×.
"use strict";
const fs = require("fs");
const v8 = require("v8");
const vm = require("vm");
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

// A full collection before each timed run: neither the bare read nor the check pays for the
// garbage the other left (a major GC landing in one or the other swung the ratio by ±0.2).
v8.setFlagsFromString("--expose-gc");
const collect = global.gc ?? vm.runInNewContext("gc");

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Wall-clock and CPU time (user + system, all of the process's threads: GC included) of fn, in ms. */
async function time(fn) {
  collect();
  const t = process.hrtime.bigint();
  const c = process.cpuUsage();
  await fn();
  const used = process.cpuUsage(c);
  return { wall: Number(process.hrtime.bigint() - t) / 1e6, cpu: (used.user + used.system) / 1e3 };
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
    ratios = [],
    cpuRatios = [];
  for (let i = 0; i < RUNS; i++) {
    const b = await time(bare);
    const c = await time(check);
    tb.push(b.wall);
    tc.push(c.wall);
    ratios.push(c.wall / b.wall);
    cpuRatios.push(c.cpu / b.cpu);
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
    // On a machine shared with other work the wall-clock ratio swings; the CPU-time one much less.
    cpuRatio: median(cpuRatios),
    cpuRatios,
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
      `  ratio per run:     ${r.ratios.map((x) => x.toFixed(2)).join(" ")} ` +
        `(min ${r.ratioMin.toFixed(2)}, median ${r.ratio.toFixed(2)}, max ${r.ratioMax.toFixed(2)})`
    );
    console.log(
      `  CPU-time ratio:    ${r.cpuRatios.map((x) => x.toFixed(2)).join(" ")} (median ${r.cpuRatio.toFixed(2)})`
    );
    console.log(
      `  goal median ≤ 1.30×: ${r.ratio <= 1.3 ? "met" : "NOT met"}${r.ratioMax > 1.3 ? " (max over)" : ""}`
    );
  });
}
