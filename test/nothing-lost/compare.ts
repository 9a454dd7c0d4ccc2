// "Nothing lost": compare every non-empty cell of a workbook before and after a write (fill,
// score -o, marking, undo) — its value and its formula.
//
// A write may change a non-empty cell only in the ways DESIGN allows, each checked here:
// - a derived or total cell of Biểu 06a holding a typed count that agrees becomes the SUM
//   formula with that same result ("derived cells become formulas only when empty or already
//   agreeing");
// - a placeholder left on a blank form after a label ("Số phiếu đánh giá: ……", "Xếp loại: …")
//   is replaced by the value, the label kept.
// Anything else is a lost or changed input.
import { addr, CellSnapshot, CellValue, isCellError, WorkbookSnapshot } from "../../src/core/grid";
import { parseCount } from "../../src/core/text/numbers";
import { COUNT_KEYS, DERIVED, Form06a } from "../../src/core/form06a";
import type { FakeWorkbookState } from "../../src/fake-excel";

export interface CellChange {
  sheet: string;
  cell: string;
  before: CellSnapshot;
  after: CellSnapshot | null;
}

function nonEmpty(c: CellSnapshot | null | undefined): c is CellSnapshot {
  if (!c) return false;
  if (c.formula !== undefined) return true;
  const v = c.value;
  return !(v === null || v === undefined || (typeof v === "string" && v.trim() === ""));
}

/** Every non-empty cell of `wb`, keyed "sheet!A1". */
export function nonEmptyCells(
  wb: WorkbookSnapshot
): Map<string, { sheet: string; cell: string; snap: CellSnapshot }> {
  const out = new Map<string, { sheet: string; cell: string; snap: CellSnapshot }>();
  for (const s of wb.sheets)
    s.data.forEach((line, i) =>
      (line ?? []).forEach((c, j) => {
        if (!nonEmpty(c)) return;
        const cell = addr(s.top + i, s.left + j);
        out.set(`${s.name}!${cell}`, { sheet: s.name, cell, snap: c });
      })
    );
  return out;
}

function sameValue(a: CellValue, b: CellValue): boolean {
  if (isCellError(a) || isCellError(b))
    return isCellError(a) && isCellError(b) && a.error === b.error;
  if (a instanceof Date || b instanceof Date)
    return a instanceof Date && b instanceof Date && a.getTime() === b.getTime();
  return a === b || ((a === null || a === undefined) && (b === null || b === undefined));
}

/** Non-empty cells of `before` whose value or formula differs in `after`. */
export function changedCells(before: WorkbookSnapshot, after: WorkbookSnapshot): CellChange[] {
  const out: CellChange[] = [];
  const afterSheets = new Map(after.sheets.map((s) => [s.name, s]));
  for (const s of before.sheets) {
    const t = afterSheets.get(s.name);
    s.data.forEach((line, i) =>
      (line ?? []).forEach((snap, j) => {
        if (!nonEmpty(snap)) return;
        const row = s.top + i;
        const col = s.left + j;
        const now = t ? (t.data[row - t.top]?.[col - t.left] ?? null) : null;
        if (
          now &&
          (now.formula ?? null) === (snap.formula ?? null) &&
          sameValue(snap.value, now.value)
        )
          return;
        out.push({ sheet: s.name, cell: addr(row, col), before: snap, after: now });
      })
    );
  }
  return out;
}

const PLACEHOLDER = /[:：]\s*[.…_\-–\s]*$/u;

/**
 * Whether a change is one that a fill is allowed to make (see the file's head). `resultsUnknown`:
 * the host computes no formula (the fake Excel), so a formula's cached result cannot be compared
 * (the xlsx tests compare it).
 */
export function allowedFillChange(
  c: CellChange,
  derivedCells: ReadonlySet<string>,
  resultsUnknown = false
): boolean {
  const a = c.after;
  if (!a) return false;
  // A typed count of a derived/total cell that agreed, now its formula with the same result.
  if (
    derivedCells.has(`${c.sheet}!${c.cell}`) &&
    c.before.formula === undefined &&
    a.formula !== undefined
  ) {
    const was = parseCount(c.before.value);
    const is = parseCount(a.value);
    if (was.kind === "count" && (resultsUnknown || (is.kind === "count" && was.value === is.value)))
      return true;
  }
  // "Label: ……" → "Label: value".
  if (
    typeof c.before.value === "string" &&
    typeof a.value === "string" &&
    PLACEHOLDER.test(c.before.value)
  ) {
    const label = c.before.value.slice(0, c.before.value.search(/[:：]/)).trim();
    if (a.value.startsWith(label) && a.value.length > label.length) return true;
  }
  return false;
}

/** "Biểu 06a!C10: 31 → =SUM(D10:F10) (31)", for failure messages. */
export function describeChange(c: CellChange): string {
  const show = (s: CellSnapshot | null) =>
    s
      ? s.formula !== undefined
        ? `=${s.formula} (${JSON.stringify(s.value)})`
        : JSON.stringify(s.value)
      : "(empty)";
  return `${c.sheet}!${c.cell}: ${show(c.before)} → ${show(c.after)}`;
}

/**
 * "sheet!A1" of the cells fill may turn from an agreeing typed count into a formula: (3), (7), (11) of
 * every row, every count of the total and sub-total rows.
 */
export function derivedCellsOf(form: Form06a | null): Set<string> {
  const out = new Set<string>();
  if (!form) return out;
  for (const r of form.rows)
    for (const d of DERIVED) out.add(`${form.sheet}!${addr(r.row, form.cols[d.key])}`);
  for (const t of [form.total, ...(form.extraTotals ?? []), ...(form.subtotals ?? [])])
    if (t) for (const k of COUNT_KEYS) out.add(`${form.sheet}!${addr(t.row, form.cols[k])}`);
  return out;
}

/** The fake Excel's state (cells by A1 address) as a grid snapshot anchored at A1: values and formulas. */
export function snapshotOfState(state: FakeWorkbookState): WorkbookSnapshot {
  return {
    sheets: state.sheets.map((sh) => {
      const data: (CellSnapshot | null)[][] = [];
      for (const [a1, c] of Object.entries(sh.cells)) {
        const m = /^([A-Z]+)(\d+)$/.exec(a1) as RegExpExecArray;
        let col = 0;
        for (const ch of m[1]) col = col * 26 + (ch.charCodeAt(0) - 64);
        const row = Number(m[2]);
        const line = (data[row - 1] ??= []);
        line[col - 1] =
          c.formula !== undefined ? { value: c.value, formula: c.formula } : { value: c.value };
      }
      for (let i = 0; i < data.length; i++) data[i] ??= [];
      return { name: sh.name, top: 1, left: 1, data, merges: [] };
    }),
  };
}
