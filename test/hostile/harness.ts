// The hostile corpus's runner: `tthc ARGS…` in a child process (the current sources, compiled
// once per change by tsc), under /usr/bin/time for its wall time and peak resident memory. Every
// case asserts both bounds; the table of measures is printed at the end.
import { execFileSync, spawnSync } from "child_process";
import { createHash } from "crypto";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

const ROOT = path.resolve(__dirname, "../..");
export const SAMPLE = path.join(ROOT, "samples/bao-cao-quy-1-2024-phu-son.xlsx");

/** Bounds of the acceptance list: 30 s and 1 GB per case. */
export const MAX_SECONDS = 30;
export const MAX_RSS_KB = 1024 * 1024;

export interface Measured {
  status: number | null;
  signal: NodeJS.Signals | null;
  out: string;
  err: string;
  seconds: number;
  rssKb: number;
}

export const table: { name: string; status: number | null; seconds: number; rssMb: number }[] = [];

/**
 * The CLI compiled from the current sources (`tsc -p tsconfig.cli.json`, as `npm run build:cli`)
 * into a folder named by the sources' hash, built once and shared by the hostile test files:
 * a child then measures the command, not a compiler.
 */
function builtCli(): string {
  const h = createHash("sha256");
  const walk = (d: string) => {
    for (const e of fs
      .readdirSync(d, { withFileTypes: true })
      .sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.(tsx?|hbs)$/.test(e.name)) h.update(p).update(fs.readFileSync(p));
    }
  };
  walk(path.join(ROOT, "src"));
  walk(path.join(ROOT, "templates"));
  const out = path.join(ROOT, "test-output", `hostile-lib-${h.digest("hex").slice(0, 16)}`); // under the project: node_modules resolve
  const main = path.join(out, "cli/main.js");
  if (!fs.existsSync(main)) {
    const tmp = `${out}.${process.pid}.building`;
    fs.mkdirSync(path.dirname(out), { recursive: true });
    execFileSync(
      process.execPath,
      [
        path.join(ROOT, "node_modules/typescript/bin/tsc"),
        "-p",
        path.join(ROOT, "tsconfig.cli.json"),
        "--outDir",
        tmp,
      ],
      { cwd: ROOT, stdio: "inherit" }
    );
    // As npm run build:cli: the report templates are inlined into the compiled modules.
    execFileSync(process.execPath, [path.join(ROOT, "scripts/inline-templates.js"), tmp], {
      cwd: ROOT,
      stdio: "ignore",
    });
    fs.writeFileSync(
      path.join(tmp, "run.js"),
      `require("./cli/main.js").main(process.argv).then((c) => { process.exitCode = c; });\n`
    );
    try {
      fs.renameSync(tmp, out);
    } catch {
      fs.rmSync(tmp, { recursive: true, force: true }); // another test file built it first
    }
  }
  return path.join(out, "run.js");
}

let built: string | null = null;

/** The command line of a measured run (for running it inside a wrapper such as unshare). */
export function cliArgv(...args: string[]): string[] {
  built ??= builtCli();
  return [process.execPath, built, ...args];
}

/** Run argv (a cliArgv, maybe wrapped) under /usr/bin/time; the case is recorded under `name`. */
export function measure(
  name: string,
  argv: string[],
  opts: { timeoutSeconds?: number; input?: string } = {}
): Measured {
  const tf = path.join(
    os.tmpdir(),
    `tthc-time-${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2)}`
  );
  const t0 = process.hrtime.bigint();
  // `timeout` kills the command itself (not only /usr/bin/time) when a case runs away.
  const limit = opts.timeoutSeconds ?? MAX_SECONDS * 2;
  const r = spawnSync(
    "/usr/bin/time",
    ["-o", tf, "-f", "%e %M", "timeout", "-s", "KILL", String(limit), ...argv],
    {
      encoding: "utf8",
      env: { ...process.env, TTHC_DEBUG: "" },
      timeout: (limit + 10) * 1000,
      killSignal: "SIGKILL",
      input: opts.input,
      maxBuffer: 64 * 1024 * 1024,
    }
  );
  const wall = Number(process.hrtime.bigint() - t0) / 1e9;
  let rssKb = Number.NaN;
  try {
    const [, kb] = fs.readFileSync(tf, "utf8").trim().split("\n").pop()!.split(" ");
    rssKb = Number(kb);
    fs.unlinkSync(tf);
  } catch {
    /* killed by the timeout: no line */
  }
  // /usr/bin/time prints "Command exited with non-zero status N" before its line.
  const m: Measured = {
    status: r.status,
    signal: r.signal,
    out: r.stdout ?? "",
    err: r.stderr ?? "",
    seconds: wall,
    rssKb,
  };
  table.push({
    name,
    status: r.status,
    seconds: Math.round(wall * 10) / 10,
    rssMb: Math.round(rssKb / 1024),
  });
  return m;
}

/** `tthc ARGS…` measured. */
export function tthcMeasured(name: string, ...args: string[]): Measured {
  return measure(name, cliArgv(...args));
}

export function expectBounded(m: Measured): void {
  expect(m.signal).toBeNull();
  expect(m.status).not.toBe(137); // killed by the timeout
  expect(m.seconds).toBeLessThanOrEqual(MAX_SECONDS);
  expect(m.rssKb).toBeLessThanOrEqual(MAX_RSS_KB);
}

/** Exit 2, one Vietnamese line on stderr, no "Lỗi không mong đợi", no English from a library. */
export function expectRefusal(m: Measured, pattern: RegExp): void {
  expectBounded(m);
  expect(m.status).toBe(2);
  const lines = m.err.trim().split("\n");
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(pattern);
  expect(m.err).not.toMatch(/Lỗi không mong đợi|Infinity|NaN|\[object Object\]/);
}

export const sha = (file: string) =>
  createHash("sha256").update(fs.readFileSync(file)).digest("hex");

export function tempDir(prefix = "tthc-hostile-"): {
  dir: string;
  file: (n: string) => string;
  cleanup: () => void;
} {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  return {
    dir,
    file: (n) => path.join(dir, n),
    cleanup: () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}

/** Print the table of measures (the closing note). */
export function printTable(title: string): void {
  const rows = table.map(
    (r) => `| ${r.name} | ${r.status ?? "-"} | ${r.seconds.toFixed(1)} | ${r.rssMb} |`
  );
  console.log(`${title}\n| case | exit | s | peak MB |\n|---|---|---|---|\n${rows.join("\n")}`);
}
