import { Finding } from "../../grid";
import { finding } from "../../rules";
import { MSG_06A } from "../../messages/form06a";
import { normaliseField } from "../../text/normalize";
import { countValue, FormRow } from "../model";
import { Rule06a } from "./shared";

/**
 * The previous period's (11) of a row; a blank (11) (not filled yet) is read as (12)+(13), the
 * value fill would give it. null when a cell involved is not a count.
 */
function previousPending(p: FormRow): number | null {
  const { pending, withinTime, overdue } = p.counts;
  if (pending.state.kind !== "blank") return countValue(pending);
  const a = countValue(withinTime);
  const b = countValue(overdue);
  return a === null || b === null ? null : a + b;
}

const rule: Rule06a = {
  meta: {
    id: "06a/carry-over",
    severity: "warning",
    source:
      "Biểu số 06a/VPCP/KSTT: hồ sơ từ kỳ trước (6) là hồ sơ còn đang giải quyết (11) cuối kỳ trước",
    description: "Số hồ sơ từ kỳ trước khác số đang giải quyết của kỳ trước cùng lĩnh vực.",
  },
  check(form, ctx) {
    const out: Finding[] = [];
    const prev = ctx.previous;
    if (!prev) return out;
    const byField = new Map<string, FormRow>();
    for (const r of prev.rows) {
      const key = normaliseField(r.name);
      if (key && !byField.has(key)) byField.set(key, r);
    }
    const pairs: [FormRow, FormRow | null | undefined][] = form.rows.map((r) => [
      r,
      byField.get(normaliseField(r.name)),
    ]);
    if (form.total) pairs.push([form.total, prev.total]);
    for (const [row, p] of pairs) {
      if (!p) continue;
      const c = row.counts.carriedOver;
      const now = c.state.kind === "count" ? c.state.value : c.state.kind === "blank" ? 0 : null;
      const before = previousPending(p);
      if (now === null || before === null || now === before) continue;
      out.push(finding(rule.meta, form.sheet, c.row, c.col, MSG_06A.carryOver(now, before, p.row)));
    }
    return out;
  },
};
export default rule;
