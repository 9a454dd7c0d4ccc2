// Fill: derived cells and the total row become =SUM formulas (with their results), blank inputs
// of data rows become 0, and a percentage block is written beside the form. A typed value
// that disagrees is never overwritten: it is reported as a conflict. Fill never writes into a
// merged area's non-first cell nor into a cell holding text; group (section) rows are never
// written; a group's sub-total row gets the SUM of its group's rows.
import {
  addr,
  CellEdit,
  EditSet,
  emptyEdits,
  Rect,
  Sheet,
  WorkbookSnapshot,
  colLetter,
  EXCEL_MAX_COLS,
  EXCEL_MAX_ROWS,
} from "../grid";
import { MSG_06A, PERCENT_BLOCK } from "../messages/form06a";
import { parseCount } from "../text/numbers";
import {
  COLUMN_NO,
  COUNT_KEYS,
  CountCell,
  CountKey,
  countValue,
  DERIVED,
  DERIVED_KEYS,
  Form06a,
} from "./model";
import { append, maxOf, minOf } from "../arrays";

export interface FillItem {
  sheet: string;
  row: number;
  col: number;
  /** What was written, for the clerk: "=SUM(D10:F10) → 31", "0", … */
  what: string;
}

export interface FillConflict {
  sheet: string;
  row: number;
  col: number;
  message: string;
}

export interface FillResult {
  edits: EditSet;
  filled: FillItem[];
  conflicts: FillConflict[];
}

export const PERCENT_FORMAT = "0.0%";
const TOTAL_LABEL = "Tổng cộng";

export function fill06a(wb: WorkbookSnapshot, form: Form06a): FillResult {
  const snap = wb.sheets.find((s) => s.name === form.sheet);
  if (!snap) throw new Error("sheet not in snapshot: " + form.sheet);
  const sheet = new Sheet(snap);
  const res: FillResult = { edits: emptyEdits(), filled: [], conflicts: [] };
  const L = (k: CountKey) => colLetter(form.cols[k]);

  // The values each cell will hold after the fill, to compute results of formulas. `valueOf` is
  // what arithmetic sees (Excel turns text "31" into 31 in H10/G10); `sumOf` is what SUM sees
  // (Excel's SUM skips text), so the cached results are the ones Excel will show.
  const after = new Map<string, number | null>();
  const textCells = new Set<string>();
  const key = (row: number, k: CountKey) => row + ":" + k;
  const valueOf = (row: number, k: CountKey) => after.get(key(row, k)) ?? null;
  const sumOf = (row: number, k: CountKey) => (textCells.has(key(row, k)) ? 0 : valueOf(row, k));
  const noteText = (c: CountCell, k: CountKey) => {
    if (c.state.kind === "count" && c.state.asText) textCells.add(key(c.row, k));
  };

  // 1. Blank inputs of data rows → 0; not a cell hidden under a merged area (writing there
  // would change the merged cell the clerk typed, or be refused by Excel), nor a formula whose
  // result the file does not hold (its value is unknown, not empty).
  for (const row of form.rows) {
    for (const k of COUNT_KEYS) {
      const c = row.counts[k];
      if (!DERIVED_KEYS.has(k)) {
        if (c.state.kind === "blank" && !hiddenByMerge(sheet, c) && !c.raw?.formula) {
          res.edits.cells.push({ sheet: form.sheet, row: c.row, col: c.col, value: 0 });
          res.filled.push({ sheet: form.sheet, row: c.row, col: c.col, what: "0" });
        }
        after.set(key(row.row, k), countValue(c));
        noteText(c, k);
      }
    }
  }

  // 2. Derived cells of data rows.
  for (const row of form.rows) {
    for (const d of DERIVED) {
      const parts = d.parts.map((p) => sumOf(row.row, p));
      const result = parts.some((v) => v === null)
        ? null
        : (parts as number[]).reduce((a, b) => a + b, 0);
      const formula = `SUM(${L(d.parts[0])}${row.row}:${L(d.parts[d.parts.length - 1])}${row.row})`;
      const kept = writeDerived(res, sheet, form, row.counts[d.key], d.key, formula, result);
      after.set(key(row.row, d.key), kept);
      if (kept !== result || result === null) noteText(row.counts[d.key], d.key); // a typed value was kept
    }
  }

  // 3. The total row (added below the last data row when missing and that row is free). Its
  // SUM ranges leave out every total row among the data rows (a total in the middle, a
  // duplicated total), which would otherwise be a circular reference or a double count.
  let totalRow: number | null = form.total ? form.total.row : null;
  const dataRows = form.rows.map((r) => r.row);
  if (dataRows.length > 0) {
    const first = minOf(dataRows);
    const last = maxOf(dataRows);
    const totalRows = [form.total, ...(form.extraTotals ?? []), ...(form.subtotals ?? [])]
      .filter((t): t is NonNullable<typeof t> => !!t)
      .map((t) => t.row);
    const segments = rowSegments(first, last, totalRows);
    if (totalRow === null) {
      const candidate = last + 1;
      // No row below the last one Excel has (1,048,576): the total row is not added.
      let free = candidate <= EXCEL_MAX_ROWS;
      for (let c = form.range.left; c <= form.range.right; c++)
        if (!sheet.isEmpty(candidate, c) || sheet.mergeAt(candidate, c)) free = false;
      if (free) {
        totalRow = candidate;
        res.edits.cells.push({
          sheet: form.sheet,
          row: candidate,
          col: form.nameCol,
          value: TOTAL_LABEL,
          style: { bold: true },
        });
        res.filled.push({
          sheet: form.sheet,
          row: candidate,
          col: form.nameCol,
          what: TOTAL_LABEL,
        });
      }
    }
    if (totalRow !== null) {
      const totalCells = form.total?.counts;
      for (const k of COUNT_KEYS) {
        const vs = form.rows.map((r) => sumOf(r.row, k));
        const result = vs.some((v) => v === null)
          ? null
          : (vs as number[]).reduce((a, b) => a + b, 0);
        const formula = `SUM(${segments.map(([a, b]) => (a === b ? `${L(k)}${a}` : `${L(k)}${a}:${L(k)}${b}`)).join(",")})`;
        const cell: CountCell = totalCells
          ? totalCells[k]
          : { row: totalRow, col: form.cols[k], state: { kind: "blank" }, raw: null };
        const kept = writeDerived(
          res,
          sheet,
          form,
          cell,
          k,
          formula,
          result,
          totalCells ? undefined : { bold: true }
        );
        after.set(key(totalRow, k), kept);
        for (const extra of form.extraTotals ?? [])
          writeDerived(res, sheet, form, extra.counts[k], k, formula, result);
      }
    }
  }

  // 3b. Each group's sub-total row: the SUM of its group's rows.
  for (const sub of form.subtotals ?? []) {
    const mine = form.rows.filter((r) => r.section === sub.section).map((r) => r.row);
    if (mine.length === 0) continue;
    const runs = rowRuns(mine);
    for (const k of COUNT_KEYS) {
      const vs = mine.map((r) => sumOf(r, k));
      const result = vs.some((v) => v === null)
        ? null
        : (vs as number[]).reduce((a, b) => a + b, 0);
      const formula = `SUM(${runs.map(([a, b]) => (a === b ? `${L(k)}${a}` : `${L(k)}${a}:${L(k)}${b}`)).join(",")})`;
      writeDerived(res, sheet, form, sub.counts[k], k, formula, result);
    }
  }

  // 4. The percentage block, one empty column to the right.
  const rowsForPercent: number[] = [...dataRows];
  if (totalRow !== null) rowsForPercent.push(totalRow);
  rowsForPercent.sort((a, b) => a - b);
  writePercentBlock(res, sheet, form, rowsForPercent, valueOf);

  // Last guard: whatever the steps above decided, no edit lands in a merged area's hidden cell
  // or on a cell holding text (a label, a note, a clerk's remark).
  res.edits.cells = res.edits.cells.filter((e) => {
    if (e.sheet !== form.sheet) return true;
    const at = addr(e.row, e.col);
    if (hiddenByMerge(sheet, e)) {
      res.conflicts.push({
        sheet: form.sheet,
        row: e.row,
        col: e.col,
        message: MSG_06A.fillMergedCell(at),
      });
      return false;
    }
    const cur = sheet.cell(e.row, e.col);
    // (A count typed as text, "31", that agrees may become its formula: the value stays.)
    if (
      cur &&
      !cur.formula &&
      typeof cur.value === "string" &&
      cur.value.trim() !== "" &&
      parseCount(cur.value).kind !== "count" &&
      !(e.value !== undefined && e.value === cur.value)
    ) {
      res.conflicts.push({
        sheet: form.sheet,
        row: e.row,
        col: e.col,
        message: MSG_06A.fillTextCell(at, cur.value.trim().slice(0, 40)),
      });
      return false;
    }
    return true;
  });
  const kept = new Set(
    res.edits.cells.filter((e) => e.sheet === form.sheet).map((e) => e.row + ":" + e.col)
  );
  res.filled = res.filled.filter(
    (f) =>
      f.sheet !== form.sheet ||
      kept.has(f.row + ":" + f.col) ||
      f.what.startsWith(PERCENT_BLOCK.title)
  );

  return res;
}

/** Sorted row numbers as contiguous runs [from, to]. */
function rowRuns(rows: number[]): [number, number][] {
  const out: [number, number][] = [];
  for (const r of [...rows].sort((a, b) => a - b)) {
    const last = out[out.length - 1];
    if (last && last[1] === r - 1) last[1] = r;
    else out.push([r, r]);
  }
  return out;
}

/**
 * Write a formula into a derived (or total) cell when it is blank or already agrees; report a
 * conflict otherwise. Returns the value the cell holds after the fill (null when unknown).
 */
function writeDerived(
  res: FillResult,
  sheet: Sheet,
  form: Form06a,
  c: CountCell,
  k: CountKey,
  formula: string,
  result: number | null,
  style?: CellEdit["style"]
): number | null {
  const st = c.state;
  // A cell under a merged area (not its first cell) is the merged cell's: never written.
  if (hiddenByMerge(sheet, c)) {
    res.conflicts.push({
      sheet: form.sheet,
      row: c.row,
      col: c.col,
      message: MSG_06A.fillMergedCell(addr(c.row, c.col)),
    });
    return null;
  }
  // Text that is not a count (a note, a dash, "x") is the clerk's: reported, kept.
  if (st.kind === "invalid" && st.reason === "text" && !c.raw?.formula) {
    res.conflicts.push({
      sheet: form.sheet,
      row: c.row,
      col: c.col,
      message: MSG_06A.fillTextCell(addr(c.row, c.col), st.shown.trim().slice(0, 40)),
    });
    return null;
  }
  if (st.kind === "invalid") return null;
  // A formula of the clerk's whose result was never computed (a file saved by a program that
  // does not calculate): its value is unknown, and the formula is kept.
  if (st.kind === "blank" && c.raw?.formula) return null;
  if (st.kind === "count") {
    if (result !== null && st.value !== result) {
      res.conflicts.push({
        sheet: form.sheet,
        row: c.row,
        col: c.col,
        message: MSG_06A.fillConflict(COLUMN_NO[k], st.asText ? `"${st.value}"` : st.value, result),
      });
      return st.value;
    }
    if (c.raw?.formula) return st.value; // already a formula that agrees: keep the clerk's formula
  }
  if (result === null && st.kind === "count") return st.value;
  res.edits.cells.push({
    sheet: form.sheet,
    row: c.row,
    col: c.col,
    formula,
    result,
    ...(style ? { style } : {}),
  });
  res.filled.push({
    sheet: form.sheet,
    row: c.row,
    col: c.col,
    what: `=${formula}` + (result !== null ? ` → ${result}` : ""),
  });
  return result;
}

/** Whether a cell lies under a merged area without being its top-left cell (Excel shows the top-left cell's value there). */
function hiddenByMerge(sheet: Sheet, c: { row: number; col: number }): boolean {
  const m = sheet.mergeAt(c.row, c.col);
  return m !== null && (m.top !== c.row || m.left !== c.col);
}

/** The rows first…last as contiguous runs [from, to] that leave out `skip`. */
function rowSegments(first: number, last: number, skip: number[]): [number, number][] {
  const out: [number, number][] = [];
  let start = first;
  for (const s of [...skip].filter((r) => r >= first && r <= last).sort((a, b) => a - b)) {
    if (s > start) out.push([start, s - 1]);
    start = s + 1;
  }
  if (start <= last) out.push([start, last]);
  return out;
}

/** One ratio of the percentage block: the sum of `num`'s columns over the sum of `den`'s. */
interface PercentSpec {
  header: string;
  num: CountKey[];
  den: CountKey[];
}

const PERCENTS: PercentSpec[] = [
  { header: PERCENT_BLOCK.headers[0], num: ["early"], den: ["resolved"] },
  { header: PERCENT_BLOCK.headers[1], num: ["onTime"], den: ["resolved"] },
  { header: PERCENT_BLOCK.headers[2], num: ["late"], den: ["resolved"] },
  { header: PERCENT_BLOCK.headers[3], num: ["early", "onTime"], den: ["resolved"] },
  { header: PERCENT_BLOCK.headers[4], num: ["online"], den: ["online", "direct"] },
  { header: PERCENT_BLOCK.headers[5], num: ["overdue"], den: ["pending"] },
];

/** A sum of cells as a formula term: "D10", or "(D10+E10)" when there are several. */
function sumTerm(keys: CountKey[], ref: (k: CountKey) => string): string {
  const refs = keys.map(ref);
  return refs.length === 1 ? refs[0] : `(${refs.join("+")})`;
}

function sumOf(keys: CountKey[], get: (k: CountKey) => number): number {
  return keys.reduce((acc, k) => acc + get(k), 0);
}

function writePercentBlock(
  res: FillResult,
  sheet: Sheet,
  form: Form06a,
  rows: number[],
  valueOf: (row: number, k: CountKey) => number | null
): void {
  const left = form.range.right + 2;
  const right = left + PERCENTS.length - 1;
  const top = form.headerTop;
  // A form at Excel's right edge leaves no room for the block (16,384 columns): said, not written.
  if (right > EXCEL_MAX_COLS) {
    res.conflicts.push({
      sheet: form.sheet,
      row: top,
      col: form.range.right,
      message: MSG_06A.fillBlockNoRoom(colLetter(EXCEL_MAX_COLS), EXCEL_MAX_COLS),
    });
    return;
  }
  const subTop = Math.min(top + 1, form.headerBottom);
  const cells: CellEdit[] = [];
  const merges: Rect[] = [];
  const border = { border: true, wrap: true, horizontal: "center" as const };

  cells.push({
    sheet: form.sheet,
    row: top,
    col: left,
    value: PERCENT_BLOCK.title,
    style: { ...border, bold: true },
  });
  if (right > left) merges.push({ top, left, bottom: top, right });
  PERCENTS.forEach((p, i) => {
    if (subTop > top) {
      cells.push({
        sheet: form.sheet,
        row: subTop,
        col: left + i,
        value: p.header,
        style: { ...border, bold: true },
      });
      if (form.headerBottom > subTop)
        merges.push({ top: subTop, left: left + i, bottom: form.headerBottom, right: left + i });
    }
  });
  for (const r of rows) {
    const ref = (k: CountKey) => `${colLetter(form.cols[k])}${r}`;
    const get = (k: CountKey) => valueOf(r, k);
    PERCENTS.forEach((p, i) => {
      const num = sumTerm(p.num, ref);
      const den = sumTerm(p.den, ref);
      const formula = `IF(${den}=0,"",${num}/${den})`;
      let result: number | null = null;
      const known = COUNT_KEYS.every((k) => get(k) !== null);
      if (known) {
        const g = (k: CountKey) => get(k) as number;
        const denValue = sumOf(p.den, g);
        result = denValue === 0 ? null : sumOf(p.num, g) / denValue;
      }
      cells.push({
        sheet: form.sheet,
        row: r,
        col: left + i,
        formula,
        result,
        numberFormat: PERCENT_FORMAT,
        style: { border: true },
      });
    });
  }

  // Never write over a clerk's data: the block goes in only if its cells are empty or already ours.
  const free = (e: CellEdit): boolean => {
    if (hiddenByMerge(sheet, e)) return false;
    if (sheet.isEmpty(e.row, e.col)) return true;
    return e.formula !== undefined
      ? sheet.cell(e.row, e.col)?.formula === e.formula
      : sheet.text(e.row, e.col) === e.value;
  };
  for (const e of cells) {
    if (!free(e)) {
      res.conflicts.push({
        sheet: form.sheet,
        row: e.row,
        col: e.col,
        message: MSG_06A.fillBlockOccupied(addr(e.row, e.col)),
      });
      return;
    }
  }
  let written = 0;
  for (const e of cells) {
    const cur = sheet.cell(e.row, e.col);
    if (e.formula !== undefined ? cur?.formula === e.formula : !sheet.isEmpty(e.row, e.col))
      continue;
    res.edits.cells.push(e);
    written++;
  }
  if (written === 0) return;
  const existing = new Set(sheet.merges.map((m) => `${m.top}:${m.left}:${m.bottom}:${m.right}`));
  for (const m of merges)
    if (!existing.has(`${m.top}:${m.left}:${m.bottom}:${m.right}`))
      res.edits.merges!.push({ sheet: form.sheet, rect: m });
  append(
    res.edits.columnWidths!,
    PERCENTS.map((_, i) => ({ sheet: form.sheet, col: left + i, width: 14 }))
  );
  res.filled.push({
    sheet: form.sheet,
    row: top,
    col: left,
    what: `${PERCENT_BLOCK.title} (${addr(top, left)}:${addr(rows[rows.length - 1] ?? top, right)})`,
  });
}
