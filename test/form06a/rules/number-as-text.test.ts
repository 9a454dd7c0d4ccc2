import { build06a, ROWS_OK, withCount } from "../../helpers/form06a";
import { ruleTester } from "../../helpers/ruleTester";

ruleTester("06a/number-as-text", "warning", {
  valid: [
    { name: "numbers", grid: () => build06a(ROWS_OK) },
    {
      name: '"1,5" is not a count (not-a-count, not this rule)',
      grid: () => build06a(withCount(ROWS_OK, 1, "online", "1,5")),
    },
    {
      name: '"1,234" is not a count (ambiguous comma: not-a-count)',
      grid: () => build06a(withCount(ROWS_OK, 1, "online", "1,234")),
    },
    { name: '"-3" is not a count', grid: () => build06a(withCount(ROWS_OK, 1, "online", "-3")) },
    { name: "blank", grid: () => build06a(withCount(ROWS_OK, 1, "online", null)) },
  ],
  invalid: [
    {
      name: '"31" in (4)',
      grid: () => build06a(withCount(ROWS_OK, 0, "online", "31")),
      findings: [{ cell: "D10", message: ['"31"', "văn bản", "31"] }],
    },
    {
      name: 'padded " 7 " and NFD text elsewhere, in a derived cell',
      grid: () => build06a(withCount(ROWS_OK, 1, "pending", " 2 "), { nfd: true }),
      findings: [{ cell: "K11", message: ['"2"'] }],
    },
    {
      name: '"1.234" with a thousands dot: read as 1234, typing it as a number is suggested',
      grid: () => build06a(withCount(ROWS_OK, 1, "online", "1.234")),
      findings: [
        {
          cell: "D11",
          message: ['"1.234"', "văn bản", "hàng nghìn", "đã đọc là 1234", "nhập lại dạng số"],
        },
      ],
    },
    {
      name: '"1\u00a0234" with a no-break space is shown with a plain space',
      grid: () => build06a(withCount(ROWS_OK, 1, "online", "1\u00a0234")),
      findings: [{ cell: "D11", message: ['"1 234"', "đã đọc là 1234"] }],
    },
    {
      name: "in the total row",
      grid: () => build06a(ROWS_OK, { totalValues: [85, 84, 0, 1, 82, 60, 22, 0, 3, 3, "0"] }),
      findings: [{ cell: "M13", message: ["văn bản"] }],
    },
  ],
});
