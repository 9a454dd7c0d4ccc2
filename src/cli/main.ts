// The `tthc` command line: check, fill (and, as the core grows, score, report).
// Exit codes: 0 no errors (warnings allowed); 1 errors; 2 cannot check (one-line Vietnamese
// reason on stderr, no stack trace).
import * as path from "path";
import { Command, CommanderError } from "commander";
import { addr, Finding, rectAddr, WorkbookSnapshot } from "../core/grid";
import { check06a, fill06a, Form06a, locate06a, LocateError } from "../core/form06a";
import { applyEditsToSnapshot } from "../core/snapshotEdits";
import { isoDate } from "../core/text/numbers";
import { fmtPeriod } from "../core/form06a/period";
import { SEVERITY_LABEL } from "../core/messages/common";
import { applyEdits, readWorkbookFile, UnreadableFileError, writeWorkbookAtomic } from "../host/xlsx";
import { CLI_MSG } from "./messages";

/** A reason to stop with exit code 2. */
export class CannotCheck extends Error {}

export interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
}

const stdio: Io = {
  out: (s) => process.stdout.write(s + "\n"),
  err: (s) => process.stderr.write(s + "\n"),
};

export interface FindingJson {
  rule: string;
  severity: "error" | "warning";
  sheet: string;
  cell: string;
  message: string;
}

export function findingJson(f: Finding): FindingJson {
  return { rule: f.rule, severity: f.severity, sheet: f.sheet, cell: addr(f.row, f.col), message: f.message };
}

export function formJson(form: Form06a) {
  return {
    sheet: form.sheet,
    range: rectAddr(form.range),
    headerRow: form.headerTop,
    totalRow: form.total ? form.total.row : null,
    period: form.title.period ? { from: isoDate(form.title.period.from), to: isoDate(form.title.period.to) } : null,
    unit: form.title.unit,
  };
}

async function load(file: string): Promise<Awaited<ReturnType<typeof readWorkbookFile>>> {
  try {
    return await readWorkbookFile(file);
  } catch (e) {
    if (e instanceof UnreadableFileError) throw new CannotCheck(e.message);
    throw e;
  }
}

function locate(snapshot: WorkbookSnapshot, file: string, sheet?: string): Form06a {
  try {
    return locate06a(snapshot, { sheet });
  } catch (e) {
    if (e instanceof LocateError) throw new CannotCheck(`${path.basename(file)}: ${e.message}`);
    throw e;
  }
}

function printFindings(io: Io, findings: Finding[]): void {
  for (const f of findings) io.out(`  ${f.sheet}!${addr(f.row, f.col)}\t${SEVERITY_LABEL[f.severity]}\t${f.message}  [${f.rule}]`);
}

function summary(findings: Finding[]): { errors: number; warnings: number } {
  const errors = findings.filter((f) => f.severity === "error").length;
  return { errors, warnings: findings.length - errors };
}

function describeForm(form: Form06a): string {
  const parts = [`trang "${form.sheet}"`, `vùng ${rectAddr(form.range)}`];
  if (form.title.unit) parts.push(form.title.unit);
  if (form.title.period) parts.push(`kỳ ${fmtPeriod(form.title.period)}`);
  return CLI_MSG.formFound(parts.join(", "), form.rows.length);
}

export async function runCheck(file: string, opts: { json?: boolean; sheet?: string; previous?: string }, io: Io): Promise<number> {
  const { snapshot } = await load(file);
  const form = locate(snapshot, file, opts.sheet);
  let previous: Form06a | null = null;
  if (opts.previous) {
    const prev = await load(opts.previous);
    previous = locate(prev.snapshot, opts.previous);
  }
  const findings = check06a(form, previous, snapshot.sheets.map((s) => s.name));
  const { errors, warnings } = summary(findings);
  if (opts.json) {
    io.out(JSON.stringify({ file, form: formJson(form), findings: findings.map(findingJson) }, null, 2));
  } else {
    io.out(describeForm(form));
    printFindings(io, findings);
    io.out(CLI_MSG.checkSummary(errors, warnings));
  }
  return errors > 0 ? 1 : 0;
}

export async function runFill(file: string, opts: { output?: string; inPlace?: boolean; sheet?: string; json?: boolean }, io: Io): Promise<number> {
  if (opts.inPlace && opts.output) throw new CannotCheck(CLI_MSG.fillBothTargets);
  if (!opts.inPlace && !opts.output) throw new CannotCheck(CLI_MSG.fillNoTarget);
  const target = opts.inPlace ? file : (opts.output as string);
  if (!opts.inPlace && path.resolve(target) === path.resolve(file)) throw new CannotCheck(CLI_MSG.fillSameFile);
  const { workbook, snapshot } = await load(file);
  const form = locate(snapshot, file, opts.sheet);
  const result = fill06a(snapshot, form);
  applyEdits(workbook, result.edits);
  const after = applyEditsToSnapshot(snapshot, result.edits);
  const findings = check06a(locate06a(after, { sheet: form.sheet }), null, after.sheets.map((s) => s.name));
  await writeWorkbookAtomic(workbook, target);
  const { errors, warnings } = summary(findings);
  if (opts.json) {
    io.out(
      JSON.stringify(
        {
          file,
          output: target,
          form: formJson(form),
          filled: result.filled.map((f) => ({ sheet: f.sheet, cell: addr(f.row, f.col), what: f.what })),
          conflicts: result.conflicts.map((c) => ({ sheet: c.sheet, cell: addr(c.row, c.col), message: c.message })),
          findings: findings.map(findingJson),
        },
        null,
        2,
      ),
    );
  } else {
    io.out(describeForm(form));
    io.out(CLI_MSG.filledCount(result.filled.length, target));
    for (const f of result.filled.slice(0, 12)) io.out(`  ${f.sheet}!${addr(f.row, f.col)}\t${f.what}`);
    if (result.filled.length > 12) io.out(CLI_MSG.andMore(result.filled.length - 12));
    if (result.conflicts.length) {
      io.out(CLI_MSG.conflicts(result.conflicts.length));
      for (const c of result.conflicts) io.out(`  ${c.sheet}!${addr(c.row, c.col)}\t${c.message}`);
    }
    if (findings.length) {
      io.out(CLI_MSG.afterFill);
      printFindings(io, findings);
    }
    io.out(CLI_MSG.checkSummary(errors, warnings));
  }
  return errors > 0 ? 1 : 0;
}

export function buildProgram(io: Io, setCode: (n: number) => void): Command {
  const program = new Command();
  program
    .name("tthc")
    .description(CLI_MSG.programDescription)
    .configureOutput({ writeOut: (s) => io.out(s.trimEnd()), writeErr: (s) => io.err(s.trimEnd()) })
    .exitOverride()
    .showHelpAfterError(false);

  program
    .command("check")
    .description(CLI_MSG.checkDescription)
    .argument("<FILE>", CLI_MSG.argFile)
    .option("--json", CLI_MSG.optJson)
    .option("--sheet <NAME>", CLI_MSG.optSheet)
    .option("--previous <FILE>", CLI_MSG.optPrevious)
    .action(async (file: string, opts) => setCode(await runCheck(file, opts, io)));

  program
    .command("fill")
    .description(CLI_MSG.fillDescription)
    .argument("<FILE>", CLI_MSG.argFile)
    .option("-o, --output <OUT>", CLI_MSG.optOutput)
    .option("--in-place", CLI_MSG.optInPlace)
    .option("--sheet <NAME>", CLI_MSG.optSheet)
    .option("--json", CLI_MSG.optJson)
    .action(async (file: string, opts) => setCode(await runFill(file, opts, io)));

  return program;
}

/** Runs the CLI; resolves to the exit code. Never throws. */
export async function main(argv: string[], io: Io = stdio): Promise<number> {
  let code = 0;
  const program = buildProgram(io, (n) => (code = n));
  try {
    await program.parseAsync(argv);
    return code;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === "commander.helpDisplayed" || e.code === "commander.version" || e.code === "commander.help") return 0;
      return 2;
    }
    if (e instanceof CannotCheck) {
      io.err(e.message);
      return 2;
    }
    io.err(CLI_MSG.unexpected(e instanceof Error ? e.message : String(e)));
    if (process.env.TTHC_DEBUG && e instanceof Error) io.err(e.stack ?? "");
    return 2;
  }
}
