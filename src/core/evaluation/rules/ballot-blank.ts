// eval/ballot-blank: a ballot that leaves an index (or the level) blank is left out of that
// index's mean (or of the shares). A warning, in the manner of 06a/blank: the figures are
// computed, but the clerk should know a ballot was incomplete. One finding per ballot row.
import { Finding } from "../../grid";
import { finding, Rule, RuleMeta } from "../../rules";
import { EVAL_RULE_DESCRIPTIONS, evalMsg } from "../../messages/evaluation";
import { EvalContext, EvalForm } from "../types";

const meta: RuleMeta = {
  id: "eval/ballot-blank",
  severity: "warning",
  source: "A blank answer on a ballot is no score (as Excel's AVERAGE and COUNTA treat it)",
  description: EVAL_RULE_DESCRIPTIONS["eval/ballot-blank"],
};

export const ballotBlank: Rule<EvalForm, EvalContext> = {
  meta,
  check(form) {
    const bs = form.ballots;
    if (!bs) return [];
    const out: Finding[] = [];
    for (const b of bs.ballots) {
      const blanks = b.scores.map((s, i) => (s.kind === "blank" ? i : -1)).filter((i) => i >= 0);
      const levelBlank = !!b.level && b.level.text === "";
      if (!blanks.length && !levelBlank) continue;
      const col = blanks.length
        ? bs.location.scoreCols[blanks[0]]
        : (b.level as { col: number }).col;
      out.push(
        finding(
          meta,
          bs.location.sheet,
          b.row,
          col,
          evalMsg.ballotBlank(
            b.row,
            blanks.map((i) => i + 1),
            levelBlank
          )
        )
      );
    }
    return out;
  },
};
