// The header of Biểu 06a as a table of the Word report (ward report and district roll-up).
import type { HeaderCell } from "./document";
import { TABLE_06A } from "../messages/report";

/** Header of Biểu 06a: three rows with merged group headers, then the (1)…(13) numbering. */
export function header06a(nameHeader: string = TABLE_06A.field): HeaderCell[][] {
  const t = TABLE_06A;
  return [
    [
      { text: t.stt, rowSpan: 3 },
      { text: nameHeader, rowSpan: 3 },
      { text: t.received, colSpan: 4 },
      { text: t.resolved, colSpan: 4 },
      { text: t.pending, colSpan: 3 },
    ],
    [
      { text: t.total, rowSpan: 2 },
      { text: t.inPeriod, colSpan: 2 },
      { text: t.carriedOver, rowSpan: 2 },
      { text: t.total, rowSpan: 2 },
      { text: t.early, rowSpan: 2 },
      { text: t.onTime, rowSpan: 2 },
      { text: t.late, rowSpan: 2 },
      { text: t.total, rowSpan: 2 },
      { text: t.withinTime, rowSpan: 2 },
      { text: t.overdue, rowSpan: 2 },
    ],
    [{ text: t.online }, { text: t.direct }],
    Array.from({ length: 13 }, (_, i) => ({ text: `(${i + 1})` })),
  ];
}
