// Bench: the Office host on the fake with Excel on the web's limits (5 MB per request and per
// response). For Biểu 06a workbooks of 100, 5,000 and 30,000 rows: syncs of Kiểm tra, of
// Điền số liệu and of Hoàn tác, and the largest request and response any sync carried.
// Compiled by tsconfig.bench.json (npm run bench).
import { createFakeExcel } from "../src/fake-excel";
import { PaneController } from "../src/taskpane/controller";
import { bench06aBook } from "./office-book";

export interface OfficeBenchRow {
  rows: number;
  checkSyncs: number;
  fillSyncs: number;
  undoSyncs: number;
  /** Kiểm tra again on the same workbook (the steady state of a clerk's session). */
  recheckSyncs: number;
  maxRequest: number;
  maxResponse: number;
  ms: number;
}

const WEB_LIMIT = 5_000_000;

export async function measureOffice(
  sizes: number[] = [100, 5_000, 30_000]
): Promise<OfficeBenchRow[]> {
  const out: OfficeBenchRow[] = [];
  for (const rows of sizes) {
    const t = Date.now();
    const { book } = bench06aBook(rows);
    const fake = createFakeExcel(book, { payloadLimitBytes: WEB_LIMIT });
    const pane = new PaneController({ run: (b) => fake.run(b), office: fake.office });
    await pane.refresh();
    fake.resetPayloadStats();
    const check = await pane.check();
    const recheck = await pane.check();
    const fill = await pane.applyFill();
    const undo = await pane.undo();
    out.push({
      rows,
      checkSyncs: check.syncs,
      recheckSyncs: recheck.syncs,
      fillSyncs: fill.syncs,
      undoSyncs: undo.syncs,
      maxRequest: fake.maxPayload.request,
      maxResponse: fake.maxPayload.response,
      ms: Date.now() - t,
    });
  }
  return out;
}

export function reportOffice(rows: OfficeBenchRow[]): string {
  const mb = (n: number) => (n / 1_000_000).toFixed(2) + " MB";
  const lines = [
    "rows     Kiểm tra  again  Điền  Hoàn tác  largest request  largest response  time",
  ];
  for (const r of rows) {
    lines.push(
      `${String(r.rows).padEnd(8)} ` +
        [
          String(r.checkSyncs).padStart(8),
          String(r.recheckSyncs).padStart(5),
          String(r.fillSyncs).padStart(4),
          String(r.undoSyncs).padStart(8),
          mb(r.maxRequest).padStart(15),
          mb(r.maxResponse).padStart(16),
          `${(r.ms / 1000).toFixed(1)} s`,
        ].join("  ")
    );
  }
  const worst = Math.max(...rows.map((r) => Math.max(r.maxRequest, r.maxResponse)));
  lines.push(
    `largest payload ${mb(worst)} (Excel on the web refuses above 5 MB: ${worst < WEB_LIMIT ? "never reached" : "REACHED"})`
  );
  return lines.join("\n");
}

if (require.main === module) {
  measureOffice().then((r) => console.log(reportOffice(r)));
}
