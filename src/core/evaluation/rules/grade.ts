// eval/grade: the grade written on the sheet is the grade of the total (appraised when complete, else self).
import { finding, Rule, RuleMeta } from "../../rules";
import { EVAL_RULE_DESCRIPTIONS, evalMsg } from "../../messages/evaluation";
import { headerKey } from "../locate";
import { EvalContext, EvalForm } from "../types";

const meta: RuleMeta = {
  id: "eval/grade",
  severity: "warning",
  source:
    "Grade thresholds of Thanh Hóa's one-stop system (SPEC.md), or the workbook's \"Ngưỡng xếp loại\"",
  description: EVAL_RULE_DESCRIPTIONS["eval/grade"],
};

export const grade: Rule<EvalForm, EvalContext> = {
  meta,
  check(form, ctx) {
    const g = form.grade;
    const { grade: computed, gradeTotal, gradeBasis } = ctx.computed;
    if (!g || g.foreign || g.grade === "" || computed === null || gradeTotal === null) return [];
    if (headerKey(g.grade) === headerKey(computed)) return [];
    return [
      finding(
        meta,
        form.location.sheet,
        g.row,
        g.col,
        evalMsg.gradeMismatch(g.grade, computed, gradeBasis, gradeTotal)
      ),
    ];
  },
};
