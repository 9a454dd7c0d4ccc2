// The evaluation rules, in the manner of ESLint's rule registry: one module per rule.
import { Finding, sortFindings } from "../../grid";
import { Rule } from "../../rules";
import { EvalContext, EvalForm } from "../types";
import { ballotBlank } from "./ballot-blank";
import { ballotCount } from "./ballot-count";
import { ballotValue } from "./ballot-value";
import { grade } from "./grade";
import { index1Estimate } from "./index1-estimate";
import { satisfactionSum } from "./satisfaction-sum";
import { scoreRange } from "./score-range";
import { total } from "./total";
import { append } from "../../arrays";

export const EVAL_RULES: readonly Rule<EvalForm, EvalContext>[] = [
  scoreRange,
  total,
  grade,
  satisfactionSum,
  ballotCount,
  ballotValue,
  ballotBlank,
  index1Estimate,
];

export function evalRule(id: string): Rule<EvalForm, EvalContext> | undefined {
  return EVAL_RULES.find((r) => r.meta.id === id);
}

/** Run every rule (or those in `only`) and sort the findings by sheet order, row, column. */
export function runEvalRules(
  form: EvalForm,
  ctx: EvalContext,
  sheetOrder: string[] = [],
  only?: readonly string[]
): Finding[] {
  const out: Finding[] = [];
  for (const r of EVAL_RULES)
    if (!only || only.includes(r.meta.id)) append(out, r.check(form, ctx));
  return sortFindings(out, sheetOrder);
}

export {
  ballotBlank,
  ballotCount,
  ballotValue,
  grade,
  index1Estimate,
  satisfactionSum,
  scoreRange,
  total,
};
