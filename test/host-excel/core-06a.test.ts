// The host driven by the real Biểu 06a engine: Tạo biểu mẫu → Kiểm tra → Điền số liệu → Hoàn tác ×2.
import { check06a, fill06a, layout06a, locate06a } from "../../src/core/form06a";
import { createFakeExcel } from "../../src/fake-excel";
import { applyEdits, readWorkbook, runCommand, undoLast } from "../../src/host/excel";
import { comparable } from "./helpers";

const SHEET = "Biểu 06a";

test("layout, check, fill and undo a real Biểu 06a through the fake, 2 syncs per command", async () => {
  const fake = createFakeExcel({
    sheets: [{ name: "Sheet1", top: 1, left: 1, data: [], merges: [] }],
  });
  const empty = comparable(fake.workbook.state());

  // Tạo biểu mẫu: a new sheet with merged headers, widths, styles.
  const layout = layout06a({
    sheet: SHEET,
    unit: "UBND PHƯỜNG PHÚ SƠN",
    period: { from: { y: 2023, m: 12, d: 15 }, to: { y: 2024, m: 3, d: 14 } },
    rows: [
      // Derived cells left blank: "Điền số liệu" fills them.
      {
        name: "Chứng thực",
        counts: {
          online: 0,
          direct: 31,
          carriedOver: 0,
          early: 25,
          onTime: 6,
          late: 0,
          withinTime: 0,
          overdue: 0,
        },
      },
      // (3) = 40 but (4)+(5)+(6) = 39: an error for "Kiểm tra".
      {
        name: "Hộ tịch",
        counts: {
          received: 40,
          online: 2,
          direct: 37,
          carriedOver: 0,
          resolved: 39,
          early: 30,
          onTime: 9,
          late: 0,
          pending: 0,
          withinTime: 0,
          overdue: 0,
        },
      },
    ],
    total: null,
  });
  const created = await fake.run(async (context) => {
    const snap = await readWorkbook(context, { active: true, office: fake.office });
    return applyEdits(context, layout, snap.host.journal, snap, {
      office: fake.office,
      label: "Tạo biểu mẫu",
    });
  });
  expect(created.createdSheets).toEqual([SHEET]);
  expect(fake.syncCount).toBe(2);
  const laidOut = comparable(fake.workbook.state());

  // Kiểm tra: findings marked in place.
  fake.resetSyncCount();
  const checked = await fake.run((context) =>
    runCommand(context, { sheets: [SHEET], office: fake.office }, (snap) => ({
      findings: check06a(locate06a(snap)),
    }))
  );
  expect(checked.syncs).toBe(2);
  expect(fake.syncCount).toBe(2);
  expect(checked.findings.length).toBeGreaterThan(0);
  expect(
    checked.findings.some((f) => f.rule === "06a/received-sum" && f.severity === "error")
  ).toBe(true);
  expect(fake.workbook.notes().length).toBe(
    new Set(checked.findings.map((f) => `${f.row}:${f.col}`)).size
  );
  const checkedState = comparable(fake.workbook.state());

  // Điền số liệu: formulas and the percentage block.
  fake.resetSyncCount();
  const filled = await fake.run((context) =>
    runCommand(
      context,
      { sheets: [SHEET], office: fake.office },
      (snap) => ({ edits: fill06a(snap, locate06a(snap)).edits }),
      { label: "Điền số liệu" }
    )
  );
  expect(filled.syncs).toBe(2);
  expect(filled.applied?.cellsWritten).toBeGreaterThan(0);
  const formulas = Object.values(fake.workbook.cells(SHEET)).filter((c) => c.formula !== undefined);
  expect(formulas.length).toBeGreaterThan(0);

  // Hoàn tác: exactly back to the checked state (marks kept); then the new sheet goes too.
  const u1 = await fake.run((context) => undoLast(context, { office: fake.office }));
  expect(u1).toMatchObject({ done: true, label: "Điền số liệu", syncs: 2, keptUserEdits: 0 });
  expect(comparable(fake.workbook.state())).toEqual(checkedState);
  expect(laidOut.sheets.map((s) => s.name)).toEqual(["Sheet1", SHEET]);
  const u2 = await fake.run((context) => undoLast(context, { office: fake.office }));
  expect(u2).toMatchObject({ done: true, label: "Tạo biểu mẫu", deletedSheets: [SHEET] });
  const end = comparable(fake.workbook.state());
  expect(end.sheets).toEqual(empty.sheets);
});
