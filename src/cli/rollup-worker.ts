// Reads one unit's .xlsx into a UnitSummary. Used in process, and as a worker thread by
// `tthc rollup --workers N`: the thread receives { id, file } and posts back { id, result }
// (a UnitResult: plain JSON, so the copy between threads is a few kilobytes).
import * as path from "path";
import { isMainThread, parentPort, workerData } from "worker_threads";
import type ExcelJS from "exceljs";
import { summariseUnit, UnitResult } from "../core/rollup";
import { ROLLUP_SHEETS } from "../core/messages/rollup";
import { decodeWorkbook } from "../core/text/legacy";
import { readWorkbookFile, UnreadableFileError } from "../host/xlsx";
import { ROLLUP_CLI_MSG } from "./messages";

export const WORKER_ROLE = "tthc-rollup";

export interface WorkerRequest {
  id: number;
  file: string;
}

export interface WorkerResponse {
  id: number;
  result: UnitReadResult;
}

/** A unit file → its summary, or the Vietnamese reason it cannot be rolled up. Never throws. */
/**
 * The defined name every roll-up workbook carries (written by `tthc rollup`): a later roll-up of
 * the same folder knows its own output and leaves it out instead of counting it as a unit.
 */
export const SUMMARY_MARKER = "TTHC_TONG_HOP";

/** A roll-up's own workbook: our marker, or the sheets only a district summary has. */
export function isSummaryWorkbook(wb: ExcelJS.Workbook): boolean {
  if (wb.definedNames.model.some((n) => n.name === SUMMARY_MARKER)) return true;
  const names = new Set(wb.worksheets.map((w) => w.name.normalize("NFC")));
  return names.has(ROLLUP_SHEETS.byUnit) && names.has(ROLLUP_SHEETS.problems);
}

/** A unit's result; `summaryFile`: the file is itself a summary, left out (not a failure). */
export type UnitReadResult = UnitResult & { summaryFile?: true };

export async function readUnitFile(file: string): Promise<UnitReadResult> {
  const name = path.basename(file);
  try {
    const { snapshot, workbook, kind } = await readWorkbookFile(file);
    if (kind === "xlsx" && isSummaryWorkbook(workbook))
      return {
        ok: false,
        failure: { file: name, reason: ROLLUP_CLI_MSG.summarySkipped(name) },
        summaryFile: true,
      };
    // A ward's file typed in TCVN3/VNI is read as Unicode, as every other command does.
    return summariseUnit(decodeWorkbook(snapshot).wb, name);
  } catch (e) {
    const reason =
      e instanceof UnreadableFileError
        ? e.message
        : ROLLUP_CLI_MSG.unexpected(e instanceof Error ? e.message : String(e));
    return { ok: false, failure: { file: name, reason } };
  }
}

if (!isMainThread && parentPort && (workerData as { role?: string } | null)?.role === WORKER_ROLE) {
  // Requests arrive ahead of time (the main thread keeps a few in flight, so a busy machine's
  // scheduling delays never leave this thread idle); they are read one after the other.
  const port = parentPort;
  const queue: WorkerRequest[] = [];
  let busy = false;
  const pump = async () => {
    if (busy) return;
    busy = true;
    for (let req = queue.shift(); req; req = queue.shift())
      port.postMessage({
        id: req.id,
        result: await readUnitFile(req.file),
      } satisfies WorkerResponse);
    busy = false;
  };
  port.on("message", (req: WorkerRequest) => {
    queue.push(req);
    void pump();
  });
}
