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

const ROMAN: Record<string, number> = {
  i: 1,
  ii: 2,
  iii: 3,
  iv: 4,
  "1": 1,
  "2": 2,
  "3": 3,
  "4": 4,
};

/** The cut-off period ending on the 14th of month `m` of year `y`, `months` long (Điều 12). */
function cutoffEnding(y: number, m: number, months: number): Period {
  const start = shift(y, m, -months);
  return { from: { y: start.y, m: start.m, d: 15 }, to: { y, m, d: 14 } };
}

/**
 * A period named in words, with the cut-off days of Nghị định 09/2019/NĐ-CP, Điều 12: "Quý I năm
 * 2024", "6 tháng đầu năm 2024", "9 tháng năm 2024", "Năm 2024", "Tháng 3/2024", alone or after
 * "Kỳ báo cáo:". `folded`: foldAscii text. A date ("ngày 21 tháng 10 năm 2020") is not a period.
 */
export function namedPeriod(folded: string): Period | null {
  const t = folded.replace(/[()]/g, " ").replace(/\s+/g, " ").trim();
  const q = /\bquy (iv|iii|ii|i|[1-4])\b\s*(?:\/|-|nam)\s*(\d{4})\b/.exec(t);
  if (q) {
    const n = ROMAN[q[1]];
    return cutoffEnding(+q[2], n * 3, 3);
  }
  const half = /\b(6|sau) thang (?:dau )?(?:nam\s*)?(\d{4})\b/.exec(t);
  if (half) return cutoffEnding(+half[2], 6, 6);
  const nine = /\b(9|chin) thang (?:dau )?(?:nam\s*)?(\d{4})\b/.exec(t);
  if (nine) return cutoffEnding(+nine[2], 9, 9);
  // A month or a year: at the start of the text or after "kỳ báo cáo", "báo cáo", "tháng/năm".
  const lead = "(?:^|ky bao cao\\s*:?\\s*|bao cao\\s+|:\\s*)";
  const month = new RegExp(lead + "thang (\\d{1,2})\\s*(?:\\/|-|nam)\\s*(\\d{4})\\b").exec(t);
  if (month && +month[1] >= 1 && +month[1] <= 12) return cutoffEnding(+month[2], +month[1], 1);
  const year = new RegExp(lead + "nam (\\d{4})$").exec(t);
  if (year) return cutoffEnding(+year[1], 12, 12);
  return null;
}
