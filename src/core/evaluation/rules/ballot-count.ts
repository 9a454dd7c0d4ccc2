// eval/ballot-count: "Số phiếu đánh giá" equals the ballots counted (ballots sheet, or the counts per level).
import { finding, Rule, RuleMeta } from "../../rules";
import { EVAL_RULE_DESCRIPTIONS, evalMsg } from "../../messages/evaluation";
import { EvalContext, EvalForm } from "../types";

const meta: RuleMeta = {
  id: "eval/ballot-count",
  severity: "warning",
  source: '"Số phiếu đánh giá" is the number of ballots (SPEC.md)',
  description: EVAL_RULE_DESCRIPTIONS["eval/ballot-count"],
};

export const ballotCount: Rule<EvalForm, EvalContext> = {
  meta,
  check(form, ctx) {
    const cell = form.ballotCount;
    if (!cell || cell.parsed.kind === "blank") return [];
    if (cell.parsed.kind === "invalid")
      return [
        finding(
          meta,
          cell.sheet,
          cell.row,
          cell.col,
          evalMsg.ballotCountNotNumber(cell.parsed.text)
        ),
      ];
    const { ballots, ballotsSource } = ctx.computed;
    if (ballots === null || (ballotsSource !== "sheet" && ballotsSource !== "levels")) return [];
    const written = cell.parsed.value;
    if (written === ballots) return [];
    const msg =
      ballotsSource === "sheet"
        ? evalMsg.ballotCountFromSheet(written, ballots, form.ballots?.location.sheet ?? "")
        : evalMsg.ballotCountFromLevels(written, ballots);
    return [finding(meta, cell.sheet, cell.row, cell.col, msg)];
  },
};
