#!/usr/bin/env node
// Build step of the CLI (npm run build:cli, after tsc): tsc leaves `require("…/x.hbs")` in the
// compiled modules of lib/, which Node cannot load as a module. This replaces each such require
// with the template's text, so lib/ needs no file access at run time and the template exists
// once, in templates/ (webpack does the same with its `asset/source` rule, jest with
// test/helpers/hbs-transform.js).
"use strict";
const fs = require("fs");
const path = require("path");

// Usage: node scripts/inline-templates.js [OUT_DIR]   (default lib/, the outDir of tsconfig.cli.json)
const LIB = path.resolve(process.argv[2] || path.join(__dirname, "..", "lib"));
const SRC = path.resolve(__dirname, "..", "src");
const REQUIRE_HBS = /require\("([^"]+\.hbs)"\)/g;

function walk(dir, out) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) walk(p, out);
    else if (e.name.endsWith(".js")) out.push(p);
  }
  return out;
}

let count = 0;
for (const file of walk(LIB, [])) {
  const js = fs.readFileSync(file, "utf8");
  if (!js.includes('.hbs")')) continue;
  const out = js.replace(REQUIRE_HBS, (_, rel) => {
    // The path is relative to the source file in src/, which sits where the compiled file sits in lib/.
    const src = path.join(path.join(SRC, path.relative(LIB, path.dirname(file))), rel);
    const text = fs.readFileSync(src, "utf8");
    count++;
    return `({ __esModule: true, default: ${JSON.stringify(text)} })`;
  });
  const tmp = file + ".tmp";
  fs.writeFileSync(tmp, out);
  fs.renameSync(tmp, file);
}
if (count === 0) {
  console.error("inline-templates: no template require found in lib/ (was tsc run first?)");
  process.exit(1);
}
