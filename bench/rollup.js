#!/usr/bin/env node
// Bench: `tthc rollup` on 600 generated unit workbooks (52 fields each, like the sample, with
// random valid counts, and an evaluation sheet). Generation is not timed. The roll-up runs in a
// child process (`node bench/rollup.js --child …` → the CLI's main()), once per worker setting;
// the child reports its wall time and peak memory (process.resourceUsage().maxRSS, which counts
// the worker threads too: they share the process). Goal: under 60 s and under 1 GB.
//   node bench/rollup.js            600 units, workers 0 and 2
//   BENCH_UNITS=100 BENCH_WORKERS=0,1,2 BENCH_KEEP=1 node bench/rollup.js
"use strict";
const fs = require("fs");
const os = require("os");
const path = require("path");
const { spawnSync } = require("child_process");

const UNITS = Number(process.env.BENCH_UNITS || 600);
const WORKERS = (process.env.BENCH_WORKERS || "0,2").split(",").map(Number);

// ---- The child: run the CLI in this process, report figures as one JSON line on stdout. ----
if (process.argv[2] === "--child") {
  const { main } = require("../lib/cli/main.js");
  const t = process.hrtime.bigint();
  const quiet = { out: () => {}, err: () => {} };
  main(["node", "tthc", "rollup", ...process.argv.slice(3)], quiet).then((code) => {
    const ms = Number(process.hrtime.bigint() - t) / 1e6;
    const u = process.resourceUsage();
    process.stdout.write(
      JSON.stringify({
        code,
        ms,
        maxRssKB: u.maxRSS,
        cpuMs: (u.userCPUTime + u.systemCPUTime) / 1000,
      }) + "\n"
    );
  });
  return;
}

// ---- Generation ----
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const int = (r, n) => Math.floor(r() * (n + 1));

/** Eleven counts (3)…(13) that satisfy every relation of the form. */
function validCounts(r) {
  const zero = r() < 0.6;
  const online = zero ? 0 : int(r, 20),
    direct = zero ? 0 : int(r, 20),
    carriedOver = zero ? 0 : int(r, 3);
  const received = online + direct + carriedOver;
  const pending = int(r, Math.min(received, 3));
  const resolved = received - pending;
  const early = int(r, resolved);
  const late = int(r, Math.min(resolved - early, 1));
  const onTime = resolved - early - late;
  const overdue = int(r, Math.min(pending, 1));
  return {
    received,
    online,
    direct,
    carriedOver,
    resolved,
    early,
    onTime,
    late,
    pending,
    withinTime: pending - overdue,
    overdue,
  };
}

async function generate(dir, n) {
  const ExcelJS = require("exceljs");
  const { layout06a } = require("../lib/core/form06a/layout.js");
  const { layoutEvaluationSheet, gradeFor } = require("../lib/core/evaluation/index.js");
  const { applyEdits } = require("../lib/host/xlsx/index.js");
  const { SAMPLE_06A_ROWS } = require("../lib/samples/sample06a.js");
  const period = { from: { y: 2023, m: 12, d: 15 }, to: { y: 2024, m: 3, d: 14 } };
  for (let i = 0; i < n; i++) {
    const r = rng(7 + i);
    const unit = `UBND ${i % 3 === 0 ? "XÃ" : "PHƯỜNG"} THỬ NGHIỆM ${i + 1}`;
    const rows = SAMPLE_06A_ROWS.map(([name]) => ({ name, counts: validCounts(r) }));
    const total = {};
    for (const row of rows)
      for (const [k, v] of Object.entries(row.counts)) total[k] = (total[k] || 0) + v;
    const scores = Array.from({ length: 9 }, () => [1.5, 1.6, 1.8, 1.9, 2][int(r, 4)]);
    const sum = Math.round(scores.reduce((a, b) => a + b, 0) * 10) / 10;
    const wb = new ExcelJS.Workbook();
    applyEdits(
      wb,
      layout06a({ sheet: "Biểu 06a", unit, recipient: "UBND thị xã Bỉm Sơn", period, rows, total })
    );
    applyEdits(
      wb,
      layoutEvaluationSheet({
        sheet: "Đánh giá",
        unit,
        periodLabel: "Quý 1, Năm 2024",
        scores: { self: scores, appraised: scores },
        ballotsCount: 40 + int(r, 80),
        satisfaction: [0, 0, 0, 20, 80],
        grade: gradeFor(sum),
      })
    );
    fs.writeFileSync(
      path.join(dir, `don-vi-${String(i + 1).padStart(3, "0")}.xlsx`),
      Buffer.from(await wb.xlsx.writeBuffer())
    );
  }
}

function runChild(dir, out, workers) {
  const t = process.hrtime.bigint();
  const r = spawnSync(
    process.execPath,
    [__filename, "--child", dir, "-o", out, "--workers", String(workers)],
    { encoding: "utf8", maxBuffer: 1 << 20 }
  );
  const wallMs = Number(process.hrtime.bigint() - t) / 1e6;
  const line = (r.stdout || "").trim().split("\n").pop();
  let j;
  try {
    j = JSON.parse(line);
  } catch {
    throw new Error(`rollup child failed (status ${r.status}): ${r.stderr}`);
  }
  return { workers, code: j.code, wallMs, runMs: j.ms, cpuMs: j.cpuMs, peakMB: j.maxRssKB / 1024 };
}

async function measure() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tthc-rollup-bench-"));
  const units = path.join(dir, "don-vi");
  fs.mkdirSync(units);
  const g = Date.now();
  await generate(units, UNITS);
  const genMs = Date.now() - g;
  const bytes = fs
    .readdirSync(units)
    .reduce((s, f) => s + fs.statSync(path.join(units, f)).size, 0);
  const runs = WORKERS.map((w) => runChild(units, path.join(dir, `huyen-${w}.xlsx`), w));
  if (!process.env.BENCH_KEEP) fs.rmSync(dir, { recursive: true, force: true });
  else console.log(dir);
  return { units: UNITS, genMs, bytes, runs, cores: os.cpus().length };
}

const verdict = (r) => (r.wallMs < 60000 && r.peakMB < 1024 ? "met" : "NOT met");

function report(m) {
  const lines = [
    `${m.units} unit workbooks (${(m.bytes / 1e6).toFixed(1)} MB, ` +
      `generated in ${(m.genMs / 1000).toFixed(0)} s, not timed), ${m.cores} cores:`,
  ];
  for (const r of m.runs)
    lines.push(
      `workers ${r.workers}: ${(r.wallMs / 1000).toFixed(1)} s wall ` +
        `(roll-up ${(r.runMs / 1000).toFixed(1)} s, CPU ${(r.cpuMs / 1000).toFixed(1)} s), ` +
        `peak RSS ${r.peakMB.toFixed(0)} MB, exit ${r.code} (goal < 60 s, < 1 GB: ${verdict(r)})`
    );
  return lines.join("\n");
}

module.exports = { measure, report, generate };

if (require.main === module) {
  measure().then((m) => console.log(report(m)));
}
