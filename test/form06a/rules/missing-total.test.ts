import { build06a, ROWS_OK } from "../../helpers/form06a";
import { ruleTester } from "../../helpers/ruleTester";

ruleTester("06a/missing-total", "warning", {
  valid: [
    { name: '"Tổng cộng" last', grid: () => build06a(ROWS_OK) },
    {
      name: '"-Tổng-" first',
      grid: () => build06a(ROWS_OK, { total: "first", totalLabel: "-Tổng-" }),
    },
    { name: '"TỔNG SỐ"', grid: () => build06a(ROWS_OK, { totalLabel: "TỔNG SỐ" }) },
    { name: '"Tổng" in NFD', grid: () => build06a(ROWS_OK, { totalLabel: "Tổng", nfd: true }) },
    { name: '"Cộng:"', grid: () => build06a(ROWS_OK, { totalLabel: "Cộng:" }) },
  ],
  invalid: [
    {
      name: "no total row: at the header's first cell",
      grid: () => build06a(ROWS_OK, { total: "none" }),
      findings: [{ cell: "A6", message: ["không có dòng tổng"] }],
    },
    {
      name: "at an offset (F20)",
      grid: () => build06a(ROWS_OK, { total: "none", top: 20, left: 6 }),
      findings: [{ cell: "F20" }],
    },
    {
      name: "a field named like a total is not mistaken for one when it has a name",
      grid: () =>
        build06a(
          [...ROWS_OK, { name: "Tổng hợp, thống kê", counts: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0] }],
          { total: "none" }
        ),
      findings: [{ cell: "A6" }],
    },
  ],
});
