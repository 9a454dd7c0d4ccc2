// Numbers typed as text with thousands separators (issue 6): "1.234", "1 234" (also with a
// no-break space), "12.345.678" are counts with a 06a/number-as-text warning; "1,5", "1.5",
// 1.5 and "1,234" stay 06a/not-a-count.
import { parseCount } from "../../src/core/text/numbers";
import { countState } from "../../src/core/form06a/locate";
import { build06a, checkBuilt, counts, ROWS_OK, seen } from "../helpers/form06a";

type Expect = ["count", number, "text" | "grouped" | "number"] | ["invalid", string] | ["blank"];

const TABLE: [string, unknown, Expect][] = [
  ["a whole number", 31, ["count", 31, "number"]],
  ["zero", 0, ["count", 0, "number"]],
  ["digits as text", "31", ["count", 31, "text"]],
  ["digits as padded text", " 7 ", ["count", 7, "text"]],
  ["thousands dot", "1.234", ["count", 1234, "grouped"]],
  ["two thousands dots", "12.345.678", ["count", 12345678, "grouped"]],
  ["thousands space", "1 234", ["count", 1234, "grouped"]],
  ["thousands no-break space", "1\u00a0234", ["count", 1234, "grouped"]],
  ["thousands narrow no-break space", "1\u202f234", ["count", 1234, "grouped"]],
  ["padded thousands", "  1.234 ", ["count", 1234, "grouped"]],
  ["three-digit first group", "999.999", ["count", 999999, "grouped"]],
  ["decimal comma", "1,5", ["invalid", "fraction"]],
  ["decimal dot as text", "1.5", ["invalid", "fraction"]],
  ["a fractional number", 1.5, ["invalid", "fraction"]],
  ["the number 1.234 (typed on an English-locale Excel)", 1.234, ["invalid", "fraction"]],
  ["two digits after the dot", "1.23", ["invalid", "fraction"]],
  ["four digits after the dot", "1.2345", ["invalid", "fraction"]],
  ["a leading zero is a decimal, not thousands", "0.123", ["invalid", "fraction"]],
  ["a four-digit first group", "1234.567", ["invalid", "fraction"]],
  ["a short middle group", "1.23.456", ["invalid", "text"]],
  ["dot and space mixed", "1.234 567", ["invalid", "text"]],
  ["two spaces", "1  234", ["invalid", "text"]],
  ["comma between groups of three", "1,234", ["invalid", "thousands"]],
  ["Vietnamese decimal after thousands", "1.234,5", ["invalid", "text"]],
  ["negative", "-3", ["invalid", "negative"]],
  ["negative with thousands", "-1.234", ["invalid", "negative"]],
  ["a word", "không", ["invalid", "text"]],
  ["blank text", "   ", ["blank"]],
  ["empty", null, ["blank"]],
];

describe("parseCount and countState", () => {
  test.each(TABLE)("%s: %p", (_name, value, expected) => {
    const p = parseCount(value);
    const s = countState({ value: value as never });
    if (expected[0] === "count") {
      expect(p).toMatchObject({
        kind: "count",
        value: expected[1],
        asText: expected[2] !== "number",
      });
      expect(p.kind === "count" && !!p.grouped).toBe(expected[2] === "grouped");
      expect(s).toMatchObject({
        kind: "count",
        value: expected[1],
        asText: expected[2] !== "number",
      });
    } else if (expected[0] === "invalid") {
      expect(p).toMatchObject({ kind: "invalid", reason: expected[1] });
      expect(s).toMatchObject({ kind: "invalid", reason: expected[1] });
    } else {
      expect(p).toEqual({ kind: "blank" });
      expect(s).toEqual({ kind: "blank" });
    }
  });
});

describe("check on a form with grouped numbers as text", () => {
  // Hộ tịch with four-digit figures, typed as text with separators; the row balances.
  const big = counts(1234, 0, 1000, 2000, 200, 0, 34, 0); // [2234, 1234, 0, 1000, 2200, 2000, 200, 0, 34, 34, 0]
  const text = ["2.234", "1 234", 0, "1\u00a0000", "2.200", "2.000", 200, 0, 34, 34, 0];
  const rows = [ROWS_OK[0], { name: "Lĩnh vực Hộ tịch", counts: text }, ROWS_OK[2]];
  const total = ROWS_OK[0].counts.map((c, i) => (c as number) + big[i]);

  test("the sums hold with the values read (no error), and each grouped cell gets one warning", () => {
    const b = build06a(rows, { totalValues: total });
    const { findings } = checkBuilt(b);
    expect(findings.filter((f) => f.severity === "error")).toEqual([]);
    const warn = seen(findings).filter((f) => f.rule === "06a/number-as-text");
    expect(warn.map((f) => f.cell)).toEqual([
      b.at(1, "received"),
      b.at(1, "online"),
      b.at(1, "carriedOver"),
      b.at(1, "resolved"),
      b.at(1, "early"),
    ]);
    expect(warn[0].message).toContain('"2.234"');
    expect(warn[0].message).toContain("đã đọc là 2234 hồ sơ");
    expect(warn[2].message).toContain('"1 000"');
  });

  test("a total row typed as grouped text is read too", () => {
    const b = build06a(rows, {
      totalValues: total.map((n) => (n >= 1000 ? n.toLocaleString("de-DE") : n)),
    });
    const { findings } = checkBuilt(b);
    expect(findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(
      seen(findings).filter(
        (f) => f.rule === "06a/number-as-text" && f.cell.endsWith(String(b.totalRow))
      )
    ).toHaveLength(5); // (3) (4) (6) (7) (8) are ≥ 1000
  });

  test('"1.5" and "1,5" in the same place are errors, and the row\'s sums are not evaluated', () => {
    for (const bad of ["1.5", "1,5", 1.5]) {
      const b = build06a(
        [
          ROWS_OK[0],
          { name: "Lĩnh vực Hộ tịch", counts: text.map((v, i) => (i === 1 ? bad : v)) },
          ROWS_OK[2],
        ],
        { totalValues: total }
      );
      const errors = seen(checkBuilt(b).findings).filter((f) => f.severity === "error");
      expect(errors.map((f) => `${f.rule} ${f.cell}`)).toEqual([
        `06a/not-a-count ${b.at(1, "online")}`,
      ]);
    }
  });
});
