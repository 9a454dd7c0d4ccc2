import { build06a, ROWS_OK, withCount } from "../../helpers/form06a";
import { ruleTester } from "../../helpers/ruleTester";

ruleTester("06a/not-a-count", "error", {
  valid: [
    { name: "whole numbers ≥ 0", grid: () => build06a(ROWS_OK) },
    { name: "a count stored as text", grid: () => build06a(withCount(ROWS_OK, 0, "online", "31")) },
    { name: "blank cells", grid: () => build06a(withCount(ROWS_OK, 0, "direct", null)) },
    {
      name: "a whitespace-only cell is blank",
      grid: () => build06a(withCount(ROWS_OK, 0, "direct", "   ")),
    },
    {
      name: '"1.234" is a count (thousands dot; 06a/number-as-text warns)',
      grid: () => build06a(withCount(ROWS_OK, 1, "online", "1.234")),
    },
    {
      name: "a formula with a whole-number cached result",
      grid: () =>
        build06a(withCount(ROWS_OK, 0, "received", { value: 31, formula: "SUM(D10:F10)" })),
    },
  ],
  invalid: [
    {
      name: "negative",
      grid: () => build06a(withCount(ROWS_OK, 0, "direct", -2)),
      findings: [
        {
          cell: "E10",
          message: ['"-2"', "số âm"],
          messageId: "notACount.negative",
          data: { shown: "-2" },
        },
      ],
    },
    {
      name: "negative as text",
      grid: () => build06a(withCount(ROWS_OK, 1, "late", "-1")),
      findings: [{ cell: "J11", message: ["số âm"] }],
    },
    {
      name: "fractional",
      grid: () => build06a(withCount(ROWS_OK, 0, "early", 19.5)),
      findings: [{ cell: "H10", message: ['"19.5"', "không phải số nguyên"] }],
    },
    {
      name: '"1,234" (comma between groups: a decimal comma or English grouping): the hint says how to type 1234',
      grid: () => build06a(withCount(ROWS_OK, 1, "online", "1,234")),
      findings: [{ cell: "D11", message: ['"1,234"', "hàng nghìn", "1234"] }],
    },
    {
      name: "the number 1.234 (not text): a fraction, with the thousands hint",
      grid: () => build06a(withCount(ROWS_OK, 1, "online", 1.234)),
      findings: [
        { cell: "D11", message: ['"1.234"', "không phải số nguyên", "hàng nghìn", "1234"] },
      ],
    },
    {
      name: '"1.5" as text (not three digits after the dot)',
      grid: () => build06a(withCount(ROWS_OK, 1, "online", "1.5")),
      findings: [{ cell: "D11", message: ['"1.5"', "không phải số nguyên"] }],
    },
    {
      name: '"1.23" and "1.2345" are not thousands',
      grid: () =>
        build06a(withCount(withCount(ROWS_OK, 1, "online", "1.23"), 2, "online", "1.2345")),
      findings: [
        { cell: "D11", message: ['"1.23"', "không phải số nguyên"] },
        { cell: "D12", message: ['"1.2345"', "không phải số nguyên"] },
      ],
    },
    {
      name: 'decimal comma "2,5"',
      grid: () => build06a(withCount(ROWS_OK, 1, "onTime", "2,5")),
      findings: [{ cell: "I11", message: ["không phải số nguyên"] }],
    },
    {
      name: "non-numeric text",
      grid: () => build06a(withCount(ROWS_OK, 2, "withinTime", "không có")),
      findings: [{ cell: "L12", message: ['"không có"', "không phải là số hồ sơ"] }],
    },
    {
      name: "#REF!",
      grid: () =>
        build06a(
          withCount(ROWS_OK, 0, "received", { value: { error: "#REF!" }, formula: "SUM(#REF!)" })
        ),
      findings: [{ cell: "C10", message: ["#REF!", "lỗi công thức"] }],
    },
    {
      name: "#VALUE!",
      grid: () => build06a(withCount(ROWS_OK, 2, "overdue", { error: "#VALUE!" })),
      findings: [{ cell: "M12", message: ["#VALUE!"] }],
    },
    {
      name: "a date",
      grid: () => build06a(withCount(ROWS_OK, 2, "overdue", new Date(Date.UTC(2024, 2, 14)))),
      findings: [{ cell: "M12", message: ["ngày tháng", "2024-03-14"] }],
    },
    {
      name: "a boolean",
      grid: () => build06a(withCount(ROWS_OK, 2, "carriedOver", true)),
      findings: [{ cell: "F12", message: ["đúng/sai"] }],
    },
    {
      name: "in the total row, and several in sheet order",
      grid: () =>
        build06a(withCount(withCount(ROWS_OK, 0, "overdue", -1), 1, "online", 0.5), {
          totalValues: [85, 84, 0, 1, 82, 60, 22, 0, 3, 3, "x"],
        }),
      findings: [
        { cell: "M10", message: ["số âm"] },
        { cell: "D11", message: ["không phải số nguyên"] },
        { cell: "M13", message: ['"x"'] },
      ],
    },
  ],
});
