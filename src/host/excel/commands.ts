// The generic command shape: read (1 sync) → compute (pure core) → apply + mark (1 sync).
// The ribbon's "Kiểm tra" (src/commands/check.ts) runs PaneController.check plus a result dialog.
//
// Sync budget of runCommand:
//   read: 1 with readOpts.sheets or readOpts.active, 2 for "every sheet" (names unknown);
//   write: 1 (edits, journal, marks, notes/comments together); 0 when there is nothing to write;
//   +1 only when marking with notes/comments on a workbook holding the clerk's own notes/comments
//   that the read did not locate (single-sync reads don't locate them), and +1 per extra
//   100,000 written cells or per payload chunk on Excel on the web.
// So Kiểm tra on the active (or a named) sheet costs 2 syncs whatever the sheet size.

import { EditSet, emptyEdits, Finding } from "../../core/grid";
import { SyncCounter } from "./env";
import { toHostError } from "./errors";
import { ApplyResult, executeWrite, MarkResult, WriteOptions } from "./execute";
import { HostSnapshot, ReadOptions, readWith } from "./read";

export interface CommandOutput {
  edits?: EditSet;
  /** Findings to mark in place. Leave undefined not to touch marks; [] lifts the previous marks. */
  findings?: Finding[];
}

export interface CommandResult {
  snapshot: HostSnapshot;
  edits: EditSet;
  findings: Finding[];
  applied: ApplyResult | null;
  marked: MarkResult | null;
  /** Syncs of the read alone. */
  readSyncs: number;
  /** Syncs of the whole command. */
  syncs: number;
}

export async function runCommand(
  context: Excel.RequestContext,
  readOpts: ReadOptions,
  compute: (snap: HostSnapshot) => CommandOutput | Promise<CommandOutput>,
  opts: WriteOptions = {}
): Promise<CommandResult> {
  const counter = new SyncCounter(context);
  const office = opts.office ?? readOpts.office;
  const snapshot = await readWith(counter, { ...readOpts, office });
  const readSyncs = counter.count;
  const out = await compute(snapshot);
  const w = await executeWrite(
    counter,
    snapshot,
    snapshot.host.journal,
    { edits: out.edits, findings: out.findings },
    { ...opts, office }
  );
  return {
    snapshot,
    edits: out.edits ?? emptyEdits(),
    findings: out.findings ?? [],
    applied: w.applied,
    marked: w.marked,
    readSyncs,
    syncs: counter.count,
  };
}

/** Select a cell (clicking a finding in the pane): activates its sheet. 1 sync. */
export async function selectCell(
  context: Excel.RequestContext,
  sheet: string,
  row: number,
  col: number
): Promise<void> {
  const ws = context.workbook.worksheets.getItem(sheet);
  ws.activate();
  ws.getCell(row - 1, col - 1).select();
  try {
    await context.sync();
  } catch (e) {
    throw toHostError(e, { sheetsNotFound: [sheet] });
  }
}
