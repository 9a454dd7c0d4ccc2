// Reporting periods of Nghị định 09/2019/NĐ-CP, Điều 12 (cut-off of periodic reports):
// from the 15th of the month before the period to the 14th of its last month.
import { fmtDateShort, IsoDate } from "../text/numbers";
import { Period } from "./model";

export type PeriodKind = "month" | "quarter" | "six-months" | "nine-months" | "year";

function monthsBetween(from: IsoDate, to: IsoDate): number {
  return (to.y - from.y) * 12 + (to.m - from.m);
}

/** The kind of cut-off period, or null when the period is not one. */
export function cutoffKind(p: Period): PeriodKind | null {
  if (p.from.d !== 15 || p.to.d !== 14) return null;
  const span = monthsBetween(p.from, p.to);
  if (span === 1) return "month";
  if (span === 3 && p.to.m % 3 === 0) return "quarter";
  if (span === 6 && p.to.m === 6) return "six-months";
  if (span === 9 && p.to.m === 9) return "nine-months";
  if (span === 12 && p.to.m === 12) return "year";
  return null;
}

function shift(y: number, m: number, by: number): { y: number; m: number } {
  const idx = y * 12 + (m - 1) + by;
  return { y: Math.floor(idx / 12), m: (idx % 12) + 1 };
}

/** The cut-off quarter (or month) that ends nearest the given end date. */
export function nearestCutoff(to: IsoDate): Period {
  // The period containing `to`: it ends on the 14th of to.m (or of the next month after the 14th).
  const end = to.d <= 14 ? { y: to.y, m: to.m } : shift(to.y, to.m, 1);
  const qEnd = shift(end.y, end.m, (3 - (end.m % 3)) % 3);
  const qStart = shift(qEnd.y, qEnd.m, -3);
  return { from: { y: qStart.y, m: qStart.m, d: 15 }, to: { y: qEnd.y, m: qEnd.m, d: 14 } };
}

export function fmtPeriod(p: Period): string {
  return `${fmtDateShort(p.from)} – ${fmtDateShort(p.to)}`;
}

/** Quarter number (1–4) of a cut-off quarter end date, or null. */
export function quarterOf(to: IsoDate): number | null {
  return to.d === 14 && to.m % 3 === 0 ? to.m / 3 : null;
}
