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

function parseJournal(text: string | null): { data: JournalData; unreadable: boolean } {
  if (!text) return { data: emptyJournalData(), unreadable: false };
  try {
    const d = JSON.parse(text) as JournalData;
    if (d && d.v === 1 && Array.isArray(d.undo) && Array.isArray(d.marks)) return { data: d, unreadable: false };
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
export function queueJournalLoad(context: Excel.RequestContext, caps: HostCaps, opts?: HostOptions): () => Journal {
  if (caps.settings) {
    const coll = context.workbook.settings;
    coll.load("items/key,items/value");
    return () => {
      const parts = coll.items
        .filter((s) => s.key.startsWith(JOURNAL_PREFIX) && Number.isFinite(partIndex(s.key)))
        .sort((a, b) => partIndex(a.key) - partIndex(b.key));
      const text = parts.map((p) => (typeof p.value === "string" ? p.value : "")).join("");
      const { data, unreadable } = parseJournal(text || null);
      return { data, store: "workbook-settings", keys: parts.map((p) => p.key), unreadable: unreadable || undefined };
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
  let text = JSON.stringify(data);
  while (text.length > maxChars && data.undo.length > 1) {
    data.undo.shift();
    text = JSON.stringify(data);
  }
  if (text.length > maxChars) throw new HostError("journal-too-large", HOST_MSG.journalTooLarge(text.length, maxChars));
  return text;
}

function split(text: string): string[] {
  const parts: string[] = [];
  for (let i = 0; i < text.length; i += JOURNAL_PART_CHARS) parts.push(text.slice(i, i + JOURNAL_PART_CHARS));
  return parts;
}

/**
 * Queue the journal save into the current batch (workbook settings), or return a function that
 * saves it after the sync (document settings). `text` comes from fitJournal().
 */
export function queueJournalSave(context: Excel.RequestContext, journal: Journal, text: string, opts?: HostOptions): () => Promise<void> {
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
    if (!settings) throw new HostError("journal-not-saved", HOST_MSG.journalNotSaved("Office.context.document.settings"));
    parts.forEach((p, i) => settings.set(newKeys[i], p));
    for (const k of journal.keys) if (!newKeys.includes(k)) settings.remove(k);
    journal.keys = newKeys;
    await new Promise<void>((resolve, reject) =>
      settings.saveAsync((r) => (r.status === "succeeded" ? resolve() : reject(new HostError("journal-not-saved", HOST_MSG.journalNotSaved(r.error?.message ?? r.status))))),
    );
  };
}

/** Fresh id for an undo step. */
export function newEntryId(): string {
  return Date.now().toString(36) + "-" + Math.floor(Math.random() * 1e9).toString(36);
}

export type { CellStyle };
