// The `tthc` bin as a user runs it: `npx tthc …` in the repo root (package.json "bin" →
// bin/tthc.js → the compiled lib/). lib/ is built by `npm ci` (prepare); built here if missing.
import { execFileSync, spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { SAMPLE, tempDir } from "../helpers/xlsx";

const ROOT = path.resolve(__dirname, "../..");
const tmp = tempDir();

beforeAll(() => {
  if (!fs.existsSync(path.join(ROOT, "lib/cli/main.js")))
    execFileSync("npm", ["run", "build:cli"], { cwd: ROOT, stdio: "ignore" });
}, 120_000);
afterAll(() => tmp.cleanup());

function npxTthc(...args: string[]) {
  const r = spawnSync("npx", ["--no-install", "tthc", ...args], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, TTHC_DEBUG: "" },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

test("npx tthc check SAMPLE --json: exit 0, one JSON object on stdout", () => {
  const r = npxTthc("check", SAMPLE, "--json");
  expect(r.code).toBe(0);
  expect(r.err).toBe("");
  const j = JSON.parse(r.out);
  expect(Object.keys(j).sort()).toEqual(["file", "findings", "form"]);
  expect(
    j.findings.map((f: { rule: string; cell: string }) => `${f.rule} ${f.cell}`).sort()
  ).toEqual(["06a/duplicate-field B34", "06a/period C3"]);
}, 60_000);

test("npx tthc check on a text file: exit 2, one Vietnamese line on stderr, no stack trace", () => {
  const f = tmp.file("ghi-chu.xlsx");
  fs.writeFileSync(f, "đây không phải là tệp Excel");
  const r = npxTthc("check", f);
  expect(r.code).toBe(2);
  expect(r.out).toBe("");
  const lines = r.err.split("\n").filter((l) => l !== "");
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^Tệp "ghi-chu\.xlsx" không phải tệp Excel/);
  expect(r.err).not.toMatch(/\n\s+at /);
}, 60_000);

test("node bin/tthc.js fill without -o: exit 2 with the Vietnamese reason", () => {
  const r = spawnSync(process.execPath, [path.join(ROOT, "bin/tthc.js"), "fill", SAMPLE], {
    cwd: ROOT,
    encoding: "utf8",
  });
  expect(r.status).toBe(2);
  expect(r.stdout).toBe("");
  expect(r.stderr.trim()).toBe(
    "Cần chỉ rõ tệp kết quả: -o TỆP_MỚI.xlsx, hoặc --in-place để ghi đè tệp đầu vào."
  );
}, 60_000);
