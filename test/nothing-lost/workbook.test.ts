// Nothing lost, on the sample and on corpus files:
// - `tthc fill -o` and `tthc score -o` change no non-empty input cell (every value and formula
//   compared before/after; the only changes allowed are those DESIGN allows, see compare.ts);
// - the add-in's marking ("Kiểm tra") changes no cell's content, and "Xóa đánh dấu" gives back
//   exactly the workbook as it was, the clerk's own fills and notes included;
// - "Hoàn tác" after "Điền số liệu" / "Điền bảng đánh giá" restores values, formulas and fills
//   exactly — on workbooks where the clerk had coloured cells the fill writes into.
import ExcelJS from "exceljs";
import * as fs from "fs";
import { addr, WorkbookSnapshot } from "../../src/core/grid";
import { analyse } from "../../src/core/workbook";
import { createFakeExcel, FakeExcel } from "../../src/fake-excel";
import { PaneController } from "../../src/taskpane/controller";
import { readWorkbookBuffer, readWorkbookFile, snapshotOf } from "../../src/host/xlsx";
import { buildSampleWorkbook } from "../../src/samples/build";
import { comparable } from "../host-excel/helpers";
import { SAMPLE, tempDir, tthc } from "../helpers/xlsx";
import { CORPUS } from "../corpus/make-corpus";
import {
  allowedFillChange,
  changedCells,
  derivedCellsOf,
  describeChange,
  nonEmptyCells,
  snapshotOfState,
} from "./compare";

const tmp = tempDir("tthc-nothing-lost-");
afterAll(() => tmp.cleanup());

/** The sample with its evaluation left for "Chấm điểm" to fill: no self-scores, totals, grade, ballot count or shares. */
async function evaluationToFill(): Promise<string> {
  const book = buildSampleWorkbook();
  const ws = book.getWorksheet("Đánh giá") as ExcelJS.Worksheet;
  for (let r = 12; r <= 21; r++) ws.getCell(r, 4).value = null; // Điểm tự chấm (D), with its total
  ws.getCell("C8").value = null; // Số phiếu đánh giá
  ws.getCell("F21").value = "Xếp loại: ……";
  for (let c = 2; c <= 6; c++) ws.getCell(26, c).value = null; // the five shares
  const file = tmp.file("danh-gia-de-trong.xlsx");
  await book.xlsx.writeFile(file);
  return file;
}

function expectNothingLost(
  before: WorkbookSnapshot,
  after: WorkbookSnapshot,
  resultsUnknown = false
): void {
  const derived = derivedCellsOf(analyse(before).form);
  const lost = changedCells(before, after).filter(
    (c) => !allowedFillChange(c, derived, resultsUnknown)
  );
  expect(lost.map(describeChange)).toEqual([]);
}

describe("the command line", () => {
  test("fill -o on the sample: every non-empty cell of the input is in the output, value and formula", async () => {
    const out = tmp.file("sample-filled.xlsx");
    expect((await tthc("fill", SAMPLE, "-o", out)).code).toBe(0);
    const before = (await readWorkbookFile(SAMPLE)).snapshot;
    const after = (await readWorkbookFile(out)).snapshot;
    expect(nonEmptyCells(before).size).toBeGreaterThan(1000);
    // (The typed (3), (7), (11) and totals that agree become their SUM formulas, with the same results.)
    expectNothingLost(before, after);
  });

  test("score -o on an evaluation left to fill: it fills, and changes no non-empty cell but the placeholder", async () => {
    const input = await evaluationToFill();
    const out = tmp.file("danh-gia-da-cham.xlsx");
    const r = await tthc("score", input, "-o", out);
    expect(r.out).toMatch(/^Đã điền (\d+) ô/m);
    expect(Number(/^Đã điền (\d+) ô/m.exec(r.out)?.[1])).toBeGreaterThanOrEqual(15);
    const before = (await readWorkbookFile(input)).snapshot;
    const after = (await readWorkbookFile(out)).snapshot;
    const changed = changedCells(before, after);
    expect(changed.map((c) => `${c.sheet}!${c.cell}`)).toEqual(["Đánh giá!F21"]); // "Xếp loại: ……" → "Xếp loại: Xuất sắc"
    expectNothingLost(before, after);
  });

  const evaluationEntries = CORPUS.filter((e) => /^(38|50|51|52|53|54)-/.test(e.id));
  test.each(evaluationEntries.map((e) => [e.id, e] as const))(
    "score -o on corpus %s changes no non-empty cell",
    async (id, e) => {
      const input = tmp.file(`${id}.xlsx`);
      const buf = await e.build();
      fs.writeFileSync(input, buf);
      const out = tmp.file(`${id}-scored.xlsx`);
      const r = await tthc("score", input, "-o", out);
      expect([0, 1]).toContain(r.code);
      expectNothingLost(
        (await readWorkbookBuffer(buf)).snapshot,
        (await readWorkbookFile(out)).snapshot
      );
    }
  );
});

// ---- The add-in ------------------------------------------------------------------------------

/** The clerk's own colours and notes: on every 7th non-empty cell, and on cells the fill will write. */
function paintLikeAClerk(fake: FakeExcel, wb: WorkbookSnapshot): number {
  let painted = 0;
  for (const s of wb.sheets)
    s.data.forEach((line, i) =>
      (line ?? []).forEach((c, j) => {
        if (!c || (i * 31 + j) % 7 !== 0) return;
        fake.workbook.setFill(
          s.name,
          addr(s.top + i, s.left + j),
          ["#FFFF00", "#DDEBF7", "#E2EFDA"][painted++ % 3]
        );
      })
    );
  const form = analyse(wb).form;
  if (form) {
    // Derived cells, the total row and the first cells of the percentage block beside the form.
    for (const r of form.rows.slice(0, 3))
      fake.workbook.setFill(form.sheet, addr(r.row, form.cols.received), "#FCE4D6");
    if (form.total)
      fake.workbook.setFill(form.sheet, addr(form.total.row, form.cols.resolved), "#FCE4D6");
    fake.workbook.setFill(form.sheet, addr(form.headerTop, form.range.right + 2), "#C6E0B4");
    fake.workbook.addNote(
      form.sheet,
      addr(form.headerTop, form.nameCol),
      "Ghi chú của cán bộ: số liệu lấy từ phần mềm một cửa."
    );
    painted += 5;
  }
  return painted;
}

async function roundTrip(wb: WorkbookSnapshot, fillEvaluation = false): Promise<void> {
  const fake = createFakeExcel(wb);
  expect(paintLikeAClerk(fake, wb)).toBeGreaterThan(0);
  const pane = new PaneController({ run: fake.run, office: fake.office });
  const fill = () => (fillEvaluation ? pane.fillEvaluation() : pane.applyFill());
  const initial = comparable(fake.workbook.state());
  const cells = () => snapshotOfState(fake.workbook.state());
  const initialCells = cells();
  const derived = derivedCellsOf(analyse(wb).form);

  // Kiểm tra: marks (fills and notes) change no cell's content, the clerk's note stays;
  // Xóa đánh dấu gives back exactly the workbook as the clerk left it, colours and note included.
  await pane.check();
  expect(changedCells(initialCells, cells()).map(describeChange)).toEqual([]);
  expect(fake.workbook.notes().some((n) => n.content.startsWith("Ghi chú của cán bộ"))).toBe(true);
  await pane.clearMarks();
  expect(comparable(fake.workbook.state())).toEqual(initial);

  // Điền số liệu: only what a fill may change; Hoàn tác: exactly the workbook before it.
  const f = await fill();
  expect(f.written).toBeGreaterThan(0);
  expect(
    changedCells(initialCells, cells())
      .filter((x) => !allowedFillChange(x, derived, true))
      .map(describeChange)
  ).toEqual([]);
  expect((await pane.undo()).done).toBe(true);
  expect(comparable(fake.workbook.state())).toEqual(initial);

  // Both, interleaved (the fill re-marks what is still wrong): undo, then clear — exactly the start.
  await pane.check();
  await fill();
  expect((await pane.undo()).done).toBe(true);
  expect(changedCells(initialCells, cells()).map(describeChange)).toEqual([]);
  await pane.clearMarks();
  expect(comparable(fake.workbook.state())).toEqual(initial);
}

describe("the add-in", () => {
  test("the sample: mark, fill, undo, clear give back the clerk's workbook exactly (values, formulas, fills, notes)", async () => {
    await roundTrip(snapshotOf(buildSampleWorkbook()));
  });

  test("an evaluation left to fill: Điền bảng đánh giá, then Hoàn tác, exactly", async () => {
    await roundTrip((await readWorkbookFile(await evaluationToFill())).snapshot, true);
  });

  const entries = CORPUS.filter((e) =>
    /^(04|07|08|11|15|16|17|22|25|31|33|34|35|37|38|52)-/.test(e.id)
  );
  test.each(entries.map((e) => [e.id, e] as const))(
    "corpus %s: mark, fill, undo, clear — exactly",
    async (_id, e) => {
      await roundTrip((await readWorkbookBuffer(await e.build())).snapshot);
    }
  );
});
