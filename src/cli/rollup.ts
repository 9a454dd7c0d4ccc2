// tthc rollup DIR|FILES… -o district.xlsx [--report district.docx] [--synonyms FILE] [--unit NAME] [--workers N]
// Reads every unit's workbook (a folder's .xlsx files, non-recursive, sorted; or the files
// given; each real file once), rolls them up, writes the district workbook atomically and,
// with --report, a Word summary. A file that cannot be read is listed at the end (exit 1);
// the others are rolled up. Exit 0 when every file was read and the district 06a has no error.
import * as fs from "fs";
import * as path from "path";
import { Worker } from "worker_threads";
import ExcelJS from "exceljs";
import { addr } from "../core/grid";
import { fmtPeriod } from "../core/form06a/period";
import { fmtNumber } from "../core/text/numbers";
import { SEVERITY_LABEL } from "../core/messages/common";
import {
  buildCatalog,
  layoutDistrict,
  parseSynonymsJson,
  readSynonymsSheet,
  rollup,
  rollupRenderInput,
  SynonymsError,
  SynonymsTable,
  UnitFailure,
  UnitResult,
  UnitSummary,
} from "../core/rollup";
import { applyEdits, writeFileAtomic, writeWorkbookAtomic } from "../host/xlsx";
import { CLI_MSG, ROLLUP_CLI_MSG } from "./messages";
import { CannotCheck, countFindings, Io, load, stdio, writeFailure } from "./common";
import {
  readUnitFile,
  SUMMARY_MARKER,
  UnitReadResult,
  WORKER_ROLE,
  WorkerRequest,
  WorkerResponse,
} from "./rollup-worker";
import {
  applyUnitMapping,
  parseMappingCsv,
  provinceName,
  provinceSheets,
  provincialRenderInput,
  provincialRollup,
  readMappingSheet,
  rollupRegime,
} from "../core/rollup";
import type { UnitMapping } from "../core/rollup";
import { citationFirst } from "../core/regime";
import { PROVINCE_ROLLUP } from "../core/messages/regime";
import { regimeOption } from "./regime";

export interface RollupCliOptions {
  output?: string;
  report?: string;
  synonyms?: string;
  unit?: string;
  /** Worker threads reading the files; 0 reads in this thread. Default: see defaultWorkers. */
  workers?: string | number;
  /** Legal regime (issue 11): default by the period; under nd118 the roll-up is provincial. */
  regime?: string;
  /** The province, for the provincial roll-up ("tỉnh Thanh Hóa"). */
  province?: string;
  /** Old unit name → new commune (CSV, or a workbook with a "Sáp nhập" sheet). */
  map?: string;
}

/** Where the progress bar goes: a terminal's stderr, or nothing. */
export interface ProgressSink {
  write: (s: string) => unknown;
  columns?: number;
}

const collator = new Intl.Collator("vi", { numeric: true, sensitivity: "base" });

/** "[=====>    ] 12/20 phuong-a.xlsx", cut to `columns` - 1 characters. */
export function progressLine(
  done: number,
  total: number,
  name: string,
  columns = 80,
  width = 20
): string {
  const filled = total > 0 ? Math.floor((done / total) * width) : width;
  const bar =
    done >= total
      ? "=".repeat(width)
      : "=".repeat(filled) + ">" + " ".repeat(Math.max(0, width - filled - 1));
  const line = `[${bar}] ${done}/${total} ${name}`;
  const max = Math.max(10, columns - 1);
  return line.length > max ? line.slice(0, max - 1) + "…" : line;
}

/**
 * Worker threads by default: none. Measured on the project's 2-core machine (shared, load 6–9),
 * 600 units took the same wall time with 2 workers as in one thread, for a third more CPU time
 * and memory (each worker loads exceljs and warms up its own JIT); `--workers 2` is there for
 * machines with idle cores. `npm run bench` prints both.
 */
export const DEFAULT_WORKERS = 0;

const WORKER_SCRIPT = path.join(__dirname, "rollup-worker.js");

/** The files to read, in order: folders expanded (.xlsx, non-recursive, sorted), each real file once. */
export function expandInputs(
  inputs: string[],
  exclude: string[]
): { files: string[]; missing: UnitFailure[]; duplicates: string[]; emptyDirs: string[] } {
  const files: string[] = [];
  const missing: UnitFailure[] = [];
  const duplicates: string[] = [];
  const emptyDirs: string[] = [];
  const seen = new Set<string>();
  const real = (p: string) => {
    try {
      return fs.realpathSync(p);
    } catch {
      return path.resolve(p);
    }
  };
  for (const x of exclude) seen.add(real(x));
  const add = (p: string) => {
    const r = real(p);
    if (seen.has(r)) {
      if (!exclude.some((x) => real(x) === r)) duplicates.push(p);
      return;
    }
    seen.add(r);
    files.push(p);
  };
  for (const input of inputs) {
    let st: fs.Stats;
    try {
      st = fs.statSync(input);
    } catch {
      missing.push({ file: path.basename(input), reason: ROLLUP_CLI_MSG.notFound(input) });
      continue;
    }
    if (st.isDirectory()) {
      const names = fs
        .readdirSync(input, { withFileTypes: true })
        .filter(
          (d) =>
            (d.isFile() || d.isSymbolicLink()) &&
            /\.xlsx$/i.test(d.name) &&
            !d.name.startsWith("~$") &&
            !d.name.startsWith(".")
        )
        .map((d) => d.name)
        .sort((a, b) => collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0));
      if (names.length === 0) emptyDirs.push(input);
      for (const n of names) add(path.join(input, n));
    } else add(input);
  }
  return { files, missing, duplicates, emptyDirs };
}

/** Reads the files (in worker threads when `workers` > 0), results in the files' order. */
export async function readUnits(
  files: string[],
  workers: number,
  onDone: (done: number, file: string) => void
): Promise<UnitResult[]> {
  const results: UnitResult[] = new Array(files.length);
  let done = 0;
  const finish = (i: number, r: UnitResult) => {
    results[i] = r;
    onDone(++done, files[i]);
  };
  if (workers <= 0 || files.length === 0 || !fs.existsSync(WORKER_SCRIPT)) {
    for (let i = 0; i < files.length; i++) finish(i, await readUnitFile(files[i]));
    return results;
  }
  let next = 0;
  // Each worker holds up to IN_FLIGHT requests, so it never waits for this thread between files.
  const IN_FLIGHT = 3;
  await new Promise<void>((resolve) => {
    let live = 0;
    const start = () => {
      const w = new Worker(WORKER_SCRIPT, { workerData: { role: WORKER_ROLE } });
      live++;
      const held = new Set<number>();
      const feed = () => {
        while (held.size < IN_FLIGHT && next < files.length) {
          const id = next++;
          held.add(id);
          w.postMessage({ id, file: files[id] } satisfies WorkerRequest);
        }
        if (held.size === 0) void w.terminate();
      };
      w.on("message", (m: WorkerResponse) => {
        held.delete(m.id);
        finish(m.id, m.result);
        feed();
      });
      w.on("error", (e) => {
        // A crash loses only the files this worker held; a fresh worker takes the rest.
        for (const id of held)
          finish(id, {
            ok: false,
            failure: {
              file: path.basename(files[id]),
              reason: ROLLUP_CLI_MSG.unexpected(e.message),
            },
          });
        held.clear();
        if (next < files.length) start();
      });
      w.on("exit", () => {
        if (--live === 0) resolve();
      });
      feed();
    };
    for (let i = 0; i < Math.min(workers, files.length); i++) start();
  });
  return results;
}

async function loadSynonyms(file: string): Promise<SynonymsTable> {
  if (/\.json$/i.test(file)) {
    let text: string;
    try {
      text = fs.readFileSync(file, "utf8");
    } catch {
      throw new CannotCheck(ROLLUP_CLI_MSG.synonymsUnreadable(file));
    }
    try {
      return parseSynonymsJson(JSON.parse(text.replace(/^\uFEFF/, "")));
    } catch (e) {
      throw new CannotCheck(
        ROLLUP_CLI_MSG.synonymsBadJson(file, e instanceof SynonymsError ? e.message : null)
      );
    }
  }
  const { snapshot } = await load(file);
  const t = readSynonymsSheet(snapshot);
  if (!t) throw new CannotCheck(ROLLUP_CLI_MSG.synonymsNoSheet(file));
  return t;
}

async function loadMapping(file: string): Promise<UnitMapping> {
  if (/\.(csv|txt)$/i.test(file)) {
    try {
      return parseMappingCsv(fs.readFileSync(file, "utf8"));
    } catch {
      throw new CannotCheck(PROVINCE_ROLLUP.mappingUnreadable(file));
    }
  }
  const { snapshot } = await load(file);
  const m = readMappingSheet(snapshot);
  if (!m) throw new CannotCheck(PROVINCE_ROLLUP.mappingUnreadable(file));
  return m;
}

function workerCount(opt: string | number | undefined): number {
  if (opt === undefined) return DEFAULT_WORKERS;
  const n = Number(opt);
  if (!Number.isInteger(n) || n < 0 || n > 64)
    throw new CannotCheck(ROLLUP_CLI_MSG.badWorkers(String(opt)));
  return n;
}

function isDir(p: string): boolean {
  try {
    return fs.statSync(p).isDirectory();
  } catch {
    return false;
  }
}

function defaultTty(io: Io): ProgressSink | null {
  return io === stdio && process.stderr.isTTY
    ? { write: (s) => process.stderr.write(s), columns: process.stderr.columns }
    : null;
}

export async function runRollup(
  inputs: string[],
  opts: RollupCliOptions,
  io: Io,
  tty: ProgressSink | null = defaultTty(io)
): Promise<number> {
  if (!opts.output) throw new CannotCheck(ROLLUP_CLI_MSG.noTarget);
  if (opts.report && path.resolve(opts.report) === path.resolve(opts.output))
    throw new CannotCheck(ROLLUP_CLI_MSG.sameTargets);
  // A missing output folder is said before the files are read, not after.
  for (const target of [opts.output, opts.report]) {
    if (target && !isDir(path.dirname(path.resolve(target))))
      throw new CannotCheck(CLI_MSG.cannotWrite(target, "ENOENT", false));
  }
  const extra = opts.synonyms ? [await loadSynonyms(opts.synonyms)] : [];
  const exclude = [opts.output, ...(opts.report ? [opts.report] : [])];
  const { files, missing, duplicates, emptyDirs } = expandInputs(inputs, exclude);
  for (const d of emptyDirs) io.out(ROLLUP_CLI_MSG.emptyDir(d));
  if (files.length === 0 && missing.length === 0) throw new CannotCheck(ROLLUP_CLI_MSG.noInput);
  if (duplicates.length) io.out(ROLLUP_CLI_MSG.duplicatesSkipped(duplicates));
  const workers = workerCount(opts.workers);

  const t0 = Date.now();
  const results = await readUnits(files, workers, (done, file) => {
    if (tty)
      tty.write(
        "\r" + progressLine(done, files.length, path.basename(file), tty.columns || 80) + "\x1b[K"
      );
  });
  if (tty && files.length) tty.write("\r\x1b[K");
  const units: UnitSummary[] = [];
  const failures: UnitFailure[] = [...missing];
  const summaries: string[] = [];
  for (const r of results as UnitReadResult[]) {
    if (r.ok) units.push(r.summary);
    else if (r.summaryFile) summaries.push(r.failure.file);
    else failures.push(r.failure);
  }
  if (summaries.length) io.out(ROLLUP_CLI_MSG.summariesSkipped(summaries));
  const badList = () => {
    if (!failures.length) return;
    io.err(ROLLUP_CLI_MSG.badFiles(failures.length));
    for (const f of failures) io.err(`  ${f.file}: ${f.reason}`);
  };
  if (units.length === 0) {
    badList();
    io.err(ROLLUP_CLI_MSG.nothingRead);
    return 1;
  }

  // Issue 11: old names → new communes (merged wards), then the regime decides the level.
  const mapping = opts.map ? await loadMapping(opts.map) : null;
  const mapped = mapping ? applyUnitMapping(units, mapping) : { units, notes: [] as string[] };
  const catalog = buildCatalog(...extra);
  const r0 = rollup(mapped.units, { catalog, failures });
  const regime = rollupRegime(r0, regimeOption(opts.regime));
  const provincial = regime.regime.rollup.level === "province";
  const r = provincial ? provincialRollup(r0) : r0;
  const province = provincial ? provinceName(opts.province ?? opts.unit ?? "…") : "";
  if (provincial) {
    io.out(PROVINCE_ROLLUP.regimeLine(regime.regime.name));
    if (!opts.province && !opts.unit) io.out(PROVINCE_ROLLUP.provinceNeeded);
  }
  for (const n of mapped.notes) io.out("  " + n);
  const district = provincial
    ? layoutDistrict(r, {
        unit: PROVINCE_ROLLUP.unit(province),
        recipient: `UBND ${province}`,
        synonyms: catalog.table,
        sheets: provinceSheets(),
      })
    : layoutDistrict(r, { unit: opts.unit, synonyms: catalog.table });
  const book = new ExcelJS.Workbook();
  book.creator = "Báo cáo TTHC";
  applyEdits(book, district.edits);
  book.definedNames.add(`'${district.sheets.form06a.replace(/'/g, "''")}'!$A$1`, SUMMARY_MARKER);
  try {
    await writeWorkbookAtomic(book, opts.output, { inputs: files });
  } catch (e) {
    throw writeFailure(opts.output, e, false);
  }

  // What the clerk reads.
  io.out(
    ROLLUP_CLI_MSG.read(
      units.length,
      files.length + missing.length - summaries.length,
      r.period ? fmtPeriod(r.period) : null,
      r.periodUnits,
      ((Date.now() - t0) / 1000).toFixed(1)
    )
  );
  io.out(
    ROLLUP_CLI_MSG.fields(
      r.fields.length,
      fmtNumber(r.total.received),
      fmtNumber(r.total.resolved),
      fmtNumber(r.total.pending)
    )
  );
  const withErrors = r.checks.filter((c) => c.errors > 0);
  if (withErrors.length) {
    io.out(ROLLUP_CLI_MSG.unitsWithErrors(withErrors.length));
    for (const c of withErrors) io.out(`  ${c.file} (${c.unit}): ${c.text}`);
  }
  const notes = r.notes.filter((n) => n.code !== "rollup/unreadable");
  if (notes.length) {
    io.out(ROLLUP_CLI_MSG.notes(notes.length));
    for (const n of notes) io.out(`  ${SEVERITY_LABEL[n.severity]}\t${n.message}`);
  }
  const { errors, warnings } = countFindings(district.findings);
  io.out(ROLLUP_CLI_MSG.districtCheck);
  for (const f of district.findings)
    io.out(
      `  ${f.sheet}!${addr(f.row, f.col)}\t${SEVERITY_LABEL[f.severity]}\t${f.message}  [${f.rule}]`
    );
  io.out("  " + CLI_MSG.checkSummary(errors, warnings));
  io.out(
    ROLLUP_CLI_MSG.written(
      opts.output,
      Object.values(district.sheets).filter((s) => district.edits.newSheets?.includes(s))
    )
  );

  if (opts.report) {
    const { renderDocx } = await import("../docx/render");
    const base = rollupRenderInput(r, { unit: opts.unit });
    const input = provincial
      ? provincialRenderInput(base, r, province, citationFirst(regime.regime.citations.oneStop))
      : base;
    const bytes = await renderDocx(input);
    try {
      writeFileAtomic(opts.report, bytes, { inputs: files });
    } catch (e) {
      throw writeFailure(opts.report, e, false);
    }
    io.out(CLI_MSG.reportWritten(opts.report, bytes.length));
  }
  badList();
  return failures.length > 0 || errors > 0 ? 1 : 0;
}
