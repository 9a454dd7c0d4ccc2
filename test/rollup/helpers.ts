// Unit workbooks for the roll-up tests: Biểu 06a laid out by layout06a (the sample's 52 field
// names, or given rows) with random valid counts, and an evaluation sheet whose total and grade
// agree with its scores.
import * as fs from "fs";
import ExcelJS from "exceljs";
import { EditSet, WorkbookSnapshot } from "../../src/core/grid";
import { COUNT_KEYS, CountKey } from "../../src/core/form06a";
import { layout06a } from "../../src/core/form06a/layout";
import { gradeFor, layoutEvaluationSheet } from "../../src/core/evaluation";
import { applyEditsToSnapshot, mergeEditSets } from "../../src/core/snapshotEdits";
import { applyEdits } from "../../src/host/xlsx";
import { SAMPLE_06A_ROWS } from "../../src/samples/sample06a";
import { IsoDate } from "../../src/core/text/numbers";

/** A small deterministic PRNG (mulberry32). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const int = (r: () => number, n: number) => Math.floor(r() * (n + 1));

/** Eleven counts (3)…(13) that satisfy every relation of the form. */
export function validCounts(r: () => number, max = 20): number[] {
  const zero = r() < 0.6;
  const online = zero ? 0 : int(r, max);
  const direct = zero ? 0 : int(r, max);
  const carriedOver = zero ? 0 : int(r, 3);
  const received = online + direct + carriedOver;
  const pending = int(r, Math.min(received, 3));
  const resolved = received - pending;
  const early = int(r, resolved);
  const late = int(r, Math.min(resolved - early, 1));
  const onTime = resolved - early - late;
  const overdue = int(r, Math.min(pending, 1));
  const withinTime = pending - overdue;
  return [
    received,
    online,
    direct,
    carriedOver,
    resolved,
    early,
    onTime,
    late,
    pending,
    withinTime,
    overdue,
  ];
}

export const toRecord = (v: number[]): Record<CountKey, number> =>
  Object.fromEntries(COUNT_KEYS.map((k, i) => [k, v[i]])) as Record<CountKey, number>;

export const sumCounts = (rows: number[][]): number[] =>
  COUNT_KEYS.map((_, i) => rows.reduce((s, r) => s + r[i], 0));

export const Q1_2024 = { from: { y: 2023, m: 12, d: 15 }, to: { y: 2024, m: 3, d: 14 } };

export interface UnitSpec {
  unit: string;
  period?: { from: IsoDate; to: IsoDate } | null;
  rows: { name: string; counts: number[] }[];
  /** Total row values; default the column sums. */
  total?: number[];
  /** Nine appraised scores; null for no evaluation sheet. */
  scores?: number[] | null;
}

/** A unit like the sample: the 52 sample fields with random valid counts and an evaluation. */
export function randomUnit(
  seed: number,
  unit = `UBND PHƯỜNG THỬ ${seed}`
): UnitSpec & { total: number[] } {
  const r = rng(seed);
  const rows = SAMPLE_06A_ROWS.map(([name]) => ({ name, counts: validCounts(r) }));
  const scores = Array.from({ length: 9 }, () => [1.5, 1.6, 1.8, 1.9, 2][int(r, 4)]);
  return { unit, period: Q1_2024, rows, total: sumCounts(rows.map((x) => x.counts)), scores };
}

export function unitEdits(u: UnitSpec): EditSet {
  const total = u.total ?? sumCounts(u.rows.map((x) => x.counts));
  const parts: EditSet[] = [
    layout06a({
      sheet: "Biểu 06a",
      unit: u.unit,
      recipient: "UBND thị xã Bỉm Sơn",
      period: u.period === undefined ? Q1_2024 : u.period,
      rows: u.rows.map((x) => ({ name: x.name, counts: toRecord(x.counts) })),
      total: toRecord(total),
    }),
  ];
  if (u.scores) {
    const sum = Math.round(u.scores.reduce((a, b) => a + b, 0) * 10) / 10;
    parts.push(
      layoutEvaluationSheet({
        sheet: "Đánh giá",
        unit: u.unit,
        periodLabel: "Quý 1, Năm 2024",
        scores: { self: u.scores, appraised: u.scores },
        ballotsCount: 50,
        satisfaction: [0, 0, 0, 20, 80],
        grade: gradeFor(sum),
      })
    );
  }
  return mergeEditSets(...parts);
}

export function unitSnapshot(u: UnitSpec): WorkbookSnapshot {
  return applyEditsToSnapshot({ sheets: [] }, unitEdits(u));
}

export async function writeUnit(file: string, u: UnitSpec): Promise<string> {
  const wb = new ExcelJS.Workbook();
  applyEdits(wb, unitEdits(u));
  fs.writeFileSync(file, Buffer.from(await wb.xlsx.writeBuffer()));
  return file;
}
