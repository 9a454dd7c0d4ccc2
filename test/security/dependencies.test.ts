// The production dependency tree (package-lock.json, dev packages left out) against the
// advisories test/security/AUDIT.md lists: every package that ever had a high or critical (or,
// where it applies to us, moderate) advisory is at or above its fixed version. `npm audit` needs
// the registry's advisory service; this check needs nothing and keeps the audit's result from
// silently going stale when the lock file changes.
import * as fs from "fs";
import * as path from "path";

const LOCK = JSON.parse(
  fs.readFileSync(path.resolve(__dirname, "../../package-lock.json"), "utf8")
) as {
  packages: Record<string, { version?: string; dev?: boolean; devOptional?: boolean }>;
};

/** name → versions installed for production. */
function productionVersions(): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [key, p] of Object.entries(LOCK.packages)) {
    if (!key || p.dev || !p.version) continue;
    const name = key.slice(key.lastIndexOf("node_modules/") + "node_modules/".length);
    out.set(name, [...(out.get(name) ?? []), p.version]);
  }
  return out;
}

const num = (v: string) => v.split(/[-+]/)[0].split(".").map(Number);
function atLeast(v: string, min: string): boolean {
  const [a, b] = [num(v), num(min)];
  for (let i = 0; i < 3; i++) if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) > (b[i] ?? 0);
  return true;
}

/**
 * Whether version v carries the fix: on a major line that the table lists, at or above its fixed
 * version; on a line the table does not list, only when it is newer than every listed line (a
 * major released after the fix). An older or in-between line was never fixed: it fails.
 */
function verdict(v: string, fixed: Record<string, string>): string {
  const major = num(v)[0];
  const min = fixed[String(major)];
  if (min) return atLeast(v, min) ? "fixed" : `below ${min}`;
  const lines = Object.keys(fixed).map(Number);
  return major > Math.max(...lines)
    ? "fixed"
    : `major ${major} is not a line with the fix (${lines.join(", ")})`;
}

test("the verdict: listed lines, newer majors, older and in-between ones", () => {
  expect(verdict("3.3.8", { "3": "3.3.8", "5": "5.0.9" })).toBe("fixed");
  expect(verdict("3.3.7", { "3": "3.3.8", "5": "5.0.9" })).toBe("below 3.3.8");
  expect(verdict("6.0.2", { "3": "3.3.8", "5": "5.0.9" })).toBe("fixed");
  expect(verdict("4.0.0", { "3": "3.3.8", "5": "5.0.9" })).toMatch(/^major 4 is not/);
  expect(verdict("2.1.0", { "3": "3.3.8" })).toMatch(/^major 2 is not/);
});

/** [package, fixed version (per major line where it differs), advisory] — see AUDIT.md. */
const FIXED: [string, Record<string, string>, string][] = [
  ["handlebars", { "4": "4.7.7" }, "CVE-2021-23369, CVE-2021-23383 (critical)"],
  ["jszip", { "3": "3.8.0" }, "CVE-2021-23413, CVE-2022-48285"],
  ["fstream", { "1": "1.0.12" }, "CVE-2019-13173 (high)"],
  ["minimist", { "1": "1.2.6" }, "CVE-2021-44906 (critical)"],
  ["async", { "2": "2.6.4", "3": "3.2.2" }, "CVE-2021-43138 (high)"],
  ["bl", { "4": "4.0.3" }, "CVE-2020-8244"],
  ["minimatch", { "3": "3.0.5", "5": "5.0.0" }, "CVE-2022-3517 (high)"],
  ["brace-expansion", { "1": "1.1.12", "2": "2.0.2" }, "CVE-2025-5889"],
  ["tmp", { "0": "0.2.4" }, "CVE-2025-54798"],
  ["fast-csv", { "4": "4.3.6" }, "CVE-2020-26256"],
  ["@babel/runtime", { "7": "7.26.10" }, "CVE-2025-27789"],
  ["nanoid", { "3": "3.3.8", "5": "5.0.9" }, "CVE-2024-55565"],
  ["unzipper", { "0": "0.9.12" }, "npm advisory 886 (zip slip)"],
];

const installed = productionVersions();

test("the lock file is read (production packages, dev ones left out)", () => {
  expect(installed.get("exceljs")).toEqual(["4.4.0"]);
  expect(installed.has("jest")).toBe(false);
});

test.each(FIXED)("%s is at or above its fixed version (%#)", (name, fixed, _advisory) => {
  for (const v of installed.get(name) ?? [])
    expect(`${name}@${v}: ${verdict(v, fixed)}`).toBe(`${name}@${v}: fixed`);
});

test("the one open advisory (uuid < 11.1.1, moderate) stays as documented: exceljs calls only v4()", () => {
  expect(installed.get("uuid")).toEqual(["8.3.2"]);
  const dir = path.resolve(__dirname, "../../node_modules/exceljs/lib");
  const uses = (function walk(d: string): string[] {
    return fs.readdirSync(d, { withFileTypes: true }).flatMap((e) => {
      const p = path.join(d, e.name);
      if (e.isDirectory()) return walk(p);
      const text = e.name.endsWith(".js") ? fs.readFileSync(p, "utf8") : "";
      return [...text.matchAll(/[^;\n]*require\(['"]uuid['"]\)[^;\n]*/g)].map((m) => m[0]);
    });
  })(dir);
  expect(uses.length).toBeGreaterThan(0);
  for (const u of uses)
    expect(u).toMatch(/\{\s*v4\b[^}]*\}\s*=\s*require\(['"]uuid['"]\)|require\(['"]uuid['"]\)\.v4/);
});
