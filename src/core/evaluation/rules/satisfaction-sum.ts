// eval/satisfaction-sum: the five satisfaction shares add up to 100 (±0.1).
import { Finding } from "../../grid";
import { finding, Rule, RuleMeta } from "../../rules";
import { EVAL_LEVELS, EVAL_RULE_DESCRIPTIONS, evalMsg } from "../../messages/evaluation";
import { roundHalfUp } from "../../text/numbers";
import { sharesOf } from "../compute";
import { EvalContext, EvalForm } from "../types";

const meta: RuleMeta = {
  id: "eval/satisfaction-sum",
  severity: "error",
  source: "Share = ballots at the level / all ballots × 100, so the five shares make 100",
  description: EVAL_RULE_DESCRIPTIONS["eval/satisfaction-sum"],
};

export const SATISFACTION_TOLERANCE = 0.1;

export const satisfactionSum: Rule<EvalForm, EvalContext> = {
  meta,
  check(form, ctx) {
    const shares = form.satisfaction?.shares;
    if (!shares || shares.every((c) => !c || c.parsed.kind === "blank")) return [];
    const out: Finding[] = [];
    // A level the table does not have (three-level exports) adds nothing.
    shares.forEach((c, i) => {
      if (c && c.parsed.kind === "invalid")
        out.push(
          finding(
            meta,
            c.sheet,
            c.row,
            c.col,
            evalMsg.satisfactionNotNumber(EVAL_LEVELS[i], c.parsed.text)
          )
        );
    });
    if (out.length) return out;
    const values = shares.map((c) => (c && c.parsed.kind === "number" ? c.parsed.value : 0));
    const sum = roundHalfUp(
      values.reduce((a, b) => a + b, 0),
      2
    );
    if (Math.abs(sum - 100) <= SATISFACTION_TOLERANCE + 1e-9) return [];
    // Five shares each rounded to one decimal may miss 100 by a little more than 0.1; when every
    // share is exactly the rounded share of the counted ballots the figures are right.
    const counts = ctx.computed.levelCounts;
    if (counts && counts.some((n) => n > 0)) {
      const exact = sharesOf(counts);
      if (values.every((v, i) => exact[i] !== null && Math.abs(v - (exact[i] as number)) < 0.05))
        return [];
    }
    const at = shares.find((c): c is NonNullable<typeof c> => c !== null) as NonNullable<
      (typeof shares)[number]
    >;
    return [finding(meta, at.sheet, at.row, at.col, evalMsg.satisfactionSum(sum))];
  },
};
