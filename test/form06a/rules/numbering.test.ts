import { build06a, mapRows, ROWS_OK } from "../../helpers/form06a";
import { ruleTester } from "../../helpers/ruleTester";

const Z = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
const withStt = (...stt: (string | number | null)[]) =>
  stt.map((s, i) => ({ stt: s, name: "Lĩnh vực " + (i + 1), counts: [...Z] }));

ruleTester("06a/numbering", "warning", {
  valid: [
    { name: "1, 2, 3", grid: () => build06a(ROWS_OK) },
    { name: '1., 2., 3. and text "1"', grid: () => build06a(withStt("1.", "2.", "3")) },
    {
      name: "the total row's STT is not counted",
      grid: () => build06a(ROWS_OK, { totalStt: "--", total: "first" }),
    },
    { name: "without the numbering row", grid: () => build06a(ROWS_OK, { numbering: false }) },
  ],
  invalid: [
    {
      name: "a gap flags one row only",
      grid: () => build06a(withStt(1, 3, 4)),
      findings: [
        {
          cell: "A11",
          message: ['"3"', "dự kiến 2"],
          messageId: "numbering",
          data: { shown: "3", expected: 2 },
        },
      ],
    },
    {
      name: "a repeated number",
      grid: () => build06a(withStt(1, 2, 2)),
      findings: [{ cell: "A12", message: ["dự kiến 3"] }],
    },
    {
      name: "a missing number",
      grid: () => build06a(withStt(1, null, 3)),
      findings: [{ cell: "A11", message: ["Thiếu số thứ tự", "dự kiến 2"] }],
    },
    {
      name: "Roman numerals, at an offset",
      grid: () =>
        build06a(
          mapRows(ROWS_OK, (r, i) => ({ ...r, stt: ["I", "II", "III"][i] })),
          { top: 20, left: 6 }
        ),
      findings: (b) =>
        [0, 1, 2].map((i) => ({ cell: b.at(i, "stt"), message: [`dự kiến ${i + 1}`] })),
    },
  ],
});
