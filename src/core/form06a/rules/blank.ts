import { Finding } from "../../grid";
import { finding } from "../../rules";
import { MSG_06A } from "../../messages/form06a";
import { COLUMN_NO, COUNT_KEYS, DERIVED_KEYS } from "../model";
import { Rule06a } from "./shared";

const rule: Rule06a = {
  meta: {
    id: "06a/blank",
    severity: "warning",
    source: "Biểu số 06a/VPCP/KSTT: mọi ô số liệu đều phải ghi (0 khi không có hồ sơ)",
    description: "Ô số liệu của dòng lĩnh vực để trống; được tính là 0.",
  },
  check(form) {
    const out: Finding[] = [];
    for (const row of form.rows)
      for (const k of COUNT_KEYS) {
        const c = row.counts[k];
        if (c.state.kind !== "blank") continue;
        const msg = c.raw?.formula
          ? MSG_06A.blankFormula()
          : DERIVED_KEYS.has(k)
            ? MSG_06A.blankDerived(COLUMN_NO[k])
            : MSG_06A.blankInput();
        out.push(finding(rule.meta, form.sheet, c.row, c.col, msg));
      }
    return out;
  },
};
export default rule;
