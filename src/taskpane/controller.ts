// The add-in's controller: what the task pane's views and the ribbon's "Kiểm tra" (src/commands) call;
// its results are the view model of ./model.ts. Pure
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
//   rollup           read 1 (sheet list, journal; the "Tên gọi khác của lĩnh vực" sheet when the workbook
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

import { PaneError, paneMessage } from "./model";
import type {
  PaneFinding,
  FillItem,
  JournalState,
  LegacyInfo,
  StepsStatus,
  CheckOutcome,
  FillPreview,
  ApplyOutcome,
  ScoreOutcome,
  ReportOptions,
  ReportOutcome,
  FormsOptions,
  FormsOutcome,
  ConvertOutcome,
  RollupOptions,
  RollupOutcome,
  ClearOutcome,
  UndoOutcome,
} from "./model";
import { addr } from "../core/grid";
import type { EditSet, Finding, WorkbookSnapshot } from "../core/grid";
import type { DistrictSheets, UnitResult } from "../core/rollup";
import { ROLLUP_SHEETS, ROLLUP_SYNONYMS_SHEET } from "../core/messages/rollup";
import { fmtNumber } from "../core/text/numbers";
import type { Analysis } from "../core/workbook";
import type { RegimeId } from "../core/regime";
import { CRITERIA_SHEET_NAME, EVAL33_SHEET_NAME } from "../core/messages/evaluation33";
import { PROVINCE_ROLLUP } from "../core/messages/regime";
import { foldAscii } from "../core/text/normalize";
import { FORM_SHEETS, PANE_MSG, STEP_LABEL } from "../core/messages/taskpane";
import { freeSheetName, reportFileName } from "../core/names";
import { quarterPeriod } from "../core/quarter";
import { detectCaps, OfficeLike, officeOf, SyncCounter } from "../host/excel/env";
import { HostError, officeErrorCode, toHostError } from "../host/excel/errors";
import type { Journal } from "../host/excel/journal";
import { HostSnapshot, readMeta, readWith, SheetListItem } from "../host/excel/read";

/** The heavy half of the controller (core analysis, layouts, the write path), loaded on first use. */
export type PaneEngine = typeof import("./engine");
let enginePromise: Promise<PaneEngine> | null = null;

/**
 * Load the engine (a lazy chunk of its own in the add-in's build): the first command awaits it;
 * the pane also asks for it right after its first paint, so that wait is usually over.
 */
export function loadEngine(): Promise<PaneEngine> {
  if (!enginePromise) {
    enginePromise = import(/* webpackChunkName: "engine" */ "./engine");
    enginePromise.catch(() => (enginePromise = null));
  }
  return enginePromise;
}

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

function asPaneError(e: unknown): Error {
  if (e instanceof PaneError || e instanceof HostError) return e;
  if (e instanceof Error && e.name === "TemplateError") return new PaneError("template", e.message);
  if (officeErrorCode(e) !== undefined) return toHostError(e);
  return new PaneError("unexpected", paneMessage(e));
}

// ---- helpers -----------------------------------------------------------------------------

/**
 * Straight double quotes around a name as the typographic pair the pane uses everywhere ("x" →
 * “x”): the core's messages, shared with the CLI's plain-text output, keep ASCII quotes.
 */
export function curlyQuotes(text: string): string {
  return text.replace(/"([^"\n]*)"/g, "“$1”");
}

/** Findings with the pane's quotes, for the notes written at the cells (the same words as the list). */
function curlyFindings(findings: Finding[]): Finding[] {
  return findings.map((f) => ({ ...f, message: curlyQuotes(f.message) }));
}

function paneFinding(f: Finding): PaneFinding {
  const a1 = addr(f.row, f.col);
  return { ...f, message: curlyQuotes(f.message), a1, cell: PANE_MSG.cell(f.sheet, a1) };
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
  return {
    undo: j.data.undo.map((u) => ({ label: u.label ?? null, at: u.at })),
    marks: j.data.marks.length,
  };
}

function hasEdits(e: EditSet): boolean {
  return (
    e.cells.length > 0 || !!e.newSheets?.length || !!e.merges?.length || !!e.columnWidths?.length
  );
}

// Pure helpers the views and the CLI share, now in the core (kept exported here for callers).
export { quarterOfDate, quarterPeriod } from "../core/quarter";
export { freeSheetName, reportFileName, slug } from "../core/names";

// ---- the controller ----------------------------------------------------------------------

export class PaneController {
  private readonly deps: PaneDeps;
  /** Sheet names of the last read (or of the workbook setting), null when unknown. */
  private sheetNames: string[] | null = null;
  /** What the workbook setting holds, as far as this runtime knows. */
  private storedNames: string[] | null | undefined = undefined;
  private journal: JournalState | null = null;
  private unit: string | null = null;
  /**
   * The pane's "Chế độ báo cáo" setting (issue 11): null chooses by the period's end date (or the
   * Thuyết minh sheet's cell); a regime id overrides both, for the report, "Tạo biểu mẫu" and "Tổng hợp".
   */
  regime: RegimeId | null = null;
  /** Sheet of the Biểu 06a of the last read; null: none; undefined: not read yet. */
  private formSheet: string | null | undefined = undefined;
  private reported = false;
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

  /** The sheet of the Biểu 06a found by the last read; null when there was none; undefined before any read. */
  get knownFormSheet(): string | null | undefined {
    return this.formSheet;
  }

  /** The unit named by the last Biểu 06a read ("UBND phường Phú Sơn"), for "Tạo biểu mẫu". */
  get knownUnit(): string | null {
    return this.unit;
  }

  /** Analyse a snapshot, remembering the unit of its Biểu 06a. */
  private analyse(E: PaneEngine, snap: WorkbookSnapshot): Analysis {
    const a = E.analyse(snap, { regime: this.regime });
    if (a.form?.title.unit) this.unit = E.unitProse(a.form.title.unit);
    this.formSheet = a.form ? a.form.sheet : null;
    return a;
  }

  /**
   * The snapshot the core sees: legacy text (TCVN3, VNI) read as Unicode. Same cells, same
   * addresses; writes keep using the snapshot as read (`raw`) for their journal.
   */
  private decode(
    E: PaneEngine,
    raw: HostSnapshot
  ): { snap: HostSnapshot; legacy: LegacyInfo | null } {
    const d = E.decodeWorkbook(raw, { capitals: E.capitalsOf(raw) });
    if (!d.encoding || d.converted.length === 0) return { snap: raw, legacy: null };
    return {
      snap: { ...raw, sheets: d.wb.sheets },
      legacy: { encoding: d.encoding, name: E.LEGACY_NAME[d.encoding], cells: d.converted.length },
    };
  }

  /** What the read-only commands start with: read all, decode legacy text, note the journal, analyse. */
  private async readAnalysed(
    E: PaneEngine,
    counter: SyncCounter
  ): Promise<{ snap: HostSnapshot; a: Analysis }> {
    const { snap } = this.decode(E, await this.readAll(counter));
    this.setJournal(journalState(snap.host.journal));
    return { snap, a: this.analyse(E, snap) };
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
    return <T>(batch: (context: Excel.RequestContext) => Promise<T>) =>
      run.call(g.Excel, batch) as Promise<T>;
  }

  /** Commands run one at a time: two writes must never interleave their journals. */
  private serial<T>(task: () => Promise<T>): Promise<T> {
    const next = this.queue.then(task, task);
    this.queue = next.catch(() => undefined);
    return next;
  }

  private run<T>(
    body: (context: Excel.RequestContext, counter: SyncCounter, engine: PaneEngine) => Promise<T>
  ): Promise<T> {
    return this.serial(async () => {
      let counter: SyncCounter | null = null;
      try {
        const run = this.excelRun();
        // Loaded before the batch opens: Excel.run is never held while a chunk downloads.
        const engine = await loadEngine();
        return await run(async (context) => {
          counter = new SyncCounter(context);
          return body(context, counter, engine);
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
        if (
          Array.isArray(parsed) &&
          parsed.length > 0 &&
          parsed.every((x) => typeof x === "string")
        )
          this.storedNames = parsed as string[];
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
  private async readAll(
    counter: SyncCounter,
    more: { fonts?: boolean } = {}
  ): Promise<HostSnapshot> {
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
        if (!sameNames(names, hint))
          snap = await readWith(counter, { sheets: names, office, ...more });
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
    return this.run(async (_context, counter, _E) => {
      const meta = await readMeta(counter, { office: this.office() });
      this.remember(readableNames(meta.host.sheetList));
      const j = journalState(meta.host.journal);
      this.setJournal(j);
      return j;
    });
  }

  /** Where the quarter's work stands (Bắt đầu): read, analyse, count what fill would write; writes nothing. */
  status(): Promise<StepsStatus> {
    return this.run(async (_context, counter, E) => {
      const { snap, a } = await this.readAnalysed(E, counter);
      const toFill = a.form || a.evaluation ? E.fillAll(snap, a).edits.cells.length : 0;
      return {
        form: a.form ? E.formInfo(a.form) : null,
        formError: a.formError && curlyQuotes(a.formError),
        errors: a.findings.filter((f) => f.severity === "error").length,
        warnings: a.findings.filter((f) => f.severity === "warning").length,
        toFill,
        regime: {
          id: a.regime.regime.id,
          name: a.regime.regime.name,
          model: a.regime.regime.evaluation.model,
          rollupLevel: a.regime.regime.rollup.levelWord,
          rollupMembers: a.regime.regime.rollup.memberWord,
        },
        art33: a.art33 ? a.art33.sheet : null,
        evaluation: !!a.evaluation,
        grade: a.evaluation ? a.evaluation.result.grade : null,
        reported: this.reported,
        syncs: counter.count,
      };
    });
  }

  /** Kiểm tra: read, analyse, mark every finding in place (fills + notes/comments), list them. */
  check(): Promise<CheckOutcome> {
    return this.run(async (context, counter, E) => {
      const office = this.office();
      const raw = await this.readAll(counter);
      const { snap, legacy } = this.decode(E, raw);
      const a = this.analyse(E, snap);
      this.queueNames(context);
      const w = await E.executeWrite(
        counter,
        raw,
        raw.host.journal,
        { findings: curlyFindings(a.findings) },
        { office }
      );
      this.setJournal(journalState(raw.host.journal));
      const findings = a.findings.map(paneFinding);
      return {
        form: a.form ? E.formInfo(a.form) : null,
        legacy,
        formError: a.formError && curlyQuotes(a.formError),
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
    return this.run(async (_context, counter, E) => {
      const { snap, a } = await this.readAnalysed(E, counter);
      const f = E.fillAll(snap, a);
      return {
        form: a.form ? E.formInfo(a.form) : null,
        formError: a.formError && curlyQuotes(a.formError),
        cellCount: f.edits.cells.length,
        filled: f.filled.map((x) => itemOf(x, x.what)),
        conflicts: f.conflicts.map((x) => itemOf(x, curlyQuotes(x.message))),
        syncs: counter.count,
      };
    });
  }

  /** "Điền số liệu": the same fill, written in one batch with its undo step. */
  applyFill(): Promise<ApplyOutcome> {
    return this.apply(STEP_LABEL.fill, (snap, a, E) => {
      if (!a.form && !a.evaluation)
        throw new PaneError(
          "no-form",
          a.formError ? curlyQuotes(a.formError) : PANE_MSG.score.none
        );
      const f = E.fillAll(snap, a);
      return {
        edits: f.edits,
        filled: f.filled.map((x) => itemOf(x, x.what)),
        conflicts: f.conflicts.map((x) => itemOf(x, curlyQuotes(x.message))),
      };
    });
  }

  /** "Điền bảng đánh giá": scores, total, grade, ballots count and shares of the evaluation sheet. */
  fillEvaluation(): Promise<ApplyOutcome> {
    return this.apply(STEP_LABEL.fillEvaluation, (snap, a, E) => {
      if (!a.evaluation) throw new PaneError("no-evaluation", PANE_MSG.score.none);
      const f = E.fillFromAnalysis(snap, a.evaluation);
      return {
        edits: f.edits,
        filled: f.filled.map((x) => itemOf(x, x.what)),
        conflicts: f.conflicts.map((x) => itemOf(x, curlyQuotes(x.message))),
      };
    });
  }

  private apply(
    label: string,
    plan: (
      snap: HostSnapshot,
      a: Analysis,
      E: PaneEngine
    ) => { edits: EditSet; filled: FillItem[]; conflicts: FillItem[] }
  ): Promise<ApplyOutcome> {
    return this.run(async (context, counter, E) => {
      const office = this.office();
      const raw = await this.readAll(counter);
      const { snap } = this.decode(E, raw);
      const a = this.analyse(E, snap);
      const p = plan(snap, a, E);
      if (!hasEdits(p.edits)) {
        this.setJournal(journalState(raw.host.journal));
        return {
          written: 0,
          filled: [],
          conflicts: p.conflicts,
          remarked: null,
          syncs: counter.count,
        };
      }
      // Marks from an earlier Kiểm tra would go stale (a blank cell now holds 0): re-mark from the
      // filled workbook in the same batch.
      let findings: Finding[] | undefined;
      if (raw.host.journal.data.marks.length > 0)
        findings = curlyFindings(E.analyse(E.applyEditsToSnapshot(snap, p.edits)).findings);
      this.queueNames(context);
      const w = await E.executeWrite(
        counter,
        raw,
        raw.host.journal,
        { edits: p.edits, findings },
        { office, label }
      );
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

  /**
   * Chấm điểm (read only), as `tthc score` does it (core/score.ts): under NĐ 61/2018 the nine
   * indices, total, grade, ballots and satisfaction; under NĐ 118/2025 the Điều 33.1 contents
   * (evaluations per level, no points) and the Điều 32.1 criteria as published, or a province's
   * nine-index sheet when the workbook carries one.
   */
  score(): Promise<ScoreOutcome> {
    return this.run(async (_context, counter, E) => {
      const { a } = await this.readAnalysed(E, counter);
      const ev = a.evaluation;
      const s = E.scoreOf(a);
      const r = a.regime;
      return {
        regime: {
          id: r.regime.id,
          name: r.regime.name,
          source: r.source,
          model: r.regime.evaluation.model,
        },
        method: s.method,
        result: s.result,
        art33: s.art33,
        sheet: ev ? ev.location.sheet : (s.art33?.sheet ?? null),
        ballotsSheet: ev?.ballotsLocation ? ev.ballotsLocation.sheet : null,
        findings: s.findings.map(paneFinding),
        syncs: counter.count,
      };
    });
  }

  /**
   * Tạo báo cáo: read and check (1 sync); errors block unless `force`; then the Word file is built
   * off Excel, with docx and handlebars loaded on first use.
   */
  async report(opts: ReportOptions = {}): Promise<ReportOutcome> {
    const read = await this.run(async (_context, counter, E) => {
      const { snap, a } = await this.readAnalysed(E, counter);
      return { snap, a, syncs: counter.count, E };
    });
    const { snap, a, syncs, E } = read;
    if (!a.form)
      throw new PaneError("no-form", PANE_MSG.report.noForm(curlyQuotes(a.formError ?? "")));
    const errors = a.findings.filter((f) => f.severity === "error").map(paneFinding);
    if (errors.length > 0 && !opts.force) return { kind: "blocked", errors, syncs };
    const { data, warnings: dataWarnings, textFindings } = E.reportDataOf(snap, a);
    let bytes: Uint8Array;
    try {
      const { generateReport } = await import(/* webpackChunkName: "report" */ "../docx/report");
      bytes = await generateReport(data, { allRows: !!opts.allRows, template: opts.template });
    } catch (e) {
      throw asPaneError(e);
    }
    this.reported = true;
    const unitName = data.unit.name === data.blank ? a.form.title.unit : data.unit.name;
    const period = data.period.label === data.blank ? null : data.period.label;
    return {
      kind: "done",
      bytes,
      fileName: reportFileName(unitName, period),
      forcedErrors: errors,
      warnings: [...a.findings.filter((f) => f.severity === "warning"), ...textFindings].map(
        paneFinding
      ),
      dataWarnings: dataWarnings.map(curlyQuotes),
      syncs,
    };
  }

  /** Xóa đánh dấu: our fills back to what they replaced, our notes/comments removed. */
  clearMarks(): Promise<ClearOutcome> {
    return this.run(async (context, _counter, E) => {
      const r = await E.clearMarks(context, { office: this.office() });
      if (this.journal) this.setJournal({ ...this.journal, marks: 0 });
      return r;
    });
  }

  /** Hoàn tác: the last undo step of the journal. */
  undo(): Promise<UndoOutcome> {
    return this.run(async (context, _counter, E) => {
      const r = await E.undoLast(context, { office: this.office() });
      if (r.deletedSheets.length && this.sheetNames) {
        const gone = new Set(r.deletedSheets.map((s) => s.toLowerCase()));
        this.remember(this.sheetNames.filter((s) => !gone.has(s.toLowerCase())));
      }
      if (this.journal && r.done)
        this.setJournal({ ...this.journal, undo: this.journal.undo.slice(0, -1) });
      else if (!r.done) this.setJournal({ undo: [], marks: this.journal?.marks ?? 0 });
      return r;
    });
  }

  /** Select a finding's cell in Excel (activates its sheet). */
  select(f: { sheet: string; row: number; col: number }): Promise<void> {
    return this.run(async (context, _counter, _E) => {
      const ws = context.workbook.worksheets.getItem(f.sheet);
      ws.activate();
      ws.getCell(f.row - 1, f.col - 1).select();
      try {
        await context.sync();
      } catch (e) {
        if (officeErrorCode(e) === "ItemNotFound")
          throw new PaneError("excel", PANE_MSG.selectFailed);
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
    return this.run(async (context, counter, E) => {
      const office = this.office();
      const unit = opts.unit.normalize("NFC").trim();
      if (!unit) throw new PaneError("unexpected", PANE_MSG.forms.unitMissing);
      if (!Number.isInteger(opts.year) || opts.year < 2000 || opts.year > 2100)
        throw new PaneError("unexpected", PANE_MSG.forms.yearInvalid);
      const raw = await this.readAll(counter);
      const { snap } = this.decode(E, raw);
      const a = this.analyse(E, snap);
      const taken = snap.host.sheetList.map((s) => s.name);
      const pick = (base: string) => {
        const name = freeSheetName(base, taken);
        taken.push(name);
        return name;
      };
      const period = quarterPeriod(opts.quarter, opts.year);
      // The period's regime decides the evaluation sheets (issue 11): nine indices and ballots
      // under NĐ 61/2018; Điều 33.1 contents and the Điều 32.1 criteria under NĐ 118/2025.
      const iso = (d: { y: number; m: number; d: number }) =>
        `${d.y}-${String(d.m).padStart(2, "0")}-${String(d.d).padStart(2, "0")}`;
      const formsRegime = E.chooseRegime({
        from: iso(period.from),
        to: iso(period.to),
        option: this.regime,
      }).regime;
      const nd118 = formsRegime.evaluation.model === "art33-contents";
      const sheets = nd118
        ? {
            form06a: pick(FORM_SHEETS.form06a),
            evaluation: pick(EVAL33_SHEET_NAME),
            ballots: pick(CRITERIA_SHEET_NAME),
            text: pick(FORM_SHEETS.text),
          }
        : {
            form06a: pick(FORM_SHEETS.form06a),
            evaluation: pick(FORM_SHEETS.evaluation),
            ballots: pick(FORM_SHEETS.ballots),
            text: pick(FORM_SHEETS.text),
          };
      const rows = E.formRows(a.form);
      const evalPeriod = PANE_MSG.forms.evaluationPeriod(opts.quarter, opts.year);
      const edits = E.mergeEditSets(
        E.layout06a({ sheet: sheets.form06a, unit, period, rows: rows.rows, total: null }),
        ...(nd118
          ? [
              E.layoutArt33Sheet({ sheet: sheets.evaluation, unit, periodLabel: evalPeriod }),
              E.layoutCriteriaSheet({ sheet: sheets.ballots }),
            ]
          : [
              E.layoutEvaluationSheet({ sheet: sheets.evaluation, unit, periodLabel: evalPeriod }),
              E.layoutBallotsSheet({ sheet: sheets.ballots, ballots: [] }),
            ]),
        E.layoutTextSheet({
          sheet: sheets.text,
          regime: formsRegime.id,
          values: { unit, period: PANE_MSG.forms.periodLabel(opts.quarter, opts.year) },
        })
      );
      this.remember([...readableNames(snap.host.sheetList), ...Object.values(sheets)]);
      this.queueNames(context);
      await E.executeWrite(
        counter,
        raw,
        raw.host.journal,
        { edits },
        { office, label: STEP_LABEL.forms }
      );
      this.setJournal(journalState(raw.host.journal));
      return {
        sheets,
        period,
        copiedFields: rows.copied,
        existingForm: a.form ? a.form.sheet : null,
        syncs: counter.count,
      };
    });
  }

  /**
   * "Chuyển mã sang Unicode": every legacy text cell written in Unicode, and Times New Roman in
   * place of its .VnTime/VNI-* font (a font that is not a legacy one is kept), as one undo step
   * that gives back the original text and fonts. The read loads the fonts in the same sync
   * (getCellProperties); below ExcelApi 1.9 they take one more sync.
   */
  convertLegacy(): Promise<ConvertOutcome> {
    return this.run(async (context, counter, E) => {
      const office = this.office();
      const raw = await this.readAll(counter, { fonts: true });
      if (!raw.host.caps.cellProperties) {
        // Fonts could not come with the read: load those of the cells that will be converted.
        const candidates = E.decodeWorkbook(raw).converted;
        await E.loadFonts(counter, raw, candidates);
      }
      const d = E.decodeWorkbook(raw, { capitals: E.capitalsOf(raw) });
      this.setJournal(journalState(raw.host.journal));
      if (!d.encoding || d.converted.length === 0)
        return { legacy: null, converted: 0, fonts: 0, syncs: counter.count };
      const legacy: LegacyInfo = {
        encoding: d.encoding,
        name: E.LEGACY_NAME[d.encoding],
        cells: d.converted.length,
      };
      const edits = E.editsForConverted(d.converted, E.snapshotFonts(raw));
      this.queueNames(context);
      const w = await E.executeWrite(
        counter,
        raw,
        raw.host.journal,
        { edits },
        { office, label: STEP_LABEL.convert }
      );
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
   * step. A "Tên gọi khác của lĩnh vực" sheet already in the workbook extends the field synonyms.
   */
  rollup(results: UnitResult[], opts: RollupOptions = {}): Promise<RollupOutcome> {
    return this.run(async (context, counter, E) => {
      const office = this.office();
      const core = await import(/* webpackChunkName: "rollup" */ "../core/rollup");
      const units = results.flatMap((r) => (r.ok ? [r.summary] : []));
      const failures = results.flatMap((r) => (r.ok ? [] : [r.failure]));
      if (units.length === 0) throw new PaneError("no-form", PANE_MSG.rollup.nothingRead);
      const meta = await this.readForRollup(counter);
      const synonyms = meta.sheets.length
        ? core.readSynonymsSheet(this.decode(E, meta).snap)
        : null;
      const taken = meta.host.sheetList.map((s) => s.name);
      const sheets = Object.fromEntries(
        Object.entries(ROLLUP_SHEETS).map(([k, base]) => {
          const name = freeSheetName(base, taken);
          taken.push(name);
          return [k, name];
        })
      ) as DistrictSheets;
      const catalog = core.buildCatalog(...(synonyms ? [synonyms] : []));
      const r0 = core.rollup(units, { catalog, failures });
      const unit = opts.unit?.normalize("NFC").trim() || undefined;
      // Under NĐ 118/2025 the roll-up is provincial (issue 11): the province's header and sheet names.
      const provincial = core.rollupRegime(r0, this.regime).regime.rollup.level === "province";
      const r = provincial ? core.provincialRollup(r0) : r0;
      if (provincial) {
        const own = core.provinceSheets();
        for (const [k, base] of Object.entries(own)) {
          const name = freeSheetName(base as string, taken);
          taken.push(name);
          (sheets as Record<string, string>)[k] = name;
        }
      }
      const province = provincial ? core.provinceName(unit ?? "…") : "";
      const district = provincial
        ? core.layoutDistrict(r, {
            unit: PROVINCE_ROLLUP.unit(province),
            recipient: `UBND ${province}`,
            synonyms: catalog.table,
            sheets,
          })
        : core.layoutDistrict(r, { unit, synonyms: catalog.table, sheets });
      const written = (district.edits.newSheets ?? []).slice();
      this.remember([...readableNames(meta.host.sheetList), ...written]);
      this.queueNames(context);
      await E.executeWrite(
        counter,
        meta,
        meta.host.journal,
        { edits: district.edits, activate: sheets.form06a },
        { office, label: STEP_LABEL.rollup }
      );
      this.setJournal(journalState(meta.host.journal));
      const isPeriod = (code: string) => code === "rollup/period" || code === "rollup/no-period";
      return {
        sheets,
        files: results.length,
        units: units.length,
        failures,
        period: r.period ? E.fmtPeriod(r.period) : null,
        periodUnits: r.periodUnits,
        totals: {
          received: fmtNumber(r.total.received),
          resolved: fmtNumber(r.total.resolved),
          pending: fmtNumber(r.total.pending),
        },
        fields: {
          matched: r.fields.filter((f) => f.known).length,
          unmatched: r.unknownFields.map((f) => f.name),
        },
        unitsWithErrors: r.checks
          .filter((c) => c.errors > 0)
          .map((c) => ({ file: c.file, unit: c.unit, text: curlyQuotes(c.text) })),
        periodNotes: r.notes.filter((x) => isPeriod(x.code)).map((x) => curlyQuotes(x.message)),
        duplicateNotes: r.notes
          .filter((x) => x.code === "rollup/duplicate-unit")
          .map((x) => curlyQuotes(x.message)),
        otherNotes: r.notes
          .filter(
            (x) =>
              x.code !== "rollup/unreadable" &&
              x.code !== "rollup/unknown-field" &&
              x.code !== "rollup/duplicate-unit" &&
              !isPeriod(x.code)
          )
          .map((x) => curlyQuotes(x.message)),
        districtFindings: district.findings.map(paneFinding),
        syncs: counter.count,
      };
    });
  }

  /**
   * What the roll-up needs of the open workbook, in 1 sync: the sheet list and the journal, and
   * the "Tên gọi khác của lĩnh vực" sheet when the remembered names include it. (+1 sync only when such a
   * sheet turns up that was not remembered.)
   */
  private async readForRollup(counter: SyncCounter): Promise<HostSnapshot> {
    const office = this.office();
    const synonymNames = [ROLLUP_SYNONYMS_SHEET.name, ...ROLLUP_SYNONYMS_SHEET.oldNames].map(
      foldAscii
    );
    const isSynonyms = (n: string) => synonymNames.includes(foldAscii(n));
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
    const found = meta.host.sheetList.find(
      (s) => isSynonyms(s.name) && s.visibility !== "VeryHidden"
    );
    return found ? readWith(counter, { sheets: [found.name], office, fills: false }) : meta;
  }
}
