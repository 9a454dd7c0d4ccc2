// Excel.Comment in the fake (ExcelApi 1.10): a threaded comment, with an id. Browser-safe.

import type { ModelComment } from "../model";
import { AnnotationKind, AnnotationProxy } from "./annotation";
import type { FakeExcelContext } from "./context";

export const COMMENTS: AnnotationKind<ModelComment> = {
  all: (m) => m.comments,
  of: (m, sheet) => m.commentsOf(sheet),
  add: (m, sheet, row, col, content) => m.addComment(sheet, row, col, content),
  remove: (m, c) => m.removeComment(c),
};

export class FakeComment extends AnnotationProxy<ModelComment> {
  readonly _typeName = "Comment";
  constructor(
    ctx: FakeExcelContext,
    get: () => ModelComment | null | undefined,
    opts: { instantiate?: boolean; orNull?: boolean; api?: string } = {}
  ) {
    super(ctx, COMMENTS, get, opts);
  }
  override _scalarNames(): string[] {
    return ["id", ...super._scalarNames()];
  }
  override _scalar(t: ModelComment, name: string): unknown {
    return name === "id" ? t.id : super._scalar(t, name);
  }
  get id(): string {
    return this._get("id");
  }
}
