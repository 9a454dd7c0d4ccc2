// Total rows in odd places:
// - a duplicated total row was read as a field named "Tổng cộng": every total cell got a
//   06a/total-row error ("tổng các dòng lĩnh vực là 182" for 91), and fill's SUM took it in;
// - a total row between the data rows got "=SUM(C10:C14)" from fill: a circular reference
//   (the total sums itself).
import { addr, colLetter, SheetSnapshot } from "../../../src/core/grid";
import { COUNT_KEYS } from "../../../src/core/form06a";
import { analyse, fillAll } from "../../../src/core/workbook";
import { applyEditsToSnapshot } from "../../../src/core/snapshotEdits";
import { build06a, Built06a, counts, ROWS_OK, RowSpec, seen } from "../../helpers/form06a";
import { duplicateRow, put } from "../edit";

const ROWS: RowSpec[] = [
  ...ROWS_OK,
  { name: "Lĩnh vực Tư pháp", counts: counts(2, 3, 1, 2, 1, 1, 2, 0) },
].map((r, i) => ({ ...r, stt: i + 1 }));

/** Every formula fill writes, with the cell it is written to; none may refer to its own cell. */
function formulas(b: Built06a) {
  const a = analyse(b.wb);
  const f = fillAll(b.wb, a);
  const written = f.edits.cells
    .filter((e) => e.formula !== undefined)
    .map((e) => ({ at: addr(e.row, e.col), formula: e.formula as string }));
  return { a, f, written };
}

/** Whether "SUM(C10:C11,C13)" covers cell C12. */
function covers(formula: string, at: string): boolean {
  const col = at.replace(/\d+$/, "");
  const row = Number(at.replace(/^[A-Z]+/, ""));
  return [...formula.matchAll(/([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?/g)].some((m) => {
    const [c1, r1, c2, r2] = [m[1], Number(m[2]), m[3] ?? m[1], Number(m[4] ?? m[2])];
    return c1 <= col && col <= c2 && r1 <= row && row <= r2;
  });
}

test("a duplicated total row is a second total, not a field: no error when it agrees", () => {
  const b = build06a(ROWS);
  const s = b.wb.sheets[0] as SheetSnapshot;
  duplicateRow(s, b.totalRow as number, (b.totalRow as number) + 1);
  const { a, f, written } = formulas(b);
  expect(a.form?.rows.map((r) => r.name)).toEqual(ROWS.map((r) => r.name));
  expect(a.form?.extraTotals?.map((r) => r.row)).toEqual([(b.totalRow as number) + 1]);
  expect(seen(a.findings)).toEqual([]);
  expect(f.conflicts).toEqual([]);
  for (const w of written) expect(covers(w.formula, w.at)).toBe(false);
});

test("a duplicated total row that disagrees is checked like the total", () => {
  const b = build06a(ROWS);
  const s = b.wb.sheets[0] as SheetSnapshot;
  const copy = (b.totalRow as number) + 1;
  duplicateRow(s, b.totalRow as number, copy);
  put(s, copy, 4, 1);
  const { a } = formulas(b);
  expect(seen(a.findings).map((x) => `${x.rule} ${x.cell}`)).toEqual([
    `06a/received-sum C${copy}`,
    `06a/total-row D${copy}`,
  ]);
});

test("a total row between the data rows: fill's SUM leaves it out (no circular reference)", () => {
  const b = build06a(ROWS, { totalValues: new Array(11).fill(null) });
  const s = b.wb.sheets[0] as SheetSnapshot;
  // Move the total row up between the second and the third field.
  const total = b.totalRow as number;
  const line = s.data[total - s.top];
  s.data.splice(total - s.top, 1);
  s.data.splice(b.dataRows[2] - s.top, 0, line);
  const { a, f, written } = formulas(b);
  const t = b.dataRows[2];
  expect(a.form?.total?.row).toBe(t);
  expect(a.form?.rows.map((r) => r.row)).toEqual([b.dataRows[0], b.dataRows[1], t + 1, t + 2]);
  const totals = written.filter((w) => Number(w.at.replace(/^[A-Z]+/, "")) === t);
  expect(totals.map((w) => w.formula)).toContain(`SUM(C${t - 2}:C${t - 1},C${t + 1}:C${t + 2})`);
  for (const w of written) expect(covers(w.formula, w.at)).toBe(false);
  const after = applyEditsToSnapshot(b.wb, f.edits);
  expect(analyse(after).findings).toEqual([]);
  // The totals it computed are the column sums of the four fields.
  const sums = COUNT_KEYS.map((_, i) => ROWS.reduce((x, r) => x + (r.counts[i] as number), 0));
  const form2 = analyse(after).form!;
  expect(COUNT_KEYS.map((k) => (form2.total!.counts[k].state as { value: number }).value)).toEqual(
    sums
  );
  expect(colLetter(form2.cols.received)).toBe("C");
});
