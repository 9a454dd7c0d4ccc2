// `npm run release -- --base-url …` (scripts/release.js): the manifest a province hosts, and the
// packed zip. The last test runs the real release (a production webpack build: about two minutes
// on a busy machine) and reads the zip back on its own, not through the script's checker.
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { spawnSync } from "child_process";
import JSZip from "jszip";

interface ReleaseScript {
  normalizeBaseUrl(text: string): string;
  releaseManifest(xml: string, o: { baseUrl: string; version: string }): string;
  manifestUrls(xml: string): string[];
  pageUrlProblems(name: string, html: string, baseUrl: string, buildDir: string): string[];
}
interface ValidateScript {
  schemaPath(): string;
  xsdProblems(file: string, schema?: string): string[];
}
/* eslint-disable @typescript-eslint/no-require-imports */
const release = require(path.resolve(__dirname, "../../scripts/release.js")) as ReleaseScript;
const validate = require(
  path.resolve(__dirname, "../../scripts/validate-manifest.js")
) as ValidateScript;
/* eslint-enable @typescript-eslint/no-require-imports */

const ROOT = path.resolve(__dirname, "../..");
const BASE = "https://example.invalid/tthc/";
const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/";
const SOURCE = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");

/** Every absolute URL in the XML, found with a plain regex, minus the xmlns namespace names. */
function urlsIn(xml: string): string[] {
  const noComments = xml.replace(/<!--[\s\S]*?-->/g, "");
  const namespaces = new Set(
    [...noComments.matchAll(/xmlns(?::[\w-]+)?="([^"]+)"/g)].map((m) => m[1])
  );
  return [...noComments.matchAll(/[a-z][a-z0-9+.-]*:\/\/[^\s"<>]+/gi)]
    .map((m) => m[0])
    .filter((u) => !namespaces.has(u));
}

describe("the release manifest", () => {
  it("points every URL at the base URL, with the new Version and a SupportUrl to the guide", () => {
    const xml = release.releaseManifest(SOURCE, { baseUrl: BASE, version: "1.2.3.4" });
    const urls = urlsIn(xml);
    expect(urls.length).toBeGreaterThan(10);
    for (const u of urls) expect(u.startsWith(BASE)).toBe(true);
    expect(xml).not.toContain("localhost");
    expect(xml).toMatch(/<Version>1\.2\.3\.4<\/Version>/);
    expect(xml.match(/<SupportUrl\b[^>]*>/g)).toEqual([
      `<SupportUrl DefaultValue="${BASE}huong-dan.html"/>`,
    ]);
    // The XSD's order: … HighResolutionIconUrl, SupportUrl, AppDomains?, Hosts …
    expect(xml.indexOf("<SupportUrl")).toBeGreaterThan(xml.indexOf("<HighResolutionIconUrl"));
    expect(xml.indexOf("<SupportUrl")).toBeLessThan(xml.indexOf("<Hosts>"));
  });

  it("replaces a SupportUrl that manifest.xml already has, wherever it pointed", () => {
    const elsewhere = '<SupportUrl DefaultValue="https://github.com/somewhere/issues"/>';
    const withSupport = /<SupportUrl\b/.test(SOURCE)
      ? SOURCE.replace(/<SupportUrl\b[^>]*\/>/, elsewhere)
      : SOURCE.replace(/(<HighResolutionIconUrl[^>]*\/>)/, `$1\n  ${elsewhere}`);
    expect(withSupport).toContain(elsewhere);
    const xml = release.releaseManifest(withSupport, { baseUrl: BASE, version: "1.2.3.4" });
    expect(xml.match(/<SupportUrl\b[^>]*>/g)).toEqual([
      `<SupportUrl DefaultValue="${BASE}huong-dan.html"/>`,
    ]);
    for (const u of urlsIn(xml)) expect(u.startsWith(BASE)).toBe(true);
  });

  it("accepts only an https base URL, and adds the trailing slash", () => {
    expect(release.normalizeBaseUrl("https://tinh.example.vn/tthc")).toBe(
      "https://tinh.example.vn/tthc/"
    );
    expect(() => release.normalizeBaseUrl("http://tinh.example.vn/tthc/")).toThrow(/https/);
    expect(() => release.normalizeBaseUrl("https://tinh.example.vn/tthc/?a=1")).toThrow(/query/);
    expect(() => release.normalizeBaseUrl("tthc")).toThrow(/not a URL/);
  });

  it("flags a page that loads something from elsewhere", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tthc-release-"));
    fs.writeFileSync(path.join(dir, "a.js"), "");
    const html =
      '<script src="a.js"></script><script src="https://cdn.example.com/x.js"></script><img src="missing.png">';
    const problems = release.pageUrlProblems("p.html", html, BASE, dir);
    expect(problems).toEqual([
      expect.stringContaining("https://cdn.example.com/x.js"),
      expect.stringContaining("missing.png"),
    ]);
  });

  it("resolves a page's links from its own folder, and refuses what leaves the release", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tthc-release-"));
    fs.mkdirSync(path.join(dir, "assets"));
    fs.writeFileSync(path.join(dir, "guide.html"), "");
    const ok = release.pageUrlProblems("assets/s.html", '<a href="../guide.html">', BASE, dir);
    expect(ok).toEqual([]);
    const out = release.pageUrlProblems("assets/s.html", '<a href="../../etc/x.html">', BASE, dir);
    expect(out).toEqual([expect.stringContaining("leaves the release folder")]);
  });
});

describe("npm run release -- --base-url https://example.invalid/tthc/", () => {
  it("refuses an http base URL before building anything", () => {
    const r = spawnSync(
      process.execPath,
      ["scripts/release.js", "--base-url", "http://example.invalid/tthc/"],
      { cwd: ROOT, encoding: "utf8" }
    );
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/must be https/);
  });

  it("writes a zip whose manifest validates and whose manifest and pages point only at that origin (and Office.js)", async () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), "tthc-release-"));
    const r = spawnSync(
      process.execPath,
      ["scripts/release.js", "--base-url", BASE, "--version", "9.8.7.6", "--out-dir", out],
      {
        cwd: ROOT,
        encoding: "utf8",
        maxBuffer: 64 * 1024 * 1024,
      }
    );
    if (r.status !== 0) throw new Error(`release failed (${r.status}):\n${r.stdout}\n${r.stderr}`);
    const zipFile = path.join(out, "bao-cao-tthc-9.8.7.6.zip");
    const zip = await JSZip.loadAsync(fs.readFileSync(zipFile));
    const names = Object.keys(zip.files).filter((n) => !zip.files[n].dir);
    for (const page of ["manifest.xml", "taskpane.html", "commands.html", "huong-dan.html"])
      expect(names).toContain(page);
    expect(names.filter((n) => /^preview/.test(n) || n.endsWith(".map"))).toEqual([]);

    // The manifest: only the base URL, each URL a file of the zip, and valid against the XSD.
    const manifest = await zip.file("manifest.xml")!.async("string");
    expect(manifest).toMatch(/<Version>9\.8\.7\.6<\/Version>/);
    const urls = urlsIn(manifest);
    expect(urls.length).toBeGreaterThan(10);
    for (const u of urls) {
      expect(u.startsWith(BASE)).toBe(true);
      expect(names).toContain(new URL(u).pathname.slice("/tthc/".length));
    }
    expect(urls).toContain(`${BASE}huong-dan.html`);
    const schema = validate.schemaPath();
    const xmllint = spawnSync("xmllint", ["--version"]);
    if (fs.existsSync(schema) && !xmllint.error) {
      const file = path.join(out, "manifest-from-zip.xml");
      fs.writeFileSync(file, manifest);
      expect(validate.xsdProblems(file, schema)).toEqual([]);
    } else {
      // Without the schema the script must say that it did not check it.
      expect(r.stderr).toMatch(/NOT checked against the schema/);
    }

    // The pages: every src/href is a file of the zip, the base URL, or Office.js on Microsoft's CDN.
    const pages = names.filter((n) => n.endsWith(".html"));
    expect(pages.length).toBeGreaterThanOrEqual(3);
    for (const page of pages) {
      const html = await zip.file(page)!.async("string");
      expect(html).not.toContain("localhost");
      // Production pages are minified: attribute values may be unquoted.
      const refs = [...html.matchAll(/\s(?:src|href)=(?:"([^"]*)"|'([^']*)'|([^\s>]+))/g)].map(
        (m) => m[1] ?? m[2] ?? m[3]
      );
      expect(refs.length).toBeGreaterThan(0);
      for (const url of refs) {
        if (/^[a-z][a-z0-9+.-]*:/i.test(url)) {
          expect(url.startsWith(BASE) || url.startsWith(OFFICE_JS_CDN)).toBe(true);
        } else if (!url.startsWith("#")) {
          expect(names).toContain(
            path.posix.normalize(path.posix.join(path.posix.dirname(page), url.split(/[?#]/)[0]))
          );
        }
      }
      const csp = html.match(
        /http-equiv=["']?Content-Security-Policy["']?\s+content=(?:"([^"]*)"|'([^']*)')/i
      );
      expect(csp).not.toBeNull();
      for (const token of (csp![1] ?? csp![2]).split(/[\s;]+/))
        if (/^https?:\/\//.test(token))
          expect(token.startsWith(OFFICE_JS_CDN.slice(0, -1))).toBe(true);
    }
    // The guide ships with its screenshots.
    const guide = await zip.file("huong-dan.html")!.async("string");
    const images = [...guide.matchAll(/<img [^>]*src=(?:"([^"]+)"|([^\s>]+))/g)].map(
      (m) => m[1] ?? m[2]
    );
    expect(images.length).toBeGreaterThanOrEqual(8);
    for (const image of images) expect(names).toContain(image);
  }, 900000);
});
