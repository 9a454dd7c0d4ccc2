// The header of Biểu 06a as a table of the Word report (ward report and district roll-up).
import type { HeaderCell } from "./document";
import { TABLE_06A } from "../messages/report";

/** A cell spanning `rowSpan` rows of the header, or `colSpan` columns. */
const tall = (text: string, rowSpan: number): HeaderCell => ({ text, rowSpan });
const wide = (text: string, colSpan: number): HeaderCell => ({ text, colSpan });

/** Header of Biểu 06a: three rows with merged group headers, then the (1)…(13) numbering. */
export function header06a(nameHeader: string = TABLE_06A.field): HeaderCell[][] {
  const t = TABLE_06A;
  return [
    [
      tall(t.stt, 3),
      tall(nameHeader, 3),
      wide(t.received, 4),
      wide(t.resolved, 4),
      wide(t.pending, 3),
    ],
    [
      tall(t.total, 2),
      wide(t.inPeriod, 2),
      ...[t.carriedOver, t.total, t.early, t.onTime, t.late, t.total, t.withinTime, t.overdue].map(
        (x) => tall(x, 2)
      ),
    ],
    [{ text: t.online }, { text: t.direct }],
    Array.from({ length: 13 }, (_, i) => ({ text: `(${i + 1})` })),
  ];
}
