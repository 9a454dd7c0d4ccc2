// One write batch for edits and marks together: the journal first (write-ahead), then sheets,
// merges, the lifting of old marks, cell writes, widths, new mark fills and notes/comments.
// One sync, unless more than maxCellsPerSync cells are written or foreign notes must be located.

import { EditSet, Finding } from "../../core/grid";
import { CellWrite, WriteBatch, DEFAULT_MAX_CELLS_PER_SYNC } from "./batch";
import { HostOptions, SyncCounter } from "./env";
import { officeErrorCode, toHostError } from "./errors";
import {
  DEFAULT_MAX_JOURNAL_CHARS,
  fitJournal,
  Journal,
  JournalData,
  JOURNAL_PART_CHARS,
  MarkRecord,
  queueJournalSave,
} from "./journal";
import {
  MarkPlan,
  planApply,
  planMarks,
  planUnmark,
  snapshotFills,
  ApplyPlan,
  UnmarkPlan,
} from "./plan";
import { AnnotationInfo, assertWritable, HostSnapshot, liveHandles } from "./read";
import { fillOf } from "./convert";
import { rectOfAddress } from "../../core/address";
import { utf8Length } from "../../core/text/utf8";

export interface WriteOptions extends HostOptions {
  /** Shown in the journal (e.g. "Điền số liệu"). */
  label?: string;
  /** Split the write over several syncs beyond this many cells. Default 100,000. */
  maxCellsPerSync?: number;
  /** Journal budget in characters. Default 1,500,000. */
  maxJournalChars?: number;
}

export interface ApplyResult {
  /** Undo step recorded, or null when nothing was written. */
  entryId: string | null;
  cellsWritten: number;
  createdSheets: string[];
  syncs: number;
}

export interface MarkResult {
  /** Cells marked. */
  marked: number;
  /** Old marks whose cell the clerk had refilled meanwhile: the clerk's fill was kept. */
  keptUserFills: number;
  /** How messages were attached: note (ExcelApi 1.18), comment (1.10) or fill only. */
  via: MarkRecord["via"];
  annotations: number;
  /** Marked cells that kept the clerk's own note/comment instead of ours. */
  skippedAnnotations: number;
  /** Marked cells Excel refused a note/comment for (they keep the colour; the pane lists their messages). */
  unannotated?: { sheet: string; row: number; col: number }[];
  /** Old marks lifted first. */
  lifted: number;
  syncs: number;
}

export interface WriteRequest {
  edits?: EditSet;
  /** Findings to mark; undefined = leave marks alone. An empty list lifts old marks. */
  findings?: Finding[];
  /** Save the journal after the writes instead of before (for restoring operations, which can be retried). */
  journalLast?: boolean;
  /** A sheet to show once written (one the edits create, e.g. the roll-up's district Biểu 06a). */
  activate?: string;
}

export interface WriteOutcome {
  applied: ApplyResult | null;
  marked: MarkResult | null;
  syncs: number;
}

function viaFor(snap: HostSnapshot): MarkRecord["via"] {
  return snap.host.caps.notes ? "note" : snap.host.caps.comments ? "comment" : "none";
}

/** Locate the clerk's own notes/comments (one extra sync, only when some exist and were not located). */
async function locateForeign(counter: SyncCounter, snap: HostSnapshot): Promise<void> {
  const context = counter.context;
  const handles = liveHandles(snap.host, context);
  const pending: { info: AnnotationInfo; range: Excel.Range }[] = [];
  snap.host.notes.forEach((n) => {
    if (n.ours || n.cell) return;
    const proxy = handles
      ? handles.notes[n.key as number]
      : context.workbook.notes.getItemAt(n.key as number);
    const range = proxy.getLocation();
    range.load("address");
    pending.push({ info: n, range });
  });
  snap.host.comments.forEach((c) => {
    if (c.ours || c.cell) return;
    const proxy = handles
      ? (handles.comments.find((x) => x.id === c.key) ??
        context.workbook.comments.getItem(String(c.key)))
      : context.workbook.comments.getItem(String(c.key));
    const range = proxy.getLocation();
    range.load("address");
    pending.push({ info: c, range });
  });
  if (pending.length === 0) {
    snap.host.foreignLocated = true;
    return;
  }
  await counter.sync();
  for (const p of pending) {
    const bang = p.range.address.lastIndexOf("!");
    let sheet = p.range.address.slice(0, bang);
    if (sheet.startsWith("'") && sheet.endsWith("'"))
      sheet = sheet.slice(1, -1).replace(/''/g, "'");
    const r = rectOfAddress(p.range.address);
    p.info.cell = { sheet, row: r.top, col: r.left };
  }
  snap.host.foreignLocated = true;
}

/** Delete our notes and comments: live proxies when this context read them, else by position/id. */
function queueDeleteOurs(batch: WriteBatch, snap: HostSnapshot, plan: UnmarkPlan): void {
  const context = batch.context;
  const handles = liveHandles(snap.host, context);
  // Descending positions keep the lower positions valid while deleting in one batch.
  const notes = [...plan.notes].sort((a, b) => (b.key as number) - (a.key as number));
  for (const n of notes)
    (handles
      ? handles.notes[n.key as number]
      : context.workbook.notes.getItemAt(n.key as number)
    ).delete();
  for (const c of plan.comments) {
    const live = handles?.comments.find((x) => x.id === c.key);
    (live ?? context.workbook.comments.getItem(String(c.key))).delete();
  }
}

/** True when an Office error comes from adding a note or a comment (debugInfo.errorLocation). */
function isAnnotationRefusal(e: unknown): boolean {
  const where = (e as { debugInfo?: { errorLocation?: unknown } } | null)?.debugInfo?.errorLocation;
  return typeof where === "string" && /^(Note|Comment)Collection\.add$/.test(where);
}

/**
 * Queue the annotations and sync (the write's last sync). When Excel refuses one, the actions
 * before it in the batch are applied (Office batches are not transactions), so one more sync
 * counts the annotations now in the workbook: that tells which cell refused; it keeps its colour
 * without a note, and the rest are added again. Two syncs per refusing cell, none otherwise.
 */
async function addAnnotations(
  batch: WriteBatch,
  via: MarkRecord["via"],
  list: MarkPlan["annotations"],
  countBefore: number
): Promise<MarkPlan["annotations"]> {
  const refused: MarkPlan["annotations"] = [];
  let rest = list;
  let base = countBefore;
  while (rest.length > 0) {
    try {
      for (const a of rest) {
        await batch.room(0, utf8Length(a.text) + 200);
        const cell = batch.sheet(a.sheet).getCell(a.row - 1, a.col - 1);
        if (via === "note") batch.context.workbook.notes.add(cell, a.text);
        else batch.context.workbook.comments.add(cell, a.text);
      }
      await batch.flush();
      return refused;
    } catch (e) {
      if (!isAnnotationRefusal(e)) throw e;
      const count =
        via === "note"
          ? batch.context.workbook.notes.getCount()
          : batch.context.workbook.comments.getCount();
      await batch.flush();
      const added = Math.max(0, Math.min(rest.length - 1, count.value - base));
      if (officeErrorCode(e) === "NotImplemented") {
        // This build cannot add them at all: every cell left keeps its colour only.
        return refused.concat(rest.slice(added));
      }
      refused.push(rest[added]);
      rest = rest.slice(added + 1);
      base = count.value;
    }
  }
  return refused;
}

/** @internal Plan and run one write (shared by applyEdits, markFindings and runCommand). */
export async function executeWrite(
  counter: SyncCounter,
  snap: HostSnapshot,
  journal: Journal,
  req: WriteRequest,
  opts: WriteOptions = {}
): Promise<WriteOutcome> {
  const start = counter.count;
  const edits = req.edits;
  const doMark = req.findings !== undefined;
  const findings = (req.findings ?? []).filter((f) =>
    snap.host.sheetList.some((s) => s.name.toLowerCase() === f.sheet.toLowerCase())
  );
  const via = viaFor(snap);

  // Plan everything before queueing anything: errors (protection, journal size) leave the workbook untouched.
  const unmark: UnmarkPlan | null = doMark ? planUnmark(snap, journal.data.marks) : null;
  const baseline = unmark ? unmark.baseline : snapshotFills(snap);
  const apply: ApplyPlan | null =
    edits &&
    (edits.cells.length ||
      edits.newSheets?.length ||
      edits.merges?.length ||
      edits.columnWidths?.length)
      ? planApply(snap, edits, baseline, opts.label)
      : null;
  const markSheets = new Set<string>([
    ...findings.map((f) => f.sheet),
    ...(unmark?.restore.map((w) => w.sheet) ?? []),
  ]);
  assertWritable(snap.host, markSheets);

  const nothingToMark =
    !doMark ||
    (findings.length === 0 &&
      (unmark?.restore.length ?? 0) === 0 &&
      (unmark?.notes.length ?? 0) === 0 &&
      (unmark?.comments.length ?? 0) === 0 &&
      journal.data.marks.length === 0);
  if (!apply && nothingToMark) return { applied: null, marked: null, syncs: 0 };

  if (doMark && via !== "none" && findings.length > 0 && !snap.host.foreignLocated) {
    try {
      await locateForeign(counter, snap);
    } catch (e) {
      throw toHostError(e);
    }
  }
  const marks: MarkPlan | null = doMark
    ? planMarks(snap, findings, baseline, apply?.after ?? new Map(), via)
    : null;

  const data: JournalData = {
    v: 1,
    undo: [...journal.data.undo, ...(apply?.entry ? [apply.entry] : [])],
    marks: marks ? marks.marks : journal.data.marks,
  };
  const text = fitJournal(data, opts.maxJournalChars ?? DEFAULT_MAX_JOURNAL_CHARS);

  const batch = new WriteBatch(counter, opts.maxCellsPerSync ?? DEFAULT_MAX_CELLS_PER_SYNC);
  let probes: { sheet: string; row: number; col: number; color: string; fill: Excel.RangeFill }[] =
    [];
  let unannotated: MarkPlan["annotations"] = [];
  let keptUserFills = 0;
  try {
    let saveLater: (() => Promise<void>) | null = null;
    if (!req.journalLast) {
      batch.addBytes(utf8Length(text) + 200 * Math.ceil(text.length / JOURNAL_PART_CHARS));
      saveLater = queueJournalSave(batch.context, journal, text, opts);
      if (journal.store === "document-settings") await saveLater(); // write-ahead with the Common API too
    }
    for (const n of apply?.newSheets ?? []) batch.addSheet(n);
    for (const m of apply?.merges ?? []) batch.merge(m.sheet, m.rect);
    if (unmark) {
      // Where the current fill is unknown, load it before restoring (loads run in queue order).
      probes = unmark.unverified.map((u) => {
        const fill = batch.sheet(u.sheet).getCell(u.row - 1, u.col - 1).format.fill;
        fill.load(snap.host.caps.cellProperties ? "color,pattern" : "color");
        return { ...u, fill };
      });
      await batch.cells(unmark.restore);
      queueDeleteOurs(batch, snap, unmark);
    }
    if (apply) await batch.cells(apply.writes);
    for (const w of apply?.widths ?? []) batch.columnWidth(w.sheet, w.col, w.width);
    if (marks) await batch.cells(marks.fills);
    if (req.activate) batch.sheet(req.activate).activate();
    if (req.journalLast) saveLater = queueJournalSave(batch.context, journal, text, opts);
    // Notes/comments go last, after every other action of the write: a cell that refuses one
    // (it holds the clerk's legacy note that ExcelApi 1.10–1.17 cannot see, or the build answers
    // NotImplemented for comments.add) stops only the annotations, never a half-applied write.
    if (marks && marks.annotations.length) {
      const before =
        via === "note"
          ? snap.host.notes.length - (unmark?.notes.length ?? 0)
          : snap.host.comments.length - (unmark?.comments.length ?? 0);
      unannotated = await addAnnotations(batch, via, marks.annotations, before);
    } else await batch.flush();
    if (req.journalLast && journal.store === "document-settings" && saveLater) await saveLater();
    // A cell the clerk refilled after we marked it gets the clerk's fill back (one more sync, only then).
    const kept: CellWrite[] = [];
    for (const p of probes) {
      const now = fillOf({
        color: p.fill.color,
        pattern: snap.host.caps.cellProperties ? p.fill.pattern : undefined,
      });
      if (now !== p.color) kept.push({ sheet: p.sheet, row: p.row, col: p.col, fill: now });
    }
    if (kept.length) {
      await batch.cells(kept);
      await batch.flush();
    }
    keptUserFills = kept.length;
  } catch (e) {
    throw toHostError(e);
  }
  journal.data = data;
  const syncs = counter.count - start;
  return {
    applied: apply
      ? {
          entryId: apply.entry?.id ?? null,
          cellsWritten: apply.writes.length,
          createdSheets: apply.newSheets,
          syncs,
        }
      : null,
    marked: marks
      ? {
          marked: marks.marks.length,
          via,
          annotations: marks.annotations.length - unannotated.length,
          skippedAnnotations: marks.skippedAnnotations + unannotated.length,
          unannotated: unannotated.map(({ sheet, row, col }) => ({ sheet, row, col })),
          lifted: unmark?.lifted ?? 0,
          keptUserFills,
          syncs,
        }
      : null,
    syncs,
  };
}
