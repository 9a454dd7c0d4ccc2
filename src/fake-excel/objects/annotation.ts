// What notes (Excel.Note, ExcelApi 1.18) and threaded comments (Excel.Comment, ExcelApi 1.10)
// share in the fake: both hang on one cell, read and write their text and author the same way, and
// their collections (a workbook's or a worksheet's) add, find and count them alike. Each type's own
// file says what differs (note.ts, comment.ts, noteCollection.ts, commentCollection.ts).
// Browser-safe.

import { Rect, parseLocal, splitSheet } from "../../core/address";
import {
  FakeClientObject,
  FakeClientResult,
  FakeCollection,
  ProxyOptions,
  jsonSize,
} from "../client";
import { FakeRichApiError } from "../errors";
import { AnnotationKind, AnnotationTypes, FakeWorkbookModel, ModelSheet } from "../model";
import type { FakeExcelContext } from "./context";
import { FakeRange } from "./range";

/** What a collection covers: the whole workbook, or one worksheet. */
export interface ScopeT {
  model: FakeWorkbookModel;
  sheet?: ModelSheet;
}

/** Resolve a Range proxy or an address string to one cell. Workbook-level strings need the sheet name. */
function resolveCell(
  ctx: FakeExcelContext,
  scope: ScopeT,
  cell: FakeRange | string,
  location: string
): { sheet: ModelSheet; row: number; col: number } {
  let sheet: ModelSheet;
  let rect: Rect;
  if (typeof cell === "string") {
    const { sheet: named, local } = splitSheet(cell);
    if (named === undefined && !scope.sheet)
      throw new FakeRichApiError("InvalidArgument", `"${cell}" must name its worksheet.`, location);
    sheet = named === undefined ? (scope.sheet as ModelSheet) : scope.model.sheetOrThrow(named);
    const r = parseLocal(local);
    if (!r)
      throw new FakeRichApiError("InvalidArgument", `Invalid cell address "${cell}".`, location);
    rect = r;
  } else {
    if (cell.context !== ctx)
      throw new FakeRichApiError(
        "InvalidObjectPath",
        "The range belongs to another request context.",
        location
      );
    const t = cell._resolveStrict(location);
    sheet = t.sheet;
    rect = t.rect;
  }
  if (rect.top !== rect.bottom || rect.left !== rect.right)
    throw new FakeRichApiError("InvalidArgument", "The address must be a single cell.", location);
  if (scope.sheet && scope.sheet !== sheet)
    throw new FakeRichApiError("InvalidArgument", "The cell is on another worksheet.", location);
  return { sheet, row: rect.top, col: rect.left };
}

/** Some builds answer NotImplemented for comments.add (the issue behind #14); the fake can be told to. */
function notImplemented(ctx: FakeExcelContext, what: string): void {
  if (ctx._session.options.notImplemented?.includes(what))
    throw new FakeRichApiError("NotImplemented", `${what} is not implemented on this build.`, what);
}

/** A note or a comment: a proxy that resolves to its annotation while the workbook still holds it. */
export abstract class AnnotationProxy<K extends AnnotationKind> extends FakeClientObject<
  AnnotationTypes[K],
  FakeExcelContext
> {
  private readonly kind: K;
  constructor(
    ctx: FakeExcelContext,
    kind: K,
    get: () => AnnotationTypes[K] | null | undefined,
    opts: ProxyOptions = {}
  ) {
    super(
      ctx,
      null,
      () => {
        const n = get();
        return n && ctx._model.annotations(kind).includes(n) ? n : null;
      },
      opts
    );
    this.kind = kind;
  }
  _scalarNames(): string[] {
    return ["content", "authorName"];
  }
  _scalar(t: AnnotationTypes[K], name: string): unknown {
    return name === "content" ? t.content : name === "authorName" ? t.author : undefined;
  }
  get content(): string {
    return this._get("content");
  }
  set content(v: string) {
    this._set("content", v, (n, value) => {
      this.context._model.assertWritable(n.sheet, `${this._typeName}.content`);
      n.content = String(value);
    });
  }
  get authorName(): string {
    return this._get("authorName");
  }
  delete(): void {
    this._call("delete", (n) => this.context._model.removeAnnotation(this.kind, n));
  }
  getLocation(): FakeRange {
    return new FakeRange(
      this.context,
      this,
      () => {
        const n = this._resolveStrict(`${this._typeName}.getLocation`);
        return { sheet: n.sheet, rect: { top: n.row, left: n.col, bottom: n.row, right: n.col } };
      },
      { instantiate: true }
    );
  }
}

/** The class of a collection's items (FakeNote, FakeComment). */
type AnnotationClass<K extends AnnotationKind, I> = new (
  ctx: FakeExcelContext,
  get: () => AnnotationTypes[K] | null | undefined,
  opts?: ProxyOptions
) => I;

/** The notes or the comments of a workbook (parent: the workbook) or of one worksheet. */
export abstract class AnnotationCollectionProxy<
  K extends AnnotationKind,
  I extends AnnotationProxy<K>,
> extends FakeCollection<ScopeT, I, FakeExcelContext> {
  private readonly kind: K;
  private readonly itemClass: AnnotationClass<K, I>;
  constructor(
    ctx: FakeExcelContext,
    parent: FakeClientObject,
    api: string,
    kind: K,
    itemClass: AnnotationClass<K, I>
  ) {
    super(
      ctx,
      parent,
      (p) =>
        p instanceof FakeWorkbookModel
          ? { model: p }
          : { model: ctx._model, sheet: p as ModelSheet },
      { api }
    );
    this.kind = kind;
    this.itemClass = itemClass;
  }
  /** @internal A proxy of the annotation `get` finds when the queue reaches it. */
  protected _item(get: () => AnnotationTypes[K] | null | undefined, opts?: ProxyOptions): I {
    return new this.itemClass(this.context, get, opts);
  }

  _entities(t: ScopeT): unknown[] {
    return t.model.annotationsOf(this.kind, t.sheet);
  }
  _itemFor(entity: unknown): I {
    return this._item(() => entity as AnnotationTypes[K]);
  }
  /** @internal The annotation on one cell of this collection's scope. */
  protected _atCell(
    t: ScopeT,
    cell: FakeRange | string,
    location: string
  ): AnnotationTypes[K] | undefined {
    const c = resolveCell(this.context, t, cell, location);
    return t.model
      .annotations(this.kind)
      .find((x) => x.sheet === c.sheet && x.row === c.row && x.col === c.col);
  }
  add(cellAddress: FakeRange | string, content: string): I {
    const location = `${this._typeName}.add`;
    let created: AnnotationTypes[K] | null = null;
    this._call(
      "add",
      (t) => {
        notImplemented(this.context, location);
        const c = resolveCell(this.context, t, cellAddress, location);
        created = t.model.addAnnotation(this.kind, c.sheet, c.row, c.col, String(content));
      },
      48 + jsonSize(content)
    );
    return this._item(() => created);
  }
  getItemAt(index: number): I {
    const at = (t: ScopeT): AnnotationTypes[K] | undefined =>
      t.model.annotationsOf(this.kind, t.sheet)[index];
    return this._item(() => at(this._resolveStrict(`${this._typeName}.getItemAt`)), {
      instantiate: true,
    });
  }
  getCount(): FakeClientResult<number> {
    return this._callResult("getCount", (t) => this._entities(t).length);
  }
}
