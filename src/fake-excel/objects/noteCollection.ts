// Excel.NoteCollection in the fake (ExcelApi 1.18): a workbook's or a worksheet's notes, one per
// cell, found by the cell. Browser-safe.

import type { ModelNote } from "../model";
import { AnnotationCollectionProxy, ScopeT } from "./annotation";
import type { FakeExcelContext } from "./context";
import { FakeNote } from "./note";
import type { FakeRange } from "./range";
import type { FakeWorkbook } from "./workbook";
import type { FakeWorksheet } from "./worksheet";

export class FakeNoteCollection extends AnnotationCollectionProxy<"notes", FakeNote> {
  readonly _typeName = "NoteCollection";
  constructor(ctx: FakeExcelContext, parent: FakeWorkbook | FakeWorksheet) {
    super(ctx, parent, "1.18", "notes", FakeNote);
  }
  /** A cell errors as "NoteCollection.getItem", whichever of the two getters asked. */
  private find(t: ScopeT, key: FakeRange | string): ModelNote | undefined {
    return this._atCell(t, key, "NoteCollection.getItem");
  }
  getItem(key: string): FakeNote {
    return this._item(() => this.find(this._resolveStrict("NoteCollection.getItem"), key), {
      instantiate: true,
    });
  }
  getItemOrNullObject(key: string): FakeNote {
    return this._item(
      () => this.find(this._resolveStrict("NoteCollection.getItemOrNullObject"), key),
      { instantiate: true, orNull: true }
    );
  }
}
