// The add-in and the CLI call no server: nothing under src/ opens a network connection or names
// an address to fetch, other than Office.js from Microsoft's CDN (which the pages load, see
// csp.test.ts). Checked on the source text: network APIs and node's network modules are absent,
// and every http(s) address is on a short allow-list of things that are never fetched.
import * as fs from "fs";
import * as path from "path";

const SRC = path.resolve(__dirname, "../../src");

function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = path.join(dir, d.name);
    if (d.isDirectory()) return files(p);
    return /\.(ts|tsx|js|mjs|cjs|html)$/.test(d.name) ? [p] : [];
  });
}

const SOURCES = files(SRC).map((f) => ({
  file: path.relative(SRC, f),
  text: fs.readFileSync(f, "utf8"),
}));

/** Calls and modules that reach the network. */
const NETWORK = [
  /\bfetch\s*\(/,
  /\bXMLHttpRequest\b/,
  /\bWebSocket\b/,
  /\bEventSource\b/,
  /\bsendBeacon\b/,
  /\bimportScripts\s*\(/,
  /\bRTCPeerConnection\b/,
  /\bWebTransport\b/,
  /(?:from|require\()\s*["'](?:node:)?(?:http|https|http2|net|tls|dgram|dns)["']/,
  /\bimport\(\s*["']https?:/,
];

/** Addresses that may appear: Office.js's CDN, XML namespaces (names, never fetched), the dev server. */
const ALLOWED_HOSTS = [
  /^appsforoffice\.microsoft\.com$/,
  /^schemas\.(openxmlformats\.org|microsoft\.com)$/,
  /^(www\.)?w3\.org$/,
  /^purl\.org$/,
  /^localhost(:\d+)?$/,
  /^127\.0\.0\.1(:\d+)?$/,
];

test("src/ holds no network call (fetch, XMLHttpRequest, WebSocket, beacons, node's http/https/net …)", () => {
  expect(SOURCES.length).toBeGreaterThan(100);
  const hits = SOURCES.flatMap(({ file, text }) =>
    NETWORK.filter((re) => re.test(text)).map((re) => `${file}: ${re.source}`)
  );
  expect(hits).toEqual([]);
});

test("every http(s) address in src/ is Office.js's CDN or a name that is never fetched", () => {
  const found = SOURCES.flatMap(({ file, text }) =>
    [...text.matchAll(/\bhttps?:\/\/([^/\s"'`<>)]+)/g)].map((m) => ({
      file,
      host: m[1].toLowerCase(),
    }))
  );
  const foreign = found
    .filter((x) => !ALLOWED_HOSTS.some((re) => re.test(x.host)))
    .map((x) => `${x.file}: ${x.host}`);
  expect(foreign).toEqual([]);
});

test("the checks catch what they are for", () => {
  const t = (s: string) => NETWORK.some((re) => re.test(s));
  expect(t('const r = await fetch("https://api.example.vn/x")')).toBe(true);
  expect(t("new XMLHttpRequest()")).toBe(true);
  expect(t('import * as https from "https";')).toBe(true);
  expect(t('const net = require("node:net");')).toBe(true);
  expect(t("const prefetch = 1; // refetch later")).toBe(false);
});
