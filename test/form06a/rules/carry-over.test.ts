import { build06a, counts, mapRows, ROWS_OK, RowSpec, withCount } from "../../helpers/form06a";
import { ruleTester } from "../../helpers/ruleTester";

// The previous quarter: pending (11) = 0 for Chứng thực, 1 for Hộ tịch, 0 for Đất đai; total 1.
const PREV: RowSpec[] = [
  { name: "Lĩnh vực Chứng thực", counts: counts(20, 0, 0, 20, 0, 0, 0, 0) },
  { name: "Lĩnh vực Hộ tịch", counts: counts(30, 0, 0, 29, 0, 0, 1, 0) },
  { name: "Lĩnh vực Đất đai", counts: counts(0, 0, 0, 0, 0, 0, 0, 0) },
];
const prev =
  (rows = PREV, o: Parameters<typeof build06a>[1] = {}) =>
  () =>
    build06a(rows, { period: "(Từ ngày 15/09/2023 đến ngày 14/12/2023)", ...o });

ruleTester("06a/carry-over", "warning", {
  valid: [
    {
      name: "no previous workbook: not run",
      grid: () => build06a(withCount(ROWS_OK, 0, "carriedOver", 5), { total: "none" }),
    },
    {
      name: "(6) equals the previous (11), total included",
      grid: () => build06a(ROWS_OK),
      previous: prev(),
    },
    {
      name: "fields matched by normalised name, in another order and layout",
      grid: () => build06a(ROWS_OK),
      previous: prev(
        [PREV[2], { ...PREV[1], name: "HỘ TỊCH" }, { ...PREV[0], name: "Chứng  thực" }],
        { header: 2, numbering: false, top: 15, left: 4 }
      ),
    },
    {
      name: "a field absent from the previous period is skipped",
      grid: () =>
        build06a(
          [...ROWS_OK, { name: "Lĩnh vực Tư pháp", counts: counts(0, 0, 4, 0, 0, 0, 4, 0) }],
          { total: "none" }
        ),
      previous: prev(),
    },
    {
      name: "a blank previous (11) is read as (12)+(13), as fill would compute it",
      grid: () => build06a(ROWS_OK),
      previous: prev(withCount(PREV, 1, "pending", null), {
        totalValues: [50, 50, 0, 0, 49, 49, 0, 0, null, 1, 0],
      }),
    },
    {
      name: "(6) not a count is left to not-a-count",
      grid: () => build06a(withCount(ROWS_OK, 1, "carriedOver", "một"), { total: "none" }),
      previous: prev(),
    },
  ],
  invalid: [
    {
      name: "(6) = 1 but the previous (11) = 0",
      grid: () =>
        build06a(
          mapRows(ROWS_OK, (r, i) =>
            i === 0 ? { ...r, counts: counts(31, 0, 1, 19, 11, 1, 1, 0) } : r
          ),
          { total: "none" }
        ),
      previous: prev(),
      findings: [
        { cell: "F10", message: ["(6) = 1 nhưng kỳ trước còn 0 hồ sơ đang giải quyết", "dòng 10"] },
      ],
    },
    {
      name: "a blank (6) counts as 0",
      grid: () =>
        build06a(withCount(withCount(ROWS_OK, 1, "carriedOver", null), 1, "received", null), {
          total: "none",
        }),
      previous: prev(),
      findings: [{ cell: "F11", message: ["(6) = 0 nhưng kỳ trước còn 1"] }],
    },
    {
      name: "the total rows are compared",
      grid: () => build06a(ROWS_OK, { totalValues: [85, 84, 0, 1, 82, 60, 22, 0, 3, 3, 0] }),
      previous: prev(PREV, { totalValues: [50, 50, 0, 0, 49, 49, 0, 0, 2, 2, 0] }),
      findings: [{ cell: "F13", message: ["(6) = 1 nhưng kỳ trước còn 2", "dòng 13"] }],
    },
    {
      name: "a blank previous (11) read as (12)+(13) that disagrees",
      grid: () => build06a(ROWS_OK, { total: "none" }),
      previous: prev(withCount(withCount(PREV, 1, "pending", null), 1, "overdue", 2), {
        total: "none",
      }),
      findings: [{ cell: "F11", message: ["(6) = 1 nhưng kỳ trước còn 3"] }],
    },
  ],
});
