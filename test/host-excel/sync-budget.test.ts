// Sync budget. Steady state (a form of a few hundred rows): 2 syncs per command, read (1) →
// compute → apply + mark (1). Larger sheets: the read is planned in blocks of about 2 MB of
// response on every platform (Excel on the web refuses 5 MB), so it takes one more sync per block.
import { EditSet, Finding, Sheet } from "../../src/core/grid";
import { createFakeExcel } from "../../src/fake-excel";
import { runCommand, undoLast, clearMarks, readWorkbook, applyEdits } from "../../src/host/excel";
import { bigSheet } from "./helpers";

const ROWS = 5000;
const COLS = 13;

/** A stand-in for the core: flag every row where (1) is odd, and fill a percentage column N. */
function compute(snapshot: { sheets: import("../../src/core/grid").SheetSnapshot[] }): {
  edits: EditSet;
  findings: Finding[];
} {
  const s = new Sheet(snapshot.sheets[0]);
  const findings: Finding[] = [];
  const edits: EditSet = { cells: [] };
  for (let r = 2; r <= s.bottom; r++) {
    if ((s.value(r, 1) as number) % 2 === 1)
      findings.push({
        rule: "06a/received-sum",
        severity: r % 3 ? "error" : "warning",
        sheet: s.name,
        row: r,
        col: 3,
        message: "(3) ≠ (4)+(5)+(6)",
        messageId: "test",
        data: {},
      });
    edits.cells.push({
      sheet: s.name,
      row: r,
      col: 14,
      formula: `IF(G${r}=0,"",H${r}/G${r})`,
      numberFormat: "0.0%",
    });
  }
  return { edits, findings };
}

describe("steady state: a 300-row sheet", () => {
  test("read + compute + apply + mark in 2 syncs, also on the web's limits", async () => {
    const fake = createFakeExcel(
      { sheets: [bigSheet("Biểu 06a", 300, COLS)] },
      { payloadLimitBytes: 5_000_000 }
    );
    const result = await fake.run((context) =>
      runCommand(context, { active: true, office: fake.office }, compute)
    );
    expect(fake.syncCount).toBe(2);
    expect(result.readSyncs).toBe(1);
    expect(result.applied?.cellsWritten).toBe(299);
  });
});

describe("sync budget on a 5,000-row × 13-column sheet", () => {
  test("read in planned blocks of at most ~2 MB each, then apply + mark in 1 sync", async () => {
    const fake = createFakeExcel({ sheets: [bigSheet("Biểu 06a", ROWS, COLS)] });
    const result = await fake.run((context) =>
      runCommand(context, { active: true, office: fake.office }, compute)
    );
    // With exact fills the sheet weighs about 5.9 MB of response: a first block + 3 planned blocks.
    expect(result.readSyncs).toBe(4);
    expect(fake.maxPayload.response).toBeLessThan(2_500_000);
    expect(fake.syncCount).toBe(5);
    expect(result.syncs).toBe(5);
    expect(result.applied?.cellsWritten).toBe(ROWS - 1);
    expect(result.marked?.marked).toBe(result.findings.length);
    expect(result.findings.length).toBeGreaterThan(1000);
    expect(fake.workbook.cell("Biểu 06a", "N100")).toMatchObject({
      formula: 'IF(G100=0,"",H100/G100)',
      numberFormat: "0.0%",
    });
    expect(fake.workbook.notes().length).toBe(result.findings.length);
  });

  test("named sheet: the same; re-running replaces the previous marks within the same syncs", async () => {
    const fake = createFakeExcel({ sheets: [bigSheet("Biểu 06a", ROWS, COLS)] });
    await fake.run((context) =>
      runCommand(context, { sheets: ["Biểu 06a"], office: fake.office }, (s) => ({
        findings: compute(s).findings,
      }))
    );
    fake.resetSyncCount();
    const again = await fake.run((context) =>
      runCommand(context, { sheets: ["Biểu 06a"], office: fake.office }, (s) => ({
        findings: compute(s).findings.slice(0, 10),
      }))
    );
    expect(fake.syncCount).toBe(5);
    expect(again.marked?.lifted).toBeGreaterThan(1000);
    expect(fake.workbook.notes().length).toBe(10);
  });

  test("every sheet: 1 more sync to read (names first) + 1 to write (documented)", async () => {
    const fake = createFakeExcel({ sheets: [bigSheet("Biểu 06a", ROWS, COLS)] });
    const result = await fake.run((context) =>
      runCommand(context, { office: fake.office }, compute)
    );
    expect(result.readSyncs).toBe(5);
    expect(fake.syncCount).toBe(6);
  });

  test("Hoàn tác and Xóa đánh dấu take 2 syncs each on the same sheet", async () => {
    const fake = createFakeExcel({ sheets: [bigSheet("Biểu 06a", ROWS, COLS)] });
    await fake.run((context) =>
      runCommand(context, { active: true, office: fake.office }, compute)
    );
    fake.resetSyncCount();
    const undone = await fake.run((context) => undoLast(context, { office: fake.office }));
    expect(undone.syncs).toBe(2);
    expect(fake.syncCount).toBe(2);
    fake.resetSyncCount();
    const cleared = await fake.run((context) => clearMarks(context, { office: fake.office }));
    expect(cleared.syncs).toBe(2);
    expect(fake.syncCount).toBe(2);
  });

  test("a write beyond maxCellsPerSync is split over several syncs (and only then)", async () => {
    const fake = createFakeExcel({ sheets: [bigSheet("Biểu 06a", ROWS, COLS)] });
    const snapshot = await fake.run((context) =>
      readWorkbook(context, { active: true, office: fake.office })
    );
    fake.resetSyncCount();
    const { edits } = compute(snapshot);
    const res = await fake.run((context) =>
      applyEdits(context, edits, snapshot.host.journal, snapshot, {
        office: fake.office,
        maxCellsPerSync: 2000,
      })
    );
    expect(res.syncs).toBe(3);
    expect(fake.syncCount).toBe(3);
  });
});
