// The preview's Excel: a fake Excel (src/fake-excel) loaded with the workbook, installed as the
// page's Office and Excel globals before the task pane starts. Every context.sync() the pane makes
// is followed by a recalculation (Excel computes formulas; the fake does not) and a re-render of
// the simulated grid. User edits in the grid (select a cell, switch sheets, type into the formula
// bar) go to the model directly, like a clerk working in Excel: they count no syncs.

import type { WorkbookSnapshot } from "../core/grid";
import { createFakeExcel, type FakeExcel } from "../fake-excel";
import { parseLocal } from "../core/address";
import type { FakeWorkbookModel, ModelSheet } from "../fake-excel/model";
import type { SheetLayout } from "../host/xlsx/snapshot";
import { recalculate } from "./recalc";

/** ExcelApi levels offered by the preview's selector (notes 1.18, comments 1.10, fills 1.9, settings 1.4). */
export const API_LEVELS = ["1.18", "1.10", "1.9", "1.4", "1.1"] as const;

/** Excel column width: characters (exceljs) to points (Office.js). */
export const charsToPoints = (chars: number) => (chars * 7 + 5) * 0.75;

export interface PreviewHost {
  readonly fake: FakeExcel;
  readonly model: FakeWorkbookModel;
  /** Bumped on every change the grid must show. */
  readonly version: number;
  subscribe(listener: () => void): () => void;
  /** Recalculate and re-render (after a sync, or an edit in the grid). */
  changed(): void;
  selectCell(sheet: string, row: number, col: number): void;
  activateSheet(sheet: string): void;
  /** Write what the clerk typed into a cell (a value, or a formula starting with "="). */
  typeInto(sheet: string, row: number, col: number, text: string): void;
  setMaxExcelApi(version: string): void;
  readonly maxExcelApi: string;
}

/** Column widths, bold, wrap, alignment, fills, borders and fonts of the file, onto the fake (no syncs counted). */
function applyLayout(fake: FakeExcel, layout: SheetLayout[]): void {
  const model = fake.workbook.model;
  for (const sheet of layout) {
    const s = model.findSheet(sheet.name);
    if (!s) continue;
    for (const [col, chars] of Object.entries(sheet.columnWidths))
      s.colWidths.set(Number(col), charsToPoints(chars));
    for (const [address, f] of Object.entries(sheet.cells)) {
      const r = parseLocal(address);
      if (!r) continue;
      model.editCell(s, r.top, r.left, (c) => {
        if (f.bold) c.bold = true;
        if (f.wrap) c.wrap = true;
        if (f.horizontal) c.halign = f.horizontal.charAt(0).toUpperCase() + f.horizontal.slice(1);
        if (f.fill) c.fill = f.fill;
        if (f.border) c.border = true;
        if (f.font) c.font = f.font;
      });
    }
  }
}

export function createPreviewHost(
  snapshot: WorkbookSnapshot,
  layout: SheetLayout[],
  target: Record<string, unknown>
): PreviewHost {
  const fake = createFakeExcel(snapshot, { userName: "Cán bộ một cửa" });
  const model = fake.workbook.model;
  applyLayout(fake, layout);
  recalculate(model);
  const first = model.activeSheet;
  if (first && !model.selection)
    model.selection = { sheet: first, rect: { top: 1, left: 1, bottom: 1, right: 1 } };

  let version = 0;
  let maxApi: string = API_LEVELS[0];
  const listeners = new Set<() => void>();
  /** Each sheet's last selection, so that switching tabs comes back to it (as in Excel). */
  const lastSelection = new Map<
    ModelSheet,
    { top: number; left: number; bottom: number; right: number }
  >();

  const sheet = (name: string): ModelSheet => {
    const s = model.findSheet(name);
    if (!s) throw new Error(`no worksheet "${name}"`);
    return s;
  };

  const host: PreviewHost = {
    fake,
    model,
    get version() {
      return version;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    changed() {
      recalculate(model);
      version++;
      for (const l of [...listeners]) l();
    },
    selectCell(name, row, col) {
      const s = sheet(name);
      model.activeSheet = s;
      model.selection = { sheet: s, rect: { top: row, left: col, bottom: row, right: col } };
      host.changed();
    },
    activateSheet(name) {
      const s = sheet(name);
      if (model.selection) lastSelection.set(model.selection.sheet, model.selection.rect);
      model.activeSheet = s;
      model.selection = {
        sheet: s,
        rect: lastSelection.get(s) ?? { top: 1, left: 1, bottom: 1, right: 1 },
      };
      host.changed();
    },
    typeInto(name, row, col, text) {
      const s = sheet(name);
      // writeContent refuses protected sheets with Excel's error; the caller shows it.
      model.writeContent(
        s,
        { top: row, left: col, bottom: row, right: col },
        [[text]],
        "Range.formulas"
      );
      host.changed();
    },
    setMaxExcelApi(v) {
      maxApi = v;
      fake.setMaxExcelApi(v);
      host.changed();
    },
    get maxExcelApi() {
      return maxApi;
    },
  };

  // The page's Office and Excel, as Office.js would provide them to the task pane.
  fake.installGlobals(target);
  const installed = target.Excel as { run: FakeExcel["run"] };
  const run: FakeExcel["run"] = (batch) =>
    installed
      .run(async (context) => {
        const sync = context.sync.bind(context);
        // After every round trip: recalculate what the batch wrote, redraw the grid.
        context.sync = (async () => {
          try {
            await sync();
          } finally {
            host.changed();
          }
        }) as typeof context.sync;
        return batch(context);
      })
      .finally(() => host.changed());
  target.Excel = { ...installed, run };
  return host;
}
