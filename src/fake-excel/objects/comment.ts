// Excel.Comment in the fake (ExcelApi 1.10): a threaded comment, with an id. Browser-safe.

import type { ModelComment } from "../model";
import { AnnotationProxy } from "./annotation";
import type { FakeExcelContext } from "./context";

export class FakeComment extends AnnotationProxy<"comments"> {
  readonly _typeName = "Comment";
  constructor(
    ctx: FakeExcelContext,
    get: () => ModelComment | null | undefined,
    opts: { instantiate?: boolean; orNull?: boolean; api?: string } = {}
  ) {
    super(ctx, "comments", get, opts);
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
