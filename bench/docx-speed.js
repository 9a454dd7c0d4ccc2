#!/usr/bin/env node
// Bench: time to build the sample's Word report (ReportData → markup → .docx bytes) after a
// warm-up. Goal < 300 ms. The workbook is read once; only report generation is timed.
"use strict";
const path = require("path");
const { readWorkbookFile } = require("../lib/host/xlsx/index.js");
const { analyse, reportDataOf } = require("../lib/core/workbook.js");
const { generateReport } = require("../lib/docx/report.js");

const RUNS = Number(process.env.BENCH_RUNS || 10);
const sample = path.resolve(__dirname, "../samples/bao-cao-quy-1-2024-phu-son.xlsx");

async function measure() {
  const { snapshot } = await readWorkbookFile(sample);
  const timeOnce = async () => {
    const t = process.hrtime.bigint();
    const { data } = reportDataOf(snapshot, analyse(snapshot));
    const bytes = await generateReport(data, {});
    return { ms: Number(process.hrtime.bigint() - t) / 1e6, size: bytes.length };
  };
  for (let i = 0; i < 3; i++) await timeOnce(); // warm-up
  const runs = [];
  let size = 0;
  for (let i = 0; i < RUNS; i++) {
    const r = await timeOnce();
    runs.push(r.ms);
    size = r.size;
  }
  runs.sort((a, b) => a - b);
  return {
    medianMs: runs[Math.floor(runs.length / 2)],
    maxMs: runs[runs.length - 1],
    size,
    runs: RUNS,
  };
}

module.exports = { measure };

if (require.main === module) {
  measure().then((r) => {
    console.log(
      `Word report of the sample (analyse + ReportData + template + docx), ${r.runs} runs after warm-up:`
    );
    console.log(
      `  median ${r.medianMs.toFixed(0)} ms, max ${r.maxMs.toFixed(0)} ms, ${Math.round(r.size / 1024)} KB ` +
        `(goal < 300 ms: ${r.medianMs < 300 ? "met" : "NOT met"})`
    );
  });
}
