// Excel.WorksheetCollection in the fake. Browser-safe.

import { FakeClientResult, FakeCollection, ProxyOptions } from "../client";
import type { FakeWorkbookModel, ModelSheet } from "../model";
import type { FakeExcelContext } from "./context";
import type { FakeWorkbook } from "./workbook";
import { FakeWorksheet } from "./worksheet";

export class FakeWorksheetCollection extends FakeCollection<
  FakeWorkbookModel,
  FakeWorksheet,
  FakeExcelContext
> {
  readonly _typeName = "WorksheetCollection";
  constructor(ctx: FakeExcelContext, parent: FakeWorkbook) {
    super(ctx, parent, (m) => m as FakeWorkbookModel);
  }
  _entities(t: FakeWorkbookModel): unknown[] {
    return [...t.sheets];
  }
  _itemFor(entity: unknown): FakeWorksheet {
    return new FakeWorksheet(this.context, null, () => entity as ModelSheet);
  }
  /** A worksheet picked from the workbook when the queue reaches the call. */
  private pick(
    pick: (m: FakeWorkbookModel) => ModelSheet | null | undefined,
    opts: ProxyOptions = {}
  ): FakeWorksheet {
    return new FakeWorksheet(this.context, this, (m) => pick(m as FakeWorkbookModel), {
      instantiate: true,
      ...opts,
    });
  }
  getItem(key: string): FakeWorksheet {
    return this.pick((m) => m.sheetOrThrow(key));
  }
  /** ExcelApi 1.4 */
  getItemOrNullObject(key: string): FakeWorksheet {
    return this.pick((m) => m.findSheet(key), { orNull: true, api: "1.4" });
  }
  getActiveWorksheet(): FakeWorksheet {
    return this.pick((m) => m.activeSheet);
  }
  /** ExcelApi 1.5 */
  getFirst(): FakeWorksheet {
    return this.pick((m) => m.sheets[0] ?? null, { api: "1.5" });
  }
  /** ExcelApi 1.4 */
  getCount(): FakeClientResult<number> {
    this._requireApi("1.4", "WorksheetCollection.getCount");
    return this._callResult("getCount", (m) => m.sheets.length);
  }
  add(name?: string): FakeWorksheet {
    let created: ModelSheet | null = null;
    this._call("add", (m) => {
      created = m.addSheet(name);
    });
    return new FakeWorksheet(this.context, null, () => created);
  }
}
