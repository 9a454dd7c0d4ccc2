import { Finding } from "../../grid";
import { finding } from "../../rules";
import { MSG_06A } from "../../messages/form06a";
import { COLUMN_NO, COUNT_KEYS } from "../model";
import { Rule06a, values } from "./shared";

const rule: Rule06a = {
  meta: {
    id: "06a/total-row",
    severity: "error",
    // A group's sub-total ("Cộng" under "Xã, phường, thị trấn") is the total row of its group:
    // the same rule, over that group's rows.
    source:
      "Biểu số 06a/VPCP/KSTT: dòng tổng là tổng các dòng lĩnh vực (dòng cộng của một nhóm là tổng các dòng trong nhóm)",
    description:
      "Mỗi ô của dòng tổng bằng tổng cột đó trên các dòng lĩnh vực; dòng cộng của mỗi nhóm bằng tổng các dòng trong nhóm.",
  },
  check(form) {
    const out: Finding[] = [];
    // The total row, and any further row labelled as a total (a duplicated total row).
    const totals = [...(form.total ? [form.total] : []), ...(form.extraTotals ?? [])];
    for (const total of totals)
      for (const k of COUNT_KEYS) {
        const t = total.counts[k];
        if (t.state.kind !== "count") continue;
        const vs = values(form.rows.map((r) => r.counts[k]));
        if (!vs) continue;
        const sum = vs.reduce((a, b) => a + b, 0);
        if (sum !== t.state.value)
          out.push(
            finding(
              rule.meta,
              form.sheet,
              t.row,
              t.col,
              MSG_06A.totalRow(COLUMN_NO[k], t.state.value, sum)
            )
          );
      }
    for (const sub of form.subtotals ?? []) {
      const rows = form.rows.filter((r) => r.section === sub.section);
      const label = sub.section !== undefined ? (form.sections?.[sub.section]?.label ?? "") : "";
      for (const k of COUNT_KEYS) {
        const t = sub.counts[k];
        if (t.state.kind !== "count") continue;
        const vs = values(rows.map((r) => r.counts[k]));
        if (!vs) continue;
        const sum = vs.reduce((a, b) => a + b, 0);
        if (sum !== t.state.value)
          out.push(
            finding(
              rule.meta,
              form.sheet,
              t.row,
              t.col,
              MSG_06A.subtotalRow(label, COLUMN_NO[k], t.state.value, sum)
            )
          );
      }
    }
    return out;
  },
};
export default rule;
