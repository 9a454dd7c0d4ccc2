import { build06a, ROWS_OK, withCount } from "../../helpers/form06a";
import { ruleTester } from "../../helpers/ruleTester";

ruleTester("06a/blank", "warning", {
  valid: [
    { name: "every cell written", grid: () => build06a(ROWS_OK) },
    {
      name: "zeros are not blank",
      grid: () => build06a([{ name: "Đất đai", counts: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0] }]),
    },
    {
      name: "blank cells of the total row are not reported",
      grid: () => build06a(ROWS_OK, { totalValues: ROWS_OK[0].counts.map(() => null) }),
    },
  ],
  invalid: [
    {
      name: "a blank input",
      grid: () => build06a(withCount(ROWS_OK, 1, "direct", null)),
      findings: [{ cell: "E11", message: ["Ô trống", "được tính là 0"] }],
    },
    {
      name: "a blank derived cell names its column",
      grid: () => build06a(withCount(ROWS_OK, 0, "resolved", null), { total: "none" }),
      findings: [{ cell: "G10", message: ["được tính là 0", "(7)"] }],
    },
    {
      name: "a whitespace-only cell",
      grid: () => build06a(withCount(ROWS_OK, 2, "overdue", "  ")),
      findings: [{ cell: "M12", message: ["Ô trống"] }],
    },
    {
      name: "a row of blanks (a field with no dossiers left empty)",
      grid: () => build06a([...ROWS_OK.slice(0, 2), { name: "Đất đai", counts: [] }]),
      findings: ["C", "D", "E", "F", "G", "H", "I", "J", "K", "L", "M"].map((c) => ({
        cell: c + "12",
      })),
    },
  ],
});
