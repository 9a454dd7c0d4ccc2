// tthc report FILE -o OUT.docx [--template FILE.hbs] [--force] [--all-rows]
import * as path from "path";
import { analyse, reportDataOf } from "../core/workbook";
import { generateReport } from "../docx/report";
import { decodeTemplate, TemplateError } from "../docx/template";
import { FILE_MSG } from "../core/messages/files";
import { FileRefusedError, readRegularFile, writeFileAtomic } from "../host/xlsx";

/** Largest template read (the default one is 10 KB). */
const MAX_TEMPLATE_BYTES = 1024 * 1024;
import { CLI_MSG } from "./messages";
import { regimeOption } from "./regime";
import { REGIME_MSG } from "../core/messages/regime";
import {
  announceLegacy,
  CannotCheck,
  checkTarget,
  writeFailure,
  countFindings,
  Io,
  load,
  locate,
  otherFormsNote,
  printFindings,
} from "./common";

export async function runReport(
  file: string,
  opts: {
    output?: string;
    template?: string;
    force?: boolean;
    allRows?: boolean;
    sheet?: string;
    regime?: string;
  },
  io: Io
): Promise<number> {
  if (!opts.output) throw new CannotCheck(CLI_MSG.reportNoTarget);
  const regime = regimeOption(opts.regime);
  if (path.resolve(opts.output) === path.resolve(file)) throw new CannotCheck(CLI_MSG.fillSameFile);
  checkTarget(opts.output, opts.template ? [file, opts.template] : [file]);
  let template: string | undefined;
  if (opts.template) {
    let bytes: Buffer;
    try {
      bytes = readRegularFile(opts.template, MAX_TEMPLATE_BYTES, {
        notRegular: FILE_MSG.templateNotRegular,
        tooBig: FILE_MSG.templateTooBig,
      });
    } catch (e) {
      if (e instanceof FileRefusedError) throw new CannotCheck(e.message);
      throw new CannotCheck(CLI_MSG.templateUnreadable(opts.template));
    }
    const text = decodeTemplate(bytes);
    if (text === null) throw new CannotCheck(FILE_MSG.templateEncoding(opts.template));
    template = text;
  }
  const loaded = await load(file);
  const { snapshot } = loaded;
  const form = locate(snapshot, file, opts.sheet); // exit 2 when there is no Biểu 06a
  announceLegacy(io, loaded);
  const a = analyse(snapshot, { form, regime });
  const errors = a.findings.filter((f) => f.severity === "error");
  const warnings = a.findings.filter((f) => f.severity === "warning");
  if (errors.length > 0 && !opts.force) {
    io.err(CLI_MSG.reportBlocked(errors.length));
    printFindings(io, errors);
    return 1;
  }
  const { data, warnings: dataWarnings, textFindings } = reportDataOf(snapshot, a);
  let bytes: Uint8Array;
  try {
    bytes = await generateReport(data, { allRows: !!opts.allRows, template });
  } catch (e) {
    if (e instanceof TemplateError) throw new CannotCheck(e.message);
    throw e;
  }
  try {
    writeFileAtomic(opts.output, bytes, { inputs: opts.template ? [file, opts.template] : [file] });
  } catch (e) {
    throw writeFailure(opts.output, e, false);
  }
  if (errors.length > 0) {
    io.out(CLI_MSG.reportForced(errors.length));
    printFindings(io, errors);
  }
  if (warnings.length || textFindings.length) {
    io.out(CLI_MSG.warningsHeader);
    printFindings(io, [...warnings, ...textFindings]);
  }
  for (const w of dataWarnings) io.out("  " + w);
  io.out(REGIME_MSG.chosen(a.regime.regime.name, a.regime.source));
  const note = otherFormsNote(form);
  if (note) io.out(note);
  io.out(CLI_MSG.reportWritten(opts.output, bytes.length));
  return errors.length > 0 ? 1 : 0;
}

export { countFindings };
