// Excel.Workbook in the fake. Browser-safe.

import { FakeClientObject } from "../client";
import type { FakeWorkbookModel } from "../model";
import { FakeCommentCollection } from "./commentCollection";
import type { FakeExcelContext } from "./context";
import { FakeNoteCollection } from "./noteCollection";
import { FakeRange } from "./range";
import { FakeSettingCollection } from "./settingCollection";
import { FakeWorksheetCollection } from "./worksheetCollection";

export class FakeWorkbook extends FakeClientObject<FakeWorkbookModel, FakeExcelContext> {
  readonly _typeName = "Workbook";
  constructor(ctx: FakeExcelContext) {
    super(ctx, null, () => ctx._model);
  }
  _scalarNames(): string[] {
    return [];
  }
  _scalar(): unknown {
    return undefined;
  }
  override _nav(name: string): FakeClientObject | undefined {
    switch (name) {
      case "worksheets":
        return this.worksheets;
      case "notes":
        return this.notes;
      case "comments":
        return this.comments;
      case "settings":
        return this.settings;
    }
    return undefined;
  }
  get worksheets(): FakeWorksheetCollection {
    return this._child("worksheets", () => new FakeWorksheetCollection(this.context, this));
  }
  /** ExcelApi 1.18 */
  get notes(): FakeNoteCollection {
    return this._child("notes", () => new FakeNoteCollection(this.context, this));
  }
  /** ExcelApi 1.10 */
  get comments(): FakeCommentCollection {
    return this._child("comments", () => new FakeCommentCollection(this.context, this));
  }
  /** ExcelApi 1.4 */
  get settings(): FakeSettingCollection {
    return this._child("settings", () => new FakeSettingCollection(this.context, this));
  }
  getSelectedRange(): FakeRange {
    return new FakeRange(
      this.context,
      this,
      (m) => {
        const model = m as FakeWorkbookModel;
        if (model.selection && model.isLive(model.selection.sheet))
          return { sheet: model.selection.sheet, rect: { ...model.selection.rect } };
        const s = model.activeSheet;
        return s ? { sheet: s, rect: { top: 1, left: 1, bottom: 1, right: 1 } } : null;
      },
      { instantiate: true }
    );
  }
}
