// The `tthc` command line: check, fill, score, report.
// Exit codes: 0 no errors (warnings allowed); 1 errors; 2 cannot check (one-line Vietnamese
// reason on stderr, no stack trace).
import { Command, CommanderError } from "commander";
import { CLI_MSG } from "./messages";
import { CannotCheck, Io, stdio } from "./common";
import { runCheck } from "./check";
import { runFill } from "./fill";
import { runScore } from "./score";
import { runReport } from "./report";
import { runConvert } from "./convert";
import { runRollup } from "./rollup";
import { REGIME_CLI_MSG } from "./messagesRegime";
import { PROVINCE_ROLLUP } from "../core/messages/regime";
import { ROLLUP_CLI_MSG } from "./messages";

export { CannotCheck, findingJson, formJson } from "./common";
export type { Io, FindingJson } from "./common";
export { runConvert };
export { runCheck, runFill, runScore, runReport, runRollup };

export function buildProgram(io: Io, setCode: (n: number) => void): Command {
  const program = new Command();
  program
    .name("tthc")
    .description(CLI_MSG.programDescription)
    // Commander's own (English) error lines, and the help it prints on a missing command, are
    // replaced by one Vietnamese line in main(); --help still prints to stdout.
    .configureOutput({
      writeOut: (s) => io.out(s.trimEnd()),
      writeErr: () => undefined,
      outputError: () => undefined,
    })
    .exitOverride()
    .showHelpAfterError(false);

  /** A command on one workbook, `tthc NAME <FILE> [options]`: its exit code comes from `run`. */
  const onFile = <O>(
    name: string,
    description: string,
    run: (file: string, opts: O, io: Io) => Promise<number>
  ): Command =>
    program
      .command(name)
      .description(description)
      .argument("<FILE>", CLI_MSG.argFile)
      .action(async (file: string, opts: O) => setCode(await run(file, opts, io)));

  onFile("check", CLI_MSG.checkDescription, runCheck)
    .option("--json", CLI_MSG.optJson)
    .option("--sheet <NAME>", CLI_MSG.optSheet)
    .option("--previous <FILE>", CLI_MSG.optPrevious);

  onFile("fill", CLI_MSG.fillDescription, runFill)
    .option("-o, --output <OUT>", CLI_MSG.optOutput)
    .option("--in-place", CLI_MSG.optInPlace)
    .option("--sheet <NAME>", CLI_MSG.optSheet)
    .option("--json", CLI_MSG.optJson);

  onFile("score", CLI_MSG.scoreDescription, runScore)
    .option("--json", CLI_MSG.optJson)
    .option("-o, --output <OUT>", CLI_MSG.optScoreOutput)
    .option("--regime <REGIME>", REGIME_CLI_MSG.optRegime);

  onFile("report", CLI_MSG.reportDescription, runReport)
    .option("-o, --output <OUT>", CLI_MSG.optReportOutput)
    .option("--template <FILE>", CLI_MSG.optTemplate)
    .option("--force", CLI_MSG.optForce)
    .option("--all-rows", CLI_MSG.optAllRows)
    .option("--sheet <NAME>", CLI_MSG.optSheet)
    .option("--regime <REGIME>", REGIME_CLI_MSG.optRegime);

  onFile("convert", CLI_MSG.convertDescription, runConvert)
    .option("-o, --output <OUT>", CLI_MSG.optOutput)
    .option("--in-place", CLI_MSG.optInPlace)
    .option("--from <ENCODING>", CLI_MSG.optFrom);

  program
    .command("rollup")
    .description(ROLLUP_CLI_MSG.description)
    .argument("<INPUTS...>", ROLLUP_CLI_MSG.argInputs)
    .option("-o, --output <OUT>", ROLLUP_CLI_MSG.optOutput)
    .option("--report <DOCX>", ROLLUP_CLI_MSG.optReport)
    .option("--synonyms <FILE>", ROLLUP_CLI_MSG.optSynonyms)
    .option("--unit <NAME>", ROLLUP_CLI_MSG.optUnit)
    .option("--workers <N>", ROLLUP_CLI_MSG.optWorkers)
    .option("--regime <REGIME>", REGIME_CLI_MSG.optRegime)
    .option("--province <NAME>", PROVINCE_ROLLUP.optProvince)
    .option("--map <FILE>", PROVINCE_ROLLUP.optMap)
    .action(async (inputs: string[], opts) => setCode(await runRollup(inputs, opts, io)));

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
      if (e.code === "commander.helpDisplayed" || e.code === "commander.version") return 0;
      if (e.code === "commander.help" && e.exitCode === 0) return 0;
      io.err(CLI_MSG.usage(e.code, e.message));
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
