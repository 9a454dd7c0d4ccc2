// Reads one unit's .xlsx into a UnitSummary. Used in process, and as a worker thread by
// `tthc rollup --workers N`: the thread receives { id, file } and posts back { id, result }
// (a UnitResult: plain JSON, so the copy between threads is a few kilobytes).
import * as path from "path";
import { isMainThread, parentPort, workerData } from "worker_threads";
import { summariseUnit, UnitResult } from "../core/rollup";
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
  result: UnitResult;
}

/** A unit file → its summary, or the Vietnamese reason it cannot be rolled up. Never throws. */
export async function readUnitFile(file: string): Promise<UnitResult> {
  const name = path.basename(file);
  try {
    const { snapshot } = await readWorkbookFile(file);
    // A ward's file typed in TCVN3/VNI is read as Unicode, as every other command does.
    return summariseUnit(decodeWorkbook(snapshot).wb, name);
  } catch (e) {
    const reason = e instanceof UnreadableFileError ? e.message : ROLLUP_CLI_MSG.unexpected(e instanceof Error ? e.message : String(e));
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
    for (let req = queue.shift(); req; req = queue.shift()) port.postMessage({ id: req.id, result: await readUnitFile(req.file) } satisfies WorkerResponse);
    busy = false;
  };
  port.on("message", (req: WorkerRequest) => {
    queue.push(req);
    void pump();
  });
}
