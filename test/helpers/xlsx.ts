// Test helper: .xlsx files written with exceljs from a WorkbookSnapshot, in a temp dir, and
// the CLI run with a capturing io.
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { isCellError, WorkbookSnapshot } from "../../src/core/grid";
import { main } from "../../src/cli/main";

/** A fresh temp dir, removed by the returned cleanup. */
export function tempDir(prefix = "tthc-test-"): {
  dir: string;
  file: (name: string) => string;
  cleanup: () => void;
} {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  return {
    dir,
    file: (name) => path.join(dir, name),
    cleanup: () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}

/** An exceljs workbook holding the snapshot's sheets: values, formulas with cached results, merges. */
export function workbookOf(wb: WorkbookSnapshot): ExcelJS.Workbook {
  const book = new ExcelJS.Workbook();
  for (const s of wb.sheets) {
    const ws = book.addWorksheet(s.name);
    for (const m of s.merges) ws.mergeCells(m.top, m.left, m.bottom, m.right);
    s.data.forEach((row, i) =>
      (row ?? []).forEach((c, j) => {
        if (!c) return;
        const cell = ws.getCell(s.top + i, s.left + j);
        if (cell.isMerged && cell.master !== cell) return;
        const v = c.value;
        if (c.formula !== undefined) {
          const fv: ExcelJS.CellFormulaValue = { formula: c.formula, date1904: false };
          if (v !== null && v !== undefined)
            fv.result = (
              isCellError(v) ? { error: v.error } : v
            ) as ExcelJS.CellFormulaValue["result"];
          cell.value = fv;
        } else if (isCellError(v)) cell.value = { error: v.error } as ExcelJS.CellErrorValue;
        else if (v !== null && v !== undefined) cell.value = v as ExcelJS.CellValue;
        if (c.numberFormat) cell.numFmt = c.numberFormat;
      })
    );
  }
  return book;
}

export async function writeXlsx(
  file: string,
  wb: WorkbookSnapshot | ExcelJS.Workbook
): Promise<string> {
  const book = wb instanceof ExcelJS.Workbook ? wb : workbookOf(wb);
  fs.writeFileSync(file, Buffer.from(await book.xlsx.writeBuffer()));
  return file;
}

export async function readXlsx(file: string): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  return book;
}

export interface RunResult {
  code: number;
  out: string;
  err: string;
  /** stderr as lines (no empty trailing line). */
  errLines: string[];
}

/** `tthc ARGS…` in process, with stdout/stderr captured. */
export async function tthc(...args: string[]): Promise<RunResult> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(["node", "tthc", ...args], {
    out: (s) => out.push(s),
    err: (s) => err.push(s),
  });
  const errText = err.join("\n");
  return {
    code,
    out: out.join("\n"),
    err: errText,
    errLines: errText.split("\n").filter((l) => l !== ""),
  };
}

/** Files in a directory (names), to see that no temp file is left. */
export function listDir(dir: string): string[] {
  return fs.readdirSync(dir).sort();
}

export const SAMPLE = path.resolve(__dirname, "../../samples/bao-cao-quy-1-2024-phu-son.xlsx");
