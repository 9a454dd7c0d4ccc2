// tthc check FILE [--json] [--sheet NAME] [--previous FILE]
import { Form06a } from "../core/form06a";
import { analyse } from "../core/workbook";
import { Io, load, locate, printFormRun } from "./common";

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
  return printFormRun(io, { file, loaded, form, findings: a.findings }, opts.json);
}
