// Where the preview's workbook comes from: the bundled sample (made at build time by
// scripts/sample-snapshot.js with the CLI's own reader), or an .xlsx file the user picks (read in
// the browser by exceljs, loaded on first use, through the same snapshotOf), or a one-stop
// system's HTML export (.xls) read by the CLI's HTML reader (src/host/xlsx/html). A picked workbook is
// kept in sessionStorage and the page reloads, so the task pane starts afresh on it, as it would
// when opened in another workbook.

import type { WorkbookSnapshot } from "../core/grid";
import type { SheetLayout } from "../host/xlsx/snapshot";
import { layoutOf, snapshotOf } from "../host/xlsx/snapshot";
import { looksLikeHtml } from "../host/xlsx/html/charset";
import { colLetter } from "../core/grid";
import sample from "tthc-preview-sample";
import { PREVIEW_MSG } from "./messages";

export interface PreviewWorkbook {
  /** File name shown above the grid. */
  name: string;
  snapshot: WorkbookSnapshot;
  layout: SheetLayout[];
}

export interface SourceResult {
  workbook: PreviewWorkbook | null;
  /** True for a file the user picked (kept in this tab's session). */
  picked: boolean;
  /** Why no workbook, or why the picked one was dropped. */
  problem?: string;
}

const STORAGE_KEY = "tthc-preview:workbook";

/** JSON with Dates as {"$date": ISO}, as scripts/sample-snapshot.js writes it. */
export function toJson(value: unknown): string {
  return JSON.stringify(
    value,
    function replacer(this: Record<string, unknown>, key: string, v: unknown) {
      const raw = this[key];
      return raw instanceof Date ? { $date: raw.toISOString() } : v;
    }
  );
}

function revive(_key: string, v: unknown): unknown {
  if (v && typeof v === "object" && !Array.isArray(v)) {
    const o = v as Record<string, unknown>;
    if (typeof o.$date === "string" && Object.keys(o).length === 1) return new Date(o.$date);
  }
  return v;
}

/** Dates revived from the {"$date"} form, in place of plain objects. */
export function reviveDates<T>(value: T): T {
  return JSON.parse(JSON.stringify(value), revive) as T;
}

function isPreviewWorkbook(v: unknown): v is PreviewWorkbook {
  const o = v as PreviewWorkbook | null;
  return (
    !!o &&
    typeof o.name === "string" &&
    !!o.snapshot &&
    Array.isArray(o.snapshot.sheets) &&
    Array.isArray(o.layout)
  );
}

function storage(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null; // storage disabled
  }
}

/** The workbook to start with: a picked one kept in this tab, else the bundled sample. */
export function initialWorkbook(): SourceResult {
  const kept = storage()?.getItem(STORAGE_KEY);
  if (kept) {
    try {
      const parsed = JSON.parse(kept, revive) as unknown;
      if (isPreviewWorkbook(parsed)) return { workbook: parsed, picked: true };
    } catch {
      /* fall through to the sample */
    }
    storage()?.removeItem(STORAGE_KEY);
  }
  const bundled = sample as unknown;
  if (isPreviewWorkbook(bundled)) return { workbook: reviveDates(bundled), picked: false };
  const why = (bundled as { error?: string } | null)?.error;
  return { workbook: null, picked: false, problem: why ?? PREVIEW_MSG.sampleMissing };
}

/** Keep `wb` for this tab and start over on it (the caller reloads the page). */
export function keepWorkbook(wb: PreviewWorkbook): void {
  const store = storage();
  if (!store) throw new Error(PREVIEW_MSG.noStorage);
  try {
    store.setItem(STORAGE_KEY, toJson(wb));
  } catch {
    throw new Error(PREVIEW_MSG.tooLarge);
  }
}

/** Go back to the bundled sample (the caller reloads the page). */
export function forgetWorkbook(): void {
  storage()?.removeItem(STORAGE_KEY);
}

/** What the first bytes say a file is, when it is not an .xlsx (zip) file. */
function notXlsxReason(bytes: Uint8Array, name: string): string | null {
  if (bytes.length === 0) return PREVIEW_MSG.emptyFile(name);
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return null;
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0)
    return PREVIEW_MSG.oldOrEncrypted(name);
  return PREVIEW_MSG.notXlsx(name);
}

/** Read a picked .xlsx file into a preview workbook (exceljs is loaded here, on first use). */
export async function readXlsxFile(file: File): Promise<PreviewWorkbook> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (looksLikeHtml(bytes))
    return htmlWorkbook(
      await import(/* webpackChunkName: "html-reader" */ "../host/xlsx/html"),
      bytes,
      file.name
    );
  const reason = notXlsxReason(bytes, file.name);
  if (reason) throw new Error(reason);
  const mod = (await import("exceljs")) as unknown as {
    default?: typeof import("exceljs");
  } & typeof import("exceljs");
  const ExcelJS = mod.default ?? mod;
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes.buffer as ArrayBuffer);
  } catch {
    throw new Error(PREVIEW_MSG.corrupt(file.name));
  }
  return { name: file.name, snapshot: snapshotOf(workbook), layout: layoutOf(workbook) };
}

/** A one-stop system's HTML "Excel" export, read by the CLI's reader, as Excel opens it: one sheet, header cells bold. */
function htmlWorkbook(
  reader: typeof import("../host/xlsx/html"),
  bytes: Uint8Array,
  name: string
): PreviewWorkbook {
  const sheet = reader.readHtmlSheet(bytes, name.replace(/\.[^.]*$/, ""));
  if (sheet.tables === 0) throw new Error(PREVIEW_MSG.htmlExport(name));
  const cells: SheetLayout["cells"] = {};
  for (const rc of sheet.bold) {
    const [r, c] = rc.split(":").map(Number);
    cells[colLetter(c) + r] = { bold: true, wrap: true, horizontal: "center" };
  }
  return {
    name,
    snapshot: { sheets: [sheet.snapshot] },
    layout: [{ name: sheet.snapshot.name, columnWidths: {}, cells }],
  };
}
