// Excel.Note in the fake (ExcelApi 1.18): the cell's old-style note. Browser-safe.

import type { ModelNote } from "../model";
import { AnnotationProxy } from "./annotation";
import type { FakeExcelContext } from "./context";

export class FakeNote extends AnnotationProxy<"notes"> {
  readonly _typeName = "Note";
  constructor(
    ctx: FakeExcelContext,
    get: () => ModelNote | null | undefined,
    opts: { instantiate?: boolean; orNull?: boolean } = {}
  ) {
    super(ctx, "notes", get, opts);
  }
}
