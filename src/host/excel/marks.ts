// Marking findings in place and "Xóa đánh dấu".
//
// A mark is a fill (red #FFC7CE for errors, amber #FFEB9C for warnings) plus the messages as a
// note (ExcelApi 1.18) or, failing that, a comment (1.10); below 1.10 the fill alone (the task
// pane lists the messages). The journal of marks remembers each marked cell's previous fill;
// our notes/comments start with HOST_MSG.markPrefix, so only ours are ever removed. A cell that
// already has the clerk's own note or comment keeps it and gets the fill only.

import { Finding } from "../../core/grid";
import { SyncCounter } from "./env";
import { executeWrite, MarkResult, WriteOptions } from "./execute";
import { HOST_MSG } from "./messages";
import { HostSnapshot, readMeta } from "./read";

export { MARK_FILL } from "./plan";

/**
 * Mark `findings` on the workbook read as `snapshot`, replacing our previous marks first. One
 * sync; one more only when the workbook holds notes/comments of the clerk's that the read did not
 * locate (reads of named or active sheets do not locate them; full reads do).
 */
export async function markFindings(
  context: Excel.RequestContext,
  snapshot: HostSnapshot,
  findings: Finding[],
  opts: WriteOptions = {}
): Promise<MarkResult> {
  const counter = new SyncCounter(context);
  const out = await executeWrite(counter, snapshot, snapshot.host.journal, { findings }, opts);
  return (
    out.marked ?? {
      marked: 0,
      via: snapshot.host.caps.notes ? "note" : snapshot.host.caps.comments ? "comment" : "none",
      annotations: 0,
      skippedAnnotations: 0,
      lifted: 0,
      keptUserFills: 0,
      syncs: out.syncs,
    }
  );
}

export interface ClearResult {
  /** Marks lifted. */
  cleared: number;
  /** Marked cells the clerk had refilled meanwhile: they keep the clerk's fill. */
  keptUserFills: number;
  /** Our notes/comments removed. */
  removedAnnotations: number;
  message?: string;
  syncs: number;
}

/**
 * "Xóa đánh dấu": put back the fills our marks replaced and delete our notes/comments, nothing
 * else. Sync 1 reads the journal, sheet list and notes/comments; sync 2 writes, then forgets the
 * marks (journal saved last, so a failed batch can simply be retried). The current fill of each
 * marked cell is loaded in sync 2 before it is restored; a cell the clerk refilled after marking
 * gets the clerk's fill back in a third sync (only when that happened).
 */
export async function clearMarks(
  context: Excel.RequestContext,
  opts: WriteOptions = {}
): Promise<ClearResult> {
  const counter = new SyncCounter(context);
  const meta = await readMeta(counter, opts);
  const marks = meta.host.journal.data.marks.length;
  const ours =
    meta.host.notes.filter((n) => n.ours).length + meta.host.comments.filter((c) => c.ours).length;
  if (marks === 0 && ours === 0)
    return {
      cleared: 0,
      keptUserFills: 0,
      removedAnnotations: 0,
      message: HOST_MSG.nothingToClear,
      syncs: counter.count,
    };
  const out = await executeWrite(
    counter,
    meta,
    meta.host.journal,
    { findings: [], journalLast: true },
    opts
  );
  return {
    cleared: marks,
    keptUserFills: out.marked?.keptUserFills ?? 0,
    removedAnnotations: ours,
    syncs: counter.count,
  };
}
