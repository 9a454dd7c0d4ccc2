import { Finding } from "../../grid";
import { finding } from "../../rules";
import { MSG_06A } from "../../messages/form06a";
import { allRows } from "../model";
import { Rule06a, unreliableCells, values } from "./shared";

const rule: Rule06a = {
  meta: {
    id: "06a/balance",
    severity: "error",
    source:
      "Cấu trúc Biểu số 06a/VPCP/KSTT: hồ sơ nhận giải quyết = đã giải quyết + đang giải quyết",
    description:
      "Số hồ sơ nhận giải quyết (3) bằng số đã giải quyết (7) cộng số đang giải quyết (11).",
  },
  check(form) {
    const out: Finding[] = [];
    const unreliable = unreliableCells(form);
    for (const row of allRows(form)) {
      const { received, resolved, pending } = row.counts;
      if (
        received.state.kind !== "count" ||
        resolved.state.kind === "blank" ||
        pending.state.kind === "blank"
      )
        continue;
      if (unreliable(row, "received") || unreliable(row, "resolved") || unreliable(row, "pending"))
        continue;
      const vs = values([received, resolved, pending]);
      if (!vs) continue;
      if (vs[0] !== vs[1] + vs[2])
        out.push(
          finding(
            rule.meta,
            form.sheet,
            received.row,
            received.col,
            MSG_06A.balance(vs[0], vs[1], vs[2])
          )
        );
    }
    return out;
  },
};
export default rule;
