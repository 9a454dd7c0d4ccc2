// applyEdits (one write sync, journaled) and undoLast ("Hoàn tác", two syncs).

import { EditSet } from "../../core/grid";
import { CellWrite, DEFAULT_MAX_CELLS_PER_SYNC, WriteBatch } from "./batch";
import { SyncCounter } from "./env";
import { HostError, toHostError } from "./errors";
import { ApplyResult, executeWrite, WriteOptions } from "./execute";
import {
  Content,
  DEFAULT_MAX_JOURNAL_CHARS,
  fitJournal,
  Journal,
  JournalData,
  JOURNAL_PART_CHARS,
  PriorCell,
  queueJournalSave,
} from "./journal";
import { HOST_MSG } from "./messages";
import { HostSnapshot, protectedAmong, readMeta } from "./read";
import { utf8Length } from "../../core/text/utf8";

/**
 * Write an EditSet in one sync (more only past maxCellsPerSync cells). The previous state of every
 * touched cell comes from `snapshot` (no extra read) and goes, as one undo step, into `journal`
 * (normally `snapshot.host.journal`), saved in the same batch before the edits.
 */
export async function applyEdits(
  context: Excel.RequestContext,
  edits: EditSet,
  journal: Journal,
  snapshot: HostSnapshot,
  opts: WriteOptions = {}
): Promise<ApplyResult> {
  const counter = new SyncCounter(context);
  const out = await executeWrite(counter, snapshot, journal, { edits }, opts);
  return out.applied ?? { entryId: null, cellsWritten: 0, createdSheets: [], syncs: out.syncs };
}

export interface UndoResult {
  /** False when there was nothing to undo (see message). */
  done: boolean;
  message?: string;
  entryId?: string;
  label?: string;
  /** Cells put back. */
  restored: number;
  /** Cells the clerk edited after the add-in wrote them: left as the clerk made them. */
  keptUserEdits: number;
  /** Sheets deleted meanwhile, whose part of the step could not be undone. */
  sheetsGone: string[];
  /** Sheets the step had created and undo deleted. */
  deletedSheets: string[];
  syncs: number;
}

function norm(x: unknown): string {
  return String(x).replace(/\s+/g, "").toUpperCase();
}

function sameContent(now: unknown, wrote: Content): boolean {
  if ("f" in wrote) return typeof now === "string" && norm(now) === norm("=" + wrote.f);
  if ("e" in wrote) return now === wrote.e;
  if (wrote.v === null || wrote.v === "") return now === "" || now === null;
  return String(now) === String(wrote.v);
}

function contentFromFormulas(now: unknown): Content {
  if (typeof now === "string" && now.startsWith("=") && now.length > 1) return { f: now.slice(1) };
  if (now === "" || now === null || now === undefined) return { v: null };
  if (typeof now === "number" || typeof now === "boolean" || typeof now === "string")
    return { v: now };
  return { v: String(now) };
}

/**
 * "Hoàn tác": put back the cells, number formats, fills, fonts, merges, column widths and sheets
 * of the last undo step.
 * Sync 1 reads the journal and the sheet list; sync 2 writes everything and drops the step. Cells
 * the clerk changed after the add-in wrote them are detected in sync 2 (their content is loaded
 * before being overwritten) and, only if there are any, put back as the clerk left them in a
 * third sync: the clerk's later work is never lost.
 */
export async function undoLast(
  context: Excel.RequestContext,
  opts: WriteOptions = {}
): Promise<UndoResult> {
  const counter = new SyncCounter(context);
  const meta = await readMeta(counter, opts);
  const journal = meta.host.journal;
  const entry = journal.data.undo[journal.data.undo.length - 1];
  const base: UndoResult = {
    done: false,
    restored: 0,
    keptUserEdits: 0,
    sheetsGone: [],
    deletedSheets: [],
    syncs: counter.count,
  };
  if (!entry) return { ...base, message: HOST_MSG.nothingToUndo };

  const list = meta.host.sheetList;
  const nameNow = (s: string): string | null => {
    const id = entry.ids[s];
    const item =
      (id ? list.find((x) => x.id === id) : undefined) ??
      list.find((x) => x.name.toLowerCase() === s.toLowerCase());
    return item ? item.name : null;
  };
  const gone = new Set<string>();
  const restores: CellWrite[] = [];
  const checks: { write: CellWrite; prior: PriorCell }[] = [];
  for (const p of entry.cells) {
    const sheet = nameNow(p.s);
    if (!sheet) {
      gone.add(p.s);
      continue;
    }
    const w: CellWrite = {
      sheet,
      row: p.r,
      col: p.c,
      content: p.was,
      numberFormat: p.nf ?? "General",
    };
    if (p.fill !== undefined) w.fill = p.fill;
    if (p.font !== undefined) w.font = p.font;
    if (p.st) {
      if (p.st.bold !== undefined) w.bold = p.st.bold;
      if (p.st.italic !== undefined) w.italic = p.st.italic;
      if (p.st.wrap !== undefined) w.wrap = p.st.wrap;
      if (p.st.border !== undefined) w.border = p.st.border;
      if (p.st.horizontal !== undefined) w.horizontal = p.st.horizontal;
    }
    restores.push(w);
    if (p.wrote) checks.push({ write: w, prior: p });
  }
  const merged = entry.merged.flatMap((m) => {
    const sheet = nameNow(m.s);
    if (!sheet) gone.add(m.s);
    return sheet ? [{ ...m, s: sheet }] : [];
  });
  const widths = (entry.widths ?? []).flatMap((w) => {
    const sheet = nameNow(w.s);
    if (!sheet) gone.add(w.s);
    return sheet ? [{ ...w, s: sheet }] : [];
  });
  const created = entry.created.filter((n) =>
    list.some((x) => x.name.toLowerCase() === n.toLowerCase())
  );
  const blocked = protectedAmong(meta.host, [
    ...restores.map((w) => w.sheet),
    ...merged.map((m) => m.s),
    ...widths.map((w) => w.s),
  ]);
  if (blocked.length) throw new HostError("sheet-protected", HOST_MSG.sheetProtected(blocked[0]));

  const data: JournalData = {
    v: 1,
    undo: journal.data.undo.slice(0, -1),
    marks: journal.data.marks,
  };
  const text = fitJournal(data, opts.maxJournalChars ?? DEFAULT_MAX_JOURNAL_CHARS);
  const batch = new WriteBatch(counter, opts.maxCellsPerSync ?? DEFAULT_MAX_CELLS_PER_SYNC);
  let loaded: Awaited<ReturnType<WriteBatch["loadFormulas"]>> = [];
  try {
    // Loads queued before the writes see the cells as the clerk left them (a large step's loads
    // may take syncs of their own, always before the first write).
    const wroteBytes = new Map(
      checks.map((c) => [
        c.write.sheet.toLowerCase() + "\u0000" + c.write.row + ":" + c.write.col,
        utf8Length(JSON.stringify(c.prior.wrote ?? null)),
      ])
    );
    loaded = await batch.loadFormulas(
      checks.map((c) => c.write),
      (w) => wroteBytes.get(w.sheet.toLowerCase() + "\u0000" + w.row + ":" + w.col) ?? 16
    );
    for (const m of merged) batch.unmerge(m.s, m.rect);
    await batch.cells(restores);
    for (const m of merged) for (const r of m.swallowed) batch.merge(m.s, r);
    for (const w of widths) batch.columnWidthPoints(w.s, w.col, w.pt);
    for (const n of created) batch.sheet(n).delete();
    await batch.room(0, utf8Length(text) + 200 * Math.ceil(text.length / JOURNAL_PART_CHARS));
    const saveLater = queueJournalSave(batch.context, journal, text, opts);
    await batch.flush();
    if (journal.store === "document-settings") await saveLater();
  } catch (e) {
    throw toHostError(e);
  }
  journal.data = data;

  // Cells the clerk changed after our write: give them back the clerk's content.
  const wroteAt = new Map(
    checks.map((c) => [
      c.write.sheet.toLowerCase() + "\u0000" + c.write.row + ":" + c.write.col,
      c.prior.wrote as Content,
    ])
  );
  const keep: CellWrite[] = [];
  for (const { run, range } of loaded) {
    run.cells.forEach((cell, i) => {
      const now = range.formulas[i]?.[0];
      const wrote = wroteAt.get(cell.sheet.toLowerCase() + "\u0000" + cell.row + ":" + cell.col);
      if (wrote && !sameContent(now, wrote))
        keep.push({
          sheet: cell.sheet,
          row: cell.row,
          col: cell.col,
          content: contentFromFormulas(now),
        });
    });
  }
  if (keep.length) {
    try {
      await batch.cells(keep);
      await batch.flush();
    } catch (e) {
      throw toHostError(e);
    }
  }
  const messages: string[] = [];
  if (gone.size) messages.push(HOST_MSG.undoSheetsGone([...gone]));
  if (keep.length) messages.push(HOST_MSG.undoKeptUserEdits(keep.length));
  return {
    done: true,
    message: messages.length ? messages.join(" ") : undefined,
    entryId: entry.id,
    label: entry.label,
    restored: restores.length - keep.length,
    keptUserEdits: keep.length,
    sheetsGone: [...gone],
    deletedSheets: created,
    syncs: counter.count,
  };
}
