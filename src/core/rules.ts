// The rule contract shared by Biểu 06a and the evaluation, in the manner of ESLint rules:
// one module per rule, declarative meta, a pure check() that returns findings.
import { Finding, Severity } from "./grid";

export interface RuleMeta {
  /** Stable ID, e.g. "06a/received-sum" (the contract of `tthc check`). */
  id: string;
  severity: Severity;
  /** Where the rule comes from (legal text or form structure). */
  source: string;
  /** One Vietnamese sentence for clerks: what the rule checks. */
  description: string;
}

export interface Rule<F, C = unknown> {
  meta: RuleMeta;
  check(form: F, ctx: C): Finding[];
}

/** Build a finding of `meta`'s ID and severity at a cell. */
export function finding(meta: RuleMeta, sheet: string, row: number, col: number, message: string): Finding {
  return { rule: meta.id, severity: meta.severity, sheet, row, col, message };
}
