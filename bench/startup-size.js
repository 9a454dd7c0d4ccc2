#!/usr/bin/env node
// Start-up size of the task pane: the gzipped bytes of the JavaScript that
// dist/taskpane.html loads up front (its <script src> tags, Office.js from
// Microsoft's CDN excluded), and the lazy chunks loaded on first use.
// Builds nothing: run `npm run build` first.
//
//   node bench/startup-size.js [distDir]     prints the figures; exit 1 over budget, 2 no build
//   require("./bench/startup-size").measure(distDir) → { initial, lazy, initialGzKb, goalKb, ok }
"use strict";

const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

// Issue 16 point 9: Microsoft's React task-pane template ships 165 KB gz for a near-empty pane.
const GOAL_KB = 150;
const DEFAULT_DIST = path.resolve(__dirname, "..", "dist");

function gzipSize(buf) {
  return zlib.gzipSync(buf, { level: 9 }).length;
}

const kb = (bytes) => bytes / 1024;

/** Local script files an HTML page loads (absolute http(s) URLs are skipped). */
function scriptSources(html) {
  const sources = [];
  for (const m of html.matchAll(
    /<script\b[^>]*\bsrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))[^>]*>/gi
  )) {
    const src = m[1] ?? m[2] ?? m[3];
    if (/^(?:[a-z]+:)?\/\//i.test(src)) continue; // CDN (Office.js) or other origin
    sources.push(src.replace(/^\.?\//, "").split(/[?#]/)[0]);
  }
  return sources;
}

function fileEntry(distDir, file) {
  const buf = fs.readFileSync(path.join(distDir, file));
  return { file, bytes: buf.length, gzBytes: gzipSize(buf) };
}

/** All .js files under distDir, relative paths with forward slashes. */
function allScripts(distDir) {
  const out = [];
  const walk = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith(".js"))
        out.push(path.relative(distDir, full).split(path.sep).join("/"));
    }
  };
  walk(distDir);
  return out.sort();
}

/**
 * Measure a build. `initial`: the task pane's up-front scripts; `lazy`: every
 * other script of the build except those of the other pages (commands.html).
 */
function measure(distDir = DEFAULT_DIST) {
  const taskpaneHtml = path.join(distDir, "taskpane.html");
  if (!fs.existsSync(taskpaneHtml)) {
    throw new Error(
      `${path.relative(process.cwd(), taskpaneHtml) || taskpaneHtml} not found: run \`npm run build\` first`
    );
  }
  const initialFiles = scriptSources(fs.readFileSync(taskpaneHtml, "utf8"));
  const otherPages = new Set();
  for (const name of fs.readdirSync(distDir)) {
    if (name.endsWith(".html") && name !== "taskpane.html") {
      for (const src of scriptSources(fs.readFileSync(path.join(distDir, name), "utf8")))
        otherPages.add(src);
    }
  }
  const initial = initialFiles.map((f) => fileEntry(distDir, f));
  const lazy = allScripts(distDir)
    .filter((f) => !initialFiles.includes(f) && !otherPages.has(f))
    .map((f) => fileEntry(distDir, f))
    .sort((a, b) => b.gzBytes - a.gzBytes);
  const initialGzBytes = initial.reduce((sum, e) => sum + e.gzBytes, 0);
  const initialGzKb = Math.round(kb(initialGzBytes) * 10) / 10;
  return {
    distDir,
    initial,
    lazy,
    initialGzBytes,
    initialGzKb,
    goalKb: GOAL_KB,
    ok: kb(initialGzBytes) <= GOAL_KB,
  };
}

function report(result) {
  const row = (e) =>
    `  ${e.file.padEnd(44)} ${kb(e.bytes).toFixed(1).padStart(8)} KB  ${kb(e.gzBytes).toFixed(1).padStart(7)} KB gz`;
  const lines = [];
  lines.push("Task pane start-up JS (taskpane.html <script> tags, Office.js excluded):");
  for (const e of result.initial) lines.push(row(e));
  lines.push(
    `  total: ${result.initialGzKb.toFixed(1)} KB gz (goal ≤ ${result.goalKb} KB gz): ${result.ok ? "OK, goal holds" : "OVER BUDGET"}`
  );
  if (result.initial.some((e) => !/\.[0-9a-f]{8}\.js$/.test(e.file))) {
    lines.push(
      "  note: unhashed file names, so probably a development build; measure `npm run build` output."
    );
  }
  lines.push(`Lazy chunks (loaded on first use): ${result.lazy.length}`);
  for (const e of result.lazy) lines.push(row(e));
  return lines.join("\n");
}

if (require.main === module) {
  let result;
  try {
    result = measure(process.argv[2] ? path.resolve(process.argv[2]) : DEFAULT_DIST);
  } catch (err) {
    console.error(`startup-size: ${err.message}`);
    process.exit(2);
  }
  console.log(report(result));
  process.exit(result.ok ? 0 : 1);
}

module.exports = { measure, report, GOAL_KB };
