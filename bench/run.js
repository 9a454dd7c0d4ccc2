#!/usr/bin/env node
// npm run bench: every speed and size figure of the project, printed.
"use strict";
const fs = require("fs");
const path = require("path");

(async () => {
  const check = await require("./check-speed.js").measure();
  console.log(`\n[1] tthc check vs bare exceljs read, ${check.rows} rows`);
  console.log(
    `    bare exceljs read ${check.bareMs.toFixed(0)} ms · check ${check.checkMs.toFixed(0)} ms · ` +
      `ratio per run min ${check.ratioMin.toFixed(2)} / median ${check.ratio.toFixed(2)} / max ${check.ratioMax.toFixed(2)}× ` +
      `over ${check.runs} runs, CPU-time ratio median ${check.cpuRatio.toFixed(2)}× ` +
      `(goal median ≤ 1.30×: ${check.ratio <= 1.3 ? "met" : "NOT met"})`
  );

  const docx = await require("./docx-speed.js").measure();
  console.log(`\n[2] Word report of the sample after warm-up`);
  console.log(
    `    median ${docx.medianMs.toFixed(0)} ms, max ${docx.maxMs.toFixed(0)} ms over ${docx.runs} runs ` +
      `(goal < 300 ms: ${docx.medianMs < 300 ? "met" : "NOT met"})`
  );

  const dist = path.resolve(__dirname, "../dist");
  console.log(`\n[3] Task pane start-up JavaScript (gzip)`);
  if (fs.existsSync(path.join(dist, "taskpane.html"))) {
    const { measure, report } = require("./startup-size.js");
    console.log(report(measure(dist)).replace(/^/gm, "    "));
  } else {
    console.log("    dist/ not built: run `npm run build` first, then `npm run bench` again.");
  }

  console.log(
    `\n[5] Office host on the fake with Excel on the web's limits (5 MB per request/response): syncs per command`
  );
  const office = require("../lib-bench/bench/office-syncs.js");
  console.log(office.reportOffice(await office.measureOffice()).replace(/^/gm, "    "));

  const rollup = require("./rollup.js");
  console.log(`\n[4] tthc rollup of generated unit workbooks (52 fields and an evaluation each)`);
  console.log(rollup.report(await rollup.measure()).replace(/^/gm, "    "));
})();
