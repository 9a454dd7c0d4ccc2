import { build06a, ROWS_OK, withCount } from "../../helpers/form06a";
import { ruleTester } from "../../helpers/ruleTester";

ruleTester("06a/received-sum", "error", {
  valid: [
    { name: "the sample's rows and total", grid: () => build06a(ROWS_OK) },
    {
      name: "blank (3) skips the relation",
      grid: () => build06a(withCount(ROWS_OK, 0, "received", null), { total: "none" }),
    },
    {
      name: "a blank input counts as 0",
      grid: () => build06a(withCount(ROWS_OK, 0, "direct", null)),
    },
    {
      name: '(3) stored as text "31" that agrees',
      grid: () => build06a(withCount(ROWS_OK, 0, "received", "31")),
    },
    {
      name: "an input that is not a count is not evaluated (negative)",
      grid: () => build06a(withCount(ROWS_OK, 0, "direct", -2)),
    },
    {
      name: "an input that is not a count is not evaluated (#REF!)",
      grid: () => build06a(withCount(ROWS_OK, 0, "online", { error: "#REF!" })),
    },
    {
      name: 'an input that is not a count is not evaluated ("1,234")',
      grid: () => build06a(withCount(ROWS_OK, 1, "online", "1,234")),
    },
    {
      name: "(3) itself not a count is not evaluated",
      grid: () => build06a(withCount(ROWS_OK, 0, "received", "ba mươi")),
    },
    { name: "a form with no total row", grid: () => build06a(ROWS_OK, { total: "none" }) },
  ],
  invalid: [
    {
      name: "(3) = 31 but (4)+(5)+(6) = 29",
      grid: () =>
        build06a(withCount(withCount(ROWS_OK, 0, "online", 29), 0, "received", 31), {
          total: "none",
        }),
      findings: [
        {
          cell: "C10",
          message: ["(3) = 31 nhưng (4)+(5)+(6) = 29"],
          messageId: "sumMismatch",
          data: { target: 3, value: 31, parts: [4, 5, 6], sum: 29 },
        },
      ],
    },
    {
      name: '(3) as text "33" is counted and compared',
      grid: () =>
        build06a(withCount(ROWS_OK, 0, "received", "33"), {
          totalValues: [85, 84, 0, 1, 82, 60, 22, 0, 3, 3, 0],
        }),
      findings: [{ cell: "C10", message: ["(3) = 33 nhưng (4)+(5)+(6) = 31"] }],
    },
    {
      name: "thousands are written the Vietnamese way",
      grid: () =>
        build06a([{ name: "Hộ tịch", counts: [1234, 1000, 200, 30, 0, 0, 0, 0, 0, 0, 0] }], {
          total: "none",
        }),
      findings: [{ cell: "C10", message: ["(3) = 1.234 nhưng (4)+(5)+(6) = 1.230"] }],
    },
    {
      name: "the total row is checked too (blank total inputs count as 0)",
      grid: () => build06a(ROWS_OK, { totalValues: [85, 84, null, null, 82, 60, 22, 0, 3, 3, 0] }),
      findings: [{ cell: "C13", message: ["(3) = 85 nhưng (4)+(5)+(6) = 84"] }],
    },
    {
      name: "total row first, at an offset",
      grid: () =>
        build06a(ROWS_OK, {
          total: "first",
          top: 20,
          left: 6,
          totalValues: [86, 84, 0, 1, 82, 60, 22, 0, 3, 3, 0],
        }),
      findings: (b) => [
        { cell: b.at("total", "received"), message: ["(3) = 86 nhưng (4)+(5)+(6) = 85"] },
      ],
    },
    {
      name: "one finding per wrong row, in row order",
      grid: () =>
        build06a(withCount(withCount(ROWS_OK, 2, "received", 5), 0, "received", 30), {
          total: "none",
        }),
      findings: [
        { cell: "C10", message: ["(3) = 30 nhưng (4)+(5)+(6) = 31"] },
        { cell: "C12", message: ["(3) = 5 nhưng (4)+(5)+(6) = 0"] },
      ],
    },
  ],
});
