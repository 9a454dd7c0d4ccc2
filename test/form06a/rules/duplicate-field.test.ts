import { build06a, mapRows, ROWS_OK } from "../../helpers/form06a";
import { ruleTester } from "../../helpers/ruleTester";

const Z = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
const rows = (...names: string[]) => names.map((name) => ({ name, counts: [...Z] }));

ruleTester("06a/duplicate-field", "warning", {
  valid: [
    { name: "distinct fields", grid: () => build06a(ROWS_OK) },
    {
      name: "similar but different fields",
      grid: () =>
        build06a(
          rows(
            "Lâm nghiệp",
            "Nông nghiệp",
            "Lĩnh vực Thi đua khen thưởng",
            "Thi đua, khen thưởng Trung ương"
          )
        ),
    },
    {
      name: "the total label is not a field",
      grid: () => build06a(rows("Tổng hợp", "Hộ tịch"), { totalLabel: "Tổng cộng" }),
    },
    { name: "rows without a name are not compared", grid: () => build06a(rows("", "Hộ tịch", "")) },
    {
      name: "the same field under two groups of rows (cấp huyện, cấp xã) is two fields",
      grid: () =>
        build06a([
          { name: "Cấp huyện", counts: [], kind: "group" },
          { stt: 1, name: "Hộ tịch", counts: [...Z] },
          { name: "Cấp xã", counts: [], kind: "group" },
          { stt: 1, name: "Hộ tịch", counts: [...Z] },
        ]),
    },
  ],
  invalid: [
    {
      name: 'rows of units ("Đơn vị"): the message speaks of đơn vị',
      grid: () =>
        build06a(rows("UBND xã Hà Long", "UBND phường Bắc Sơn", "UBND xã Hà Long"), {
          nameHeader: "Đơn vị",
        }),
      findings: [{ cell: "B12", message: ['"UBND xã Hà Long" trùng với đơn vị ở dòng 10'] }],
    },
    {
      name: "the same field twice within one group of rows",
      grid: () =>
        build06a([
          { name: "Cấp xã", counts: [], kind: "group" },
          { stt: 1, name: "Hộ tịch", counts: [...Z] },
          { stt: 2, name: "Hộ tịch", counts: [...Z] },
        ]),
      findings: [{ cell: "B12", message: ["trùng với lĩnh vực ở dòng 11"] }],
    },
    {
      name: 'the sample\'s "Lâm nghiệp" twice',
      grid: () => build06a(rows("Lĩnh vực Hộ tịch", "Lĩnh vực Lâm nghiệp", "Lĩnh vực Lâm nghiệp")),
      findings: [{ cell: "B12", message: ['"Lĩnh vực Lâm nghiệp"', "dòng 11"] }],
    },
    {
      name: 'with and without the leading "Lĩnh vực"',
      grid: () => build06a(rows("Lĩnh vực Chứng thực", "Hộ tịch", "Chứng thực")),
      findings: [{ cell: "B12", message: ['"Chứng thực"', "dòng 10"] }],
    },
    {
      name: "case, spaces and NFD vs NFC",
      grid: () => build06a(rows("Hộ tịch", "HỘ  TỊCH ".normalize("NFD"), " hộ tịch")),
      findings: [
        { cell: "B11", message: ["dòng 10"] },
        { cell: "B12", message: ["dòng 10"] },
      ],
    },
    {
      name: "at an offset, total row first",
      grid: () =>
        build06a(
          mapRows(ROWS_OK, (r, i) => (i === 2 ? { ...r, name: "chứng thực" } : r)),
          { top: 20, left: 6, total: "first" }
        ),
      findings: (b) => [{ cell: b.at(2, "name"), message: [`dòng ${b.dataRows[0]}`] }],
    },
  ],
});
