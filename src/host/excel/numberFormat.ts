// Excel number formats and date serials. Pure and browser-safe: used by the Office host and by the
// fake Excel's snapshot dump, so both read dates the same way.

/** True when an Excel number format shows a calendar date (d, m with d/y, y), not just a time or a number. */
export function isDateFormat(numberFormat: string | null | undefined): boolean {
  if (!numberFormat || numberFormat === "General" || numberFormat === "@") return false;
  // Only the first section (positive numbers) decides.
  let f = numberFormat.split(";")[0];
  // Drop quoted literals, escaped characters, and bracketed parts ([Red], [$-42A], [h]).
  f = f
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/\[[^\]]*\]/g, "");
  f = f.replace(/_.|\*./g, "");
  return /[dy]/i.test(f) || /(^|[^hs:])m{3,}/i.test(f);
}

const MS_PER_DAY = 86400000;
/** 1899-12-30: day 0 of the 1900 date system once Excel's phantom 29 Feb 1900 is accounted for. */
const EPOCH = Date.UTC(1899, 11, 30);

/** Excel serial (1900 system) to a UTC Date. Serials below 61 predate the phantom leap day. */
export function serialToDate(serial: number): Date {
  const days = serial < 61 ? serial + 1 : serial;
  return new Date(EPOCH + Math.round(days * MS_PER_DAY));
}

/** UTC Date to an Excel serial (1900 system). */
export function dateToSerial(d: Date): number {
  const days = (d.getTime() - EPOCH) / MS_PER_DAY;
  return days < 61 ? days - 1 : days;
}
