// The rule contract shared by Biểu 06a and the evaluation, in the manner of ESLint rules:
// one module per rule, declarative meta, a pure check() that returns findings.
import { Finding, Severity } from "./grid";
import type { Message } from "./messages/message";

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
export function finding(
  meta: RuleMeta,
  sheet: string,
  row: number,
  col: number,
  message: Message
): Finding {
  return findingOf(meta.id, meta.severity, sheet, row, col, message);
}

/** A finding of a rule that has no rule module (regime and Điều 33 checks made while reading). */
export function findingOf(
  rule: string,
  severity: Severity,
  sheet: string,
  row: number,
  col: number,
  m: Message
): Finding {
  return { rule, severity, sheet, row, col, message: m.text, messageId: m.id, data: m.data };
}
