#!/usr/bin/env node
// `npm run smoke`: a short run inside REAL Excel, for whoever has it (it cannot run in CI).
//
//   1. installs Microsoft's office-addin-test-server and office-addin-test-helpers into .smoke/
//      (no native builds; not project dependencies);
//   2. builds test/smoke/smoke.ts into dist-smoke/ (webpack) and writes dist-smoke/manifest.xml,
//      a copy of manifest.xml with its own Id, pointing at https://localhost:3001/smoke.html;
//   3. serves dist-smoke/ on https://localhost:3001 (office-addin-dev-certs) and starts the test
//      server on port 4201;
//   4. sideloads the copy with `npx --yes office-addin-debugging start` (desktop Excel by default;
//      SMOKE_PLATFORM=web SMOKE_DOCUMENT=<url of a blank workbook on OneDrive> for Excel on the web);
//   5. waits for the page's results (SMOKE_TIMEOUT seconds, default 300) and prints PASS/FAIL per
//      step: sample, check, fill, undo, score, report. Exit 0 only when every step passed.
//
// Open it on a BLANK workbook: the first step writes the sample Biểu 06a into it.
"use strict";
const fs = require("fs");
const path = require("path");
const { spawnSync, spawn } = require("child_process");

const ROOT = path.resolve(__dirname, "..");
const SMOKE_DIR = path.join(ROOT, ".smoke");
const OUT = path.join(ROOT, "dist-smoke");
const PORT = 3001;
const ORIGIN = `https://localhost:${PORT}/`;
const SMOKE_ID = "5f0c3a52-9f1e-4e0b-9d4c-6b1d2a7e14aa";
const TIMEOUT_S = Number(process.env.SMOKE_TIMEOUT || 300);

function sh(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, {
    stdio: "inherit",
    cwd: ROOT,
    shell: process.platform === "win32",
    ...opts,
  });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(" ")} failed (${r.status ?? r.error})`);
}

function installTools() {
  const need = ["office-addin-test-server", "office-addin-test-helpers"].filter(
    (p) => !fs.existsSync(path.join(SMOKE_DIR, "node_modules", p))
  );
  if (need.length === 0) return;
  fs.mkdirSync(SMOKE_DIR, { recursive: true });
  if (!fs.existsSync(path.join(SMOKE_DIR, "package.json")))
    fs.writeFileSync(path.join(SMOKE_DIR, "package.json"), '{ "private": true }\n');
  console.log(`smoke: installing ${need.join(", ")} into .smoke/`);
  sh("npm", [
    "install",
    "--no-audit",
    "--no-fund",
    "--prefix",
    SMOKE_DIR,
    ...need.map((p) => `${p}@^2`),
  ]);
}

function smokeManifest() {
  let xml = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
  xml = xml.replace(/<Id>[^<]*<\/Id>/, `<Id>${SMOKE_ID}</Id>`);
  xml = xml.split("https://localhost:3000/").join(ORIGIN);
  xml = xml.split(`${ORIGIN}taskpane.html`).join(`${ORIGIN}smoke.html`);
  xml = xml.replace(
    /<DisplayName DefaultValue="[^"]*"/,
    '<DisplayName DefaultValue="Báo cáo TTHC (smoke)"'
  );
  return xml;
}

async function build() {
  const webpack = require("webpack");
  const HtmlWebpackPlugin = require("html-webpack-plugin");
  const CopyWebpackPlugin = require("copy-webpack-plugin");
  const config = {
    mode: "development",
    devtool: "source-map",
    entry: { smoke: path.join(ROOT, "test/smoke/smoke.ts") },
    output: { path: OUT, filename: "[name].js", clean: true },
    resolve: {
      extensions: [".ts", ".tsx", ".js"],
      modules: ["node_modules", path.join(SMOKE_DIR, "node_modules")],
      fallback: { fs: false, path: false, os: false, crypto: false, stream: false, buffer: false },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          loader: "ts-loader",
          options: { transpileOnly: true },
          exclude: /node_modules/,
        },
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "smoke.html",
        chunks: ["smoke"],
        templateContent:
          '<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Báo cáo TTHC — smoke</title><script src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"></script></head><body style="white-space:pre-wrap;font-family:monospace">smoke…</body></html>',
      }),
      new CopyWebpackPlugin({ patterns: [{ from: path.join(ROOT, "assets"), to: "assets" }] }),
    ],
  };
  await new Promise((resolve, reject) =>
    webpack(config, (err, stats) =>
      err || stats.hasErrors() ? reject(err || new Error(stats.toString("errors-only"))) : resolve()
    )
  );
  fs.writeFileSync(path.join(OUT, "manifest.xml"), smokeManifest());
}

async function serve() {
  const express = require(path.join(SMOKE_DIR, "node_modules", "express"));
  const https = require("https");
  const { getHttpsServerOptions } = require("office-addin-dev-certs");
  const app = express();
  app.use(express.static(OUT));
  const server = https.createServer(await getHttpsServerOptions(), app);
  await new Promise((resolve) => server.listen(PORT, resolve));
  return server;
}

function sideload(manifest) {
  const platform = process.env.SMOKE_PLATFORM || "desktop";
  const args = [
    "--yes",
    "office-addin-debugging",
    "start",
    manifest,
    platform,
    "--app",
    "excel",
    "--no-debug",
    "--dev-server-port",
    String(PORT),
  ];
  if (process.env.SMOKE_DOCUMENT) args.push("--document", process.env.SMOKE_DOCUMENT);
  return spawn("npx", args, { cwd: ROOT, stdio: "inherit", shell: process.platform === "win32" });
}

function stopSideload(manifest) {
  spawnSync("npx", ["--yes", "office-addin-debugging", "stop", manifest], {
    cwd: ROOT,
    stdio: "inherit",
    shell: process.platform === "win32",
  });
}

async function main() {
  installTools();
  await build();
  const { TestServer } = require(path.join(SMOKE_DIR, "node_modules", "office-addin-test-server"));
  const testServer = new TestServer(4201);
  await testServer.startTestServer(true);
  const web = await serve();
  const manifest = path.join(OUT, "manifest.xml");
  const child = sideload(manifest);
  let results = null;
  try {
    results = await Promise.race([
      testServer.getTestResults(),
      new Promise((_, reject) =>
        setTimeout(() => reject(new Error(`no results after ${TIMEOUT_S} s`)), TIMEOUT_S * 1000)
      ),
    ]);
  } catch (e) {
    console.error(`smoke: ${e.message}`);
  } finally {
    stopSideload(manifest);
    child.kill();
    await testServer.stopTestServer();
    web.close();
  }
  if (!Array.isArray(results)) process.exit(1);
  let ok = true;
  for (const r of results) {
    console.log(`${r.pass ? "PASS" : "FAIL"}  ${r.step.padEnd(7)} ${r.detail}`);
    ok = ok && r.pass;
  }
  const missing = ["sample", "check", "fill", "undo", "score", "report"].filter(
    (s) => !results.some((r) => r.step === s)
  );
  for (const s of missing) console.log(`FAIL  ${s.padEnd(7)} (no result)`);
  process.exit(ok && missing.length === 0 ? 0 : 1);
}

main().catch((e) => {
  console.error(`smoke: ${e.stack || e}`);
  process.exit(1);
});
