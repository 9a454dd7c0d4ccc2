// The units' workbooks of the add-in's "Tổng hợp" view: .xlsx files the clerk picks — or a one-stop
// system's HTML "Excel" export (.xls), read by the same reader as the CLI's (./html) — read in the
// browser (exceljs and the roll-up core loaded on first use, with dynamic import()), each reduced
// to a small UnitSummary as soon as it is read, so that twenty workbooks are never held at once.
// Browser-safe (no fs, no Buffer; exceljs as a type only) and node-testable.
import type { UnitResult } from "../../core/rollup";
import { PANE_MSG } from "../../core/messages/taskpane";
import { decodeWorkbook } from "../../core/text/legacy";
import { capitalsOf } from "./legacy";
import { snapshotOf } from "./snapshot";
import { looksLikeHtml } from "./html/charset";

const M = PANE_MSG.rollup;

/** A picked file, as the File API gives it (or a test). */
export interface UnitFile {
  name: string;
  arrayBuffer(): Promise<ArrayBuffer>;
}

/** Why the first bytes are not an .xlsx (zip) file, or null when they may be one. */
function notXlsxReason(bytes: Uint8Array): string | null {
  if (bytes.length === 0) return M.emptyFile;
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) return null;
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0)
    return M.oldOrEncrypted;
  return M.notXlsx;
}

type ExcelJSModule = typeof import("exceljs");
let exceljs: Promise<ExcelJSModule> | null = null;

/** exceljs, loaded once, on first use (its own lazy chunk: never in the start-up bundle). */
function loadExcelJS(): Promise<ExcelJSModule> {
  exceljs ??= import("exceljs").then((m) => {
    const mod = m as unknown as { default?: ExcelJSModule } & ExcelJSModule;
    return mod.default ?? mod;
  });
  return exceljs;
}

/**
 * One unit's file → its summary, or the Vietnamese reason it cannot be rolled up. Never throws.
 * exceljs load(arrayBuffer) → snapshotOf → decodeWorkbook (TCVN3/VNI text read as Unicode, so the
 * fields match) → summariseUnit.
 */
export async function readUnitBytes(name: string, data: ArrayBuffer): Promise<UnitResult> {
  const bytes = new Uint8Array(data);
  if (looksLikeHtml(bytes)) {
    try {
      // The HTML reader (htmlparser2) in a chunk of its own, loaded on the first export picked.
      const [reader, core] = await Promise.all([
        import(/* webpackChunkName: "html-reader" */ "./html"),
        import(/* webpackChunkName: "rollup" */ "../../core/rollup"),
      ]);
      const html = reader.readHtmlSnapshot(bytes, name.replace(/\.[^.]*$/, ""));
      if (html.tables === 0) return { ok: false, failure: { file: name, reason: M.htmlExport } };
      return core.summariseUnit(decodeWorkbook(html.snapshot).wb, name);
    } catch (e) {
      return {
        ok: false,
        failure: { file: name, reason: M.unexpected(e instanceof Error ? e.message : String(e)) },
      };
    }
  }
  const reason = notXlsxReason(bytes);
  if (reason) return { ok: false, failure: { file: name, reason } };
  try {
    const [ExcelJSLib, core] = await Promise.all([
      loadExcelJS(),
      import(/* webpackChunkName: "rollup" */ "../../core/rollup"),
    ]);
    const workbook = new ExcelJSLib.Workbook();
    try {
      await workbook.xlsx.load(data);
    } catch {
      return { ok: false, failure: { file: name, reason: M.corrupt } };
    }
    const decoded = decodeWorkbook(snapshotOf(workbook), { capitals: capitalsOf(workbook) });
    return core.summariseUnit(decoded.wb, name);
  } catch (e) {
    return {
      ok: false,
      failure: { file: name, reason: M.unexpected(e instanceof Error ? e.message : String(e)) },
    };
  }
}

/**
 * Read the files one after the other; `onProgress(done, total, name)` before each file and once
 * at the end. Between files the browser gets a turn to paint the progress.
 */
export async function readUnitFiles(
  files: readonly UnitFile[],
  onProgress?: (done: number, total: number, name: string) => void
): Promise<UnitResult[]> {
  const out: UnitResult[] = [];
  for (let i = 0; i < files.length; i++) {
    const f = files[i];
    onProgress?.(i, files.length, f.name);
    await new Promise((resolve) => setTimeout(resolve, 0));
    let data: ArrayBuffer;
    try {
      data = await f.arrayBuffer();
    } catch {
      out.push({ ok: false, failure: { file: f.name, reason: M.notRead } });
      continue;
    }
    out.push(await readUnitBytes(f.name, data));
  }
  onProgress?.(files.length, files.length, files.length ? files[files.length - 1].name : "");
  return out;
}
