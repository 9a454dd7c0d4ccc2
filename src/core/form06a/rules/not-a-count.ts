import { Finding } from "../../grid";
import { finding } from "../../rules";
import { MSG_06A } from "../../messages/form06a";
import { allRows, COUNT_KEYS } from "../model";
import { Rule06a } from "./shared";

const rule: Rule06a = {
  meta: {
    id: "06a/not-a-count",
    severity: "error",
    source: "Biểu số 06a/VPCP/KSTT: số hồ sơ là số nguyên không âm",
    description: "Ô số hồ sơ chứa số âm, số lẻ, chữ hoặc lỗi công thức.",
  },
  check(form) {
    const out: Finding[] = [];
    for (const row of allRows(form))
      for (const k of COUNT_KEYS) {
        const c = row.counts[k];
        if (c.state.kind !== "invalid") continue;
        const { reason, shown } = c.state;
        out.push(
          finding(
            rule.meta,
            form.sheet,
            c.row,
            c.col,
            reason === "huge" ? MSG_06A.notACountHuge(shown) : MSG_06A.notACount[reason](shown)
          )
        );
      }
    return out;
  },
};
export default rule;
