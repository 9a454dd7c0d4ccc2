#!/usr/bin/env node
// The bundled sample workbook (samples/bao-cao-quy-1-2024-phu-son.xlsx) as the JSON the in-browser
// preview starts from: { name, snapshot, layout } where snapshot is the Grid WorkbookSnapshot the
// CLI reads (dates as {"$date": ISO}) and layout the column widths and formats the preview draws.
// Uses the compiled CLI lib (lib/host/xlsx); compiles it first (tsc -p tsconfig.cli.json) when it
// is missing or older than its sources.
//
//   node scripts/sample-snapshot.js [OUT.json] [--xlsx FILE]   (default OUT: lib/preview/sample-snapshot.json)
//   require("./scripts/sample-snapshot").writeSampleSnapshot(out?) → Promise<out>   (webpack.config.js)
"use strict";

const fs = require("fs");
const path = require("path");
const { execFileSync } = require("child_process");

const ROOT = path.resolve(__dirname, "..");
const SAMPLE = path.join(ROOT, "samples", "bao-cao-quy-1-2024-phu-son.xlsx");
const DEFAULT_OUT = path.join(ROOT, "lib", "preview", "sample-snapshot.json");
/** Sources of the lib files this script loads; lib is rebuilt when one is newer than its output. */
const SOURCES = ["src/host/xlsx/index.ts", "src/host/xlsx/snapshot.ts", "src/core/grid.ts"];

function mtime(file) {
  try {
    return fs.statSync(file).mtimeMs;
  } catch {
    return -1;
  }
}

function libIsFresh() {
  return SOURCES.every((src) => {
    const out = path.join(ROOT, src.replace(/^src\//, "lib/").replace(/\.ts$/, ".js"));
    const built = mtime(out);
    return built >= 0 && built >= mtime(path.join(ROOT, src));
  });
}

function ensureLib() {
  if (libIsFresh()) return;
  const tsc = require.resolve("typescript/bin/tsc", { paths: [ROOT] });
  try {
    execFileSync(process.execPath, [tsc, "-p", path.join(ROOT, "tsconfig.cli.json")], {
      cwd: ROOT,
      stdio: "pipe",
    });
  } catch (e) {
    // tsc still emits when some other file of the CLI project has type errors (work in progress
    // elsewhere); what this script loads is enough.
    if (!libIsFresh())
      throw new Error(`tsc -p tsconfig.cli.json failed:\n${String(e.stdout || e.message).trim()}`);
    console.warn(
      "[sample-snapshot] tsc -p tsconfig.cli.json reported errors elsewhere; lib/host/xlsx is up to date."
    );
  }
}

/** JSON text of a snapshot; Date values become {"$date": ISO} (the preview revives them). */
function toJson(value) {
  return JSON.stringify(value, function replacer(key, v) {
    const raw = this[key];
    return raw instanceof Date ? { $date: raw.toISOString() } : v;
  });
}

/** { name, snapshot, layout } of an .xlsx file, read with the CLI's own code. */
async function sampleSnapshot(xlsx = SAMPLE) {
  ensureLib();
  const { readWorkbookFile } = require(path.join(ROOT, "lib/host/xlsx/index.js"));
  const { layoutOf } = require(path.join(ROOT, "lib/host/xlsx/snapshot.js"));
  const { workbook, snapshot } = await readWorkbookFile(xlsx);
  return { name: path.basename(xlsx), snapshot, layout: layoutOf(workbook) };
}

/** Write the sample's JSON to `out` (created with its folder); resolves to `out`. */
async function writeSampleSnapshot(out = DEFAULT_OUT, xlsx = SAMPLE) {
  const json = toJson(await sampleSnapshot(xlsx));
  fs.mkdirSync(path.dirname(out), { recursive: true });
  const tmp = `${out}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, json);
  fs.renameSync(tmp, out);
  return out;
}

async function main() {
  const args = process.argv.slice(2);
  let out = DEFAULT_OUT;
  let xlsx = SAMPLE;
  for (let i = 0; i < args.length; i++) {
    if (args[i] === "--xlsx") xlsx = path.resolve(args[++i]);
    else out = path.resolve(args[i]);
  }
  const written = await writeSampleSnapshot(out, xlsx);
  console.log(
    `Đã ghi ${path.relative(process.cwd(), written)} (${fs.statSync(written).size} byte) từ ${path.relative(process.cwd(), xlsx)}`
  );
}

if (require.main === module) {
  main().catch((e) => {
    console.error(e && e.message ? e.message : e);
    process.exit(1);
  });
}

module.exports = { sampleSnapshot, writeSampleSnapshot, toJson, SAMPLE, DEFAULT_OUT };
