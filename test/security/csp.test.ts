// A strict Content-Security-Policy for the add-in's pages: scripts only from our own origin and
// Microsoft's Office.js CDN, no 'unsafe-eval' (nor 'unsafe-inline' for scripts), no plugins
// (object-src 'none'), no <base> hijack, nothing fetched from elsewhere. Checked on the policy
// webpack.config.js writes into the pages (production and development), on the templates, and
// on the built dist/*.html when a build is present.
import * as fs from "fs";
import * as path from "path";

const ROOT = path.resolve(__dirname, "../..");
const OFFICE_CDN = "https://appsforoffice.microsoft.com";

// webpack.config.js makes the preview's sample while it builds its config: not wanted here.
jest.mock("../../scripts/sample-snapshot", () => ({
  writeSampleSnapshot: async (out: string) => out ?? "/dev/null",
}));

type Policy = Map<string, string[]>;

function parse(csp: string): Policy {
  const p: Policy = new Map();
  for (const d of csp
    .split(";")
    .map((x) => x.trim())
    .filter(Boolean)) {
    const [name, ...sources] = d.split(/\s+/);
    p.set(name.toLowerCase(), sources);
  }
  return p;
}

/** The policy's faults, in words (empty when strict). */
function faults(csp: string, { dev = false } = {}): string[] {
  const p = parse(csp);
  const out: string[] = [];
  const script = p.get("script-src") ?? p.get("default-src");
  if (!script) out.push("no script-src");
  for (const s of script ?? [])
    if (s !== "'self'" && !(s === OFFICE_CDN || s.startsWith(OFFICE_CDN + "/")))
      out.push(`script-src allows ${s}`);
  if (/'unsafe-eval'|'wasm-unsafe-eval'/.test(csp)) out.push("'unsafe-eval' somewhere");
  if (JSON.stringify(p.get("object-src")) !== JSON.stringify(["'none'"]))
    out.push(`object-src is ${p.get("object-src")?.join(" ") ?? "missing"}`);
  if (
    !["'self'", "'none'"].includes((p.get("default-src") ?? [])[0] ?? "") ||
    (p.get("default-src") ?? []).length !== 1
  )
    out.push(`default-src is ${p.get("default-src")?.join(" ") ?? "missing"}`);
  if (!["'self'", "'none'"].includes((p.get("base-uri") ?? [])[0] ?? ""))
    out.push("base-uri is not 'self' or 'none'");
  const connect = p.get("connect-src") ?? p.get("default-src") ?? [];
  for (const s of connect)
    if (s !== "'self'" && !(dev && (s === "ws:" || s === "wss:")))
      out.push(`connect-src allows ${s}`);
  for (const [name, sources] of p)
    if (sources.includes("*") || sources.includes("http:") || sources.includes("https:"))
      out.push(`${name} allows any host`);
  return out;
}

/** The CSP meta of an HTML page, its <script> tags and their sources. */
function page(html: string): {
  csp: string | null;
  scripts: { src: string | null; inline: string }[];
} {
  const meta =
    /<meta\s+http-equiv=["']?Content-Security-Policy["']?\s+content=("([^"]*)"|'([^']*)')/i.exec(
      html
    );
  const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)].map((m) => ({
    src: /\bsrc=["']?([^"' >]+)/i.exec(m[1])?.[1] ?? null,
    inline: m[2].trim(),
  }));
  return { csp: meta ? (meta[2] ?? meta[3]) : null, scripts };
}

async function configPolicies(mode: "production" | "development"): Promise<Record<string, string>> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const make = require(path.join(ROOT, "webpack.config.js")) as (
    env: unknown,
    argv: unknown
  ) => Promise<{ plugins: unknown[] }>;
  const config = await make({}, { mode });
  const out: Record<string, string> = {};
  for (const plugin of config.plugins) {
    const o = (
      plugin as {
        userOptions?: {
          filename?: string;
          templateParameters?: { csp?: string; officeJs?: string };
        };
      }
    ).userOptions;
    if (!o?.filename || !o.templateParameters?.csp) continue;
    out[o.filename] = o.templateParameters.csp;
    // Office.js itself comes from Microsoft's CDN, over https.
    if (o.templateParameters.officeJs !== undefined)
      expect(o.templateParameters.officeJs.startsWith(OFFICE_CDN + "/")).toBe(true);
  }
  return out;
}

test("the policy webpack writes into taskpane.html and commands.html is strict (production)", async () => {
  const policies = await configPolicies("production");
  expect(Object.keys(policies)).toEqual(expect.arrayContaining(["taskpane.html", "commands.html"]));
  for (const [file, csp] of Object.entries(policies))
    expect([file, faults(csp)]).toEqual([file, []]);
});

test("the development build's policy is as strict, bar the dev server's websocket", async () => {
  const policies = await configPolicies("development");
  for (const [file, csp] of Object.entries(policies))
    expect([file, faults(csp, { dev: true })]).toEqual([file, []]);
});

test("the page templates carry the policy as their first element and load scripts only from the policy's sources", () => {
  for (const file of ["src/taskpane/taskpane.html", "src/commands/commands.html"]) {
    // (Template parameters stand for what webpack puts there: the policy, Office.js's address.)
    const html = fs
      .readFileSync(path.join(ROOT, file), "utf8")
      .replace(/<%=\s*(\w+)\s*%>/g, "__$1__");
    const head = /<head>([\s\S]*?)<\/head>/i.exec(html)?.[1] ?? "";
    // The policy comes before any script or style can load.
    expect(head.indexOf("Content-Security-Policy")).toBeGreaterThanOrEqual(0);
    expect(head.indexOf("Content-Security-Policy")).toBeLessThan(
      Math.max(head.search(/<script|<style|<link/i), 0) || Infinity
    );
    for (const s of page(html).scripts) {
      expect(s.inline).toBe(""); // no inline script
      expect(s.src === "__officeJs__" || (s.src !== null && !/^[a-z]+:/i.test(s.src))).toBe(true);
    }
  }
});

const built = ["taskpane.html", "commands.html"]
  .map((f) => path.join(ROOT, "dist", f))
  .filter((f) => fs.existsSync(f));

(built.length ? test : test.skip)(
  "the built pages in dist/ carry a strict policy and load no script from elsewhere",
  () => {
    for (const file of built) {
      const { csp, scripts } = page(fs.readFileSync(file, "utf8"));
      expect([file, csp !== null]).toEqual([file, true]);
      expect([file, faults(csp as string)]).toEqual([file, []]);
      for (const s of scripts) {
        expect(s.inline).toBe("");
        expect(
          s.src === null || !/^[a-z]+:/i.test(s.src) || s.src.startsWith(OFFICE_CDN + "/")
        ).toBe(true);
      }
    }
  }
);

test("the checker itself refuses loose policies", () => {
  const strict =
    "default-src 'self'; script-src 'self' https://appsforoffice.microsoft.com; object-src 'none'; base-uri 'self'; connect-src 'self'";
  expect(faults(strict)).toEqual([]);
  expect(faults(strict.replace("script-src 'self'", "script-src 'self' 'unsafe-eval'"))).toContain(
    "'unsafe-eval' somewhere"
  );
  expect(
    faults(strict.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'"))
  ).toContain("script-src allows 'unsafe-inline'");
  expect(
    faults(strict.replace("script-src 'self'", "script-src 'self' https://cdn.example.com"))
  ).toContain("script-src allows https://cdn.example.com");
  expect(faults(strict.replace("object-src 'none'", "object-src 'self'"))).toContain(
    "object-src is 'self'"
  );
  expect(faults(strict.replace("connect-src 'self'", "connect-src *"))).toContain(
    "connect-src allows *"
  );
  expect(faults(strict.replace("; base-uri 'self'", ""))).toContain(
    "base-uri is not 'self' or 'none'"
  );
});
