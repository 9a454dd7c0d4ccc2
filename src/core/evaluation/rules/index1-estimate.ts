// eval/index1-estimate: the self-score of index 1 is within 0.3 of its estimate from Biểu 06a.
import { finding, Rule, RuleMeta } from "../../rules";
import { EVAL_RULE_DESCRIPTIONS, evalMsg } from "../../messages/evaluation";
import { EvalContext, EvalForm } from "../types";

const meta: RuleMeta = {
  id: "eval/index1-estimate",
  severity: "warning",
  source:
    "Index 1 per ballot: 2 early, 1 on time, 0 late; estimated from 06a columns (8), (9), (10) over (7)",
  description: EVAL_RULE_DESCRIPTIONS["eval/index1-estimate"],
};

export const INDEX1_TOLERANCE = 0.3;

export const index1Estimate: Rule<EvalForm, EvalContext> = {
  meta,
  check(form, ctx) {
    const est = ctx.computed.index1Estimate;
    const self = ctx.computed.self[0];
    const t = ctx.totals06a;
    const ix = form.indices[0];
    if (est === null || self === null || !t || ix.row === null) return [];
    if (Math.abs(self - est) <= INDEX1_TOLERANCE + 1e-9) return [];
    const col = ix.self?.col ?? form.location.cols.no;
    return [finding(meta, form.location.sheet, ix.row, col, evalMsg.index1Estimate(self, est, t))];
  },
};
