// What "Điền số liệu" writes, said the way a clerk reads Biểu 06a: "C10" and "= (4) + (5) + (6)"
// rather than "Biểu 06a!C10" and "=SUM(D10:F10) → 0" (issue 16 point 5). Columns are named by
// their number in the form's header row, (1) STT … (13), counted from the form's first column.
import { colLetter, colNumber } from "../core/grid";
import { PANE_MSG } from "../core/messages/taskpane";
import type { FillItem } from "./model";

const M = PANE_MSG.fill;

export interface FillRow {
  /** "C10" (the sheet is said once, above the table). */
  a1: string;
  what: string;
}

/** The form's first column number from its range ("A6:M61" → 1), or null. */
export function firstColumn(range: string | null | undefined): number | null {
  const m = /^\$?([A-Z]{1,3})\$?\d+/.exec(range ?? "");
  return m ? colNumber(m[1]) : null;
}

/** "Biểu 06a!C10" → "C10". */
export function localCell(item: FillItem): string {
  const prefix = `${item.sheet}!`;
  return item.cell.startsWith(prefix) ? item.cell.slice(prefix.length) : item.cell;
}

/**
 * One fill item in the form's words. `formSheet`/`first`: the Biểu 06a and its first column;
 * items on other sheets, and formulas of another shape, keep their text without the "→".
 */
export function describeFill(
  item: FillItem,
  formSheet: string | null,
  first: number | null
): FillRow {
  const a1 = localCell(item);
  const arrow = /^(=.*?)\s*→\s*(.+)$/.exec(item.what);
  const formula = arrow ? arrow[1] : item.what;
  const value = arrow ? arrow[2] : null;
  const tail = value !== null ? M.equals(value) : "";
  if (item.what === "0") return { a1, what: M.zero };
  if (item.sheet === formSheet && first !== null) {
    const col = (letters: string) => `(${colNumber(letters) - first + 1})`;
    const across = /^=SUM\(\$?([A-Z]{1,3})\$?(\d+):\$?([A-Z]{1,3})\$?(\d+)\)$/.exec(formula);
    if (across && across[2] === across[4]) {
      const from = colNumber(across[1]);
      const to = colNumber(across[3]);
      if (to >= from && to - from < 13) {
        const cols: string[] = [];
        for (let c = from; c <= to; c++) cols.push(col(colLetter(c)));
        return { a1, what: M.sum(cols.join(" + ")) + tail };
      }
    }
    if (across && across[1] === across[3])
      return { a1, what: M.sumColumn(col(across[1]), Number(across[2]), Number(across[4])) + tail };
  }
  return { a1, what: formula.startsWith("=") ? M.formula(formula) + tail : formula };
}
