import { build06a, ROWS_OK, withCount } from "../../helpers/form06a";
import { ruleTester } from "../../helpers/ruleTester";

ruleTester("06a/pending-sum", "error", {
  valid: [
    { name: "the sample's rows and total", grid: () => build06a(ROWS_OK) },
    {
      name: "blank (11) skips the relation",
      grid: () => build06a(withCount(ROWS_OK, 0, "pending", null), { total: "none" }),
    },
    {
      name: "blank (13) counts as 0",
      grid: () => build06a(withCount(ROWS_OK, 0, "overdue", null)),
    },
    {
      name: "(12) negative is not evaluated",
      grid: () => build06a(withCount(ROWS_OK, 0, "withinTime", -1)),
    },
    {
      name: "(13) a date is not evaluated",
      grid: () => build06a(withCount(ROWS_OK, 0, "overdue", new Date(Date.UTC(2024, 0, 2)))),
    },
  ],
  invalid: [
    {
      name: "(11) = 1 but (12)+(13) = 2",
      grid: () => build06a(withCount(ROWS_OK, 0, "overdue", 1), { total: "none" }),
      findings: [{ cell: "K10", message: ["(11) = 1 nhưng (12)+(13) = 2"] }],
    },
    {
      name: '(11) typed as text "4"',
      grid: () => build06a(withCount(ROWS_OK, 1, "pending", "4"), { total: "none" }),
      findings: [{ cell: "K11", message: ["(11) = 4 nhưng (12)+(13) = 2"] }],
    },
    {
      name: "total row's (11), total row first",
      grid: () =>
        build06a(ROWS_OK, { total: "first", totalValues: [85, 84, 0, 1, 82, 60, 22, 0, 3, 2, 0] }),
      findings: [{ cell: "K10", message: ["(11) = 3 nhưng (12)+(13) = 2"] }],
    },
  ],
});
