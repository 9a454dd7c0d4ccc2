// globalSetup of the browser tests: build dist/ (npm run build: the add-in and preview.html), then
// serve it on 127.0.0.1 at a free port. E2E_SKIP_BUILD=1 uses the dist/ that exists.
"use strict";

const fs = require("fs");
const path = require("path");
const { spawnSync } = require("child_process");
const { serve } = require("../../scripts/serve-dist");

const ROOT = path.resolve(__dirname, "..", "..");
const DIST = path.join(ROOT, "dist");

function build() {
  const npmCli = process.env.npm_execpath;
  const [cmd, args] =
    npmCli && /\.(c?js)$/.test(npmCli)
      ? [process.execPath, [npmCli, "run", "build"]]
      : ["npm", ["run", "build"]];
  console.log("\n[e2e] npm run build …");
  const started = Date.now();
  const r = spawnSync(cmd, args, {
    cwd: ROOT,
    stdio: ["ignore", "pipe", "pipe"],
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  if (r.status !== 0) {
    process.stdout.write(r.stdout || "");
    process.stderr.write(r.stderr || "");
    throw new Error(`[e2e] npm run build failed (exit ${r.status ?? r.signal})`);
  }
  console.log(`[e2e] built dist/ in ${Math.round((Date.now() - started) / 1000)} s`);
}

module.exports = async function setup() {
  if (process.env.E2E_SKIP_BUILD === "1")
    console.log("\n[e2e] E2E_SKIP_BUILD=1: using the existing dist/");
  else build();
  for (const page of ["preview.html", "taskpane.html"]) {
    if (!fs.existsSync(path.join(DIST, page)))
      throw new Error(`[e2e] dist/${page} is missing: run npm run build (or unset E2E_SKIP_BUILD)`);
  }
  const served = await serve({ dir: DIST, port: 0 });
  globalThis.__E2E_SERVER__ = served;
  process.env.E2E_BASE_URL = served.url;
  console.log(`[e2e] serving dist/ on ${served.url}`);
};
