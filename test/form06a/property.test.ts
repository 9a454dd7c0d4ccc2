// Property tests (fast-check): fill then check is clean on random valid forms; nothing throws
// on random grids or random mutations; each single mutation of an input cell of a filled form
// is caught by the rule that should catch it.
import fc from "fast-check";
import { addr, CellSnapshot, SheetSnapshot, WorkbookSnapshot } from "../../src/core/grid";
import { applyEditsToSnapshot, sheetFromRows } from "../../src/core/snapshotEdits";
import {
  check06a,
  COUNT_KEYS,
  CountKey,
  DERIVED,
  fill06a,
  INPUT_KEYS,
  locate06a,
  locateAll,
  LocateError,
} from "../../src/core/form06a";
import { build06a, Build06aOptions, counts, RowSpec, seen, Val } from "../helpers/form06a";

const RUNS = 150;

/** A random valid form: 1–60 fields, whole inputs, derived cells blank or correct, any layout. */
const validForm = fc
  .record({
    inputs: fc.array(
      fc.array(fc.oneof(fc.nat(40), fc.nat(5000), fc.constant(0)), { minLength: 8, maxLength: 8 }),
      { minLength: 1, maxLength: 60 }
    ),
    blankZeros: fc.array(fc.boolean(), { minLength: 64, maxLength: 64 }),
    derivedShown: fc.array(fc.boolean(), { minLength: 200, maxLength: 200 }),
    total: fc.constantFrom("last" as const, "first" as const, "none" as const),
    totalShown: fc.boolean(),
    top: fc.integer({ min: 6, max: 30 }),
    left: fc.integer({ min: 1, max: 8 }),
    header: fc.constantFrom(2 as const, 3 as const),
    numbering: fc.boolean(),
    nfd: fc.boolean(),
    upper: fc.boolean(),
    merges: fc.boolean(),
  })
  .map((g) => {
    let d = 0;
    let z = 0;
    const sums = new Array(11).fill(0);
    const rows: RowSpec[] = g.inputs.map((n, i) => {
      // Received (4)+(5)+(6) is split over early, on time, late, within time, overdue: (3) = (7) + (11).
      let rest = n[0] + n[1] + n[2];
      const take = (x: number) => {
        const t = Math.min(rest, x);
        rest -= t;
        return t;
      };
      const early = take(n[3]);
      const onTime = take(n[4]);
      const late = take(n[5]);
      const within = take(n[6]);
      const full: Val[] = counts(n[0], n[1], n[2], early, onTime, late, within, rest);
      full.forEach((v, j) => (sums[j] += v as number));
      // Zero inputs are sometimes left blank (fill writes 0); derived cells are shown or blank at random.
      for (const k of INPUT_KEYS)
        if (full[COUNT_KEYS.indexOf(k)] === 0 && g.blankZeros[z++ % 64])
          full[COUNT_KEYS.indexOf(k)] = null;
      for (const dk of DERIVED)
        if (!g.derivedShown[d++ % 200]) full[COUNT_KEYS.indexOf(dk.key)] = null;
      return { name: `Lĩnh vực số ${i + 1}`, counts: full };
    });
    const o: Build06aOptions = {
      total: g.total,
      totalValues: g.totalShown ? sums : new Array(11).fill(null),
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

/** Fill, then the workbook as a host would leave it. */
function filled(wb: WorkbookSnapshot) {
  const form = locate06a(wb);
  const res = fill06a(wb, form);
  return { form, res, after: applyEditsToSnapshot(wb, res.edits) };
}

describe("fill then check", () => {
  test("a random valid form, once filled, has no error, no blank, no missing total", () => {
    fc.assert(
      fc.property(validForm, ({ rows, o }) => {
        const b = build06a(rows, o);
        const { res, after } = filled(b.wb);
        expect(res.conflicts).toEqual([]);
        const form2 = locate06a(after);
        expect(form2.rows).toHaveLength(rows.length);
        const bad = seen(check06a(form2)).filter(
          (f) => f.severity === "error" || f.rule === "06a/blank" || f.rule === "06a/missing-total"
        );
        expect(bad).toEqual([]);
        // And a second fill changes nothing.
        expect(fill06a(after, form2).edits.cells).toEqual([]);
      }),
      { numRuns: RUNS }
    );
  });
});

// ---- Random grids and mutations never throw ------------------------------------------------

const WORDS = [
  "STT",
  "TT",
  "Lĩnh vực",
  "Đơn vị",
  "Số hồ sơ nhận giải quyết",
  "Số hồ sơ đã giải quyết",
  "Số lượng hồ sơ đang giải quyết",
  "Tổng số",
  "Trong đó",
  "Trực tuyến",
  "Trực tiếp, dịch vụ bưu chính",
  "Từ kỳ trước",
  "Trước hạn",
  "Đúng hạn",
  "Quá hạn",
  "Trong hạn",
  "Tổng cộng",
  "-Tổng-",
  "NGƯỜI LẬP BIỂU",
  "(Từ ngày 15/12/2023 đến ngày 14/03/2024)",
  "(Từ ngày 31/02/2024 đến ngày 99/99/9999)",
  "Đơn vị báo cáo:",
  "Đơn vị nhận báo cáo:",
  "UBND phường Phú Sơn",
  "(1)",
  "(13)",
  "1.234",
  "31",
  "-5",
  "",
  "   ",
];

const cellValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.constant(null) },
  { weight: 4, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 3, arbitrary: fc.integer({ min: -10, max: 200 }) },
  { weight: 1, arbitrary: fc.double({ noNaN: false }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      { error: "#REF!" },
      { error: "#VALUE!" },
      { error: "#DIV/0!" },
      true,
      false,
      new Date(Date.UTC(2024, 2, 14))
    ),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      "=SUM(A1:A2)",
      { value: 7, formula: "SUM(D10:F10)" },
      { value: null, formula: "X" }
    ),
  }
);

const randomSheet: fc.Arbitrary<SheetSnapshot> = fc
  .record({
    rows: fc.array(fc.array(cellValue, { maxLength: 18 }), { maxLength: 24 }),
    top: fc.integer({ min: 1, max: 40 }),
    left: fc.integer({ min: 1, max: 10 }),
    merges: fc.array(
      fc
        .record({
          top: fc.integer({ min: 1, max: 30 }),
          left: fc.integer({ min: 1, max: 20 }),
          h: fc.nat(3),
          w: fc.nat(4),
        })
        .map((m) => ({ top: m.top, left: m.left, bottom: m.top + m.h, right: m.left + m.w })),
      { maxLength: 6 }
    ),
  })
  .map((g) => sheetFromRows("S", g.rows, { top: g.top, left: g.left, merges: g.merges }));

/** locate / check / fill / apply on anything: only LocateError may come out. */
function runAll(wb: WorkbookSnapshot): void {
  for (const form of locateAll(wb)) {
    check06a(form, form);
    const res = fill06a(wb, form);
    const after = applyEditsToSnapshot(wb, res.edits);
    for (const f2 of locateAll(after)) check06a(f2);
  }
  try {
    const form = locate06a(wb);
    check06a(form, null);
  } catch (e) {
    if (!(e instanceof LocateError)) throw e;
    expect(e.message).toMatch(/Biểu 06a|trang tính/);
  }
}

describe("never throws", () => {
  test("random grids", () => {
    fc.assert(
      fc.property(fc.array(randomSheet, { maxLength: 3 }), (sheets) => {
        runAll({ sheets: sheets.map((s, i) => ({ ...s, name: "S" + i })) });
      }),
      { numRuns: RUNS }
    );
  });

  test("random mutations of a valid form (header, title, body, merges)", () => {
    fc.assert(
      fc.property(
        validForm,
        fc.array(
          fc.record({
            r: fc.integer({ min: 1, max: 45 }),
            c: fc.integer({ min: 1, max: 25 }),
            v: cellValue,
          }),
          { minLength: 1, maxLength: 12 }
        ),
        fc.boolean(),
        ({ rows, o }, muts, dropMerges) => {
          const b = build06a(rows.slice(0, 20), o);
          const wb = applyEditsToSnapshot(b.wb, {
            cells: muts.map((m) => {
              const v = m.v as unknown;
              if (typeof v === "string" && v.startsWith("="))
                return { sheet: b.sheet, row: m.r, col: m.c, formula: v.slice(1) };
              if (v && typeof v === "object" && "formula" in v)
                return {
                  sheet: b.sheet,
                  row: m.r,
                  col: m.c,
                  formula: (v as CellSnapshot).formula,
                  result: (v as CellSnapshot).value as never,
                };
              return { sheet: b.sheet, row: m.r, col: m.c, value: v as never };
            }),
          });
          if (dropMerges) wb.sheets[0].merges = [];
          runAll(wb);
        }
      ),
      { numRuns: RUNS }
    );
  });
});

// ---- Each single mutation is caught by the rule that should catch it -------------------------

const GROUP_OF: Record<string, { rule: string; key: CountKey }> = {};
for (const d of DERIVED)
  for (const p of d.parts)
    GROUP_OF[p] = {
      rule:
        d.key === "received"
          ? "06a/received-sum"
          : d.key === "resolved"
            ? "06a/resolved-sum"
            : "06a/pending-sum",
      key: d.key,
    };

type Mutation =
  | { kind: "shift"; by: number }
  | { kind: "negative" }
  | { kind: "fraction" }
  | { kind: "text" }
  | { kind: "thousands" }
  | { kind: "as-text" };
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc
    .integer({ min: 1, max: 50 })
    .chain((k) => fc.constantFrom<Mutation>({ kind: "shift", by: k }, { kind: "shift", by: -k })),
  fc.constantFrom<Mutation>(
    { kind: "negative" },
    { kind: "fraction" },
    { kind: "text" },
    { kind: "thousands" },
    { kind: "as-text" }
  )
);

test("a single mutation of an input cell of a filled form is caught at the right cell by the right rule", () => {
  fc.assert(
    fc.property(
      validForm,
      fc.nat(),
      fc.constantFrom(...INPUT_KEYS),
      mutation,
      ({ rows, o }, ri, k, m) => {
        const b = build06a(rows, { ...o, total: o.total === "none" ? "last" : o.total });
        const { after } = filled(b.wb);
        const form = locate06a(after);
        const row = form.rows[ri % form.rows.length];
        const cell = row.counts[k];
        const v = cell.state.kind === "count" ? cell.state.value : 0;
        let nv: Val;
        let expected: string[];
        const at = addr(cell.row, cell.col);
        const derivedAt = addr(row.row, form.cols[GROUP_OF[k].key]);
        const totalAt = addr(form.total!.row, form.cols[k]);
        switch (m.kind) {
          case "shift":
            fc.pre(v + m.by >= 0);
            nv = v + m.by;
            // The derived cell and the total keep the results computed before: both disagree now.
            expected = [`${GROUP_OF[k].rule} ${derivedAt}`, `06a/total-row ${totalAt}`];
            break;
          case "negative":
            nv = -(v + 1);
            expected = [`06a/not-a-count ${at}`];
            break;
          case "fraction":
            nv = v + 0.5;
            expected = [`06a/not-a-count ${at}`];
            break;
          case "text":
            nv = "không rõ";
            expected = [`06a/not-a-count ${at}`];
            break;
          case "thousands":
            // A comma between groups of three is ambiguous (decimal comma or English grouping): not a count.
            nv = "1,234";
            expected = [`06a/not-a-count ${at}`];
            break;
          case "as-text":
            nv = String(v);
            expected = [];
            break;
        }
        const mutated = applyEditsToSnapshot(after, {
          cells: [{ sheet: form.sheet, row: cell.row, col: cell.col, value: nv as never }],
        });
        const found = seen(check06a(locate06a(mutated)));
        const errors = found.filter((f) => f.severity === "error");
        const sortKey = (s: string) => {
          const a = s.split(" ")[1];
          return [Number(a.replace(/^[A-Z]+/, "")), a.replace(/\d+$/, "").padStart(3, " ")].join(
            ":"
          );
        };
        expect(errors.map((f) => `${f.rule} ${f.cell}`)).toEqual(
          [...expected].sort((x, y) =>
            sortKey(x).localeCompare(sortKey(y), "en", { numeric: true })
          )
        );
        if (m.kind === "thousands") expect(errors[0].message).toContain("1234");
        if (m.kind === "as-text")
          expect(found.map((f) => `${f.rule} ${f.cell}`)).toContain(`06a/number-as-text ${at}`);
      }
    ),
    { numRuns: RUNS }
  );
});
