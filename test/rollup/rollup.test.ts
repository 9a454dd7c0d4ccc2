// The roll-up's figures: district sums are the sums of the inputs (property over random units),
// the district workbook's Biểu 06a checks clean and holds the same figures, periods that differ
// are flagged, units' evaluations and findings are summarised.
import fc from "fast-check";
import { COUNT_KEYS, DERIVED_KEYS, locate06a } from "../../src/core/form06a";
import { FIELD_HEADER } from "../../src/core/form06a/layout";
import {
  layoutDistrict,
  rollup,
  rollupSnapshots,
  summariseUnit,
  UnitSummary,
} from "../../src/core/rollup";
import { layout06a } from "../../src/core/form06a/layout";
import { analyse, totalsOf } from "../../src/core/workbook";
import { ROLLUP_SHEETS } from "../../src/core/messages/rollup";
import { applyEditsToSnapshot } from "../../src/core/snapshotEdits";
import { randomUnit, rng, sumCounts, unitSnapshot, validCounts, Q1_2024 } from "./helpers";
import { SAMPLE_06A_ROWS } from "../../src/samples/sample06a";

const INPUT_IDX = COUNT_KEYS.map((k, i) => [k, i] as const).filter(([k]) => !DERIVED_KEYS.has(k));

function summary(
  name: string,
  rows: { name: string; counts: number[] }[],
  extra: Partial<UnitSummary> = {}
): UnitSummary {
  return {
    file: name + ".xlsx",
    unit: name,
    unitFromFile: false,
    period: { from: "2023-12-15", to: "2024-03-14" },
    rows,
    total: sumCounts(rows.map((r) => r.counts)),
    evaluation: null,
    findings: { errors: 0, warnings: 0, byRule: {}, first: [] },
    ...extra,
  };
}

// A unit: some of a few field names (in random spellings), with valid counts.
const FIELDS = [
  "Lĩnh vực Hộ tịch",
  "Lĩnh vực Chứng thực",
  "Giáo dục và Đào tạo",
  "Lĩnh vực Xây dựng",
  "Lĩnh vực Đất đai",
  "Người có công",
];
const spell = (name: string, how: number) =>
  [
    name,
    name.toUpperCase(),
    name.normalize("NFD"),
    "  " + name.replace(/ /g, "  ") + " ",
    name.replace(/^Lĩnh vực /, ""),
    "Lĩnh vực: " + name.replace(/^Lĩnh vực /, ""),
  ][how % 6];
const unitArb = fc
  .array(
    fc.tuple(
      fc.integer({ min: 0, max: FIELDS.length - 1 }),
      fc.integer({ min: 0, max: 5 }),
      fc.integer()
    ),
    { maxLength: 8 }
  )
  .map((rows) =>
    rows.map(([f, how, seed]) => ({
      field: f,
      name: spell(FIELDS[f], how),
      counts: validCounts(rng(seed)),
    }))
  );
const plain = (rows: { name: string; counts: number[] }[]) =>
  rows.map(({ name, counts }) => ({ name, counts }));

describe("sums (property)", () => {
  test("each district input column (by field, by unit, in total) is the sum of the units' rows; derived columns sum their parts", () => {
    fc.assert(
      fc.property(fc.array(unitArb, { minLength: 1, maxLength: 6 }), (unitsRows) => {
        const units = unitsRows.map((rows, i) => summary(`UBND PHƯỜNG ${i + 1}`, plain(rows)));
        const r = rollup(units);
        const all = units.flatMap((u) => u.rows.map((x) => x.counts));
        for (const [k, i] of INPUT_IDX) {
          const sum = all.reduce((s, c) => s + c[i], 0);
          expect(r.fields.reduce((s, f) => s + f.counts[k], 0)).toBe(sum);
          expect(r.byUnit.reduce((s, u) => s + u.counts[k], 0)).toBe(sum);
          expect(r.total[k]).toBe(sum);
          r.byUnit.forEach((u, j) =>
            expect(u.counts[k]).toBe(units[j].rows.reduce((s, x) => s + x.counts[i], 0))
          );
        }
        // Valid inputs: every derived column equals the units' typed one, summed.
        for (const k of DERIVED_KEYS) {
          const i = COUNT_KEYS.indexOf(k);
          expect(r.total[k]).toBe(all.reduce((s, c) => s + c[i], 0));
        }
        // Every spelling of a field lands in one row.
        expect(r.fields.length).toBe(new Set(unitsRows.flat().map((x) => x.field)).size);
      }),
      { numRuns: 150 }
    );
  });

  test("the district workbook's Biểu 06a checks clean and holds the roll-up's figures (property)", () => {
    fc.assert(
      fc.property(fc.array(unitArb, { minLength: 1, maxLength: 5 }), (unitsRows) => {
        const units = unitsRows.map((rows, i) => summary(`UBND XÃ ${i + 1}`, plain(rows)));
        const r = rollup(units);
        const d = layoutDistrict(r, { unit: "UBND THỊ XÃ BỈM SƠN" });
        expect(d.findings.filter((f) => f.severity === "error")).toEqual([]);
        const form = locate06a(d.snapshot, { sheet: ROLLUP_SHEETS.form06a });
        expect(form.rows.map((x) => x.name)).toEqual(r.fields.map((f) => f.name));
        const t = totalsOf(form);
        for (const k of COUNT_KEYS) expect(t[k]).toBe(r.total[k]);
        const per = locate06a(d.snapshot, { sheet: ROLLUP_SHEETS.byUnit });
        expect(per.rows.map((x) => x.name)).toEqual(units.map((u) => u.unit));
        const tu = totalsOf(per);
        for (const k of COUNT_KEYS) expect(tu[k]).toBe(r.total[k]);
      }),
      { numRuns: 40 }
    );
  });
});

describe("the district workbook", () => {
  const units = [
    randomUnit(1, "UBND PHƯỜNG BẮC SƠN"),
    randomUnit(2, "UBND PHƯỜNG ĐÔNG SƠN"),
    randomUnit(3, "UBND XÃ QUANG TRUNG"),
  ];
  const inputs = units.map((u, i) => ({ file: `u${i}.xlsx`, snapshot: unitSnapshot(u) }));
  const { rollup: r, district } = rollupSnapshots(inputs, { unit: "UBND THỊ XÃ BỈM SƠN" });

  test("sheets in order, named in Vietnamese; `check` (analyse) finds no error in the district 06a", () => {
    expect(district.snapshot.sheets.map((s) => s.name)).toEqual([
      "Biểu 06a",
      "Theo đơn vị",
      "Đánh giá theo đơn vị",
      "Tổng hợp lỗi",
      "Tên gọi khác của lĩnh vực",
    ]);
    const a = analyse(district.snapshot);
    expect(a.form?.sheet).toBe("Biểu 06a");
    expect(a.findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(a.evaluation).toBeNull(); // the per-unit evaluation sheet is not mistaken for a unit's table
  });

  test("the district by field merges the units' duplicated 'Lâm nghiệp' rows: 51 fields, totals = sum of the units' totals", () => {
    expect(r.fields).toHaveLength(51);
    const expected = sumCounts(units.map((u) => u.total));
    expect(COUNT_KEYS.map((k) => r.total[k])).toEqual(expected);
    expect(COUNT_KEYS.map((k) => totalsOf(district.form)[k])).toEqual(expected);
  });

  test("the per-unit sheet is the 'Đơn vị' variant of the form", () => {
    const per = locate06a(district.snapshot, { sheet: "Theo đơn vị" });
    expect(per.rows.map((x) => x.name)).toEqual(units.map((u) => u.unit));
    const sheet = district.snapshot.sheets.find((s) => s.name === "Theo đơn vị")!;
    expect(sheet.data[5][1]?.value).toBe("Đơn vị");
    const first = per.rows[0];
    units[0].total.forEach((v, i) =>
      expect(first.counts[COUNT_KEYS[i]].state).toMatchObject({ kind: "count", value: v })
    );
  });

  test("evaluations: the nine scores, total and grade per unit; the district's means and the grade of the mean total", () => {
    const e = r.evaluation;
    expect(e.rows.map((x) => x.scores)).toEqual(units.map((u) => u.scores));
    const totals = units.map((u) => Math.round(u.scores!.reduce((a, b) => a + b, 0) * 10) / 10);
    e.rows.forEach((x, i) => expect(x.total).toBeCloseTo(totals[i], 6));
    expect(
      e.rows.every((x) => x.basis === "appraised" && x.ballots === 50 && x.satisfied === 100)
    ).toBe(true);
    for (let i = 0; i < 9; i++)
      expect(e.means.scores[i]).toBeCloseTo(units.reduce((s, u) => s + u.scores![i], 0) / 3, 9);
    expect(e.means.total).toBeCloseTo(totals.reduce((a, b) => a + b, 0) / 3, 9);
    expect(e.means.ballots).toBe(150);
    expect(e.means.grade).toBe(e.means.total! > 15 ? "Xuất sắc" : "Tốt");
    // On the sheet: a row per unit, then the mean row with AVERAGE formulas and their results.
    const sheet = district.snapshot.sheets.find((s) => s.name === "Đánh giá theo đơn vị")!;
    const meanRow = sheet.data[5 + 3 - sheet.top]; // rows 5–7: the units; row 8: the means
    expect(meanRow[0]?.value).toBe("Bình quân");
    expect(meanRow[2]?.formula).toBe('IF(COUNT(C5:C7)=0,"",AVERAGE(C5:C7))');
    expect(meanRow[2]?.value).toBeCloseTo(e.means.scores[0]!, 9);
  });

  test("layout06a without the new option is unchanged (column (2) header); with it, 'Đơn vị'", () => {
    const base = { sheet: "S", unit: "U", period: Q1_2024, rows: [{ name: "Hộ tịch" }] };
    const plain = applyEditsToSnapshot({ sheets: [] }, layout06a(base));
    expect(plain.sheets[0].data[5][1]?.value).toBe(FIELD_HEADER);
    const units = applyEditsToSnapshot(
      { sheets: [] },
      layout06a({ ...base, nameHeader: "Đơn vị" })
    );
    expect(units.sheets[0].data[5][1]?.value).toBe("Đơn vị");
    expect(JSON.stringify(layout06a(base))).toBe(
      JSON.stringify(layout06a({ ...base, nameHeader: undefined }))
    );
  });
});

describe("periods, duplicates, units' findings", () => {
  const rows = [{ name: "Lĩnh vực Hộ tịch", counts: [1, 1, 0, 0, 1, 1, 0, 0, 0, 0, 0] }];

  test("a unit whose period differs from the majority is flagged; the district takes the majority's period", () => {
    const r = rollup([
      summary("UBND PHƯỜNG A", rows),
      summary("UBND PHƯỜNG B", rows, { period: { from: "2024-01-01", to: "2024-03-14" } }),
      summary("UBND PHƯỜNG C", rows),
      summary("UBND PHƯỜNG D", rows, { period: null }),
    ]);
    expect(r.period).toEqual(Q1_2024);
    expect(r.periodUnits).toBe(2);
    const p = r.notes.filter((n) => n.code === "rollup/period");
    expect(p).toHaveLength(1);
    expect(p[0]).toMatchObject({ severity: "warning", files: ["UBND PHƯỜNG B.xlsx"] });
    expect(p[0].message).toBe(
      'UBND PHƯỜNG B (tệp "UBND PHƯỜNG B.xlsx") báo cáo kỳ 01/01/2024 – 14/03/2024, ' +
        "khác kỳ của đa số đơn vị (15/12/2023 – 14/03/2024; 2/4 đơn vị)."
    );
    expect(r.notes.filter((n) => n.code === "rollup/no-period").map((n) => n.files)).toEqual([
      ["UBND PHƯỜNG D.xlsx"],
    ]);
    // The district workbook lists the notes on "Tổng hợp lỗi".
    const d = layoutDistrict(r);
    const texts = d.snapshot.sheets
      .find((s) => s.name === "Tổng hợp lỗi")!
      .data.flat()
      .map((c) => String(c?.value ?? ""));
    expect(texts).toContain(p[0].message);
  });

  test("equal periods: nothing flagged", () => {
    const r = rollup([summary("A", rows), summary("B", rows)]);
    expect(r.notes.filter((n) => /period/.test(n.code))).toEqual([]);
  });

  test("the same unit in two files is flagged", () => {
    const r = rollup([
      summary("UBND PHƯỜNG A", rows),
      { ...summary("UBND Phường A", rows), file: "ban-sao.xlsx" },
    ]);
    const n = r.notes.filter((x) => x.code === "rollup/duplicate-unit");
    expect(n).toHaveLength(1);
    expect(n[0].files).toEqual(["UBND PHƯỜNG A.xlsx", "ban-sao.xlsx"]);
  });

  test("units' findings: which unit has errors and how many, with the first one", () => {
    const bad = randomUnit(9, "UBND PHƯỜNG LỖI");
    bad.total = [...bad.total];
    bad.total[0] += 5; // the total row's (3) no longer adds up
    const res = summariseUnit(unitSnapshot(bad), "loi.xlsx");
    if (!res.ok) throw new Error(res.failure.reason);
    expect(res.summary.findings.errors).toBeGreaterThan(0);
    expect(res.summary.findings.byRule["06a/total-row"]).toBe(1);
    expect(res.summary.findings.first[0].severity).toBe("error");
    const good = summariseUnit(unitSnapshot(randomUnit(10, "UBND PHƯỜNG TỐT")), "tot.xlsx");
    if (!good.ok) throw new Error(good.failure.reason);
    const r = rollup([res.summary, good.summary]);
    expect(r.checks.map((c) => [c.file, c.errors > 0])).toEqual([
      ["loi.xlsx", true],
      ["tot.xlsx", false],
    ]);
    expect(r.checks[0].text).toMatch(/^\d+ lỗi.*06a\/total-row.*Ví dụ: Biểu 06a!/);
  });

  test("a workbook without Biểu 06a is a failure with the locator's reason; a unit without an evaluation is noted", () => {
    const none = summariseUnit(
      { sheets: [{ name: "Sheet1", top: 1, left: 1, data: [[{ value: "x" }]], merges: [] }] },
      "trong.xlsx"
    );
    expect(none.ok).toBe(false);
    if (!none.ok) expect(none.failure.reason).toMatch(/^Không tìm thấy Biểu 06a/);
    const u = randomUnit(4);
    u.scores = null;
    const res = summariseUnit(unitSnapshot(u), "u.xlsx");
    expect(res.ok && res.summary.evaluation).toBeNull();
    if (!res.ok) return;
    const r = rollup([res.summary], {
      failures: [{ file: "trong.xlsx", reason: "Không tìm thấy Biểu 06a" }],
    });
    expect(r.notes.map((n) => n.code)).toEqual(["rollup/unreadable", "rollup/no-evaluation"]);
    expect(r.evaluation.means).toMatchObject({ units: 0, total: null, grade: null });
  });

  test("the unit's name falls back to the file name when the form has none", () => {
    const u = { ...randomUnit(5), unit: "" };
    const res = summariseUnit(unitSnapshot(u), "phuong-bac-son.xlsx");
    expect(res.ok && [res.summary.unit, res.summary.unitFromFile]).toEqual([
      "phuong-bac-son",
      true,
    ]);
  });

  test("the summary is plain JSON (cheap to post between threads)", () => {
    const res = summariseUnit(unitSnapshot(randomUnit(6)), "u.xlsx");
    expect(JSON.parse(JSON.stringify(res))).toEqual(res);
    expect(JSON.stringify(res).length).toBeLessThan(8000);
    expect(res.ok && res.summary.rows).toHaveLength(SAMPLE_06A_ROWS.length);
  });
});
