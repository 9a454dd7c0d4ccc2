import { finding } from "../../rules";
import type { Message } from "../../messages/message";
import { MSG_06A } from "../../messages/form06a";
import { cutoffKind, fmtPeriod, nearestCutoff } from "../period";
import { Rule06a } from "./shared";

const before = (a: { y: number; m: number; d: number }, b: { y: number; m: number; d: number }) =>
  a.y * 10000 + a.m * 100 + a.d > b.y * 10000 + b.m * 100 + b.d;

const rule: Rule06a = {
  meta: {
    id: "06a/period",
    severity: "warning",
    source: "Nghị định 09/2019/NĐ-CP, Điều 12: thời gian chốt số liệu báo cáo định kỳ",
    description:
      "Kỳ báo cáo thiếu, không đọc được, hoặc không theo ngày chốt số liệu (từ ngày 15 tháng trước đến ngày 14).",
  },
  check(form) {
    const t = form.title;
    const anchor = t.periodCell ?? {
      row: form.headerTop,
      col: Math.min(form.sttCol, form.nameCol),
    };
    const at = (msg: Message) => [finding(rule.meta, form.sheet, anchor.row, anchor.col, msg)];
    if (!t.periodCell) return at(MSG_06A.periodMissing());
    if (!t.period) return at(MSG_06A.periodUnreadable(t.periodText ?? ""));
    const p = t.period;
    if (before(p.from, p.to)) return at(MSG_06A.periodReversed(p.from, p.to));
    if (cutoffKind(p)) return [];
    return at(MSG_06A.periodNotCutoff(p.from, p.to, fmtPeriod(nearestCutoff(p.to))));
  },
};
export default rule;
