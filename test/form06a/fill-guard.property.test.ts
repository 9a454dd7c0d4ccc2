// Property (issue 10): fill never writes into a merged area's non-first cell, into a cell holding
// text, or into a group (section) row; every non-empty cell it touches held a count and keeps its
// value (a typed count that agrees may become its formula). Random forms with group rows, text
// cells and merges laid over the body at random.
import fc from "fast-check";
import { addr, Rect, Sheet, WorkbookSnapshot } from "../../src/core/grid";
import { fill06a, locate06a, LocateError } from "../../src/core/form06a";
import { parseCount } from "../../src/core/text/numbers";
import { build06a, RowSpec, Val } from "../helpers/form06a";

const RUNS = 200;

const cellValue: fc.Arbitrary<Val> = fc.oneof(
  { weight: 6, arbitrary: fc.nat(30) },
  { weight: 2, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.constantFrom("x", "—", "ghi chú", "31", "1.234", "không có") }
);

const rowSpec: fc.Arbitrary<RowSpec> = fc.oneof(
  {
    weight: 5,
    arbitrary: fc
      .array(cellValue, { minLength: 11, maxLength: 11 })
      .map((counts): RowSpec => ({ name: "Lĩnh vực", counts })),
  },
  {
    weight: 1,
    arbitrary: fc
      .constantFrom("Sở, ban, ngành", "Huyện, thị xã, thành phố", "Xã, phường, thị trấn")
      .map((name): RowSpec => ({ name, counts: [], kind: "group" })),
  },
  {
    weight: 1,
    arbitrary: fc
      .array(fc.oneof(fc.nat(60), fc.constant(null)), { minLength: 11, maxLength: 11 })
      .map((counts): RowSpec => ({ stt: null, name: "Cộng", counts, kind: "subtotal" })),
  }
);

const scenario = fc.record({
  rows: fc.array(rowSpec, { minLength: 1, maxLength: 14 }),
  total: fc.constantFrom("last" as const, "first" as const, "none" as const),
  totalShown: fc.boolean(),
  numbering: fc.boolean(),
  /** Merges over the body: [row offset, col offset, height, width] from the first body row / first column. */
  merges: fc.array(
    fc.tuple(
      fc.nat(16),
      fc.nat(20),
      fc.integer({ min: 1, max: 3 }),
      fc.integer({ min: 1, max: 5 })
    ),
    { maxLength: 6 }
  ),
});

const overlaps = (a: Rect, b: Rect) =>
  a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;

/** Lay a merge over the sheet as Excel keeps it: the hidden cells are emptied. */
function addMerge(wb: WorkbookSnapshot, rect: Rect): void {
  const s = wb.sheets[wb.sheets.length - 1];
  if (rect.bottom === rect.top && rect.right === rect.left) return;
  if (s.merges.some((m) => overlaps(m, rect))) return;
  s.merges.push(rect);
  for (let r = rect.top; r <= rect.bottom; r++)
    for (let c = rect.left; c <= rect.right; c++) {
      if (r === rect.top && c === rect.left) continue;
      const line = s.data[r - s.top];
      if (line && c - s.left < line.length) line[c - s.left] = null;
    }
}

test("fill writes into no hidden merged cell, no text cell, no group row; touched cells keep their value", () => {
  let located = 0;
  fc.assert(
    fc.property(scenario, (g) => {
      const b = build06a(g.rows, {
        total: g.total,
        totalValues: g.totalShown ? "sum" : new Array(11).fill(null),
        numbering: g.numbering,
      });
      const groupRows = g.rows
        .map((r, i) => (r.kind === "group" ? b.dataRows[i] : 0))
        .filter(Boolean);
      const firstBody = b.headerBottom + 1;
      for (const [dr, dc, h, w] of g.merges)
        addMerge(b.wb, {
          top: firstBody + dr,
          left: 1 + dc,
          bottom: firstBody + dr + h - 1,
          right: dc + w,
        });
      let form;
      try {
        form = locate06a(b.wb);
      } catch (e) {
        if (e instanceof LocateError) return;
        throw e;
      }
      located++;
      const sheet = new Sheet(b.wb.sheets[b.wb.sheets.length - 1]);
      const res = fill06a(b.wb, form);
      for (const e of res.edits.cells) {
        const at = addr(e.row, e.col);
        const m = sheet.mergeAt(e.row, e.col);
        // Our own percentage block may merge its title; nothing else lands inside a merge but its first cell.
        if (m) expect([at, m.top === e.row && m.left === e.col]).toEqual([at, true]);
        expect([at, groupRows.includes(e.row)]).toEqual([at, false]);
        for (const s of form.sections ?? []) expect([at, e.row === s.row]).toEqual([at, false]);
        if (sheet.isEmpty(e.row, e.col)) continue;
        const before = sheet.cell(e.row, e.col);
        const was = parseCount(before?.value ?? null);
        // A non-empty cell is touched only when it held a count, and only by its formula with that value.
        expect([at, was.kind]).toEqual([at, "count"]);
        expect([at, e.formula !== undefined]).toEqual([at, true]);
        if (e.result !== null && e.result !== undefined && was.kind === "count")
          expect([at, e.result]).toEqual([at, was.value]);
      }
    }),
    { numRuns: RUNS }
  );
  // The property is about forms: most scenarios must be located.
  expect(located).toBeGreaterThan(RUNS / 2);
});
