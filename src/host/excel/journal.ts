// The undo journal and the journal of marks: plain JSON kept in the workbook itself.
//
// Where it lives, and why: in the workbook's settings (Excel.SettingCollection, ExcelApi 1.4),
// the per-file, per-add-in key/value store that Office.context.document.settings also exposes.
// Through the Excel API the journal is
//   - read in the same context.sync() as the sheets (no extra round trip),
//   - written in the same batch as the edits it describes (first in the batch, so a batch that
//     fails half-way still leaves a journal that can restore what was applied),
//   - stored in the file, so it survives a pane reload, a closed and reopened workbook, and is
//     seen by the ribbon command runtime and the task pane alike (no stale in-memory copy),
//   - invisible to clerks and to the core (a hidden worksheet would show up in every sheet list,
//     could be unhidden and edited, and fails when the workbook structure is protected).
// Below ExcelApi 1.4 the host falls back to Office.context.document.settings (Common API): read
// from its in-memory copy (no sync), saved with saveAsync() right after the write sync.
// Large journals are split over several keys "tthc.journal/0", "tthc.journal/1", …

import type { CellStyle, Rect } from "../../core/grid";
import { HostCaps, HostOptions, officeOf } from "./env";
import { HostError } from "./errors";
import { HOST_MSG } from "./messages";

export const JOURNAL_PREFIX = "tthc.journal/";
/** Characters per settings key. */
export const JOURNAL_PART_CHARS = 100_000;
/** Default budget for the whole journal; older undo steps are dropped beyond it. */
export const DEFAULT_MAX_JOURNAL_CHARS = 1_500_000;
/** Undo steps kept. */
export const MAX_UNDO_STEPS = 10;

/** Content of a cell as written through Range.formulas: a formula (no "=") or a constant. */
export type Content = { f: string } | { v: string | number | boolean | null } | { e: string };

/** A cell's state before the add-in wrote it. */
export interface PriorCell {
  /** Sheet name at the time of the write. */
  s: string;
  r: number;
  c: number;
  /** Previous content. */
  was: Content;
  /** Previous number format (absent = General). */
  nf?: string;
  /** Previous fill, recorded only when the write changed the fill: "#RRGGBB" or null = none. */
  fill?: string | null;
  /** Previous font family, recorded only when the write changed the font (and the read knew it). */
  font?: string;
  /** Style attributes the write changed, with the values to put back. */
  st?: Partial<Record<"bold" | "italic" | "wrap" | "border", boolean>> & { horizontal?: string };
  /** What the add-in wrote, to notice a clerk's later edit before undoing over it. */
  wrote?: Content;
}

export interface UndoEntry {
  id: string;
  at: string;
  label?: string;
  /** Sheet name → worksheet id when the entry was made (ids survive renames). */
  ids: Record<string, string>;
  cells: PriorCell[];
  /** Sheets the add-in created; undo deletes them. */
  created: string[];
  /** Areas the add-in merged; undo unmerges them and re-merges what they had swallowed. */
  merged: { s: string; rect: Rect; swallowed: Rect[] }[];
  /** Previous widths (points) of the columns the add-in resized. */
  widths?: { s: string; col: number; pt: number }[];
}

/** One cell the add-in has marked. */
export interface MarkRecord {
  s: string;
  /** Worksheet id. */
  id: string;
  r: number;
  c: number;
  /** The mark's fill. */
  color: string;
  /** Fill before marking: "#RRGGBB", null = none, absent = not known. */
  fill?: string | null;
  /** How the message was attached. */
  via: "note" | "comment" | "none";
}

export interface JournalData {
  v: 1;
  undo: UndoEntry[];
  marks: MarkRecord[];
}

export type JournalStore = "workbook-settings" | "document-settings";

/** The journal as loaded, with the bookkeeping needed to save it back. */
export interface Journal {
  data: JournalData;
  store: JournalStore;
  /** Settings keys holding the journal when it was loaded (stale parts get deleted). */
  keys: string[];
  /** Set when a stored journal could not be parsed and was ignored. */
  unreadable?: boolean;
}

export function emptyJournalData(): JournalData {
  return { v: 1, undo: [], marks: [] };
}

// ---- compact runs ----------------------------------------------------------
//
// A fill of a large form writes the same kind of change down whole columns (a formula per row into
// cells that were empty). Stored cell by cell, 30,000 rows make tens of megabytes of journal, far
// beyond what a settings store holds (2 MB per setting value is the documented ceiling, see
// OfficeDev/office-js#621). So runs of consecutive rows of one column with the same prior state,
// and written contents that differ only by their own row number, are stored once as a run with
// "#" standing for the row; they are expanded back into cells when the journal is read.

/** A run of `n` cells down column `c` from row `r`, each `wt` with "#" = its row. */
interface CellRun {
  s: string;
  r: number;
  n: number;
  c: number;
  /** Previous content, when the same for the whole run… */
  was?: Content;
  /** …else the previous constants, one per row (runs whose cells all held constants). */
  wv?: (string | number | boolean | null)[];
  nf?: string;
  fill?: string | null;
  font?: string;
  st?: PriorCell["st"];
  wt?: Content;
}

type StoredEntry = UndoEntry & { runs?: CellRun[] };

const MIN_RUN = 3;

/** The row template of a written content: "IF(G10=0,"",H10/G10)" at row 10 → "IF(G#=0,"",H#/G#)"; null when not invertible. */
function rowTemplate(c: Content | undefined, row: number): string | null {
  if (!c) return "";
  const text = JSON.stringify(c);
  if (text.includes("#")) return null;
  const tpl = text.replace(new RegExp(`([A-Za-z]\\$?)${row}(?!\\d)`, "g"), "$1#");
  return fromTemplate(tpl, row) === text ? tpl : null;
}

function fromTemplate(tpl: string, row: number): string {
  return tpl.replace(/#/g, String(row));
}

function sameExceptPlace(a: PriorCell, b: PriorCell): boolean {
  return (
    a.s === b.s &&
    a.c === b.c &&
    JSON.stringify([a.nf, a.fill, a.font, a.st, "fill" in a, "font" in a]) ===
      JSON.stringify([b.nf, b.fill, b.font, b.st, "fill" in b, "font" in b])
  );
}

const sameWas = (a: PriorCell, b: PriorCell) => JSON.stringify(a.was) === JSON.stringify(b.was);

function compactEntry(e: UndoEntry): StoredEntry {
  const sorted = [...e.cells].sort((a, b) =>
    a.s < b.s ? -1 : a.s > b.s ? 1 : a.c - b.c || a.r - b.r
  );
  const cells: PriorCell[] = [];
  const runs: CellRun[] = [];
  let i = 0;
  while (i < sorted.length) {
    const first = sorted[i];
    const tpl = rowTemplate(first.wrote, first.r);
    let j = i + 1;
    if (tpl !== null) {
      while (
        j < sorted.length &&
        sorted[j].r === first.r + (j - i) &&
        sameExceptPlace(first, sorted[j]) &&
        rowTemplate(sorted[j].wrote, sorted[j].r) === tpl
      )
        j++;
    }
    if (tpl !== null && j - i >= MIN_RUN) {
      const part = sorted.slice(i, j);
      const run: CellRun = { s: first.s, r: first.r, n: j - i, c: first.c };
      if (part.every((p) => sameWas(p, first))) run.was = first.was;
      else if (part.every((p) => "v" in p.was))
        run.wv = part.map((p) => (p.was as { v: string | number | boolean | null }).v);
      else {
        for (const p of part) cells.push(p);
        i = j;
        continue;
      }
      if (first.nf !== undefined) run.nf = first.nf;
      if ("fill" in first) run.fill = first.fill;
      if (first.font !== undefined) run.font = first.font;
      if (first.st) run.st = first.st;
      if (first.wrote) run.wt = JSON.parse(tpl) as Content;
      runs.push(run);
    } else {
      for (let k = i; k < j; k++) cells.push(sorted[k]);
    }
    i = j;
  }
  return runs.length ? { ...e, cells, runs } : e;
}

function expandEntry(e: StoredEntry): UndoEntry {
  if (!e.runs) return e;
  const { runs, ...rest } = e;
  const cells = [...rest.cells];
  for (const run of runs) {
    const tpl = run.wt ? JSON.stringify(run.wt) : "";
    for (let k = 0; k < run.n; k++) {
      const row = run.r + k;
      const p: PriorCell = {
        s: run.s,
        r: row,
        c: run.c,
        was: run.was ?? { v: run.wv?.[k] ?? null },
      };
      if (run.nf !== undefined) p.nf = run.nf;
      if ("fill" in run) p.fill = run.fill;
      if (run.font !== undefined) p.font = run.font;
      if (run.st) p.st = run.st;
      if (tpl) p.wrote = JSON.parse(fromTemplate(tpl, row)) as Content;
      cells.push(p);
    }
  }
  return { ...rest, cells };
}

/** The journal as stored: undo steps with their runs compacted. */
export function serializeJournal(data: JournalData): string {
  return JSON.stringify({ ...data, undo: data.undo.map(compactEntry) });
}

export function parseJournal(text: string | null): { data: JournalData; unreadable: boolean } {
  if (!text) return { data: emptyJournalData(), unreadable: false };
  try {
    const d = JSON.parse(text) as JournalData;
    if (d && d.v === 1 && Array.isArray(d.undo) && Array.isArray(d.marks))
      return {
        data: { ...d, undo: (d.undo as StoredEntry[]).map(expandEntry) },
        unreadable: false,
      };
  } catch {
    // fall through
  }
  return { data: emptyJournalData(), unreadable: true };
}

function partIndex(key: string): number {
  return parseInt(key.slice(JOURNAL_PREFIX.length), 10);
}

/**
 * Queue the journal load into the current batch. Call the returned function after the sync.
 * With the Common API fallback nothing is queued (the settings bag is already in memory).
 */
export function queueJournalLoad(
  context: Excel.RequestContext,
  caps: HostCaps,
  opts?: HostOptions
): () => Journal {
  if (caps.settings) {
    const coll = context.workbook.settings;
    coll.load("items/key,items/value");
    return () => {
      const parts = coll.items
        .filter((s) => s.key.startsWith(JOURNAL_PREFIX) && Number.isFinite(partIndex(s.key)))
        .sort((a, b) => partIndex(a.key) - partIndex(b.key));
      const text = parts.map((p) => (typeof p.value === "string" ? p.value : "")).join("");
      const { data, unreadable } = parseJournal(text || null);
      return {
        data,
        store: "workbook-settings",
        keys: parts.map((p) => p.key),
        unreadable: unreadable || undefined,
      };
    };
  }
  return () => {
    const settings = officeOf(opts)?.context.document?.settings;
    const keys: string[] = [];
    let text = "";
    if (settings) {
      for (let i = 0; ; i++) {
        const part = settings.get(JOURNAL_PREFIX + i);
        if (typeof part !== "string") break;
        keys.push(JOURNAL_PREFIX + i);
        text += part;
      }
    }
    const { data, unreadable } = parseJournal(text || null);
    return { data, store: "document-settings", keys, unreadable: unreadable || undefined };
  };
}

/** Keep the newest undo steps within the budget; throw before anything is written when even one is too big. */
export function fitJournal(data: JournalData, maxChars = DEFAULT_MAX_JOURNAL_CHARS): string {
  while (data.undo.length > MAX_UNDO_STEPS) data.undo.shift();
  let text = serializeJournal(data);
  while (text.length > maxChars && data.undo.length > 1) {
    data.undo.shift();
    text = serializeJournal(data);
  }
  if (text.length > maxChars)
    throw new HostError("journal-too-large", HOST_MSG.journalTooLarge(text.length, maxChars));
  return text;
}

function split(text: string): string[] {
  const parts: string[] = [];
  for (let i = 0; i < text.length; i += JOURNAL_PART_CHARS)
    parts.push(text.slice(i, i + JOURNAL_PART_CHARS));
  return parts;
}

/**
 * Queue the journal save into the current batch (workbook settings), or return a function that
 * saves it after the sync (document settings). `text` comes from fitJournal().
 */
export function queueJournalSave(
  context: Excel.RequestContext,
  journal: Journal,
  text: string,
  opts?: HostOptions
): () => Promise<void> {
  const parts = text === JSON.stringify(emptyJournalData()) ? [] : split(text);
  const newKeys = parts.map((_, i) => JOURNAL_PREFIX + i);
  if (journal.store === "workbook-settings") {
    const settings = context.workbook.settings;
    parts.forEach((p, i) => settings.add(newKeys[i], p));
    for (const k of journal.keys) if (!newKeys.includes(k)) settings.getItem(k).delete();
    journal.keys = newKeys;
    return async () => {};
  }
  return async () => {
    const settings = officeOf(opts)?.context.document?.settings;
    if (!settings)
      throw new HostError(
        "journal-not-saved",
        HOST_MSG.journalNotSaved("Office.context.document.settings")
      );
    parts.forEach((p, i) => settings.set(newKeys[i], p));
    for (const k of journal.keys) if (!newKeys.includes(k)) settings.remove(k);
    journal.keys = newKeys;
    await new Promise<void>((resolve, reject) =>
      settings.saveAsync((r) =>
        r.status === "succeeded"
          ? resolve()
          : reject(
              new HostError(
                "journal-not-saved",
                HOST_MSG.journalNotSaved(r.error?.message ?? r.status)
              )
            )
      )
    );
  };
}

/** Fresh id for an undo step. */
export function newEntryId(): string {
  return Date.now().toString(36) + "-" + Math.floor(Math.random() * 1e9).toString(36);
}

export type { CellStyle };
