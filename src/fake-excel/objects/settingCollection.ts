// Excel.SettingCollection in the fake (ExcelApi 1.4): the workbook's settings, values kept as JSON.
// Browser-safe.

import { FakeClientResult, FakeCollection } from "../client";
import type { FakeWorkbookModel } from "../model";
import type { FakeExcelContext } from "./context";
import { FakeSetting } from "./setting";
import type { FakeWorkbook } from "./workbook";

export class FakeSettingCollection extends FakeCollection<
  FakeWorkbookModel,
  FakeSetting,
  FakeExcelContext
> {
  readonly _typeName = "SettingCollection";
  constructor(ctx: FakeExcelContext, parent: FakeWorkbook) {
    super(ctx, parent, (p) => p as FakeWorkbookModel, { api: "1.4" });
  }
  _entities(t: FakeWorkbookModel): unknown[] {
    return [...t.settings.keys()];
  }
  _itemFor(entity: unknown): FakeSetting {
    return new FakeSetting(this.context, String(entity));
  }
  add(key: string, value: unknown): FakeSetting {
    const json = JSON.stringify(value ?? null);
    this._call(
      "add",
      (m) => {
        m.settings.set(key, json);
      },
      48 + key.length + json.length
    );
    return new FakeSetting(this.context, key);
  }
  getItem(key: string): FakeSetting {
    return new FakeSetting(this.context, key, { instantiate: true });
  }
  getItemOrNullObject(key: string): FakeSetting {
    return new FakeSetting(this.context, key, { instantiate: true, orNull: true });
  }
  getCount(): FakeClientResult<number> {
    return this._callResult("getCount", (m) => m.settings.size);
  }
}
