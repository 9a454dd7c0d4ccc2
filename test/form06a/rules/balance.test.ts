import { build06a, counts, ROWS_OK, withCount } from "../../helpers/form06a";
import { ruleTester } from "../../helpers/ruleTester";

// Rows whose sums hold but whose (3) ≠ (7) + (11).
const UNBALANCED = [{ name: "Chứng thực", counts: counts(31, 0, 0, 19, 10, 0, 1, 0) }]; // 31 vs 29 + 1

ruleTester("06a/balance", "error", {
  valid: [
    { name: "the sample's rows and total", grid: () => build06a(ROWS_OK) },
    {
      name: "blank (7) skips the relation",
      grid: () => build06a(withCount(UNBALANCED, 0, "resolved", null), { total: "none" }),
    },
    {
      name: "blank (11) skips the relation",
      grid: () => build06a(withCount(UNBALANCED, 0, "pending", null), { total: "none" }),
    },
    {
      name: "blank (3) skips the relation",
      grid: () => build06a(withCount(UNBALANCED, 0, "received", null), { total: "none" }),
    },
    {
      name: "(11) not a count is not evaluated",
      grid: () => build06a(withCount(UNBALANCED, 0, "pending", "một"), { total: "none" }),
    },
    {
      name: "(7) fractional is not evaluated",
      grid: () => build06a(withCount(UNBALANCED, 0, "resolved", 29.5), { total: "none" }),
    },
    {
      name: "all zeros",
      grid: () => build06a([{ name: "Đất đai", counts: counts(0, 0, 0, 0, 0, 0, 0, 0) }]),
    },
  ],
  invalid: [
    {
      name: "(3) = 31 but (7)+(11) = 29+1 = 30",
      grid: () => build06a(UNBALANCED, { total: "none" }),
      findings: [
        {
          cell: "C10",
          message: ["(3) = 31 nhưng (7)+(11) = 29+1 = 30"],
          messageId: "balance",
          data: { received: 31, resolved: 29, pending: 1 },
        },
      ],
    },
    {
      name: "on the total row too (and only there when data rows hold)",
      grid: () => build06a(ROWS_OK, { totalValues: [85, 84, 0, 1, 80, 58, 22, 0, 3, 3, 0] }),
      findings: [{ cell: "C13", message: ["(3) = 85 nhưng (7)+(11) = 80+3 = 83"] }],
    },
    {
      name: "derived values typed as text are compared",
      grid: () => build06a(withCount(UNBALANCED, 0, "resolved", "29"), { total: "none" }),
      findings: [{ cell: "C10", message: ["(7)+(11) = 29+1 = 30"] }],
    },
  ],
});
