import { createFakeExcel } from "../fake-excel";
import { evaluateFormula, recalculate, roundExcel } from "./recalc";

type V = number | string | boolean | { error: string } | null;
const grid: Record<string, V> = {
  A1: 1,
  A2: 2,
  A3: "x",
  A4: null,
  B1: 0,
  C1: "Hài lòng",
  C2: "Rất hài lòng",
  C3: "Hài lòng",
};
const read = (_sheet: string | null, row: number, col: number): V =>
  grid[`${String.fromCharCode(64 + col)}${row}`] ?? null;
const ev = (f: string) => evaluateFormula(f, read);

describe("preview recalc: evaluator", () => {
  test.each<[string, V | undefined]>([
    ["SUM(A1:A4)", 3],
    ["A1+A2*3", 7],
    ["(A1+A2)*3", 9],
    ["-A2^2", 4],
    ["10%", 0.1],
    ['A3&"-"&A1', "x-1"],
    ["A1/B1", { error: "#DIV/0!" }],
    ['IF(B1=0,"",A1/B1)', ""],
    ['IF(A1=0,"",A2/A1)', 2],
    ["IFERROR(A1/B1,0)", 0],
    ["ROUND(2.675,2)", 2.68],
    ["ROUND(-1.25,1)", -1.3],
    ['ROUND(COUNTIF(C1:C3,"Hài lòng")/COUNTA(C1:C3)*100,1)', 66.7],
    ['COUNTIF(C1:C3,"hài*")', 2],
    ['COUNTIF(A1:A4,">1")', 1],
    ["A4", 0],
    ["A1=1", true],
    ["AND(A1=1,A2=2)", true],
    ["MAX(A1:A3)", 2],
    ["A3+1", { error: "#VALUE!" }],
    ["VLOOKUP(A1,A1:A2,1)", undefined],
    ["SUM(", undefined],
  ])("=%s", (f, want) => {
    expect(ev(f)).toEqual(want);
  });

  test("ROUND keeps half away from zero on shown digits", () => {
    expect(roundExcel(1.005, 2)).toBe(1.01);
    expect(roundExcel(1234, -2)).toBe(1200);
  });
});

describe("preview recalc: workbook", () => {
  test("computes formulas written by the add-in, across sheets, and keeps unknown ones", () => {
    const fake = createFakeExcel({
      sheets: [
        {
          name: "Biểu 06a",
          top: 1,
          left: 1,
          merges: [],
          data: [
            [
              { value: 2 },
              { value: 3 },
              { value: null, formula: "SUM(A1:B1)" },
              { value: 7, formula: "FOO(A1)" },
            ],
          ],
        },
        {
          name: "Đánh giá",
          top: 1,
          left: 1,
          merges: [],
          data: [[{ value: null, formula: "'Biểu 06a'!C1*2" }]],
        },
      ],
    });
    const changed = recalculate(fake.workbook.model);
    expect(changed).toBe(2);
    expect(fake.workbook.cell("Biểu 06a", "C1").value).toBe(5);
    expect(fake.workbook.cell("Biểu 06a", "D1").value).toBe(7);
    expect(fake.workbook.cell("Đánh giá", "A1").value).toBe(10);
    expect(recalculate(fake.workbook.model)).toBe(0);
  });

  /** A1 = B1+1 and B1 = A1+1 (cached 1 and 2), then `more` in C1… of the same row. */
  const cycleBook = (...more: { value: null; formula: string }[]) =>
    createFakeExcel({
      sheets: [
        {
          name: "S",
          top: 1,
          left: 1,
          merges: [],
          data: [[{ value: 1, formula: "B1+1" }, { value: 2, formula: "A1+1" }, ...more]],
        },
      ],
    });

  test("a cycle keeps its cached values", () => {
    const fake = cycleBook();
    expect(recalculate(fake.workbook.model)).toBe(0);
    expect(fake.workbook.cell("S", "A1").value).toBe(1);
    expect(fake.workbook.cell("S", "B1").value).toBe(2);
  });

  test("a formula that reads a cycle's cell uses its cached value", () => {
    const fake = cycleBook({ value: null, formula: "A1+B1" });
    expect(recalculate(fake.workbook.model)).toBe(1);
    expect(fake.workbook.cell("S", "C1").value).toBe(3);
  });
});
