// Excel.NoteCollection in the fake (ExcelApi 1.18): a workbook's or a worksheet's notes, one per
// cell, found by the cell. Browser-safe.

import type { FakeClientObject, ProxyOptions } from "../client";
import type { ModelNote } from "../model";
import { AnnotationCollectionProxy, ScopeT } from "./annotation";
import type { FakeExcelContext } from "./context";
import { FakeNote, NOTES } from "./note";
import type { FakeRange } from "./range";

export class FakeNoteCollection extends AnnotationCollectionProxy<ModelNote, FakeNote> {
  readonly _typeName = "NoteCollection";
  constructor(ctx: FakeExcelContext, parent: FakeClientObject, api: string) {
    super(ctx, parent, api, NOTES);
  }
  protected _item(get: () => ModelNote | null | undefined, opts?: ProxyOptions): FakeNote {
    return new FakeNote(this.context, get, opts);
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
