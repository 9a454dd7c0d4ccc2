// Runs every 06a rule on a located form.
import { Finding, sortFindings } from "../grid";
import { Form06a } from "./model";
import { RULES_06A } from "./rules";
import { append } from "../arrays";

export function check06a(
  form: Form06a,
  previous: Form06a | null = null,
  sheetOrder: string[] = []
): Finding[] {
  const out: Finding[] = [];
  for (const rule of RULES_06A) append(out, rule.check(form, { previous }));
  return sortFindings(out, sheetOrder);
}
