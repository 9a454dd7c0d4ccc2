// The report's period label ("quý I năm 2024") from the period of Biểu 06a, following the
// cut-off days of periodic reports (Nghị định 09/2019/NĐ-CP, Điều 12): a quarter ends on the
// 14th of its last month (Q1: 15/12 – 14/03). A period that ends on the last day of a
// quarter's month (local practice: 01/01 – 31/03) counts as that calendar quarter.
import { daysIn, IsoDate } from "../text/numbers";
import { foldAscii } from "../text/normalize";
import type { PeriodKind } from "../form06a/period";

export type { PeriodKind };

export interface PeriodLabel {
  kind: PeriodKind;
  /** Year the period belongs to (Q1 ending 14/03/2024 → 2024; a period ending 20/12/2023 → 2024). */
  year: number;
  /** 1–4 for a quarter, the month for a month, else null. */
  no: number | null;
  /** Lower-case label for prose: "quý I năm 2024", "6 tháng đầu năm 2024", "tháng 3 năm 2024". */
  label: string;
}

const ROMAN = ["I", "II", "III", "IV"];

export function parseIso(s: string | null | undefined): IsoDate | null {
  if (!s) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return null;
  return { y: +m[1], m: +m[2], d: +m[3] };
}

function dayNumber(d: IsoDate): number {
  return Date.UTC(d.y, d.m - 1, d.d) / 86400000;
}

/** The month (and its year) a date's cut-off period ends in: the 14th closes a month's period. */
function closingMonth(to: IsoDate): { y: number; m: number } {
  // A period ending on the last day of a month is a calendar period of that month.
  if (to.d <= 14 || to.d === daysIn(to.y, to.m)) return { y: to.y, m: to.m };
  return to.m === 12 ? { y: to.y + 1, m: 1 } : { y: to.y, m: to.m + 1 };
}

/** The quarter end (cut-off 14th or calendar last day of March, June, September, December) nearest a date. */
function nearestQuarterEnd(to: IsoDate): { y: number; q: number } {
  let best = { y: to.y, q: 1, dist: Infinity };
  for (let y = to.y - 1; y <= to.y + 1; y++) {
    for (let q = 1; q <= 4; q++) {
      const m = q * 3;
      for (const d of [14, daysIn(y, m)]) {
        const dist = Math.abs(dayNumber(to) - dayNumber({ y, m, d }));
        if (dist < best.dist) best = { y, q, dist };
      }
    }
  }
  return { y: best.y, q: best.q };
}

export function labelFor(kind: PeriodKind, year: number, no: number | null): string {
  switch (kind) {
    case "quarter":
      return `quý ${ROMAN[(no ?? 1) - 1]} năm ${year}`;
    case "month":
      return `tháng ${no} năm ${year}`;
    case "six-months":
      return `6 tháng đầu năm ${year}`;
    case "nine-months":
      return `9 tháng năm ${year}`;
    case "year":
      return `năm ${year}`;
  }
}

/**
 * The label of a reporting period from its end date (and its start, which tells a quarter
 * from six or nine months or a year). Without a start the period is taken as a quarter.
 */
export function periodLabel(from: IsoDate | null, to: IsoDate): PeriodLabel {
  const close = closingMonth(to);
  const span = from ? (dayNumber(to) - dayNumber(from) + 1) / 30.44 : 3;
  let kind: PeriodKind;
  if (span <= 1.5) kind = "month";
  else if (span <= 4.5) kind = "quarter";
  else if (span <= 7.5) kind = "six-months";
  else if (span <= 10.5) kind = "nine-months";
  else kind = "year";
  if (kind === "month")
    return { kind, year: close.y, no: close.m, label: labelFor(kind, close.y, close.m) };
  const qe = nearestQuarterEnd(to);
  if (kind === "quarter") return { kind, year: qe.y, no: qe.q, label: labelFor(kind, qe.y, qe.q) };
  return { kind, year: qe.y, no: null, label: labelFor(kind, qe.y, null) };
}

/**
 * Reads a period as a clerk writes it on the text sheet: "Quý I năm 2024", "quý 1/2024",
 * "6 tháng đầu năm 2024", "9 tháng năm 2024", "năm 2024", "tháng 3 năm 2024". Null when unreadable.
 */
export function parsePeriodText(text: string): PeriodLabel | null {
  const t = foldAscii(text).replace(/[,.]/g, " ").replace(/\s+/g, " ").trim();
  let m = /^quy (i{1,3}|iv|[1-4])\s*(?:nam|\/|-)?\s*(\d{4})$/.exec(t);
  if (m) {
    const r = m[1];
    const no = /^\d$/.test(r) ? +r : ROMAN.indexOf(r.toUpperCase()) + 1;
    return { kind: "quarter", year: +m[2], no, label: labelFor("quarter", +m[2], no) };
  }
  m = /^([69]) thang(?: dau)?(?: nam)? (\d{4})$/.exec(t);
  if (m) {
    const kind = m[1] === "6" ? "six-months" : "nine-months";
    return { kind, year: +m[2], no: null, label: labelFor(kind, +m[2], null) };
  }
  m = /^thang (\d{1,2})\s*(?:nam|\/|-)?\s*(\d{4})$/.exec(t);
  if (m && +m[1] >= 1 && +m[1] <= 12)
    return { kind: "month", year: +m[2], no: +m[1], label: labelFor("month", +m[2], +m[1]) };
  m = /^nam (\d{4})$/.exec(t);
  if (m) return { kind: "year", year: +m[1], no: null, label: labelFor("year", +m[1], null) };
  return null;
}

/** Same period? (kind, year and number.) */
export function samePeriod(a: PeriodLabel, b: PeriodLabel): boolean {
  return a.kind === b.kind && a.year === b.year && a.no === b.no;
}

/** "Quý I năm 2024" from "quý I năm 2024". */
export function capitalize(s: string): string {
  return s ? s.charAt(0).toLocaleUpperCase("vi") + s.slice(1) : s;
}

/** Free period text as written, lower-cased at its start for prose ("Quý I năm 2024" → "quý I năm 2024"). */
export function proseLabel(text: string): string {
  const t = text.normalize("NFC").trim();
  if (!t) return t;
  // Keep it as written when it starts with an acronym or a number.
  return /^[A-ZĐÀ-Ỹ][a-zđà-ỹ]/u.test(t) ? t.charAt(0).toLocaleLowerCase("vi") + t.slice(1) : t;
}
