#!/usr/bin/env node
// `npm run release -- --base-url https://tinh.example.vn/tthc/ [--version 0.1.0.7] [--out-dir release]`
//
// A release a province can host on any static HTTPS server (docs/trien-khai.md):
//   1. builds the production bundle (webpack --mode production) into <out-dir>/build-<version>/;
//   2. writes manifest.xml pointing only at --base-url: every https://localhost:3000/ URL
//      rewritten, a new <Version>, <SupportUrl> = <base>huong-dan.html (added when absent);
//   3. validates it: the XSD (scripts/validate-manifest.js, xmllint), every resid defined, every
//      URL under the base URL and naming a file of the build, and every URL of the built pages
//      relative, under the base URL, or Office.js on Microsoft's CDN;
//   4. packs <out-dir>/bao-cao-tthc-<version>.zip: the static files (without the in-browser
//      preview) and the manifest, at the zip's root.
//
// Exit codes: 0 written; 1 build or validation failed (nothing packed); 2 bad arguments.
"use strict";

const fs = require("fs");
const path = require("path");
const { spawnSync } = require("child_process");

const ROOT = path.resolve(__dirname, "..");
const DEV_ORIGIN = "https://localhost:3000/";
const OFFICE_CDN = "https://appsforoffice.microsoft.com/";
/** Files of the build that stay out of the zip: the preview runs on a fake Excel, not in Office. */
const NOT_SHIPPED = [/^preview\.html$/, /^preview(\.[0-9a-f]+)?\.js(\.LICENSE\.txt)?$/, /\.map$/];

class ReleaseError extends Error {}

// ---- arguments -------------------------------------------------------------------------------

/** `https://host/path/` with a trailing slash; throws ReleaseError on anything else. */
function normalizeBaseUrl(text) {
  let url;
  try {
    url = new URL(text);
  } catch {
    throw new ReleaseError(`--base-url is not a URL: ${text}`);
  }
  if (url.protocol !== "https:")
    throw new ReleaseError(
      `--base-url must be https (Office loads add-ins only over HTTPS): ${text}`
    );
  if (url.search || url.hash)
    throw new ReleaseError(`--base-url must not have a query or fragment: ${text}`);
  if (url.username || url.password)
    throw new ReleaseError("--base-url must not carry a user name or password");
  if (!url.pathname.endsWith("/")) url.pathname += "/";
  return url.toString();
}

/** Manifest <Version>: up to four numbers of at most five digits (the XSD's VersionType). */
function checkVersion(version) {
  if (!/^\d{1,5}(\.\d{1,5}){3}$/.test(version)) {
    throw new ReleaseError(
      `--version must be four numbers like 1.2.3.4 (each at most 5 digits), got ${version}`
    );
  }
  return version;
}

/**
 * Default version: package.json's x.y.z and, as the fourth number, the count of commits (so every
 * release from a later commit has a higher <Version>, which Office needs to pick up an update).
 */
function defaultVersion() {
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8"));
  const r = spawnSync("git", ["rev-list", "--count", "HEAD"], { cwd: ROOT, encoding: "utf8" });
  const build =
    r.status === 0 && /^\d+$/.test(r.stdout.trim()) ? Number(r.stdout.trim()) % 100000 : 0;
  return checkVersion(`${pkg.version}.${build}`);
}

function parseArgs(argv) {
  const opts = { baseUrl: null, version: null, outDir: path.join(ROOT, "release") };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new ReleaseError(`${a} needs a value`);
      return v;
    };
    if (a === "--base-url") opts.baseUrl = normalizeBaseUrl(value());
    else if (a === "--version") opts.version = checkVersion(value());
    else if (a === "--out-dir") opts.outDir = path.resolve(value());
    else throw new ReleaseError(`unknown argument: ${a}`);
  }
  if (!opts.baseUrl) throw new ReleaseError("--base-url https://…/ is required");
  return opts;
}

// ---- the manifest ----------------------------------------------------------------------------

/**
 * The release manifest: dev origin → base URL, the new <Version>, <SupportUrl> pointing at the
 * guide (inserted after the icons when manifest.xml has none: the XSD's order is
 * IconUrl, HighResolutionIconUrl, SupportUrl, AppDomains, Hosts …).
 */
function releaseManifest(xml, { baseUrl, version }) {
  // The source's header comment talks about the dev server; the release says what it is instead.
  let out = xml.replace(
    /<!--[\s\S]*?-->\s*(?=<OfficeApp\b)/,
    `<!--\n  Báo cáo TTHC ${version}, hosted at ${baseUrl} (written by scripts/release.js; docs/trien-khai.md).\n-->\n`
  );
  out = out.split(DEV_ORIGIN).join(baseUrl);
  if (!/<Version>[^<]*<\/Version>/.test(out))
    throw new ReleaseError("manifest.xml has no <Version>");
  out = out.replace(/<Version>[^<]*<\/Version>/, `<Version>${version}</Version>`);
  const support = `<SupportUrl DefaultValue="${baseUrl}huong-dan.html"/>`;
  if (/<SupportUrl\b[^>]*\/>/.test(out)) {
    out = out.replace(/<SupportUrl\b[^>]*\/>/, support);
  } else if (/<SupportUrl\b[\s\S]*?<\/SupportUrl>/.test(out)) {
    out = out.replace(/<SupportUrl\b[\s\S]*?<\/SupportUrl>/, support);
  } else {
    const anchor =
      out.match(/^([ \t]*)<HighResolutionIconUrl\b[^>]*\/>[^\n]*\n/m) ||
      out.match(/^([ \t]*)<IconUrl\b[^>]*\/>[^\n]*\n/m);
    if (!anchor)
      throw new ReleaseError("manifest.xml has no <IconUrl> to place <SupportUrl> after");
    const at = anchor.index + anchor[0].length;
    out = `${out.slice(0, at)}${anchor[1]}${support}\n${out.slice(at)}`;
  }
  return out;
}

/** Every URL the manifest names (attribute values and text), without the xmlns declarations. */
function manifestUrls(xml) {
  const urls = [];
  const body = xml.replace(/<!--[\s\S]*?-->/g, "");
  for (const m of body.matchAll(/(\s[\w:.-]+)="([a-z][a-z0-9+.-]*:\/\/[^"]*)"/gi)) {
    if (/^\s*xmlns(:|$)/.test(m[1])) continue;
    urls.push(m[2]);
  }
  for (const m of body.matchAll(/>\s*([a-z][a-z0-9+.-]*:\/\/[^<\s]*)\s*</gi)) urls.push(m[1]);
  return urls;
}

/** resid="…" references that no <bt:Image|Url|String id> defines. */
function danglingResids(xml) {
  const defined = new Set(
    [...xml.matchAll(/<bt:(?:Image|Url|String)\s+id="([^"]+)"/g)].map((m) => m[1])
  );
  return [...new Set([...xml.matchAll(/resid="([^"]+)"/g)].map((m) => m[1]))].filter(
    (id) => !defined.has(id)
  );
}

/** Problems with the release manifest's URLs: outside the base URL, or naming no built file. */
function manifestUrlProblems(xml, baseUrl, buildDir) {
  const problems = [];
  for (const url of manifestUrls(xml)) {
    if (!url.startsWith(baseUrl)) {
      problems.push(`manifest URL outside ${baseUrl}: ${url}`);
      continue;
    }
    const rel = decodeURIComponent(new URL(url).pathname.slice(new URL(baseUrl).pathname.length));
    if (!rel || !fs.existsSync(path.join(buildDir, rel)))
      problems.push(`manifest URL names no file of the build: ${url}`);
  }
  return problems;
}

// ---- the pages -------------------------------------------------------------------------------

/**
 * Every URL a page refers to: src/href/action/poster attributes and the URL sources of its CSP.
 * The pages are our own (html-webpack-plugin's output and scripts/guide.js), with double-quoted
 * attributes, so a scan of the attributes is enough.
 */
function pageUrls(html) {
  const urls = [];
  const decode = (v) =>
    v
      .replace(/&amp;/g, "&")
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'");
  const noComments = html.replace(/<!--[\s\S]*?-->/g, "");
  for (const m of noComments.matchAll(
    /\s(?:src|href|action|poster)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi
  )) {
    urls.push(decode(m[1] ?? m[2] ?? m[3]));
  }
  for (const m of noComments.matchAll(
    /<meta\b[^>]*http-equiv\s*=\s*"content-security-policy"[^>]*>/gi
  )) {
    const content = m[0].match(/\scontent\s*=\s*"([^"]*)"/i);
    for (const token of (content ? content[1] : "").split(/[\s;]+/))
      if (/^[a-z][a-z0-9+.-]*:\/\//i.test(token)) urls.push(token);
  }
  return urls;
}

/** Problems with a built page's URLs: anything absolute that is neither our base nor Office.js's CDN. */
function pageUrlProblems(name, html, baseUrl, buildDir) {
  const problems = [];
  for (const url of pageUrls(html)) {
    if (/^(data|blob):/i.test(url) || url.startsWith("#")) continue;
    if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith("//")) {
      const ok =
        url.startsWith(baseUrl) || url === OFFICE_CDN.slice(0, -1) || url.startsWith(OFFICE_CDN);
      if (!ok) problems.push(`${name}: URL outside ${baseUrl} and Office.js's CDN: ${url}`);
      continue;
    }
    const rel = decodeURIComponent(url.split(/[?#]/)[0]);
    // Relative to the page's own folder (assets/support.html links ../huong-dan.html).
    const target = rel && path.posix.normalize(path.posix.join(path.posix.dirname(name), rel));
    if (rel.startsWith("/") || (target && (target === ".." || target.startsWith("../"))))
      problems.push(`${name}: URL leaves the release folder: ${url}`);
    else if (target && !fs.existsSync(path.join(buildDir, target)))
      problems.push(`${name}: ${url} is not in the build`);
  }
  return problems;
}

// ---- steps -----------------------------------------------------------------------------------

function build(baseUrl, buildDir) {
  const webpack = require.resolve("webpack-cli/bin/cli.js", { paths: [ROOT] });
  console.log(`[release] webpack --mode production → ${path.relative(ROOT, buildDir) || buildDir}`);
  const r = spawnSync(
    process.execPath,
    [webpack, "--mode", "production", "--output-path", buildDir],
    {
      cwd: ROOT,
      env: { ...process.env, ADDIN_BASE_URL: baseUrl },
      stdio: ["ignore", "pipe", "pipe"],
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
    }
  );
  if (r.status !== 0) {
    process.stdout.write(r.stdout || "");
    process.stderr.write(r.stderr || "");
    throw new ReleaseError(`webpack failed (exit ${r.status ?? r.signal})`);
  }
}

function listFiles(dir, prefix = "") {
  const out = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...listFiles(path.join(dir, entry.name), rel));
    else out.push(rel);
  }
  return out.sort();
}

function shipped(rel) {
  return !NOT_SHIPPED.some((re) => re.test(rel));
}

/** XSD validation through scripts/validate-manifest.js; `null` when xmllint or the schema is missing. */
function validateXsd(file) {
  const { schemaPath, xsdProblems } = require("./validate-manifest");
  const schema = schemaPath();
  const xmllint = spawnSync("xmllint", ["--version"], { encoding: "utf8" });
  if (!fs.existsSync(schema) || xmllint.error) return null;
  return xsdProblems(file, schema);
}

async function release(opts) {
  const version = opts.version || defaultVersion();
  const baseUrl = opts.baseUrl;
  const buildDir = path.join(opts.outDir, `build-${version}`);
  fs.mkdirSync(opts.outDir, { recursive: true });
  build(baseUrl, buildDir);

  const source = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
  const manifest = releaseManifest(source, { baseUrl, version });
  const manifestFile = path.join(buildDir, "manifest.xml");
  fs.writeFileSync(manifestFile, manifest);

  const files = listFiles(buildDir).filter(shipped);
  const problems = [];
  for (const id of danglingResids(manifest))
    problems.push(`manifest: resid "${id}" is not defined under <Resources>`);
  problems.push(...manifestUrlProblems(manifest, baseUrl, buildDir));
  for (const rel of files.filter((f) => f.endsWith(".html"))) {
    problems.push(
      ...pageUrlProblems(rel, fs.readFileSync(path.join(buildDir, rel), "utf8"), baseUrl, buildDir)
    );
  }
  if (!files.includes("huong-dan.html"))
    problems.push("huong-dan.html (the clerks' guide, SupportUrl) is not in the build");
  const xsd = validateXsd(manifestFile);
  if (xsd) problems.push(...xsd);
  if (problems.length > 0) {
    throw new ReleaseError(`the release is not valid; nothing packed:\n  ${problems.join("\n  ")}`);
  }
  if (xsd === null) {
    console.warn(
      "[release] WARNING: xmllint or the manifest XSD is missing: manifest.xml was NOT checked against the schema (see scripts/validate-manifest.js)."
    );
  } else {
    console.log(
      "[release] ✓ manifest.xml is valid (XSD, resids, every URL under the base URL and in the build)"
    );
  }
  console.log(
    `[release] ✓ ${files.filter((f) => f.endsWith(".html")).length} pages refer only to the release and Office.js`
  );

  const JSZip = require("jszip");
  const zip = new JSZip();
  for (const rel of files)
    zip.file(rel, fs.readFileSync(path.join(buildDir, rel)), { date: new Date(0) });
  const bytes = await zip.generateAsync({
    type: "nodebuffer",
    compression: "DEFLATE",
    compressionOptions: { level: 9 },
  });
  const zipFile = path.join(opts.outDir, `bao-cao-tthc-${version}.zip`);
  const tmp = `${zipFile}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, bytes);
  fs.renameSync(tmp, zipFile);
  console.log(
    `[release] ✓ ${path.relative(process.cwd(), zipFile) || zipFile}: ${files.length} files, ${Math.round(bytes.length / 1024)} KB, for ${baseUrl}`
  );
  return { zipFile, version, baseUrl, files, xsdChecked: xsd !== null };
}

async function main() {
  let opts;
  try {
    opts = parseArgs(process.argv.slice(2));
  } catch (e) {
    console.error(`release: ${e.message}`);
    console.error(
      "usage: npm run release -- --base-url https://host/path/ [--version 1.2.3.4] [--out-dir release]"
    );
    process.exit(2);
  }
  try {
    await release(opts);
  } catch (e) {
    console.error(`release: ${e instanceof ReleaseError ? e.message : e.stack || e}`);
    process.exit(1);
  }
}

if (require.main === module) void main();

module.exports = {
  normalizeBaseUrl,
  checkVersion,
  parseArgs,
  releaseManifest,
  manifestUrls,
  danglingResids,
  manifestUrlProblems,
  pageUrls,
  pageUrlProblems,
  release,
  ReleaseError,
  OFFICE_CDN,
};
