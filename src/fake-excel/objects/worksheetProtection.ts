// Excel.WorksheetProtection in the fake (ExcelApi 1.2). Browser-safe.

import { FakeClientObject } from "../client";
import type { ModelSheet } from "../model";
import type { FakeExcelContext } from "./context";
import type { FakeWorksheet } from "./worksheet";

export class FakeWorksheetProtection extends FakeClientObject<ModelSheet, FakeExcelContext> {
  readonly _typeName = "WorksheetProtection";
  constructor(ctx: FakeExcelContext, parent: FakeWorksheet) {
    super(ctx, parent, (p) => p as ModelSheet, { api: "1.2" });
  }
  _scalarNames(): string[] {
    return ["protected"];
  }
  _scalar(t: ModelSheet): unknown {
    return t.protected;
  }
  get protected(): boolean {
    return this._get("protected");
  }
  protect(): void {
    this._call("protect", (s) => {
      s.protected = true;
    });
  }
  unprotect(): void {
    this._call("unprotect", (s) => {
      s.protected = false;
    });
  }
}
