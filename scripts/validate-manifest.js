#!/usr/bin/env node
// `npm run validate`: checks manifest.xml (and dist/manifest.xml when a build
// exists) offline, against the Office add-in manifest XSD kept in the repo in
// schemas/office-addin-manifest/, using xmllint.
//
// Then, where it can, Microsoft's `office-addin-manifest validate` (online; skipped with a message
// when the tool or the network is unavailable).
//
// Exit codes: 0 valid; 1 invalid, or tools/schemas missing while CI is set;
// missing tools/schemas outside CI print how to get them and exit 0.
//
// Besides the XSD, two cheap cross-checks the schema cannot express:
//   - every resid="…" names a resource defined under <Resources>;
//   - every https://localhost:3000/assets/… image exists in assets/.
"use strict";

const fs = require("fs");
const path = require("path");
const { spawnSync } = require("child_process");

const ROOT = path.resolve(__dirname, "..");
// The XSDs travel with the repository (schemas/office-addin-manifest/, copied from the team's
// ../shared/schemas so that a clone anywhere validates offline); MANIFEST_SCHEMA overrides them.
const SCHEMA = process.env.MANIFEST_SCHEMA
  ? path.resolve(process.env.MANIFEST_SCHEMA)
  : path.join(ROOT, "schemas", "office-addin-manifest", "OfficeAppManifestV1_1.xsd");
const DEV_ORIGIN = "https://localhost:3000/";

function inCi() {
  const v = process.env.CI;
  return v !== undefined && v !== "" && v !== "0" && v.toLowerCase() !== "false";
}

/** Missing tool or schema: a clear message; fatal only in CI. */
function unavailable(message) {
  const ci = inCi();
  console.error(`validate-manifest: ${message}`);
  console.error(
    ci
      ? "validate-manifest: CI is set, so this is an error."
      : "validate-manifest: the manifest was NOT validated (not an error outside CI)."
  );
  process.exit(ci ? 1 : 0);
}

function xmllintAvailable() {
  const r = spawnSync("xmllint", ["--version"], { encoding: "utf8" });
  return !r.error;
}

/** resid references that no resource defines. */
function danglingResids(xml) {
  const defined = new Set();
  const resources = xml.match(/<Resources>[\s\S]*<\/Resources>/);
  if (resources) {
    for (const m of resources[0].matchAll(/<bt:(?:Image|Url|String)\s+id="([^"]+)"/g))
      defined.add(m[1]);
  }
  const missing = new Set();
  for (const m of xml.matchAll(/resid="([^"]+)"/g)) if (!defined.has(m[1])) missing.add(m[1]);
  return [...missing];
}

/** Dev-server asset URLs whose file is absent from assets/. */
function missingAssets(xml) {
  const missing = new Set();
  const re = new RegExp(
    `${DEV_ORIGIN.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}(assets/[^"?#]+)`,
    "g"
  );
  for (const m of xml.matchAll(re)) {
    if (!fs.existsSync(path.join(ROOT, m[1]))) missing.add(m[1]);
  }
  return [...missing];
}

/** xmllint's complaints about `file` against the XSD (empty when valid). Used by scripts/release.js too. */
function xsdProblems(file, schema = SCHEMA) {
  const r = spawnSync("xmllint", ["--noout", "--schema", schema, file], { encoding: "utf8" });
  const problems = [];
  if (r.status !== 0) {
    const text = `${r.stderr || ""}${r.stdout || ""}`.trim();
    problems.push(...text.split("\n").filter((line) => line && !/fails to validate$/.test(line)));
    if (problems.length === 0) problems.push(`xmllint exited with status ${r.status}`);
  }
  return problems;
}

function validate(file) {
  const rel = path.relative(ROOT, file) || file;
  const problems = xsdProblems(file);
  const xml = fs.readFileSync(file, "utf8");
  for (const id of danglingResids(xml))
    problems.push(`${rel}: resid "${id}" is not defined under <Resources>`);
  for (const asset of missingAssets(xml)) problems.push(`${rel}: ${asset} does not exist`);
  if (problems.length > 0) {
    console.error(`✗ ${rel} is NOT valid:`);
    for (const p of problems) console.error(`  ${p}`);
    return false;
  }
  console.log(`✓ ${rel} is valid (${path.basename(SCHEMA)})`);
  return true;
}

function main() {
  if (!fs.existsSync(SCHEMA)) {
    unavailable(
      `schema not found at ${SCHEMA}.\n` +
        "  The XSD files are expected in schemas/office-addin-manifest/ of this repository."
    );
  }
  if (!xmllintAvailable()) {
    unavailable(
      "xmllint is not installed.\n" +
        "  Install it with: apt-get install -y libxml2-utils   (Debian/Ubuntu; macOS ships xmllint)"
    );
  }
  const files = [path.join(ROOT, "manifest.xml"), path.join(ROOT, "dist", "manifest.xml")].filter(
    (f, i) => i === 0 || fs.existsSync(f)
  );
  if (!fs.existsSync(files[0])) {
    console.error("validate-manifest: manifest.xml not found in the repository root.");
    process.exit(1);
  }
  let ok = true;
  for (const f of files) ok = validate(f) && ok;
  // The online check asks a Microsoft service: only on request (--online or VALIDATE_ONLINE=1), so
  // that CI and a machine without that network make no call beyond the npm registry.
  const online = process.argv.includes("--online") || process.env.VALIDATE_ONLINE === "1";
  if (ok && online) ok = validateOnline(files[0]);
  else if (ok)
    console.log(
      "validate-manifest: online check (office-addin-manifest validate) not asked; run `npm run validate -- --online` where Microsoft's service is reachable."
    );
  process.exit(ok ? 0 : 1);
}

/**
 * Microsoft's own check, `office-addin-manifest validate`, which asks Microsoft's validation
 * service (network). It runs when it can; when the tool is missing or broken, or the service
 * cannot be reached, a message says the online check was skipped and the offline XSD result
 * stands. Only the service saying "not valid" fails the run. Runs only with --online or VALIDATE_ONLINE=1.
 */
function validateOnline(file) {
  const local = path.join(
    ROOT,
    "node_modules",
    ".bin",
    process.platform === "win32" ? "office-addin-manifest.cmd" : "office-addin-manifest"
  );
  const cmd = fs.existsSync(local) ? local : "npx";
  const args =
    cmd === "npx" ? ["--yes", "office-addin-manifest", "validate", file] : ["validate", file];
  const r = spawnSync(cmd, args, { encoding: "utf8", timeout: 90_000 });
  const out = `${r.stdout || ""}\n${r.stderr || ""}`;
  if (/manifest is not valid/i.test(out)) {
    console.error(out.trim());
    console.error(
      `validate-manifest: office-addin-manifest says ${path.relative(ROOT, file)} is NOT valid.`
    );
    return false;
  }
  if (r.status === 0 && /manifest is valid/i.test(out)) {
    console.log(`validate-manifest: office-addin-manifest: ${path.relative(ROOT, file)} is valid.`);
    return true;
  }
  const why = r.error
    ? r.error.message
    : out
        .trim()
        .split("\n")
        .find((l) => /error|ENOTFOUND|EAI_AGAIN|Cannot find module|fetch failed/i.test(l)) ||
      `exit ${r.status}`;
  console.warn(
    `validate-manifest: online check (office-addin-manifest validate) skipped: ${why.trim()}`
  );
  console.warn(
    "validate-manifest: the offline XSD validation above stands; run `npx office-addin-manifest validate manifest.xml` where the network is available."
  );
  return true;
}

if (require.main === module) main();

module.exports = { schemaPath: () => SCHEMA, xsdProblems };
