// A generated Biểu 06a workbook for the Office host's bench and its web-limit tests: `rows` rows of
// counts (rows 10…), the total row blank and every 100th row's (3) blank, so that "Điền số liệu"
// has something to write; every 250th row's (3) is one too many, so that Kiểm tra marks cells.
import { applyEditsToSnapshot } from "../src/core/snapshotEdits";
import { layout06a, Layout06aRow } from "../src/core/form06a/layout";
import type { WorkbookSnapshot } from "../src/core/grid";
import { COUNT_KEYS, CountKey } from "../src/core/form06a/model";

export const BENCH_FORM = "Biểu 06a";

/** What differs between the bench's book and the tests' (defaults: the bench's). */
export interface Bench06aOptions {
  /** Every n-th row's (3) left blank (null: none). Default 100. */
  blankEvery?: number | null;
  /** Rows with i % 250 === wrongAt get (3) one too many. Default 125. */
  wrongAt?: number;
  /** Write the total row as the sums before the mistakes (default: leave it blank for the fill). */
  total?: boolean;
}

export function bench06aBook(
  rows: number,
  opts: Bench06aOptions = {}
): {
  book: WorkbookSnapshot;
  wrongRows: number[];
  blankRows: number[];
} {
  const blankEvery = opts.blankEvery === undefined ? 100 : opts.blankEvery;
  const wrongAt = opts.wrongAt ?? 125;
  const total = Object.fromEntries(COUNT_KEYS.map((k) => [k, 0])) as Record<CountKey, number>;
  const list: Layout06aRow[] = [];
  const wrongRows: number[] = [];
  const blankRows: number[] = [];
  for (let i = 0; i < rows; i++) {
    const online = i % 7;
    const direct = (i * 3) % 11;
    const carriedOver = i % 2;
    const received = online + direct + carriedOver;
    const early = Math.floor(received / 2);
    const onTime = Math.floor((received - early) / 2);
    const resolved = early + onTime;
    const pending = received - resolved;
    const counts = {
      received,
      online,
      direct,
      carriedOver,
      resolved,
      early,
      onTime,
      late: 0,
      pending,
      withinTime: pending,
      overdue: 0,
    };
    for (const k of COUNT_KEYS) total[k] += counts[k];
    if (i % 250 === wrongAt) {
      counts.received += 1;
      wrongRows.push(10 + i);
    }
    const row: Partial<typeof counts> = { ...counts };
    if (blankEvery !== null && i % blankEvery === 0) {
      delete row.received;
      blankRows.push(10 + i);
    }
    list.push({ name: `Lĩnh vực thủ tục hành chính số ${i + 1}`, counts: row });
  }
  // By default the total row is left blank: the fill writes it (with the blank (3)s).
  const edits = layout06a({
    sheet: BENCH_FORM,
    unit: "UBND phường Phú Sơn",
    period: { from: { y: 2023, m: 12, d: 15 }, to: { y: 2024, m: 3, d: 14 } },
    rows: list,
    total: opts.total ? total : null,
  });
  const book = applyEditsToSnapshot({ sheets: [] }, edits);
  book.sheets.push({
    name: "Ghi chú",
    top: 1,
    left: 1,
    data: [[{ value: "Sổ theo dõi" }]],
    merges: [],
  });
  return { book, wrongRows, blankRows };
}
