import { Finding } from "../../grid";
import { finding } from "../../rules";
import { MSG_06A } from "../../messages/form06a";
import { normaliseField } from "../../text/normalize";
import { FormRow } from "../model";
import { Rule06a } from "./shared";

const rule: Rule06a = {
  meta: {
    id: "06a/carry-over",
    severity: "warning",
    source: "Biểu số 06a/VPCP/KSTT: hồ sơ từ kỳ trước (6) là hồ sơ còn đang giải quyết (11) cuối kỳ trước",
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
    const pairs: [FormRow, FormRow | null | undefined][] = form.rows.map((r) => [r, byField.get(normaliseField(r.name))]);
    if (form.total) pairs.push([form.total, prev.total]);
    for (const [row, p] of pairs) {
      if (!p) continue;
      const c = row.counts.carriedOver;
      const pc = p.counts.pending;
      const now = c.state.kind === "count" ? c.state.value : c.state.kind === "blank" ? 0 : null;
      const before = pc.state.kind === "count" ? pc.state.value : pc.state.kind === "blank" ? 0 : null;
      if (now === null || before === null || now === before) continue;
      out.push(finding(rule.meta, form.sheet, c.row, c.col, MSG_06A.carryOver(now, before, p.row)));
    }
    return out;
  },
};
export default rule;
