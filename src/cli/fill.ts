// tthc fill FILE -o OUT.xlsx [--in-place] [--sheet NAME] [--json]
import * as path from "path";
import { addr } from "../core/grid";
import { applyEditsToSnapshot } from "../core/snapshotEdits";
import { analyse, fillAll } from "../core/workbook";
import { applyEdits, writeWorkbookAtomic } from "../host/xlsx";
import { useUnicodeFont } from "../host/xlsx/legacy";
import { CLI_MSG } from "./messages";
import { FILE_MSG } from "../core/messages/files";
import {
  CannotCheck,
  checkTarget,
  clip,
  writeFailure,
  Io,
  load,
  locate,
  printFormRun,
} from "./common";

export function outputTarget(file: string, opts: { output?: string; inPlace?: boolean }): string {
  if (opts.inPlace && opts.output) throw new CannotCheck(CLI_MSG.fillBothTargets);
  if (!opts.inPlace && !opts.output) throw new CannotCheck(CLI_MSG.fillNoTarget);
  const target = opts.inPlace ? file : (opts.output as string);
  if (!opts.inPlace && path.resolve(target) === path.resolve(file))
    throw new CannotCheck(CLI_MSG.fillSameFile);
  checkTarget(target, [file], !!opts.inPlace);
  return target;
}

export async function runFill(
  file: string,
  opts: { output?: string; inPlace?: boolean; sheet?: string; json?: boolean },
  io: Io
): Promise<number> {
  const target = outputTarget(file, opts);
  const loaded = await load(file);
  const { workbook, snapshot } = loaded;
  // An HTML export is read, and written as a new .xlsx only.
  if (loaded.kind === "html" && opts.inPlace) throw new CannotCheck(CLI_MSG.htmlInPlace(file));
  // VBA macros (xl/vbaProject.bin) cannot be written back: the file is not replaced without them.
  if (loaded.macros && opts.inPlace) throw new CannotCheck(FILE_MSG.macroWorkbook(file));
  if (loaded.kind === "html" && !/\.xlsx$/i.test(target))
    throw new CannotCheck(CLI_MSG.htmlTargetNotXlsx(target));
  const form = locate(snapshot, file, opts.sheet);
  // The edits are computed on the snapshot read as Unicode and applied to the workbook as it is:
  // a legacy-encoded file keeps its own text cells; ours get a Unicode font.
  const result = fillAll(snapshot, analyse(snapshot, { form }));
  applyEdits(workbook, result.edits);
  if (loaded.legacy)
    for (const e of result.edits.cells)
      if (typeof e.value === "string")
        useUnicodeFont(workbook.getWorksheet(e.sheet)!.getCell(e.row, e.col));
  const after = applyEditsToSnapshot(snapshot, result.edits);
  const findings = analyse(after, { sheet: form.sheet }).findings;
  try {
    await writeWorkbookAtomic(workbook, target, { inputs: [file], inPlace: !!opts.inPlace });
  } catch (e) {
    // The write is atomic (temp file + rename) and verified: on failure the target is as it was.
    throw writeFailure(target, e, !!opts.inPlace);
  }
  return printFormRun(io, { file, loaded, form, findings }, opts.json, {
    jsonBefore: { output: target },
    jsonAfter: {
      filled: result.filled.map((f) => ({
        sheet: f.sheet,
        cell: addr(f.row, f.col),
        what: f.what,
      })),
      conflicts: result.conflicts.map((c) => ({
        sheet: c.sheet,
        cell: addr(c.row, c.col),
        message: c.message,
      })),
    },
    legacyNote: loaded.legacy && loaded.kind === "xlsx" ? CLI_MSG.legacyFillKept : undefined,
    text: () => {
      io.out(CLI_MSG.filledCount(result.filled.length, target));
      for (const f of result.filled.slice(0, 12))
        io.out(`  ${f.sheet}!${addr(f.row, f.col)}\t${f.what}`);
      if (result.filled.length > 12) io.out(CLI_MSG.andMore(result.filled.length - 12));
      if (result.conflicts.length) {
        io.out(CLI_MSG.conflicts(result.conflicts.length));
        for (const c of result.conflicts)
          io.out(`  ${c.sheet}!${addr(c.row, c.col)}\t${clip(c.message)}`);
      }
    },
    findingsTitle: CLI_MSG.afterFill,
  });
}
