// eval/score-range: every self-score and appraised score is a number from 0 to 2.
import { finding, Rule, RuleMeta } from "../../rules";
import { EVAL_RULE_DESCRIPTIONS, evalMsg, EvalScoreColumn } from "../../messages/evaluation";
import { EvalContext, EvalForm } from "../types";

const meta: RuleMeta = {
  id: "eval/score-range",
  severity: "error",
  source:
    "Thông tư 01/2018/TT-VPCP: each index is scored 0, 1 or 2 per ballot; a unit's score is their mean",
  description: EVAL_RULE_DESCRIPTIONS["eval/score-range"],
};

const COLUMNS: EvalScoreColumn[] = ["self", "appraised"];

export const scoreRange: Rule<EvalForm, EvalContext> = {
  meta,
  check(form) {
    const out = [];
    for (const ix of form.indices) {
      for (const c of COLUMNS) {
        const cell = ix[c];
        if (!cell) continue;
        const p = cell.parsed;
        if (p.kind === "invalid")
          out.push(
            finding(meta, cell.sheet, cell.row, cell.col, evalMsg.scoreNotNumber(c, ix.no, p.text))
          );
        else if (p.kind === "number" && (p.value < 0 || p.value > 2))
          out.push(
            finding(
              meta,
              cell.sheet,
              cell.row,
              cell.col,
              evalMsg.scoreOutOfRange(c, ix.no, p.value)
            )
          );
      }
    }
    return out;
  },
};
