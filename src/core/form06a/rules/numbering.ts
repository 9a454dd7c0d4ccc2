import { Finding } from "../../grid";
import { finding } from "../../rules";
import { MSG_06A } from "../../messages/form06a";
import { Rule06a } from "./shared";

const rule: Rule06a = {
  meta: {
    id: "06a/numbering",
    severity: "warning",
    source:
      "Biểu số 06a/VPCP/KSTT: cột (1) số thứ tự 1, 2, 3 … (đánh lại từ 1 trong mỗi nhóm dòng)",
    description: "Số thứ tự các dòng lĩnh vực không liên tiếp từ 1.",
  },
  check(form) {
    const out: Finding[] = [];
    let expected = 1;
    let section = form.rows[0]?.section;
    for (const row of form.rows) {
      // Numbering restarts in each group of rows ("Sở, ban, ngành", "Xã, phường, thị trấn"…).
      if (row.section !== section) {
        section = row.section;
        expected = 1;
      }
      const shown = row.stt.trim();
      const n = /^\d+\.?$/.test(shown) ? parseInt(shown, 10) : NaN;
      if (n !== expected)
        out.push(
          finding(rule.meta, form.sheet, row.row, form.sttCol, MSG_06A.numbering(shown, expected))
        );
      // Continue from what is written, so one gap flags one row, not every row after it.
      expected = Number.isNaN(n) ? expected + 1 : n + 1;
    }
    return out;
  },
};
export default rule;
