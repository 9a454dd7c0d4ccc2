import { build06a, ROWS_OK, withCount } from "../../helpers/form06a";
import { COUNT_KEYS } from "../../../src/core/form06a";
import { ruleTester } from "../../helpers/ruleTester";

const TOTAL = [85, 84, 0, 1, 82, 60, 22, 0, 3, 3, 0];
const totalWith = (i: number, v: number | string | null) => TOTAL.map((x, j) => (j === i ? v : x));

ruleTester("06a/total-row", "error", {
  valid: [
    { name: "total row last", grid: () => build06a(ROWS_OK) },
    { name: "total row first", grid: () => build06a(ROWS_OK, { total: "first" }) },
    {
      name: '"-Tổng-" label',
      grid: () => build06a(ROWS_OK, { totalLabel: "-Tổng-", totalStt: "--" }),
    },
    { name: "no total row", grid: () => build06a(ROWS_OK, { total: "none" }) },
    {
      name: "blank total cells are left to fill",
      grid: () => build06a(ROWS_OK, { totalValues: TOTAL.map(() => null) }),
    },
    {
      name: 'a data count typed as text "31" is counted',
      grid: () => build06a(withCount(ROWS_OK, 0, "received", "31"), { totalValues: TOTAL }),
    },
    {
      name: "blank data cells count as 0",
      grid: () => build06a(withCount(ROWS_OK, 2, "late", null), { totalValues: TOTAL }),
    },
    {
      name: "a column with a not-a-count data cell is not summed",
      grid: () => build06a(withCount(ROWS_OK, 0, "online", -31), { totalValues: TOTAL }),
    },
    {
      name: "a column with #REF! is not summed",
      grid: () =>
        build06a(withCount(ROWS_OK, 1, "early", { error: "#REF!" }), { totalValues: TOTAL }),
    },
  ],
  invalid: [
    {
      name: "(3) of the total = 86 but the rows sum to 85",
      grid: () => build06a(ROWS_OK, { totalValues: totalWith(0, 86) }),
      findings: [
        { cell: "C13", message: ["Dòng tổng cột (3) = 86 nhưng tổng các dòng lĩnh vực là 85"] },
      ],
    },
    {
      name: "(13) of the total, total row first",
      grid: () => build06a(ROWS_OK, { total: "first", totalValues: totalWith(10, 2) }),
      findings: [{ cell: "M10", message: ["cột (13) = 2", "là 0"] }],
    },
    {
      name: "a total typed as text is compared",
      grid: () => build06a(ROWS_OK, { totalValues: totalWith(5, "59") }),
      findings: [{ cell: "H13", message: ["cột (8) = 59 nhưng tổng các dòng lĩnh vực là 60"] }],
    },
    {
      name: "two wrong columns, at an offset, NFD labels",
      grid: () =>
        build06a(ROWS_OK, {
          top: 20,
          left: 6,
          nfd: true,
          totalLabel: "TỔNG SỐ",
          totalValues: totalWith(1, 80).map((x, j) => (j === 6 ? 2 : x)),
        }),
      findings: (b) => [
        { cell: b.at("total", "online"), message: ["cột (4) = 80", "là 84"] },
        { cell: b.at("total", "onTime"), message: ["cột (9) = 2", "là 22"] },
      ],
    },
    {
      name: "large sums written with the thousands dot",
      grid: () =>
        build06a(
          [
            { name: "Chứng thực", counts: [1500, 1500, 0, 0, 1500, 1500, 0, 0, 0, 0, 0] },
            { name: "Hộ tịch", counts: [700, 700, 0, 0, 700, 700, 0, 0, 0, 0, 0] },
          ],
          { totalValues: [2100, 2200, 0, 0, 2200, 2200, 0, 0, 0, 0, 0] }
        ),
      findings: [{ cell: "C12", message: ["(3) = 2.100 nhưng tổng các dòng lĩnh vực là 2.200"] }],
    },
  ],
});

// Groups of rows (the Thanh Hóa "06 các cấp" export): each group's "Cộng" row is checked
// against that group's rows, the form's total against every field row.
const A = [5, 3, 1, 1, 4, 2, 1, 1, 1, 1, 0];
const B = [2, 2, 0, 0, 2, 2, 0, 0, 0, 0, 0];
const add = (...rs: number[][]) => rs[0].map((_, i) => rs.reduce((s, r) => s + r[i], 0));
const grouped = (
  subA: (number | null)[],
  subB: (number | null)[],
  total: (number | null)[] | "sum" = "sum"
) =>
  build06a(
    [
      { name: "Cấp huyện", counts: [], kind: "group" },
      { stt: 1, name: "Hộ tịch", counts: A },
      { stt: 2, name: "Chứng thực", counts: B },
      { stt: null, name: "Cộng", counts: subA, kind: "subtotal" },
      { name: "Cấp xã", counts: [], kind: "group" },
      { stt: 1, name: "Hộ tịch", counts: A },
      { stt: null, name: "Cộng", counts: subB, kind: "subtotal" },
    ],
    { totalValues: total }
  );

ruleTester("06a/total-row", "error", {
  valid: [
    { name: "groups with right sub-totals and total", grid: () => grouped(add(A, B), A) },
    {
      name: "blank sub-total cells are left to fill",
      grid: () =>
        grouped(
          A.map(() => null),
          A.map(() => null)
        ),
    },
  ],
  invalid: [
    {
      name: "a group's sub-total (3) = 8 but the group's rows sum to 7",
      grid: () =>
        grouped(
          add(A, B).map((x, i) => (i === 0 ? 8 : x)),
          A
        ),
      findings: (b) => [
        {
          cell: b.at(3, "received"),
          message: [
            'Dòng cộng của nhóm "Cấp huyện" cột (3) = 8 nhưng tổng các dòng trong nhóm là 7',
          ],
        },
      ],
    },
    {
      name: "the second group's sub-total equals the first group's: wrong",
      grid: () => grouped(add(A, B), add(A, B)),
      findings: (b) =>
        COUNT_KEYS.filter((_, i) => add(A, B)[i] !== A[i]).map((k) => ({
          cell: b.at(6, k),
          message: ['nhóm "Cấp xã"'],
        })),
    },
    {
      name: "the form's total that adds the sub-totals in (a double count)",
      grid: () => grouped(add(A, B), A, add(A, B, A, add(A, B), A)),
      findings: (b) =>
        COUNT_KEYS.filter((_, i) => add(A, B, A)[i] !== 0).map((k) => ({
          cell: b.at("total", k),
          message: ["tổng các dòng lĩnh vực"],
        })),
    },
  ],
});
