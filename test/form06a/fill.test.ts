import { addr, CellSnapshot, colLetter, WorkbookSnapshot } from "../../src/core/grid";
import { applyEditsToSnapshot } from "../../src/core/snapshotEdits";
import {
  check06a,
  COUNT_KEYS,
  DERIVED,
  fill06a,
  FillResult,
  INPUT_KEYS,
  locate06a,
  PERCENT_FORMAT,
} from "../../src/core/form06a";
import { PERCENT_BLOCK } from "../../src/core/messages/form06a";
import {
  build06a,
  Build06aOptions,
  Built06a,
  cellMap,
  mapRows,
  ROWS_OK,
  RowSpec,
  seen,
  withCount,
} from "../helpers/form06a";

const DERIVED_KEYS = DERIVED.map((d) => d.key);
/** ROWS_OK with (3), (7), (11) left blank for fill. */
const INPUTS_ONLY: RowSpec[] = mapRows(ROWS_OK, (r) => ({
  ...r,
  counts: r.counts.map((v, i) => (DERIVED_KEYS.includes(COUNT_KEYS[i]) ? null : v)),
}));
const BLANK_TOTAL = { totalValues: new Array(11).fill(null) };

function runFill(b: Built06a): { res: FillResult; after: WorkbookSnapshot } {
  const form = locate06a(b.wb);
  const res = fill06a(b.wb, form);
  return { res, after: applyEditsToSnapshot(b.wb, res.edits) };
}

const cellAt = (wb: WorkbookSnapshot, sheet: string, a: string): CellSnapshot | undefined =>
  cellMap(wb, sheet).get(a);
const editAt = (res: FillResult, b: Built06a, a: string) =>
  res.edits.cells.filter((e) => addr(e.row, e.col) === a && e.sheet === b.sheet);

describe("fill: derived cells and the total row", () => {
  const b = build06a(INPUTS_ONLY, BLANK_TOTAL);
  const { res, after } = runFill(b);

  test("(3), (7), (11) of every data row become SUM formulas with their results", () => {
    const want = [
      ["C10", "SUM(D10:F10)", 31],
      ["G10", "SUM(H10:J10)", 30],
      ["K10", "SUM(L10:M10)", 1],
      ["C11", "SUM(D11:F11)", 54],
      ["G11", "SUM(H11:J11)", 52],
      ["K11", "SUM(L11:M11)", 2],
      ["C12", "SUM(D12:F12)", 0],
    ];
    for (const [a, f, v] of want)
      expect([a, cellAt(after, b.sheet, a as string)]).toEqual([a, { formula: f, value: v }]);
  });

  test("the total row: one SUM over the data rows per column, with the column's sum", () => {
    const sums = [85, 84, 0, 1, 82, 60, 22, 0, 3, 3, 0];
    COUNT_KEYS.forEach((k, i) => {
      const L = colLetter(b.col(k));
      expect([k, cellAt(after, b.sheet, b.at("total", k))]).toEqual([
        k,
        { formula: `SUM(${L}10:${L}12)`, value: sums[i] },
      ]);
    });
  });

  test("the filled form checks clean of errors, and fill reports no conflict", () => {
    expect(res.conflicts).toEqual([]);
    expect(seen(check06a(locate06a(after))).filter((f) => f.severity === "error")).toEqual([]);
  });

  test("every filled cell is listed for the clerk", () => {
    const listed = new Set(res.filled.map((f) => addr(f.row, f.col)));
    for (const a of ["C10", "G11", "K12", "C13", "M13"]) expect(listed.has(a)).toBe(true);
    expect(res.filled.find((f) => addr(f.row, f.col) === "C10")?.what).toBe("=SUM(D10:F10) → 31");
  });
});

describe("fill: inputs", () => {
  test("blank inputs of data rows become 0 (values, not formulas)", () => {
    const b = build06a(
      withCount(withCount(INPUTS_ONLY, 0, "direct", null), 2, "overdue", null),
      BLANK_TOTAL
    );
    const { after } = runFill(b);
    expect(cellAt(after, b.sheet, "E10")).toEqual({ value: 0 });
    expect(cellAt(after, b.sheet, "M12")).toEqual({ value: 0 });
    expect(seen(check06a(locate06a(after))).filter((f) => f.rule === "06a/blank")).toEqual([]);
  });

  test("no non-empty input cell changes", () => {
    const rows = withCount(
      withCount(withCount(INPUTS_ONLY, 0, "direct", null), 1, "online", "53"),
      2,
      "late",
      -1
    );
    const b = build06a(rows, BLANK_TOTAL);
    const before = cellMap(b.wb, b.sheet);
    const { after } = runFill(b);
    const now = cellMap(after, b.sheet);
    const inputCells = new Set(
      b.dataRows.flatMap((_, i) => [
        ...INPUT_KEYS.map((k) => b.at(i, k)),
        b.at(i, "name"),
        b.at(i, "stt"),
      ])
    );
    let compared = 0;
    for (const [a, c] of before) {
      if (!inputCells.has(a) && !/^[A-M][1-9]$/.test(a)) continue; // inputs, title and header cells
      expect([a, now.get(a)]).toEqual([a, c]);
      compared++;
    }
    expect(compared).toBeGreaterThan(30);
  });

  test("an input that is not a count is left as it is; its row's derived cell gets a formula without a claimed result", () => {
    const b = build06a(withCount(INPUTS_ONLY, 0, "direct", "abc"), BLANK_TOTAL);
    const { res, after } = runFill(b);
    expect(cellAt(after, b.sheet, "E10")).toEqual({ value: "abc" });
    expect(editAt(res, b, "E10")).toEqual([]);
    expect(res.conflicts).toEqual([]);
    const errs = seen(check06a(locate06a(after))).filter((f) => f.severity === "error");
    expect(errs.map((f) => `${f.rule} ${f.cell}`)).toEqual(["06a/not-a-count E10"]);
  });
});

describe("fill: typed derived values", () => {
  test("a typed value that agrees becomes a formula", () => {
    const b = build06a(withCount(INPUTS_ONLY, 0, "received", 31), BLANK_TOTAL);
    const { res, after } = runFill(b);
    expect(cellAt(after, b.sheet, "C10")).toEqual({ formula: "SUM(D10:F10)", value: 31 });
    expect(res.conflicts).toEqual([]);
  });

  test("a typed value that disagrees is a conflict and is not changed", () => {
    const b = build06a(
      withCount(withCount(INPUTS_ONLY, 0, "received", 30), 1, "pending", "4"),
      BLANK_TOTAL
    );
    const { res, after } = runFill(b);
    expect(editAt(res, b, "C10")).toEqual([]);
    expect(editAt(res, b, "K11")).toEqual([]);
    expect(cellAt(after, b.sheet, "C10")).toEqual({ value: 30 });
    expect(cellAt(after, b.sheet, "K11")).toEqual({ value: "4" });
    expect(res.conflicts.map((c) => [addr(c.row, c.col), c.message])).toEqual([
      ["C10", "Giữ nguyên giá trị đã nhập 30 ở cột (3); giá trị tính được là 31"],
      ["K11", 'Giữ nguyên giá trị đã nhập "4" ở cột (11); giá trị tính được là 2'],
    ]);
    // The total sums what the cells show: 30 kept in C10; "4" kept as text in K11 is skipped by SUM.
    expect(cellAt(after, b.sheet, "C13")).toEqual({ formula: "SUM(C10:C12)", value: 84 });
    expect(cellAt(after, b.sheet, "K13")).toEqual({ formula: "SUM(K10:K12)", value: 1 });
    // The check after fill still reports them: nothing was hidden.
    const errs = seen(check06a(locate06a(after))).filter((f) => f.severity === "error");
    expect(errs.map((f) => `${f.rule} ${f.cell}`)).toEqual(
      expect.arrayContaining(["06a/received-sum C10", "06a/pending-sum K11"])
    );
  });

  test("a typed total that disagrees is a conflict and is not changed", () => {
    const b = build06a(INPUTS_ONLY, {
      totalValues: [86, null, null, null, null, null, null, null, null, null, null],
    });
    const { res, after } = runFill(b);
    expect(cellAt(after, b.sheet, "C13")).toEqual({ value: 86 });
    expect(res.conflicts.map((c) => addr(c.row, c.col))).toEqual(["C13"]);
    expect(res.conflicts[0].message).toContain("giá trị tính được là 85");
  });

  test("a formula the clerk wrote that agrees is kept as it is", () => {
    const b = build06a(
      withCount(INPUTS_ONLY, 0, "received", { value: 31, formula: "D10+E10+F10" }),
      BLANK_TOTAL
    );
    const { res, after } = runFill(b);
    expect(editAt(res, b, "C10")).toEqual([]);
    expect(cellAt(after, b.sheet, "C10")).toEqual({ value: 31, formula: "D10+E10+F10" });
  });
});

describe("fill: the percentage block", () => {
  const b = build06a(INPUTS_ONLY, BLANK_TOTAL);
  const { res, after } = runFill(b);
  const cells = cellMap(after, b.sheet);

  test("sits one empty column right of (13), with a header", () => {
    // (13) is M; N stays empty; the block is O…T.
    for (let r = 1; r <= 20; r++) expect(cells.get("N" + r)).toBeUndefined();
    expect(cells.get("O6")?.value).toBe(PERCENT_BLOCK.title);
    expect(["O7", "P7", "Q7", "R7", "S7", "T7"].map((a) => cells.get(a)?.value)).toEqual(
      PERCENT_BLOCK.headers
    );
    expect(cells.get("U7")).toBeUndefined();
    expect(res.edits.merges).toEqual(
      expect.arrayContaining([{ sheet: b.sheet, rect: { top: 6, left: 15, bottom: 6, right: 20 } }])
    );
  });

  test('formulas IF(den=0,"",num/den) in 0.0% for every data row and the total', () => {
    expect(cells.get("O10")).toEqual({
      formula: 'IF(G10=0,"",H10/G10)',
      value: 19 / 30,
      numberFormat: PERCENT_FORMAT,
    });
    expect(cells.get("P10")?.formula).toBe('IF(G10=0,"",I10/G10)');
    expect(cells.get("Q10")?.formula).toBe('IF(G10=0,"",J10/G10)');
    expect(cells.get("R10")).toEqual({
      formula: 'IF(G10=0,"",(H10+I10)/G10)',
      value: 1,
      numberFormat: PERCENT_FORMAT,
    });
    expect(cells.get("S11")).toEqual({
      formula: 'IF((D11+E11)=0,"",D11/(D11+E11))',
      value: 1,
      numberFormat: PERCENT_FORMAT,
    });
    expect(cells.get("T11")).toEqual({
      formula: 'IF(K11=0,"",M11/K11)',
      value: 0,
      numberFormat: PERCENT_FORMAT,
    });
    expect(cells.get("O13")).toEqual({
      formula: 'IF(G13=0,"",H13/G13)',
      value: 60 / 82,
      numberFormat: PERCENT_FORMAT,
    });
    for (const r of [10, 11, 12, 13])
      for (const c of "OPQRST")
        expect([c + r, cells.get(c + r)?.numberFormat]).toEqual([c + r, "0.0%"]);
  });

  test("a zero denominator leaves the cell empty (never #DIV/0!)", () => {
    for (const c of "OPQRST") {
      const cell = cells.get(c + "12");
      expect(cell?.formula).toMatch(/^IF\(.+=0,"",/);
      expect(cell?.value).toBeNull();
    }
  });

  test("an occupied target is a conflict and nothing of the block is written", () => {
    const b2 = build06a(INPUTS_ONLY, BLANK_TOTAL);
    const withNote = applyEditsToSnapshot(b2.wb, {
      cells: [{ sheet: b2.sheet, row: 11, col: 16, value: "Ghi chú của cán bộ" }],
    });
    const form = locate06a(withNote);
    const r2 = fill06a(withNote, form);
    expect(r2.conflicts.map((c) => [addr(c.row, c.col), c.message])).toEqual([
      ["P11", "Không điền bảng tỷ lệ: ô P11 đã có dữ liệu"],
    ]);
    expect(r2.edits.cells.filter((e) => e.col >= 15)).toEqual([]);
    expect(r2.edits.merges).toEqual([]);
    // The form itself is still filled.
    expect(r2.edits.cells.some((e) => addr(e.row, e.col) === "C10")).toBe(true);
    expect(cellMap(applyEditsToSnapshot(withNote, r2.edits), b2.sheet).get("P11")).toEqual({
      value: "Ghi chú của cán bộ",
    });
  });
});

describe("fill: layouts and idempotence", () => {
  const LAYOUTS: [string, Build06aOptions][] = [
    ["the sample's layout", BLANK_TOTAL],
    ["at F20, total first, NFD", { ...BLANK_TOTAL, top: 20, left: 6, total: "first", nfd: true }],
    ["2-row header, no numbering row", { ...BLANK_TOTAL, header: 2, numbering: false }],
    ["no total row (fill adds one below the last data row)", { total: "none" }],
  ];

  test.each(LAYOUTS)("%s: filled form is clean, a second fill writes no cell", (_n, o) => {
    const b = build06a(INPUTS_ONLY, o);
    const { res, after } = runFill(b);
    expect(res.conflicts).toEqual([]);
    const form2 = locate06a(after);
    expect(form2.total).not.toBeNull();
    const findings = seen(check06a(form2));
    expect(findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(
      findings.filter((f) => f.rule === "06a/missing-total" || f.rule === "06a/blank")
    ).toEqual([]);
    // Percentage block: one empty column, then six columns.
    const blockLeft = b.col("overdue") + 2;
    expect(res.edits.cells.filter((e) => e.col === blockLeft - 1)).toEqual([]);
    expect(
      res.edits.cells.filter((e) => e.col >= blockLeft && e.formula).map((e) => e.row)
    ).toEqual(
      [...new Set([...form2.rows.map((r) => r.row), form2.total!.row])]
        .sort((x, y) => x - y)
        .flatMap((r) => new Array(6).fill(r))
    );
    const again = fill06a(after, form2);
    expect(again.edits.cells).toEqual([]);
    expect(again.edits.merges).toEqual([]);
    expect(again.conflicts).toEqual([]);
    expect(again.filled).toEqual([]);
  });

  test('the added total row is labelled "Tổng cộng" in column (2)', () => {
    const b = build06a(INPUTS_ONLY, { total: "none" });
    const { after } = runFill(b);
    expect(cellAt(after, b.sheet, "B13")).toEqual({ value: "Tổng cộng" });
    expect(cellAt(after, b.sheet, "C13")).toEqual({ formula: "SUM(C10:C12)", value: 85 });
  });

  test("no total row and the signature right below: no total row is forced in", () => {
    const b = build06a(INPUTS_ONLY, { total: "none", signatures: false });
    const signed = applyEditsToSnapshot(b.wb, {
      cells: [{ sheet: b.sheet, row: 13, col: 2, value: "NGƯỜI LẬP BIỂU" }],
    });
    const form = locate06a(signed);
    expect(form.rows.map((r) => r.row)).toEqual([10, 11, 12]);
    const res = fill06a(signed, form);
    expect(res.edits.cells.filter((e) => e.row >= 13)).toEqual([]);
    const after = applyEditsToSnapshot(signed, res.edits);
    expect(cellAt(after, b.sheet, "B13")).toEqual({ value: "NGƯỜI LẬP BIỂU" });
    expect(seen(check06a(locate06a(after))).map((f) => f.rule)).toContain("06a/missing-total");
  });
});

describe("fill: counts stored as text", () => {
  test("the cached result is what Excel's SUM will show (it skips text)", () => {
    // D10 holds "31" as text: Excel's SUM(D10:F10) gives 0, so the file must not claim 31.
    const b = build06a(withCount(INPUTS_ONLY, 0, "online", "31"), BLANK_TOTAL);
    const { after } = runFill(b);
    expect(cellAt(after, b.sheet, "C10")).toEqual({ formula: "SUM(D10:F10)", value: 0 });
    expect(cellAt(after, b.sheet, "D13")).toEqual({ formula: "SUM(D10:D12)", value: 53 });
    // check then shows why: the text cell is reported, and (3) does not add up.
    const found = seen(check06a(locate06a(after)));
    expect(found.map((f) => `${f.rule} ${f.cell}`)).toEqual(
      expect.arrayContaining(["06a/number-as-text D10", "06a/received-sum C10"])
    );
  });
});
