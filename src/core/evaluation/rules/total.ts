// eval/total: the total written in the "Tổng cộng" row equals the sum of the nine scores (±0.05).
import { Finding } from "../../grid";
import { finding, Rule, RuleMeta } from "../../rules";
import { EVAL_RULE_DESCRIPTIONS, evalMsg, EvalScoreColumn } from "../../messages/evaluation";
import { sumScores } from "../compute";
import { EvalContext, EvalForm } from "../types";

const meta: RuleMeta = {
  id: "eval/total",
  severity: "error",
  source: "Thông tư 01/2018/TT-VPCP: the total is the sum of the nine indices (max 18)",
  description: EVAL_RULE_DESCRIPTIONS["eval/total"],
};

export const TOTAL_TOLERANCE = 0.05;

export const total: Rule<EvalForm, EvalContext> = {
  meta,
  check(form, ctx) {
    const out: Finding[] = [];
    for (const c of ["self", "appraised"] as EvalScoreColumn[]) {
      const cell = form.totals[c];
      if (!cell || cell.parsed.kind === "blank") continue;
      if (cell.parsed.kind === "invalid") {
        out.push(
          finding(meta, cell.sheet, cell.row, cell.col, evalMsg.totalNotNumber(c, cell.parsed.text))
        );
        continue;
      }
      // A column with a score that is not a number is flagged by eval/score-range; no cascade here.
      if (form.indices.some((ix) => ix[c]?.parsed.kind === "invalid")) continue;
      const sum = sumScores(c === "self" ? ctx.computed.self : ctx.computed.appraised);
      if (sum === null) continue;
      const written = cell.parsed.value;
      if (Math.abs(written - sum) > TOTAL_TOLERANCE + 1e-9)
        out.push(
          finding(meta, cell.sheet, cell.row, cell.col, evalMsg.totalMismatch(c, written, sum))
        );
    }
    return out;
  },
};
