// eval/ballot-value: on each ballot a score is 0, 1 or 2 and the level is one of the five.
import { Finding } from "../../grid";
import { finding, Rule, RuleMeta } from "../../rules";
import { EVAL_RULE_DESCRIPTIONS, evalMsg } from "../../messages/evaluation";
import { EvalContext, EvalForm } from "../types";

const meta: RuleMeta = {
  id: "eval/ballot-value",
  severity: "error",
  source:
    "Thông tư 01/2018/TT-VPCP: a ballot scores each index 2, 1 or 0; five satisfaction levels",
  description: EVAL_RULE_DESCRIPTIONS["eval/ballot-value"],
};

export const ballotValue: Rule<EvalForm, EvalContext> = {
  meta,
  check(form) {
    const bs = form.ballots;
    if (!bs) return [];
    const out: Finding[] = [];
    const sheet = bs.location.sheet;
    for (const b of bs.ballots) {
      b.scores.forEach((s, i) => {
        if (s.kind === "invalid")
          out.push(
            finding(
              meta,
              sheet,
              b.row,
              bs.location.scoreCols[i],
              evalMsg.ballotScoreInvalid(b.row, i + 1, s.text)
            )
          );
      });
      if (b.level && b.level.text !== "" && b.level.level === null)
        out.push(
          finding(
            meta,
            sheet,
            b.level.row,
            b.level.col,
            evalMsg.ballotLevelUnknown(b.row, b.level.text)
          )
        );
    }
    return out;
  },
};
