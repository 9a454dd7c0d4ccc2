import { finding } from "../../rules";
import { MSG_06A } from "../../messages/form06a";
import { Rule06a } from "./shared";

const rule: Rule06a = {
  meta: {
    id: "06a/missing-total",
    severity: "warning",
    source: "Biểu số 06a/VPCP/KSTT: dòng tổng cộng",
    description: "Biểu không có dòng tổng.",
  },
  check(form) {
    return form.total
      ? []
      : [
          finding(
            rule.meta,
            form.sheet,
            form.headerTop,
            Math.min(form.sttCol, form.nameCol),
            MSG_06A.missingTotal()
          ),
        ];
  },
};
export default rule;
