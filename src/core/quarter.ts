// The cut-off quarter of Nghị định 09/2019/NĐ-CP, Điều 12 (Q1 = 15/12 of the year before – 14/03),
// as "Tạo biểu mẫu" offers it: by number and year, and the one a date falls in. Built on
// form06a/period.ts, which holds the rule.
import { nearestCutoff, quarterOf } from "./form06a/period";
import type { IsoDate } from "./text/numbers";

export type QuarterNo = 1 | 2 | 3 | 4;

/** Quarter `quarter` of `year`: from the 15th of the month before it to the 14th of its last month. */
export function quarterPeriod(quarter: QuarterNo, year: number): { from: IsoDate; to: IsoDate } {
  return nearestCutoff({ y: year, m: quarter * 3, d: 14 });
}

/** The cut-off quarter that contains a date (after the 14th of a quarter's last month, the next one). */
export function quarterOfDate(date: Date): { quarter: QuarterNo; year: number } {
  const p = nearestCutoff({ y: date.getFullYear(), m: date.getMonth() + 1, d: date.getDate() });
  return { quarter: quarterOf(p.to) as QuarterNo, year: p.to.y };
}
