// Unit workbooks for the "Tổng hợp" tests (jest and the browser tests): a ward's Biểu 06a laid
// out by layout06a with a few of the sample's fields and deterministic valid counts, and an
// evaluation sheet; optionally a wrong (3), another period, a field outside the district list, or
// the whole text in TCVN3 with .VnTime fonts. Not a test file itself.
import ExcelJS from "exceljs";
import { EditSet } from "../../src/core/grid";
import { COUNT_KEYS, CountKey } from "../../src/core/form06a";
import { layout06a } from "../../src/core/form06a/layout";
import { gradeFor, layoutEvaluationSheet } from "../../src/core/evaluation";
import { mergeEditSets } from "../../src/core/snapshotEdits";
import { unicodeToLegacy } from "../../src/core/text/legacy";
import type { IsoDate } from "../../src/core/text/numbers";
import { applyEdits } from "../../src/host/xlsx";
import { SAMPLE_06A_ROWS } from "../../src/samples/sample06a";

export const Q1_2024 = { from: { y: 2023, m: 12, d: 15 }, to: { y: 2024, m: 3, d: 14 } };
export const Q4_2023 = { from: { y: 2023, m: 9, d: 15 }, to: { y: 2023, m: 12, d: 14 } };

export interface UnitOptions {
  unit: string;
  seed: number;
  /** Fields from the sample's list (default 12). */
  fields?: number;
  period?: { from: IsoDate; to: IsoDate };
  /** A field the district list does not know, appended. */
  extraField?: string;
  /** Make (3) of the first row one too many: the unit's own check has an error. */
  wrongFirstRow?: boolean;
  /** Text in TCVN3 with .VnTime fonts, as an old workbook has it. */
  tcvn3?: boolean;
}

type Counts = Record<CountKey, number>;

/** Valid counts (every relation of the form holds) from a seed and a row number. */
function counts(seed: number, i: number): Counts {
  const online = (seed * 3 + i) % 5;
  const direct = (seed + 2 * i) % 4;
  const carriedOver = i % 2;
  const received = online + direct + carriedOver;
  const pending = received % 2;
  const resolved = received - pending;
  const early = Math.floor(resolved / 2);
  const late = 0;
  const onTime = resolved - early - late;
  return {
    received,
    online,
    direct,
    carriedOver,
    resolved,
    early,
    onTime,
    late,
    pending,
    withinTime: pending,
    overdue: 0,
  };
}

export function unitRows(o: UnitOptions): { name: string; counts: Counts }[] {
  const names = SAMPLE_06A_ROWS.slice(0, o.fields ?? 12).map(([name]) => name);
  if (o.extraField) names.push(o.extraField);
  return names.map((name, i) => ({ name, counts: counts(o.seed, i + 1) }));
}

/** The unit's column sums (its correct total row), in COUNT_KEYS order. */
export function unitTotals(o: UnitOptions): Counts {
  const t = Object.fromEntries(COUNT_KEYS.map((k) => [k, 0])) as Counts;
  for (const r of unitRows(o)) for (const k of COUNT_KEYS) t[k] += r.counts[k];
  return t;
}

export function unitEdits(o: UnitOptions): EditSet {
  const rows = unitRows(o);
  const total = unitTotals(o);
  if (o.wrongFirstRow)
    rows[0] = { ...rows[0], counts: { ...rows[0].counts, received: rows[0].counts.received + 1 } };
  const scores = [2, 1.5, 2, 2, 1.8, 2, 2, 1.9, 2].map((s, i) => (i === o.seed % 9 ? s - 0.5 : s));
  const sum = Math.round(scores.reduce((a, b) => a + b, 0) * 10) / 10;
  return mergeEditSets(
    layout06a({
      sheet: "Biểu 06a",
      unit: o.unit,
      recipient: "UBND thị xã Bỉm Sơn",
      period: o.period ?? Q1_2024,
      rows,
      total,
    }),
    layoutEvaluationSheet({
      sheet: "Đánh giá",
      unit: o.unit,
      periodLabel: "Quý 1, Năm 2024",
      scores: { self: scores, appraised: scores },
      ballotsCount: 40 + o.seed,
      satisfaction: [0, 0, 5, 25, 70],
      grade: gradeFor(sum),
    })
  );
}

/** The unit's .xlsx file as bytes. */
export async function unitXlsx(o: UnitOptions): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  applyEdits(wb, unitEdits(o));
  if (o.tcvn3)
    wb.eachSheet((ws) =>
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          if (typeof cell.value !== "string" || (cell.isMerged && cell.master !== cell)) return;
          cell.value = unicodeToLegacy(cell.value, "tcvn3");
          cell.style = { ...cell.style, font: { ...(cell.font ?? {}), name: ".VnTime" } };
        })
      )
    );
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** An ArrayBuffer holding exactly `buf`'s bytes. */
export function arrayBufferOf(buf: Uint8Array): ArrayBuffer {
  return buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength) as ArrayBuffer;
}
