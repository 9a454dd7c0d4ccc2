// Counts of 2^53 and beyond were accepted: sums of them are no longer exact, so a wrong total
// could pass (2^53 + 1 = 2^53 in floating point). They are now not-a-count; 10^15 is still a count.
import { analyse } from "../../../src/core/workbook";
import { build06a, counts, seen } from "../../helpers/form06a";

test("2^53 in a count cell is not-a-count with a Vietnamese message; 10^15 is a count", () => {
  const b = build06a([
    { name: "Chứng thực", counts: counts(1e15, 0, 0, 1e15, 0, 0, 0, 0) },
    { name: "Hộ tịch", counts: [2 ** 53, 2 ** 53, 1, 0, 2 ** 53, 2 ** 53, 0, 0, 1, 1, 0] },
    { name: "Tư pháp", counts: ["9007199254740993", 0, 0, 0, 0, 0, 0, 0, 0, 0, 0] },
  ]);
  const found = seen(analyse(b.wb).findings);
  const r = b.dataRows;
  expect(found.filter((f) => f.rule === "06a/not-a-count").map((f) => f.cell)).toEqual([
    `C${r[1]}`,
    `D${r[1]}`,
    `G${r[1]}`,
    `H${r[1]}`,
    `C${r[2]}`,
    ...["C", "D", "G", "H"].map((c) => `${c}${b.totalRow}`),
  ]);
  expect(found.find((f) => f.cell === `C${r[1]}`)?.message).toBe(
    '"9007199254740992" quá lớn, không thể là số hồ sơ; hãy kiểm tra lại ô này'
  );
  expect(found.filter((f) => f.cell.endsWith(String(r[0])))).toEqual([]);
});
