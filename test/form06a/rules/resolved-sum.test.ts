import { build06a, ROWS_OK, withCount } from "../../helpers/form06a";
import { ruleTester } from "../../helpers/ruleTester";

ruleTester("06a/resolved-sum", "error", {
  valid: [
    { name: "the sample's rows and total", grid: () => build06a(ROWS_OK) },
    {
      name: "blank (7) skips the relation",
      grid: () => build06a(withCount(ROWS_OK, 1, "resolved", null), { total: "none" }),
    },
    { name: "blank (10) counts as 0", grid: () => build06a(withCount(ROWS_OK, 1, "late", null)) },
    {
      name: "(8) fractional is not evaluated",
      grid: () => build06a(withCount(ROWS_OK, 1, "early", 40.5)),
    },
    {
      name: "(9) text is not evaluated",
      grid: () => build06a(withCount(ROWS_OK, 1, "onTime", "mười một")),
    },
    {
      name: "(7) an Excel error is not evaluated",
      grid: () => build06a(withCount(ROWS_OK, 1, "resolved", { error: "#VALUE!" })),
    },
    {
      name: "(8) stored as text that agrees",
      grid: () => build06a(withCount(ROWS_OK, 1, "early", "41")),
    },
  ],
  invalid: [
    {
      name: "(7) = 30 but (8)+(9)+(10) = 31",
      grid: () => build06a(withCount(ROWS_OK, 0, "late", 1), { total: "none" }),
      findings: [{ cell: "G10", message: ["(7) = 30 nhưng (8)+(9)+(10) = 31"] }],
    },
    {
      name: "total row's (7)",
      grid: () => build06a(ROWS_OK, { totalValues: [85, 84, 0, 1, 82, 61, 22, 0, 3, 3, 0] }),
      findings: [{ cell: "G13", message: ["(7) = 82 nhưng (8)+(9)+(10) = 83"] }],
    },
    {
      name: "2-row header without numbering row, at an offset",
      grid: () =>
        build06a(withCount(ROWS_OK, 2, "resolved", 7), {
          header: 2,
          numbering: false,
          top: 8,
          left: 3,
          total: "none",
        }),
      findings: (b) => [{ cell: b.at(2, "resolved"), message: ["(7) = 7 nhưng (8)+(9)+(10) = 0"] }],
    },
  ],
});
