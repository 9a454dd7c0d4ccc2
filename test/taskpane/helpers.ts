// Shared fixtures for the task pane tests (not a test file itself).
import type { WorkbookSnapshot } from "../../src/core/grid";
import { createFakeExcel, FakeExcel, FakeExcelOptions } from "../../src/fake-excel";
import { PaneController } from "../../src/taskpane/controller";
import { snapshotOf } from "../../src/host/xlsx";
import { buildSampleWorkbook } from "../../src/samples/build";

let sample: WorkbookSnapshot | null = null;

/** The bundled sample workbook (Phú Sơn, quý I/2024) as a grid snapshot, built once. */
export function sampleSnapshot(): WorkbookSnapshot {
  if (!sample) sample = snapshotOf(buildSampleWorkbook());
  return sample;
}

/** A fake Excel holding `book` and a controller wired to it. */
export function paneOn(
  book: WorkbookSnapshot = sampleSnapshot(),
  options: FakeExcelOptions = {}
): { fake: FakeExcel; pane: PaneController } {
  const fake = createFakeExcel(book, options);
  const pane = new PaneController({ run: fake.run, office: fake.office });
  return { fake, pane };
}
