// `tthc rollup --workers 2`: the files parsed in worker threads give the same district workbook
// as in one thread, in the files' order, bad files included. Worker threads run compiled
// JavaScript, so the CLI is compiled into a temporary folder first (not lib/, which other
// tests and the bench use).
import { execFileSync, spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { readWorkbookFile } from "../../src/host/xlsx";
import { tempDir } from "../helpers/xlsx";
import { randomUnit, writeUnit } from "./helpers";

const ROOT = path.resolve(__dirname, "../..");
const tmp = tempDir("tthc-rollup-workers-");
const out = tmp.file("lib");

beforeAll(async () => {
  try {
    execFileSync(
      process.execPath,
      [
        path.join(ROOT, "node_modules/typescript/bin/tsc"),
        "-p",
        "tsconfig.cli.json",
        "--outDir",
        out,
      ],
      { cwd: ROOT, stdio: "ignore" }
    );
  } catch {
    // Type errors elsewhere in the tree still emit JavaScript; the files are checked below.
  }
  // The template's text into the compiled modules, as npm run build:cli does.
  execFileSync(process.execPath, [path.join(ROOT, "scripts/inline-templates.js"), out], {
    cwd: ROOT,
    stdio: "ignore",
  });
  fs.symlinkSync(path.join(ROOT, "node_modules"), tmp.file("node_modules"), "dir"); // for require() from the compiled files
  fs.writeFileSync(
    tmp.file("tthc.js"),
    'require("./lib/cli/main.js").main(process.argv).then((c) => { process.exitCode = c; });\n'
  );
  fs.mkdirSync(tmp.file("units"));
  for (let i = 0; i < 7; i++)
    await writeUnit(tmp.file(`units/u${i}.xlsx`), randomUnit(50 + i, `UBND PHƯỜNG ${i}`));
  fs.writeFileSync(tmp.file("units/u3-hong.xlsx"), "không phải Excel");
}, 180_000);
afterAll(() => tmp.cleanup());

function rollup(workers: number, target: string) {
  const r = spawnSync(
    process.execPath,
    [tmp.file("tthc.js"), "rollup", tmp.file("units"), "-o", target, "--workers", String(workers)],
    { encoding: "utf8" }
  );
  return { code: r.status, out: r.stdout, err: r.stderr };
}

test("2 worker threads and 1 thread write the same district workbook", async () => {
  expect(fs.existsSync(path.join(out, "cli/rollup-worker.js"))).toBe(true);
  const one = rollup(0, tmp.file("one.xlsx"));
  const two = rollup(2, tmp.file("two.xlsx"));
  expect([one.code, two.code]).toEqual([1, 1]); // the bad file
  expect(two.err).toBe(one.err);
  expect(two.err).toMatch(/u3-hong\.xlsx: Tệp "u3-hong\.xlsx" không phải tệp Excel/);
  expect(two.out.replace(/trong [\d,]+ giây/, "")).toBe(
    one.out.replace(/trong [\d,]+ giây/, "").replace(tmp.file("one.xlsx"), tmp.file("two.xlsx"))
  );
  const a = (await readWorkbookFile(tmp.file("one.xlsx"))).snapshot;
  const b = (await readWorkbookFile(tmp.file("two.xlsx"))).snapshot;
  expect(b).toEqual(a);
  const names = a.sheets
    .find((s) => s.name === "Theo đơn vị")!
    .data.map((r) => r?.[1]?.value)
    .filter((v) => typeof v === "string" && v.startsWith("UBND PHƯỜNG "));
  expect(names).toEqual([
    "UBND PHƯỜNG 0",
    "UBND PHƯỜNG 1",
    "UBND PHƯỜNG 2",
    "UBND PHƯỜNG 3",
    "UBND PHƯỜNG 4",
    "UBND PHƯỜNG 5",
    "UBND PHƯỜNG 6",
  ]);
}, 120_000);
