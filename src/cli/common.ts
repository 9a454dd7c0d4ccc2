// Shared pieces of the `tthc` commands: I/O, loading, the finding JSON, printing.
import * as path from "path";
import { addr, Finding, rectAddr, WorkbookSnapshot } from "../core/grid";
import { Form06a, locate06a, LocateError, locateAll } from "../core/form06a";
import { fmtPeriod } from "../core/form06a/period";
import { isoDate } from "../core/text/numbers";
import { SEVERITY_LABEL } from "../core/messages/common";
import {
  checkOutput,
  FileRefusedError,
  ReadWorkbook,
  readWorkbookFile,
  UnreadableFileError,
} from "../host/xlsx";
import { FILE_MSG, quoteText } from "../core/messages/files";
import { fold } from "../core/text/normalize";
import { capitalsOf, writeConverted } from "../host/xlsx/legacy";
import { ConvertedCell, decodeWorkbook, LEGACY_NAME, LegacyEncoding } from "../core/text/legacy";
import { CLI_MSG } from "./messages";

/** A reason to stop with exit code 2 (one Vietnamese line on stderr). */
export class CannotCheck extends Error {}

export interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
}

export const stdio: Io = {
  out: (s) => process.stdout.write(s + "\n"),
  err: (s) => process.stderr.write(s + "\n"),
};

export interface FindingJson {
  rule: string;
  severity: "error" | "warning";
  sheet: string;
  cell: string;
  message: string;
  /** What the message says, for programs (stable within the rule; issue 17 item 9). */
  messageId: string;
  /** The figures and names the message was made from. */
  data: Readonly<Record<string, unknown>>;
}

export function findingJson(f: Finding): FindingJson {
  return {
    rule: f.rule,
    severity: f.severity,
    sheet: f.sheet,
    cell: addr(f.row, f.col),
    message: clip(f.message),
    messageId: f.messageId,
    data: f.data,
  };
}

export function formJson(form: Form06a) {
  return {
    sheet: form.sheet,
    range: rectAddr(form.range),
    headerRow: form.headerTop,
    totalRow: form.total ? form.total.row : null,
    period: form.title.period
      ? { from: isoDate(form.title.period.from), to: isoDate(form.title.period.to) }
      : null,
    unit: form.title.unit,
  };
}

export interface Loaded extends ReadWorkbook {
  /** Text cells in TCVN3/VNI, converted to Unicode in `snapshot` (the workbook itself is untouched). */
  legacy: { encoding: LegacyEncoding; converted: ConvertedCell[] } | null;
}

/**
 * Read a workbook (.xlsx or an HTML export) for the commands; exit 2 with the reason when it
 * cannot be read. Legacy-encoded text (TCVN3, VNI) is read as Unicode here, once, for every
 * command: the snapshot is converted; an .xlsx workbook is not (commands write only their own
 * cells), the workbook built from an HTML export is.
 */
export async function load(file: string, opts: { from?: LegacyEncoding } = {}): Promise<Loaded> {
  let read: ReadWorkbook;
  try {
    read = await readWorkbookFile(file);
  } catch (e) {
    if (e instanceof UnreadableFileError) throw new CannotCheck(e.message);
    throw e;
  }
  const d = decodeWorkbook(read.snapshot, {
    from: opts.from,
    capitals: read.kind === "xlsx" ? capitalsOf(read.workbook) : undefined,
  });
  // An HTML export's workbook is built by us, in Times New Roman: its text goes in as read, in Unicode.
  if (read.kind === "html" && d.encoding && d.converted.length > 0)
    writeConverted(read.workbook, d.converted, d.encoding);
  return {
    ...read,
    snapshot: d.wb,
    legacy:
      d.encoding && d.converted.length > 0
        ? { encoding: d.encoding, converted: d.converted }
        : null,
  };
}

/**
 * Checks an output path before any work: not a device, FIFO, folder or read-only file, not an
 * input under another name (real paths, device + inode), not an .xlsm (we cannot keep macros).
 */
export function checkTarget(target: string, inputs: string[], inPlace = false): void {
  if (/\.xlsm$/i.test(target))
    throw new CannotCheck(inPlace ? FILE_MSG.macroWorkbook(target) : FILE_MSG.macroTarget(target));
  try {
    checkOutput(target, inputs, inPlace);
  } catch (e) {
    if (e instanceof FileRefusedError) throw new CannotCheck(e.message);
    throw e;
  }
}

/** The one Vietnamese line for a failed write (the target is as it was). */
export function writeFailure(target: string, e: unknown, inPlace: boolean): CannotCheck {
  if (e instanceof FileRefusedError) return new CannotCheck(e.message);
  return new CannotCheck(CLI_MSG.cannotWrite(target, (e as NodeJS.ErrnoException).code, inPlace));
}

/** The one line that says the file was read from a legacy encoding (text output), or null. */
export function legacyNotice(loaded: Loaded): string | null {
  return loaded.legacy ? CLI_MSG.legacyRead(LEGACY_NAME[loaded.legacy.encoding]) : null;
}

/** The "encoding" member of the JSON outputs, present only for a legacy-encoded file. */
export function legacyJson(loaded: Loaded): {
  encoding?: { name: LegacyEncoding; convertedCells: number; message: string };
} {
  return loaded.legacy
    ? {
        encoding: {
          name: loaded.legacy.encoding,
          convertedCells: loaded.legacy.converted.length,
          message: legacyNotice(loaded) as string,
        },
      }
    : {};
}

/** Print the legacy-encoding line, if any (text output). */
export function announceLegacy(io: Io, loaded: Loaded): void {
  const line = legacyNotice(loaded);
  if (line) io.out(line);
  for (const n of loaded.notes ?? []) io.out(n);
}

/** Further Biểu 06a found beside the form a command uses (the first), for a note in the text output. */
const othersOf = new WeakMap<Form06a, Form06a[]>();

/** The 06a form (the first of the workbook, or of `sheet`), or exit 2 with the locator's reason. */
export function locate(snapshot: WorkbookSnapshot, file: string, wanted?: string): Form06a {
  const sheet = wanted === undefined ? undefined : sheetNamed(snapshot, wanted);
  // One scan finds them all; the locator is asked again only to say why there is none.
  const forms = locateAll(snapshot, { sheet });
  if (forms.length > 0) {
    othersOf.set(forms[0], forms.slice(1));
    return forms[0];
  }
  try {
    return locate06a(snapshot, { sheet });
  } catch (e) {
    if (e instanceof LocateError) throw new CannotCheck(`${path.basename(file)}: ${e.message}`);
    throw e;
  }
}

/**
 * The sheet `--sheet NAME` means: the same name, else the one equal after NFC, case folding and
 * invisible characters (a name typed in NFD, or in other case, finds its sheet); else NAME as given.
 */
export function sheetNamed(snapshot: WorkbookSnapshot, wanted: string): string {
  if (snapshot.sheets.some((s) => s.name === wanted)) return wanted;
  const key = (n: string) => fold(n).toLocaleLowerCase("vi");
  return snapshot.sheets.find((s) => key(s.name) === key(wanted))?.name ?? wanted;
}

/** A finding's message as printed: one line, a cell's long text cut ("…"). */
export const MAX_MESSAGE = 400;
export const clip = (m: string): string => (m.length > MAX_MESSAGE ? quoteText(m, MAX_MESSAGE) : m);

export function printFindings(io: Io, findings: Finding[]): void {
  for (const f of findings)
    io.out(
      `  ${f.sheet}!${addr(f.row, f.col)}\t${SEVERITY_LABEL[f.severity]}\t${clip(f.message)}  [${f.rule}]`
    );
}

export function countFindings(findings: Finding[]): { errors: number; warnings: number } {
  const errors = findings.filter((f) => f.severity === "error").length;
  return { errors, warnings: findings.length - errors };
}

/** What `check` and `fill` found in one workbook's Biểu 06a. */
export interface FormRun {
  file: string;
  loaded: Loaded;
  form: Form06a;
  findings: Finding[];
}

/** What `fill` prints besides what `check` prints. */
export interface FormRunExtras {
  /** JSON keys before the form, and after it (before the findings). */
  jsonBefore?: object;
  jsonAfter?: object;
  /** A line after the legacy-encoding notice. */
  legacyNote?: string;
  /** Lines after the form's description. */
  text?: () => void;
  /** A line before the findings, when there are any. */
  findingsTitle?: string;
}

/**
 * The output of `check` and `fill`: JSON (the file, its legacy encoding if any, the form, the findings),
 * or text (the encoding notice, the form, the findings, the count of errors and warnings); then the
 * exit code, 1 while an error remains.
 */
export function printFormRun(
  io: Io,
  run: FormRun,
  json: boolean | undefined,
  extras: FormRunExtras = {}
): number {
  const { file, loaded, form, findings } = run;
  const { errors, warnings } = countFindings(findings);
  if (json)
    io.out(
      JSON.stringify(
        {
          file,
          ...legacyJson(loaded),
          ...extras.jsonBefore,
          form: formJson(form),
          ...extras.jsonAfter,
          findings: findings.map(findingJson),
        },
        null,
        2
      )
    );
  else {
    announceLegacy(io, loaded);
    if (extras.legacyNote) io.out(extras.legacyNote);
    io.out(describeForm(form));
    extras.text?.();
    if (findings.length && extras.findingsTitle) io.out(extras.findingsTitle);
    printFindings(io, findings);
    io.out(CLI_MSG.checkSummary(errors, warnings));
  }
  return errors > 0 ? 1 : 0;
}

export function describeForm(form: Form06a): string {
  const parts = [`trang "${form.sheet}"`, `vùng ${rectAddr(form.range)}`];
  if (form.title.unit) parts.push(quoteText(form.title.unit, 120));
  if (form.title.period) parts.push(`kỳ ${fmtPeriod(form.title.period)}`);
  const note = otherFormsNote(form);
  return CLI_MSG.formFound(parts.join(", "), form.rows.length) + (note ? "\n" + note : "");
}

/** When the workbook holds more than one Biểu 06a: which one is used, which are not; else null. */
export function otherFormsNote(form: Form06a): string | null {
  const others = othersOf.get(form) ?? [];
  if (others.length === 0) return null;
  const where = (f: Form06a) => ({ sheet: f.sheet, range: rectAddr(f.range) });
  return CLI_MSG.otherForms(where(form), others.map(where));
}
