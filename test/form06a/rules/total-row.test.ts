import { build06a, ROWS_OK, withCount } from "../../helpers/form06a";
import { ruleTester } from "../../helpers/ruleTester";

const TOTAL = [85, 84, 0, 1, 82, 60, 22, 0, 3, 3, 0];
const totalWith = (i: number, v: number | string | null) => TOTAL.map((x, j) => (j === i ? v : x));

ruleTester("06a/total-row", "error", {
  valid: [
    { name: "total row last", grid: () => build06a(ROWS_OK) },
    { name: "total row first", grid: () => build06a(ROWS_OK, { total: "first" }) },
    { name: "\"-Tổng-\" label", grid: () => build06a(ROWS_OK, { totalLabel: "-Tổng-", totalStt: "--" }) },
    { name: "no total row", grid: () => build06a(ROWS_OK, { total: "none" }) },
    { name: "blank total cells are left to fill", grid: () => build06a(ROWS_OK, { totalValues: TOTAL.map(() => null) }) },
    { name: "a data count typed as text \"31\" is counted", grid: () => build06a(withCount(ROWS_OK, 0, "received", "31"), { totalValues: TOTAL }) },
    { name: "blank data cells count as 0", grid: () => build06a(withCount(ROWS_OK, 2, "late", null), { totalValues: TOTAL }) },
    { name: "a column with a not-a-count data cell is not summed", grid: () => build06a(withCount(ROWS_OK, 0, "online", -31), { totalValues: TOTAL }) },
    { name: "a column with #REF! is not summed", grid: () => build06a(withCount(ROWS_OK, 1, "early", { error: "#REF!" }), { totalValues: TOTAL }) },
  ],
  invalid: [
    {
      name: "(3) of the total = 86 but the rows sum to 85",
      grid: () => build06a(ROWS_OK, { totalValues: totalWith(0, 86) }),
      findings: [{ cell: "C13", message: ["Dòng tổng cột (3) = 86 nhưng tổng các dòng lĩnh vực là 85"] }],
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
      grid: () => build06a(ROWS_OK, { top: 20, left: 6, nfd: true, totalLabel: "TỔNG SỐ", totalValues: totalWith(1, 80).map((x, j) => (j === 6 ? 2 : x)) }),
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
          { totalValues: [2100, 2200, 0, 0, 2200, 2200, 0, 0, 0, 0, 0] },
        ),
      findings: [{ cell: "C12", message: ["(3) = 2.100 nhưng tổng các dòng lĩnh vực là 2.200"] }],
    },
  ],
});
