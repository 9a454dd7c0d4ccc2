// Excel.CommentCollection in the fake (ExcelApi 1.10): a workbook's or a worksheet's threaded
// comments, found by id or by cell. Browser-safe.

import type { ModelComment } from "../model";
import { AnnotationCollectionProxy } from "./annotation";
import { FakeComment } from "./comment";
import type { FakeExcelContext } from "./context";
import type { FakeRange } from "./range";
import type { FakeWorkbook } from "./workbook";
import type { FakeWorksheet } from "./worksheet";

export class FakeCommentCollection extends AnnotationCollectionProxy<"comments", FakeComment> {
  readonly _typeName = "CommentCollection";
  constructor(ctx: FakeExcelContext, parent: FakeWorkbook | FakeWorksheet) {
    super(ctx, parent, "1.10", "comments", FakeComment);
  }
  private byId(location: string, commentId: string): ModelComment | undefined {
    return this._resolveStrict(location).model.comments.find((c) => c.id === commentId);
  }
  getItem(commentId: string): FakeComment {
    return this._item(() => this.byId("CommentCollection.getItem", commentId), {
      instantiate: true,
    });
  }
  /** ExcelApi 1.14 */
  getItemOrNullObject(commentId: string): FakeComment {
    return this._item(() => this.byId("CommentCollection.getItemOrNullObject", commentId), {
      instantiate: true,
      orNull: true,
      api: "1.14",
    });
  }
  getItemByCell(cellAddress: FakeRange | string): FakeComment {
    return this._item(
      () =>
        this._atCell(
          this._resolveStrict("CommentCollection.getItemByCell"),
          cellAddress,
          "CommentCollection.getItemByCell"
        ),
      { instantiate: true }
    );
  }
}
