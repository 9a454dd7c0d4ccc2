// tthc check FILE [--json] [--sheet NAME] [--previous FILE]
import { Form06a } from "../core/form06a";
import { analyse } from "../core/workbook";
import { CLI_MSG } from "./messages";
import {
  announceLegacy,
  countFindings,
  describeForm,
  findingJson,
  formJson,
  Io,
  legacyJson,
  load,
  locate,
  printFindings,
} from "./common";

export async function runCheck(
  file: string,
  opts: { json?: boolean; sheet?: string; previous?: string },
  io: Io
): Promise<number> {
  const loaded = await load(file);
  const { snapshot } = loaded;
  const form = locate(snapshot, file, opts.sheet);
  let previous: Form06a | null = null;
  if (opts.previous) {
    const prev = await load(opts.previous);
    previous = locate(prev.snapshot, opts.previous);
  }
  // Biểu 06a, plus the evaluation's rules when the workbook has an evaluation table.
  const a = analyse(snapshot, { form, previous });
  const findings = a.findings;
  const { errors, warnings } = countFindings(findings);
  if (opts.json) {
    io.out(
      JSON.stringify(
        { file, ...legacyJson(loaded), form: formJson(form), findings: findings.map(findingJson) },
        null,
        2
      )
    );
  } else {
    announceLegacy(io, loaded);
    io.out(describeForm(form));
    printFindings(io, findings);
    io.out(CLI_MSG.checkSummary(errors, warnings));
  }
  return errors > 0 ? 1 : 0;
}
