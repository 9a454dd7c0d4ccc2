import { Finding } from "../../grid";
import { finding } from "../../rules";
import { MSG_06A } from "../../messages/form06a";
import { COLUMN_NO, COUNT_KEYS, FormRow } from "../model";
import type { Message } from "../../messages/message";
import { Rule06a, sumOf } from "./shared";

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
    // One check for the total and for each group's sub-total: each cell of `target` equals the
    // column's sum over `rows` (a cell that is not a count, or a column holding one, is skipped).
    const against = (
      target: FormRow,
      rows: readonly FormRow[],
      message: (colNo: number, value: number, sum: number) => Message
    ) => {
      for (const k of COUNT_KEYS) {
        const t = target.counts[k];
        if (t.state.kind !== "count") continue;
        const sum = sumOf(rows, (r) => r.counts[k]);
        if (sum === null) continue;
        if (sum !== t.state.value)
          out.push(
            finding(rule.meta, form.sheet, t.row, t.col, message(COLUMN_NO[k], t.state.value, sum))
          );
      }
    };
    // The total row, and any further row labelled as a total (a duplicated total row).
    for (const total of [...(form.total ? [form.total] : []), ...(form.extraTotals ?? [])])
      against(total, form.rows, MSG_06A.totalRow);
    for (const sub of form.subtotals ?? []) {
      const label = sub.section !== undefined ? (form.sections?.[sub.section]?.label ?? "") : "";
      against(
        sub,
        form.rows.filter((r) => r.section === sub.section),
        (colNo, value, sum) => MSG_06A.subtotalRow(label, colNo, value, sum)
      );
    }
    return out;
  },
};
export default rule;
