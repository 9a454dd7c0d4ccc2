// The add-in's controller: what the task pane's views and the ribbon's "Kiểm tra" call. Pure
// TypeScript over the Office host (no React, no DOM), so jest drives it against the fake.
//
// Sync budget (steady state, i.e. once the workbook's sheet names are known):
//   check            read 1 + write (marks, notes) 1                       = 2
//   previewFill      read 1                                                = 1
//   applyFill        read 1 + write (edits, journal, re-marks) 1          = 2
//   score            read 1                                                = 1
//   fillEvaluation   read 1 + write 1                                      = 2
//   report           read 1 (the .docx is built afterwards, off Excel)     = 1
//   createForms      read 1 + write 1                                      = 2
//   convertLegacy    read 1 (fonts too) + write (text, fonts, journal) 1   = 2 (3 below ExcelApi 1.9:
//                    the fonts of the converted cells are loaded in a sync of their own)
//   rollup           read 1 (sheet list, journal; the "Từ đồng nghĩa" sheet when the workbook
//                    has one) + write (the new sheets) 1                    = 2; the units' files
//                    are read in the browser beforehand (src/host/xlsx/unitFiles.ts), no sync
//   undo / clear     2 each (src/host/excel/apply.ts, marks.ts)
//   select           1
//   refresh          1 (sheet list + journal; the pane calls it once when it opens)
//
// Legacy text: every read is decoded (decodeWorkbook) before the core sees it, so the locator and
// the rules work on TCVN3/VNI workbooks; the cells keep their addresses, and writes plan their
// undo journal from the snapshot as read (the original bytes), never from the decoded one.
//
// How the sheet names are known without a sync: reading "every sheet" costs 2 syncs because the
// names come back only with the first one. The controller remembers the names (from its last
// read, or from the workbook setting `tthc.sheets` that it saves in the same batch as its writes
// and that Office.context.document.settings exposes synchronously when a runtime starts), reads
// those sheets by name, and loads the current sheet list in that same sync to verify it. Only
// when the list has changed does it take one more sync (a sheet added: read the new list by name;
// a remembered sheet renamed or deleted: the named read fails and a full read follows).

import { addr, EditSet, Finding, rectAddr } from "../../core/grid";
import type { WorkbookSnapshot } from "../../core/grid";
import { decodeWorkbook, editsForConverted, isCapitalsFont, LEGACY_NAME, LegacyEncoding } from "../../core/text/legacy";
import type { DistrictSheets, UnitFailure, UnitResult } from "../../core/rollup";
import { ROLLUP_SHEETS, ROLLUP_SYNONYMS_SHEET } from "../../core/messages/rollup";
import { fmtNumber } from "../../core/text/numbers";
import { analyse, Analysis, fillAll, reportDataOf } from "../../core/workbook";
import { applyEditsToSnapshot, mergeEditSets } from "../../core/snapshotEdits";
import { countValue, fmtPeriod, Form06a } from "../../core/form06a";
import type { Layout06aRow } from "../../core/form06a/layout";
import { layout06a } from "../../core/form06a/layout";
import { fillFromAnalysis, layoutBallotsSheet, layoutEvaluationSheet } from "../../core/evaluation";
import type { ScoreResult } from "../../core/evaluation";
import { layoutTextSheet, unitProse } from "../../core/report";
import type { IsoDate } from "../../core/text/numbers";
import { foldAscii } from "../../core/text/normalize";
import { FORM_SHEETS, PANE_MSG, STEP_LABEL } from "../../core/messages/taskpane";
import { SAMPLE_06A_ROWS } from "../../samples/sample06a";
import { clearMarks, ClearResult } from "./marks";
import { undoLast, UndoResult } from "./apply";
import { detectCaps, OfficeLike, officeOf, SyncCounter } from "./env";
import { HostError, officeErrorCode, toHostError } from "./errors";
import { executeWrite, MarkResult } from "./execute";
import { Journal } from "./journal";
import { snapshotFonts } from "./plan";
import { HostSnapshot, loadFonts, readMeta, readWith, SheetListItem } from "./read";

/** Workbook setting holding the sheet names of the last read (JSON array of strings). */
export const SHEETS_SETTING = "tthc.sheets";

/** Excel.run, or the fake's run. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface PaneDeps {
  /** Default: the global Excel.run, looked up at each call (a preview may install it late). */
  run?: ExcelRun;
  /** Default: the global Office. */
  office?: OfficeLike;
}

export type PaneErrorCode = "no-excel" | "no-form" | "no-evaluation" | "template" | "unexpected" | "excel";

/** An error for the clerk: `message` is Vietnamese. */
export class PaneError extends Error {
  constructor(
    readonly code: PaneErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "PaneError";
  }
}

/** Vietnamese text for any error a command may throw (Office errors included). */
export function paneMessage(e: unknown): string {
  if (e instanceof PaneError || e instanceof HostError) return e.message;
  // TemplateError (src/docx/template.ts) is matched by name: importing it would pull handlebars
  // into the start-up bundle.
  if (e instanceof Error && e.name === "TemplateError") return e.message;
  if (officeErrorCode(e) !== undefined) return toHostError(e).message;
  const detail = e instanceof Error ? e.message : String(e);
  return PANE_MSG.unexpected(detail);
}

function asPaneError(e: unknown): Error {
  if (e instanceof PaneError || e instanceof HostError) return e;
  if (e instanceof Error && e.name === "TemplateError") return new PaneError("template", e.message);
  if (officeErrorCode(e) !== undefined) return toHostError(e);
  return new PaneError("unexpected", paneMessage(e));
}

// ---- results -----------------------------------------------------------------------------

/** A finding with its cell written the way a clerk reads it ("Biểu 06a!C19"). */
export interface PaneFinding extends Finding {
  /** "C19" */
  a1: string;
  /** "Biểu 06a!C19" */
  cell: string;
}

export interface FormInfo {
  sheet: string;
  /** "A6:M61" */
  range: string;
  rows: number;
  unit: string | null;
  /** "15/12/2023 – 14/03/2024", or null when missing/unreadable. */
  period: string | null;
}

export interface JournalState {
  /** Undo steps, oldest first. */
  undo: { label: string | null; at: string }[];
  /** Cells currently marked by the add-in. */
  marks: number;
}

/** A workbook whose text is in a legacy encoding (read as Unicode). */
export interface LegacyInfo {
  encoding: LegacyEncoding;
  /** "TCVN3 (ABC)", "VNI" */
  name: string;
  /** Text cells read as Unicode. */
  cells: number;
}

export interface CheckOutcome {
  form: FormInfo | null;
  /** Set when the workbook's text is in TCVN3 or VNI ("Chuyển mã sang Unicode" is offered). */
  legacy: LegacyInfo | null;
  /** Why no Biểu 06a was found (the locator's Vietnamese reason). */
  formError: string | null;
  findings: PaneFinding[];
  errors: number;
  warnings: number;
  marked: MarkResult | null;
  syncs: number;
}

export interface FillItem {
  sheet: string;
  cell: string;
  what: string;
}

export interface FillPreview {
  form: FormInfo | null;
  formError: string | null;
  /** Cells the fill writes (each EditSet cell). */
  cellCount: number;
  filled: FillItem[];
  conflicts: FillItem[];
  syncs: number;
}

export interface ApplyOutcome {
  /** Cells written (0 when there was nothing to do). */
  written: number;
  filled: FillItem[];
  conflicts: FillItem[];
  /** Findings re-marked after the write (only when marks were present). */
  remarked: number | null;
  syncs: number;
}

export interface ScoreOutcome {
  result: ScoreResult | null;
  sheet: string | null;
  ballotsSheet: string | null;
  findings: PaneFinding[];
  syncs: number;
}

export interface ReportOptions {
  force?: boolean;
  allRows?: boolean;
  /** Template source (.hbs); the default template when absent. */
  template?: string;
}

export type ReportOutcome =
  | { kind: "blocked"; errors: PaneFinding[]; syncs: number }
  | {
      kind: "done";
      bytes: Uint8Array;
      fileName: string;
      /** Errors the report was forced through. */
      forcedErrors: PaneFinding[];
      /** Warnings of the check and of the text sheet. */
      warnings: PaneFinding[];
      /** What the report prints as "…" and why. */
      dataWarnings: string[];
      syncs: number;
    };

export interface FormsOptions {
  unit: string;
  quarter: 1 | 2 | 3 | 4;
  year: number;
}

export interface FormsOutcome {
  sheets: { form06a: string; evaluation: string; ballots: string; text: string };
  period: { from: IsoDate; to: IsoDate };
  /** Fields copied from the Biểu 06a already in the workbook (0: the sample's list). */
  copiedFields: number;
  /** Sheet of the Biểu 06a that was already there, if any. */
  existingForm: string | null;
  syncs: number;
}

export interface ConvertOutcome {
  /** The encoding converted from; null when the workbook had no legacy text. */
  legacy: LegacyInfo | null;
  /** Text cells written in Unicode. */
  converted: number;
  /** Of those, cells whose font became Times New Roman. */
  fonts: number;
  syncs: number;
}

export interface RollupOptions {
  /** The district, printed as the reporting unit of the district Biểu 06a. */
  unit?: string;
}

export interface RollupOutcome {
  /** Sheets written (the roll-up layouts' names, " (2)"… when taken). */
  sheets: DistrictSheets;
  /** Files given, units read. */
  files: number;
  units: number;
  /** Files not rolled up, with the Vietnamese reason. */
  failures: UnitFailure[];
  /** "15/12/2023 – 14/03/2024", the period most units report; null when none has one. */
  period: string | null;
  periodUnits: number;
  /** The district's totals, formatted ("1.234"). */
  totals: { received: string; resolved: string; pending: string };
  /** Fields matched to the district list, and the names of those that matched nothing. */
  fields: { matched: number; unmatched: string[] };
  unitsWithErrors: { file: string; unit: string; text: string }[];
  /** Units whose period differs from the majority's, or is missing. */
  periodNotes: string[];
  /** The other notes (a unit sent twice, no evaluation table). */
  otherNotes: string[];
  /** What Kiểm tra says about the district Biểu 06a. */
  districtFindings: PaneFinding[];
  syncs: number;
}

export type ClearOutcome = ClearResult;
export type UndoOutcome = UndoResult;

// ---- helpers -----------------------------------------------------------------------------

function paneFinding(f: Finding): PaneFinding {
  const a1 = addr(f.row, f.col);
  return { ...f, a1, cell: PANE_MSG.cell(f.sheet, a1) };
}

function formInfo(form: Form06a): FormInfo {
  return {
    sheet: form.sheet,
    range: rectAddr(form.range),
    rows: form.rows.length,
    unit: form.title.unit,
    period: form.title.period ? fmtPeriod(form.title.period) : null,
  };
}

function itemOf(x: { sheet: string; row: number; col: number }, what: string): FillItem {
  return { sheet: x.sheet, cell: PANE_MSG.cell(x.sheet, addr(x.row, x.col)), what };
}

/** Names the full read would read: every sheet that is not "very hidden", in workbook order. */
function readableNames(list: SheetListItem[]): string[] {
  return list.filter((s) => s.visibility !== "VeryHidden").map((s) => s.name);
}

function sameNames(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

function journalState(j: Journal): JournalState {
  return { undo: j.data.undo.map((u) => ({ label: u.label ?? null, at: u.at })), marks: j.data.marks.length };
}

function hasEdits(e: EditSet): boolean {
  return e.cells.length > 0 || !!e.newSheets?.length || !!e.merges?.length || !!e.columnWidths?.length;
}

/** The cut-off quarter of Nghị định 09/2019/NĐ-CP: Q1 = 15/12 of the year before – 14/03. */
export function quarterPeriod(quarter: 1 | 2 | 3 | 4, year: number): { from: IsoDate; to: IsoDate } {
  const endMonth = quarter * 3;
  const from = endMonth - 3 === 0 ? { y: year - 1, m: 12, d: 15 } : { y: year, m: endMonth - 3, d: 15 };
  return { from, to: { y: year, m: endMonth, d: 14 } };
}

/** The cut-off quarter that contains a date (a date after the 14th of a quarter's last month starts the next one). */
export function quarterOfDate(date: Date): { quarter: 1 | 2 | 3 | 4; year: number } {
  let y = date.getFullYear();
  let m = date.getMonth() + 1;
  if (date.getDate() >= 15) m += 1;
  if (m > 12) {
    m = 1;
    y += 1;
  }
  return { quarter: Math.ceil(m / 3) as 1 | 2 | 3 | 4, year: y };
}

/** A name not yet used in the workbook (case-insensitive, as Excel compares): "Biểu 06a", "Biểu 06a (2)", … */
export function freeSheetName(base: string, taken: Iterable<string>): string {
  const used = new Set([...taken].map((n) => n.toLowerCase()));
  if (!used.has(base.toLowerCase())) return base;
  for (let i = 2; ; i++) {
    const name = `${base} (${i})`;
    if (!used.has(name.toLowerCase())) return name;
  }
}

/** ASCII-safe slug of Vietnamese text: "UBND phường Phú Sơn" → "ubnd-phuong-phu-son". */
export function slug(text: string): string {
  return foldAscii(text)
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/** "bao-cao-<unit>-<period>.docx", ASCII only; the unit without its "UBND" prefix. */
export function reportFileName(unit: string | null, period: string | null): string {
  const u = slug(unit ?? "").replace(/^(ubnd|uy-ban-nhan-dan)-/, "");
  const p = slug(period ?? "");
  return ["bao-cao", u, p].filter((s) => s.length > 0).join("-") + ".docx";
}

// ---- the controller ----------------------------------------------------------------------

export class PaneController {
  private readonly deps: PaneDeps;
  /** Sheet names of the last read (or of the workbook setting), null when unknown. */
  private sheetNames: string[] | null = null;
  /** What the workbook setting holds, as far as this runtime knows. */
  private storedNames: string[] | null | undefined = undefined;
  private journal: JournalState | null = null;
  private unit: string | null = null;
  private queue: Promise<unknown> = Promise.resolve();
  private readonly listeners = new Set<() => void>();
  /** Syncs of the last command (tests and the preview show it). */
  lastSyncs = 0;

  constructor(deps: PaneDeps = {}) {
    this.deps = deps;
  }

  // -- state the views observe --

  /** The undo/marks journal as of the last command; null before the first one. */
  get journalState(): JournalState | null {
    return this.journal;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private setJournal(j: JournalState): void {
    this.journal = j;
    for (const l of this.listeners) l();
  }

  /** The unit named by the last Biểu 06a read ("UBND phường Phú Sơn"), for "Tạo biểu mẫu". */
  get knownUnit(): string | null {
    return this.unit;
  }

  /** Analyse a snapshot, remembering the unit of its Biểu 06a. */
  private analyse(snap: WorkbookSnapshot): Analysis {
    const a = analyse(snap);
    if (a.form?.title.unit) this.unit = unitProse(a.form.title.unit);
    return a;
  }

  /**
   * The snapshot the core sees: legacy text (TCVN3, VNI) read as Unicode. Same cells, same
   * addresses; writes keep using the snapshot as read (`raw`) for their journal.
   */
  private decode(raw: HostSnapshot): { snap: HostSnapshot; legacy: LegacyInfo | null } {
    const d = decodeWorkbook(raw, { capitals: capitalsOf(raw) });
    if (!d.encoding || d.converted.length === 0) return { snap: raw, legacy: null };
    return { snap: { ...raw, sheets: d.wb.sheets }, legacy: { encoding: d.encoding, name: LEGACY_NAME[d.encoding], cells: d.converted.length } };
  }

  /** The sheet names the next read will use, if known. */
  get knownSheets(): readonly string[] | null {
    return this.sheetNames ?? this.storedHint();
  }

  // -- plumbing --

  private office(): OfficeLike | undefined {
    return this.deps.office ?? officeOf();
  }

  private excelRun(): ExcelRun {
    if (this.deps.run) return this.deps.run;
    const g = globalThis as unknown as { Excel?: { run?: ExcelRun } };
    const run = g.Excel?.run;
    if (typeof run !== "function") throw new PaneError("no-excel", PANE_MSG.noExcel);
    return <T,>(batch: (context: Excel.RequestContext) => Promise<T>) => run.call(g.Excel, batch) as Promise<T>;
  }

  /** Commands run one at a time: two writes must never interleave their journals. */
  private serial<T>(task: () => Promise<T>): Promise<T> {
    const next = this.queue.then(task, task);
    this.queue = next.catch(() => undefined);
    return next;
  }

  private run<T>(body: (context: Excel.RequestContext, counter: SyncCounter) => Promise<T>): Promise<T> {
    return this.serial(async () => {
      let counter: SyncCounter | null = null;
      try {
        const run = this.excelRun();
        return await run(async (context) => {
          counter = new SyncCounter(context);
          return body(context, counter);
        });
      } catch (e) {
        throw asPaneError(e);
      } finally {
        this.lastSyncs = (counter as SyncCounter | null)?.count ?? 0;
      }
    });
  }

  /** The names saved in the workbook setting, read once per runtime from the Common API's copy. */
  private storedHint(): string[] | null {
    if (this.storedNames === undefined) {
      this.storedNames = null;
      try {
        const raw = this.office()?.context.document?.settings?.get(SHEETS_SETTING);
        const parsed: unknown = typeof raw === "string" ? JSON.parse(raw) : raw;
        if (Array.isArray(parsed) && parsed.length > 0 && parsed.every((x) => typeof x === "string")) this.storedNames = parsed as string[];
      } catch {
        this.storedNames = null;
      }
    }
    return this.storedNames;
  }

  private remember(names: string[]): void {
    this.sheetNames = names;
  }

  /**
   * Queue the sheet names into the workbook setting when they differ from what it holds. Call
   * right before a write: the setting travels in the write's sync (no extra round trip).
   */
  private queueNames(context: Excel.RequestContext): void {
    const names = this.sheetNames;
    if (!names || !detectCaps({ office: this.office() }).settings) return;
    const stored = this.storedHint();
    if (stored && sameNames(stored, names)) return;
    context.workbook.settings.add(SHEETS_SETTING, JSON.stringify(names));
    this.storedNames = [...names];
  }

  /** Every readable sheet: 1 sync when the names are known and still right, else 2 (see the header). */
  private async readAll(counter: SyncCounter, more: { fonts?: boolean } = {}): Promise<HostSnapshot> {
    const office = this.office();
    const hint = this.knownSheets;
    if (hint && hint.length > 0) {
      let snap: HostSnapshot | null = null;
      try {
        snap = await readWith(counter, { sheets: [...hint], office, ...more });
      } catch (e) {
        // A remembered sheet was renamed or deleted: fall back to the full read below.
        if (!(e instanceof HostError && e.code === "sheet-not-found")) throw e;
      }
      if (snap) {
        const names = readableNames(snap.host.sheetList);
        if (!sameNames(names, hint)) snap = await readWith(counter, { sheets: names, office, ...more });
        this.remember(names);
        return snap;
      }
    }
    const snap = await readWith(counter, { office, ...more });
    this.remember(readableNames(snap.host.sheetList));
    return snap;
  }

  // -- commands --

  /** Sheet list and journal, 1 sync: the pane calls it when it opens (it also learns the sheet names). */
  refresh(): Promise<JournalState> {
    return this.run(async (_context, counter) => {
      const meta = await readMeta(counter, { office: this.office() });
      this.remember(readableNames(meta.host.sheetList));
      const j = journalState(meta.host.journal);
      this.setJournal(j);
      return j;
    });
  }

  /** Kiểm tra: read, analyse, mark every finding in place (fills + notes/comments), list them. */
  check(): Promise<CheckOutcome> {
    return this.run(async (context, counter) => {
      const office = this.office();
      const raw = await this.readAll(counter);
      const { snap, legacy } = this.decode(raw);
      const a = this.analyse(snap);
      this.queueNames(context);
      const w = await executeWrite(counter, raw, raw.host.journal, { findings: a.findings }, { office });
      this.setJournal(journalState(raw.host.journal));
      const findings = a.findings.map(paneFinding);
      return {
        form: a.form ? formInfo(a.form) : null,
        legacy,
        formError: a.formError,
        findings,
        errors: findings.filter((f) => f.severity === "error").length,
        warnings: findings.filter((f) => f.severity === "warning").length,
        marked: w.marked,
        syncs: counter.count,
      };
    });
  }

  /** What "Điền số liệu" would write (Biểu 06a and the evaluation), without writing. */
  previewFill(): Promise<FillPreview> {
    return this.run(async (_context, counter) => {
      const { snap } = this.decode(await this.readAll(counter));
      this.setJournal(journalState(snap.host.journal));
      const a = this.analyse(snap);
      const f = fillAll(snap, a);
      return {
        form: a.form ? formInfo(a.form) : null,
        formError: a.formError,
        cellCount: f.edits.cells.length,
        filled: f.filled.map((x) => itemOf(x, x.what)),
        conflicts: f.conflicts.map((x) => itemOf(x, x.message)),
        syncs: counter.count,
      };
    });
  }

  /** "Điền số liệu": the same fill, written in one batch with its undo step. */
  applyFill(): Promise<ApplyOutcome> {
    return this.apply(STEP_LABEL.fill, (snap, a) => {
      if (!a.form && !a.evaluation) throw new PaneError("no-form", a.formError ?? PANE_MSG.score.none);
      const f = fillAll(snap, a);
      return { edits: f.edits, filled: f.filled.map((x) => itemOf(x, x.what)), conflicts: f.conflicts.map((x) => itemOf(x, x.message)) };
    });
  }

  /** "Điền bảng đánh giá": scores, total, grade, ballots count and shares of the evaluation sheet. */
  fillEvaluation(): Promise<ApplyOutcome> {
    return this.apply(STEP_LABEL.fillEvaluation, (snap, a) => {
      if (!a.evaluation) throw new PaneError("no-evaluation", PANE_MSG.score.none);
      const f = fillFromAnalysis(snap, a.evaluation);
      return { edits: f.edits, filled: f.filled.map((x) => itemOf(x, x.what)), conflicts: f.conflicts.map((x) => itemOf(x, x.message)) };
    });
  }

  private apply(label: string, plan: (snap: HostSnapshot, a: Analysis) => { edits: EditSet; filled: FillItem[]; conflicts: FillItem[] }): Promise<ApplyOutcome> {
    return this.run(async (context, counter) => {
      const office = this.office();
      const raw = await this.readAll(counter);
      const { snap } = this.decode(raw);
      const a = this.analyse(snap);
      const p = plan(snap, a);
      if (!hasEdits(p.edits)) {
        this.setJournal(journalState(raw.host.journal));
        return { written: 0, filled: [], conflicts: p.conflicts, remarked: null, syncs: counter.count };
      }
      // Marks from an earlier Kiểm tra would go stale (a blank cell now holds 0): re-mark from the
      // filled workbook in the same batch.
      let findings: Finding[] | undefined;
      if (raw.host.journal.data.marks.length > 0) findings = analyse(applyEditsToSnapshot(snap, p.edits)).findings;
      this.queueNames(context);
      const w = await executeWrite(counter, raw, raw.host.journal, { edits: p.edits, findings }, { office, label });
      this.setJournal(journalState(raw.host.journal));
      return {
        written: w.applied?.cellsWritten ?? 0,
        filled: p.filled,
        conflicts: p.conflicts,
        remarked: findings ? findings.length : null,
        syncs: counter.count,
      };
    });
  }

  /** Chấm điểm: the nine indices, total, grade, ballots, satisfaction (read only). */
  score(): Promise<ScoreOutcome> {
    return this.run(async (_context, counter) => {
      const { snap } = this.decode(await this.readAll(counter));
      this.setJournal(journalState(snap.host.journal));
      const a = this.analyse(snap);
      const ev = a.evaluation;
      return {
        result: ev ? ev.result : null,
        sheet: ev ? ev.location.sheet : null,
        ballotsSheet: ev?.ballotsLocation ? ev.ballotsLocation.sheet : null,
        findings: ev ? ev.result.findings.map(paneFinding) : [],
        syncs: counter.count,
      };
    });
  }

  /**
   * Tạo báo cáo: read and check (1 sync); errors block unless `force`; then the Word file is built
   * off Excel, with docx and handlebars loaded on first use.
   */
  async report(opts: ReportOptions = {}): Promise<ReportOutcome> {
    const read = await this.run(async (_context, counter) => {
      const { snap } = this.decode(await this.readAll(counter));
      this.setJournal(journalState(snap.host.journal));
      return { snap, a: this.analyse(snap), syncs: counter.count };
    });
    const { snap, a, syncs } = read;
    if (!a.form) throw new PaneError("no-form", PANE_MSG.report.noForm(a.formError ?? ""));
    const errors = a.findings.filter((f) => f.severity === "error").map(paneFinding);
    if (errors.length > 0 && !opts.force) return { kind: "blocked", errors, syncs };
    const { data, warnings: dataWarnings, textFindings } = reportDataOf(snap, a);
    let bytes: Uint8Array;
    try {
      const { generateReport } = await import(/* webpackChunkName: "report" */ "../../docx/report");
      bytes = await generateReport(data, { allRows: !!opts.allRows, template: opts.template });
    } catch (e) {
      throw asPaneError(e);
    }
    const unitName = data.unit.name === data.blank ? a.form.title.unit : data.unit.name;
    const period = data.period.label === data.blank ? null : data.period.label;
    return {
      kind: "done",
      bytes,
      fileName: reportFileName(unitName, period),
      forcedErrors: errors,
      warnings: [...a.findings.filter((f) => f.severity === "warning"), ...textFindings].map(paneFinding),
      dataWarnings,
      syncs,
    };
  }

  /** Xóa đánh dấu: our fills back to what they replaced, our notes/comments removed. */
  clearMarks(): Promise<ClearOutcome> {
    return this.run(async (context) => {
      const r = await clearMarks(context, { office: this.office() });
      if (this.journal) this.setJournal({ ...this.journal, marks: 0 });
      return r;
    });
  }

  /** Hoàn tác: the last undo step of the journal. */
  undo(): Promise<UndoOutcome> {
    return this.run(async (context) => {
      const r = await undoLast(context, { office: this.office() });
      if (r.deletedSheets.length && this.sheetNames) {
        const gone = new Set(r.deletedSheets.map((s) => s.toLowerCase()));
        this.remember(this.sheetNames.filter((s) => !gone.has(s.toLowerCase())));
      }
      if (this.journal && r.done) this.setJournal({ ...this.journal, undo: this.journal.undo.slice(0, -1) });
      else if (!r.done) this.setJournal({ undo: [], marks: this.journal?.marks ?? 0 });
      return r;
    });
  }

  /** Select a finding's cell in Excel (activates its sheet). */
  select(f: { sheet: string; row: number; col: number }): Promise<void> {
    return this.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(f.sheet);
      ws.activate();
      ws.getCell(f.row - 1, f.col - 1).select();
      try {
        await context.sync();
      } catch (e) {
        if (officeErrorCode(e) === "ItemNotFound") throw new PaneError("excel", PANE_MSG.selectFailed);
        throw e;
      }
    });
  }

  /**
   * Tạo biểu mẫu: blank Biểu 06a, evaluation, ballots and text sheets for a quarter, laid out as
   * the sample; existing sheets are never touched (a taken name gets " (2)", " (3)", …). The
   * 06a's fields come from the Biểu 06a already in the workbook, with (6) "Từ kỳ trước" taken
   * from its (11), or else from the sample's list.
   */
  createForms(opts: FormsOptions): Promise<FormsOutcome> {
    return this.run(async (context, counter) => {
      const office = this.office();
      const unit = opts.unit.normalize("NFC").trim();
      if (!unit) throw new PaneError("unexpected", PANE_MSG.forms.unitMissing);
      if (!Number.isInteger(opts.year) || opts.year < 2000 || opts.year > 2100) throw new PaneError("unexpected", PANE_MSG.forms.yearInvalid);
      const raw = await this.readAll(counter);
      const { snap } = this.decode(raw);
      const a = this.analyse(snap);
      const taken = snap.host.sheetList.map((s) => s.name);
      const pick = (base: string) => {
        const name = freeSheetName(base, taken);
        taken.push(name);
        return name;
      };
      const sheets = { form06a: pick(FORM_SHEETS.form06a), evaluation: pick(FORM_SHEETS.evaluation), ballots: pick(FORM_SHEETS.ballots), text: pick(FORM_SHEETS.text) };
      const period = quarterPeriod(opts.quarter, opts.year);
      const rows = formRows(a.form);
      const edits = mergeEditSets(
        layout06a({ sheet: sheets.form06a, unit, period, rows: rows.rows, total: null }),
        layoutEvaluationSheet({ sheet: sheets.evaluation, unit, periodLabel: PANE_MSG.forms.evaluationPeriod(opts.quarter, opts.year) }),
        layoutBallotsSheet({ sheet: sheets.ballots, ballots: [] }),
        layoutTextSheet({ sheet: sheets.text, values: { unit, period: PANE_MSG.forms.periodLabel(opts.quarter, opts.year) } }),
      );
      this.remember([...readableNames(snap.host.sheetList), ...Object.values(sheets)]);
      this.queueNames(context);
      await executeWrite(counter, raw, raw.host.journal, { edits }, { office, label: STEP_LABEL.forms });
      this.setJournal(journalState(raw.host.journal));
      return { sheets, period, copiedFields: rows.copied, existingForm: a.form ? a.form.sheet : null, syncs: counter.count };
    });
  }

  /**
   * "Chuyển mã sang Unicode": every legacy text cell written in Unicode, and Times New Roman in
   * place of its .VnTime/VNI-* font (a font that is not a legacy one is kept), as one undo step
   * that gives back the original text and fonts. The read loads the fonts in the same sync
   * (getCellProperties); below ExcelApi 1.9 they take one more sync.
   */
  convertLegacy(): Promise<ConvertOutcome> {
    return this.run(async (context, counter) => {
      const office = this.office();
      const raw = await this.readAll(counter, { fonts: true });
      if (!raw.host.caps.cellProperties) {
        // Fonts could not come with the read: load those of the cells that will be converted.
        const candidates = decodeWorkbook(raw).converted;
        await loadFonts(counter, raw, candidates);
      }
      const d = decodeWorkbook(raw, { capitals: capitalsOf(raw) });
      this.setJournal(journalState(raw.host.journal));
      if (!d.encoding || d.converted.length === 0) return { legacy: null, converted: 0, fonts: 0, syncs: counter.count };
      const legacy: LegacyInfo = { encoding: d.encoding, name: LEGACY_NAME[d.encoding], cells: d.converted.length };
      const edits = editsForConverted(d.converted, snapshotFonts(raw));
      this.queueNames(context);
      const w = await executeWrite(counter, raw, raw.host.journal, { edits }, { office, label: STEP_LABEL.convert });
      this.setJournal(journalState(raw.host.journal));
      return {
        legacy,
        converted: w.applied?.cellsWritten ?? 0,
        fonts: edits.cells.filter((e) => e.style?.font !== undefined).length,
        syncs: counter.count,
      };
    });
  }

  /**
   * "Tổng hợp": the district's workbook from the units' summaries (read from the files the
   * clerk picked, see src/host/xlsx/unitFiles.ts), written into NEW sheets of the open workbook
   * (the roll-up layouts' names; " (2)"… when taken; nothing existing is touched), as one undo
   * step. A "Từ đồng nghĩa" sheet already in the workbook extends the field synonyms.
   */
  rollup(results: UnitResult[], opts: RollupOptions = {}): Promise<RollupOutcome> {
    return this.run(async (context, counter) => {
      const office = this.office();
      const core = await import(/* webpackChunkName: "rollup" */ "../../core/rollup");
      const units = results.flatMap((r) => (r.ok ? [r.summary] : []));
      const failures = results.flatMap((r) => (r.ok ? [] : [r.failure]));
      if (units.length === 0) throw new PaneError("no-form", PANE_MSG.rollup.nothingRead);
      const meta = await this.readForRollup(counter);
      const synonyms = meta.sheets.length ? core.readSynonymsSheet(this.decode(meta).snap) : null;
      const taken = meta.host.sheetList.map((s) => s.name);
      const sheets = Object.fromEntries(
        Object.entries(ROLLUP_SHEETS).map(([k, base]) => {
          const name = freeSheetName(base, taken);
          taken.push(name);
          return [k, name];
        }),
      ) as DistrictSheets;
      const catalog = core.buildCatalog(...(synonyms ? [synonyms] : []));
      const r = core.rollup(units, { catalog, failures });
      const unit = opts.unit?.normalize("NFC").trim() || undefined;
      const district = core.layoutDistrict(r, { unit, synonyms: catalog.table, sheets });
      const written = (district.edits.newSheets ?? []).slice();
      this.remember([...readableNames(meta.host.sheetList), ...written]);
      this.queueNames(context);
      await executeWrite(counter, meta, meta.host.journal, { edits: district.edits, activate: sheets.form06a }, { office, label: STEP_LABEL.rollup });
      this.setJournal(journalState(meta.host.journal));
      const isPeriod = (code: string) => code === "rollup/period" || code === "rollup/no-period";
      return {
        sheets,
        files: results.length,
        units: units.length,
        failures,
        period: r.period ? fmtPeriod(r.period) : null,
        periodUnits: r.periodUnits,
        totals: { received: fmtNumber(r.total.received), resolved: fmtNumber(r.total.resolved), pending: fmtNumber(r.total.pending) },
        fields: { matched: r.fields.filter((f) => f.known).length, unmatched: r.unknownFields.map((f) => f.name) },
        unitsWithErrors: r.checks.filter((c) => c.errors > 0).map((c) => ({ file: c.file, unit: c.unit, text: c.text })),
        periodNotes: r.notes.filter((x) => isPeriod(x.code)).map((x) => x.message),
        otherNotes: r.notes.filter((x) => x.code !== "rollup/unreadable" && x.code !== "rollup/unknown-field" && !isPeriod(x.code)).map((x) => x.message),
        districtFindings: district.findings.map(paneFinding),
        syncs: counter.count,
      };
    });
  }

  /**
   * What the roll-up needs of the open workbook, in 1 sync: the sheet list and the journal, and
   * the "Từ đồng nghĩa" sheet when the remembered names include it. (+1 sync only when such a
   * sheet turns up that was not remembered.)
   */
  private async readForRollup(counter: SyncCounter): Promise<HostSnapshot> {
    const office = this.office();
    const isSynonyms = (n: string) => foldAscii(n) === foldAscii(ROLLUP_SYNONYMS_SHEET.name);
    const known = this.knownSheets?.find(isSynonyms);
    if (known) {
      try {
        const snap = await readWith(counter, { sheets: [known], office, fills: false });
        this.remember(readableNames(snap.host.sheetList));
        return snap;
      } catch (e) {
        if (!(e instanceof HostError && e.code === "sheet-not-found")) throw e;
      }
    }
    const meta = await readMeta(counter, { office });
    this.remember(readableNames(meta.host.sheetList));
    const found = meta.host.sheetList.find((s) => isSynonyms(s.name) && s.visibility !== "VeryHidden");
    return found ? readWith(counter, { sheets: [found.name], office, fills: false }) : meta;
  }
}

/** For decodeWorkbook: cells shown in a TCVN3 capitals font (.VnTimeH), when the read loaded fonts. */
function capitalsOf(snap: HostSnapshot): ((sheet: string, row: number, col: number) => boolean) | undefined {
  const fonts = snapshotFonts(snap);
  const any = Object.values(snap.host.info).some((i) => i.fonts !== undefined);
  return any ? (sheet, row, col) => isCapitalsFont(fonts(sheet, row, col)) : undefined;
}

/** Rows of a new Biểu 06a: the fields of the current one (carry-over from its pending), or the sample's. */
function formRows(form: Form06a | null): { rows: Layout06aRow[]; copied: number } {
  const seen = new Set<string>();
  const unique = <T>(items: T[], key: (t: T) => string) =>
    items.filter((t) => {
      const k = foldAscii(key(t));
      if (!k || seen.has(k)) return false;
      seen.add(k);
      return true;
    });
  if (form && form.rows.length > 0) {
    const rows = unique(form.rows, (r) => r.name).map((r, i) => {
      const pending = countValue(r.counts.pending);
      return { stt: i + 1, name: r.name, counts: pending !== null ? { carriedOver: pending } : {} };
    });
    if (rows.length > 0) return { rows, copied: rows.length };
  }
  return { rows: unique(SAMPLE_06A_ROWS, (r) => r[0]).map(([name], i) => ({ stt: i + 1, name })), copied: 0 };
}

