// A relation or total that involves a not-a-count cell is not evaluated: one bad cell, one
// error. The forms here are as Excel leaves them: derived cells and the total row are SUM
// formulas whose cached results Excel computed (SUM adds numbers, skips text, passes errors on).
import { colLetter, isCellError } from "../../src/core/grid";
import { COUNT_KEYS, DERIVED } from "../../src/core/form06a";
import { build06a, checkBuilt, COUNT_INDEX, seen, Val } from "../helpers/form06a";

type In = Val;
/** Inputs (4),(5),(6),(8),(9),(10),(12),(13) per row. */
const INPUTS: In[][] = [
  [31, 0, 0, 19, 11, 0, 1, 0],
  [53, 0, 1, 41, 11, 0, 2, 0],
  [0, 0, 0, 0, 0, 0, 0, 0],
];
const INPUT_KEYS = COUNT_KEYS.filter((k) => !DERIVED.some((d) => d.key === k));

function excelSum(vs: In[]): Val {
  let s = 0;
  for (const v of vs) {
    if (v && typeof v === "object" && "error" in v) return { error: v.error as string };
    if (typeof v === "number") s += v;
  }
  return s;
}

/** Rows (and total) as Excel computes them, with formulas. */
function excelForm(inputs: In[][]) {
  const first = 10;
  const rows = inputs.map((ins, i) => {
    const c: Val[] = new Array(11).fill(null);
    INPUT_KEYS.forEach((k, j) => (c[COUNT_INDEX[k]] = ins[j]));
    for (const d of DERIVED) {
      const v = excelSum(d.parts.map((p) => c[COUNT_INDEX[p]]));
      const r = first + i;
      c[COUNT_INDEX[d.key]] = {
        value: v as never,
        formula: `SUM(${colLetter(3 + COUNT_INDEX[d.parts[0]])}${r}:${colLetter(3 + COUNT_INDEX[d.parts[d.parts.length - 1]])}${r})`,
      };
    }
    return { name: "Lĩnh vực " + (i + 1), counts: c };
  });
  const last = first + rows.length - 1;
  const total = COUNT_KEYS.map((k) => {
    const v = excelSum(
      rows.map((r) => {
        const x = r.counts[COUNT_INDEX[k]];
        return x && typeof x === "object" && "formula" in x ? (x.value as In) : x;
      })
    );
    const L = colLetter(3 + COUNT_INDEX[k]);
    return { value: v as never, formula: `SUM(${L}${first}:${L}${last})` } as Val;
  });
  return build06a(rows, { totalValues: total });
}

const mutate = (row: number, k: (typeof INPUT_KEYS)[number], v: In) =>
  INPUTS.map((r, i) => (i === row ? r.map((x, j) => (INPUT_KEYS[j] === k ? v : x)) : [...r]));

test("the Excel-computed form is clean", () => {
  expect(seen(checkBuilt(excelForm(INPUTS)).findings)).toEqual([]);
});

test.each([
  // Excel's SUM adds a negative or fractional input: the row's derived cell and the column's total show it (bad cells too).
  ["negative (12)", 0, "withinTime", -1, ["K10", "L10"]],
  ["fractional (9)", 1, "onTime", 10.5, ["G11", "I11", "G13", "I13"]],
  ['"1,234" in (4)', 1, "online", "1,234", ["D11"]],
  ["text in (13)", 2, "overdue", "không", ["M12"]],
  // Excel passes an error on: the row's SUM and the column's total show it too (each a bad cell).
  ["#REF! in (8)", 0, "early", { error: "#REF!" }, ["G10", "H10", "G13", "H13"]],
] as const)("%s: only not-a-count, at the bad cells", (_n, row, k, v, cells) => {
  const b = excelForm(mutate(row, k, v as In));
  const errors = seen(checkBuilt(b).findings).filter((f) => f.severity === "error");
  expect(errors.map((f) => `${f.rule} ${f.cell}`)).toEqual(
    [...cells]
      .sort((a, c) => Number(a.slice(1)) - Number(c.slice(1)) || a.localeCompare(c))
      .map((c) => `06a/not-a-count ${c}`)
  );
});

test("typed (not formula) derived cells that go stale next to a bad cell are not reported either", () => {
  // The clerk typed (11) = 1 and later wrote -1 into (12): the row's relation and the total's are skipped.
  const rows = [
    { name: "Chứng thực", counts: [31, 31, 0, 0, 30, 19, 11, 0, 1, -1, 0] },
    { name: "Hộ tịch", counts: [54, 53, 0, 1, 52, 41, 11, 0, 2, 2, 0] },
  ];
  const b = build06a(rows, { totalValues: [85, 84, 0, 1, 82, 60, 22, 0, 3, 1, 0] });
  const found = seen(checkBuilt(b).findings);
  expect(found.filter((f) => f.severity === "error").map((f) => `${f.rule} ${f.cell}`)).toEqual([
    "06a/not-a-count L10",
  ]);
  expect(isCellError({ error: "#REF!" })).toBe(true);
});

test("a bad cell does not hide errors elsewhere", () => {
  const rows = [
    { name: "Chứng thực", counts: [31, 31, 0, 0, 30, 19, 11, 0, 1, -1, 0] },
    { name: "Hộ tịch", counts: [54, 53, 0, 1, 51, 41, 11, 0, 2, 2, 0] }, // (7) = 51 ≠ 52
  ];
  const b = build06a(rows, { total: "none" });
  const found = seen(checkBuilt(b).findings).filter((f) => f.severity === "error");
  expect(found.map((f) => `${f.rule} ${f.cell}`)).toEqual([
    "06a/not-a-count L10",
    "06a/balance C11",
    "06a/resolved-sum G11",
  ]);
});
