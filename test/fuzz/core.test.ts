// Fuzzing the core (fast-check, bounded runs): random grids and random mutations of valid forms
// and of the whole sample workbook go through analyse, fillAll, the check after the fill,
// reportDataOf and the report markup without a throw; and whenever every input cell is a valid
// count (and the counts balance: received = resolved + pending), the check after the fill has no
// error. The number of runs is printed at the end.
import fc from "fast-check";
import { SheetSnapshot, WorkbookSnapshot } from "../../src/core/grid";
import {
  COLUMN_NO,
  COUNT_KEYS,
  CountKey,
  DERIVED,
  INPUT_KEYS,
  locate06a,
  locateAll,
} from "../../src/core/form06a";
import { snapshotOf } from "../../src/host/xlsx";
import { buildSampleWorkbook } from "../../src/samples/build";
import { analyse } from "../../src/core/workbook";
import { build06a, Build06aOptions, counts, RowSpec, seen, Val } from "../helpers/form06a";
import { counted, mutate, mutation, Mutation, pipeline, randomSheet, runCount } from "./fuzz";
import { deleteCol, duplicateRow, insertCol, put, swapRows } from "../corpus/edit";

const started = Date.now();
afterAll(() =>
  process.stdout.write(
    `fuzz (core): ${runCount()} runs in ${((Date.now() - started) / 1000).toFixed(1)} s\n`
  )
);

// ---- A random valid form ----------------------------------------------------------------------

/**
 * Eleven counts from eight whole numbers, consistent: received (4)+(5)+(6) is split over early,
 * on time, late, within time and overdue, so (3) = (7) + (11). (Valid counts that do not balance
 * are a real error, which fill cannot and must not hide.)
 */
function balanced(n: number[]): number[] {
  let rest = n[0] + n[1] + n[2];
  const take = (x: number) => {
    const t = Math.min(rest, x);
    rest -= t;
    return t;
  };
  return counts(n[0], n[1], n[2], take(n[3]), take(n[4]), take(n[5]), take(n[6]), rest);
}

interface ValidForm {
  rows: RowSpec[];
  o: Build06aOptions;
}

/** 1–15 fields with whole inputs; derived cells blank or right; the total blank; any layout. */
const validForm: fc.Arbitrary<ValidForm> = fc
  .record({
    inputs: fc.array(
      fc.array(fc.oneof(fc.nat(30), fc.nat(3000), fc.constant(0)), { minLength: 8, maxLength: 8 }),
      { minLength: 1, maxLength: 15 }
    ),
    blankZeros: fc.array(fc.boolean(), { minLength: 32, maxLength: 32 }),
    derivedShown: fc.array(fc.boolean(), { minLength: 75, maxLength: 75 }),
    total: fc.constantFrom("last" as const, "first" as const, "none" as const),
    top: fc.integer({ min: 6, max: 20 }),
    left: fc.integer({ min: 1, max: 5 }),
    header: fc.constantFrom(2 as const, 3 as const),
    numbering: fc.boolean(),
    nfd: fc.boolean(),
    upper: fc.boolean(),
    merges: fc.boolean(),
  })
  .map((g) => {
    let d = 0;
    let z = 0;
    const rows: RowSpec[] = g.inputs.map((n, i) => {
      const full: Val[] = balanced(n);
      for (const k of INPUT_KEYS)
        if (full[COUNT_KEYS.indexOf(k)] === 0 && g.blankZeros[z++ % 32])
          full[COUNT_KEYS.indexOf(k)] = null;
      for (const dk of DERIVED)
        if (!g.derivedShown[d++ % 75]) full[COUNT_KEYS.indexOf(dk.key)] = null;
      return { name: `Lĩnh vực số ${i + 1}`, counts: full };
    });
    const o: Build06aOptions = {
      total: g.total,
      totalValues: new Array(11).fill(null),
      top: g.top,
      left: g.left,
      header: g.header,
      numbering: g.numbering,
      nfd: g.nfd,
      upper: g.upper,
      merges: g.merges,
    };
    return { rows, o };
  });

/**
 * Mutations that keep every input a valid count: whole data rows moved, columns added outside the
 * groups, figures replaced by other whole numbers.
 */
type SafeMutation =
  | { kind: "delete-row"; i: number }
  | { kind: "duplicate-row"; i: number; j: number }
  | { kind: "swap-rows"; i: number; j: number }
  | { kind: "column-left" }
  | { kind: "column-right"; text: string }
  | { kind: "recount"; i: number; n: number[] };

const safeMutation: fc.Arbitrary<SafeMutation> = fc.oneof(
  fc.record({ kind: fc.constant("delete-row" as const), i: fc.nat() }),
  fc.record({ kind: fc.constant("duplicate-row" as const), i: fc.nat(), j: fc.nat() }),
  fc.record({ kind: fc.constant("swap-rows" as const), i: fc.nat(), j: fc.nat() }),
  fc.constant({ kind: "column-left" as const }),
  fc.record({
    kind: fc.constant("column-right" as const),
    text: fc.constantFrom("Ghi chú", "Tổng số", "Quá hạn", "12", ""),
  }),
  fc.record({
    kind: fc.constant("recount" as const),
    i: fc.nat(),
    n: fc.array(fc.nat(500), { minLength: 8, maxLength: 8 }),
  })
);

function applySafe(f: ValidForm, muts: SafeMutation[]): WorkbookSnapshot {
  const b = build06a(f.rows, f.o);
  const s = b.wb.sheets[0] as SheetSnapshot;
  let data = [...b.dataRows];
  let shift = 0; // columns inserted left of the form
  const col = (k: (typeof COUNT_KEYS)[number]) => b.col(k) + shift;
  const pick = (i: number) => data[i % data.length];
  for (const m of muts) {
    if (data.length === 0) break;
    switch (m.kind) {
      case "delete-row": {
        const r = pick(m.i);
        s.data.splice(r - s.top, 1);
        data = data.filter((x) => x !== r).map((x) => (x > r ? x - 1 : x));
        break;
      }
      case "duplicate-row": {
        const from = pick(m.i);
        const to = pick(m.j);
        duplicateRow(s, from, to);
        data = [...data.map((x) => (x >= to ? x + 1 : x)), to].sort((a, c) => a - c);
        break;
      }
      case "swap-rows":
        swapRows(s, pick(m.i), pick(m.j));
        break;
      case "column-left":
        insertCol(s, s.left);
        shift++;
        break;
      case "column-right": {
        const right = col("overdue") + 1;
        insertCol(s, right);
        for (const r of data) put(s, r, right, m.text);
        break;
      }
      case "recount": {
        // A row's figures replaced by other whole numbers that still balance, derived cells cleared (fill computes them).
        const r = pick(m.i);
        const full = balanced(m.n);
        full.forEach((v, k) =>
          put(s, r, col(COUNT_KEYS[k]), DERIVED.some((d) => d.key === COUNT_KEYS[k]) ? null : v)
        );
        break;
      }
    }
  }
  return b.wb;
}

describe("fill then check", () => {
  test("every input a valid count: after fill, no error — whatever the layout and the row moves", () => {
    fc.assert(
      fc.property(validForm, fc.array(safeMutation, { maxLength: 5 }), (f, muts) => {
        counted();
        const wb = applySafe(f, muts);
        const { a, after } = pipeline(wb);
        expect(a.form).not.toBeNull();
        const errors = seen(analyse(after).findings).filter((x) => x.severity === "error");
        expect(errors).toEqual([]);
      }),
      { numRuns: 250 }
    );
  });
});

// ---- Near misses -------------------------------------------------------------------------------

/** The count columns that are not the first of their group (the first holds the group's title). */
const INNER_COLUMNS: CountKey[] = COUNT_KEYS.filter((k) => ![3, 7, 11].includes(COLUMN_NO[k]));

describe("near misses", () => {
  test("one column deleted inside a group, in any layout: no form, and the message names the header row and that column", () => {
    fc.assert(
      fc.property(validForm, fc.constantFrom(...INNER_COLUMNS), (f, k) => {
        counted();
        const b = build06a(f.rows.slice(0, 6), f.o);
        const s = b.wb.sheets[0] as SheetSnapshot;
        deleteCol(s, b.col(k));
        // Not read as a form (a group narrower than its columns is never one)…
        expect(locateAll(b.wb)).toEqual([]);
        // …and refused with the header's row and the missing column by its number.
        let message = "";
        try {
          locate06a(b.wb);
        } catch (e) {
          message = (e as Error).message;
        }
        expect(message).toContain(`dòng ${b.headerTop} có tiêu đề giống Biểu 06a`);
        expect(message).toMatch(new RegExp(`thiếu cột [^:;]*\\(${COLUMN_NO[k]}\\)`));
      }),
      { numRuns: 120 }
    );
  });
});

// ---- Nothing throws ---------------------------------------------------------------------------

describe("never throws", () => {
  test("random grids (1–3 sheets of any values, merges anywhere)", () => {
    fc.assert(
      fc.property(fc.array(randomSheet, { minLength: 1, maxLength: 3 }), (sheets) => {
        counted();
        pipeline({
          sheets: sheets.map((s, i) => ({
            ...s,
            name: ["Biểu 06a", "Đánh giá", "Thuyết minh"][i],
          })),
        });
      }),
      { numRuns: 330 }
    );
  });

  test("random mutations of a valid form: cells, rows, columns, header words, merges", () => {
    fc.assert(
      fc.property(
        validForm,
        fc.array(mutation(40, 18), { minLength: 1, maxLength: 10 }),
        (f, muts: Mutation[]) => {
          counted();
          const b = build06a(f.rows.slice(0, 12), f.o);
          pipeline({ sheets: [mutate(b.wb.sheets[0] as SheetSnapshot, muts)] });
        }
      ),
      { numRuns: 300 }
    );
  });

  const sample = snapshotOf(buildSampleWorkbook());

  test("random mutations of the whole sample: Biểu 06a, evaluation, ballots, text sheet", () => {
    const sheetNo = fc.nat(sample.sheets.length - 1);
    fc.assert(
      fc.property(
        fc.array(fc.tuple(sheetNo, mutation(70, 14)), { minLength: 1, maxLength: 8 }),
        (muts) => {
          counted();
          const sheets = sample.sheets.map((s, i) => {
            const mine = muts.filter(([n]) => n === i).map(([, m]) => m);
            return mine.length ? mutate(s, mine) : s;
          });
          pipeline({ sheets });
        }
      ),
      { numRuns: 100 }
    );
  });

  test("deleting any column of the sample's Biểu 06a, evaluation or ballots never throws", () => {
    fc.assert(
      fc.property(fc.nat(2), fc.integer({ min: 1, max: 14 }), (n, col) => {
        counted();
        const sheets = sample.sheets.map((s, i) => {
          if (i !== n) return s;
          const c: SheetSnapshot = {
            ...s,
            data: s.data.map((r) => (r ? [...r] : r)),
            merges: s.merges.map((m) => ({ ...m })),
          };
          deleteCol(c, col);
          return c;
        });
        pipeline({ sheets });
      }),
      { numRuns: 30 }
    );
  });
});
