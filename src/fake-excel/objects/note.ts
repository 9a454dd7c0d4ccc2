// Excel.Note in the fake (ExcelApi 1.18): the cell's old-style note. Browser-safe.

import type { ModelNote } from "../model";
import { AnnotationKind, AnnotationProxy } from "./annotation";
import type { FakeExcelContext } from "./context";

export const NOTES: AnnotationKind<ModelNote> = {
  all: (m) => m.notes,
  of: (m, sheet) => m.notesOf(sheet),
  add: (m, sheet, row, col, content) => m.addNote(sheet, row, col, content),
  remove: (m, n) => m.removeNote(n),
};

export class FakeNote extends AnnotationProxy<ModelNote> {
  readonly _typeName = "Note";
  constructor(
    ctx: FakeExcelContext,
    get: () => ModelNote | null | undefined,
    opts: { instantiate?: boolean; orNull?: boolean } = {}
  ) {
    super(ctx, NOTES, get, opts);
  }
}
