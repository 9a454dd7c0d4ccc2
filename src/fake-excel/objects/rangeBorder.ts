// Excel.RangeBorder in the fake: one flag per cell (see rangeBorderCollection.ts). Browser-safe.

import type { FakeExcelContext } from "./context";
import type { FakeRangeBorderCollection } from "./rangeBorderCollection";
import { FakeRangePart, RangeT } from "./shared";

export class FakeRangeBorder extends FakeRangePart {
  readonly _typeName = "RangeBorder";
  readonly sideIndex: string;
  constructor(ctx: FakeExcelContext, parent: FakeRangeBorderCollection, index: string) {
    super(ctx, parent);
    this.sideIndex = index;
  }
  _scalarNames(): string[] {
    return ["style"];
  }
  _scalar(t: RangeT): unknown {
    return this._uniform(t, (c) => (c?.border ? "Continuous" : "None"));
  }
  get style(): string {
    return this._get("style");
  }
  set style(v: string) {
    this._setStyle("style", v, (c, value) => {
      if (value === "None") delete c.border;
      else c.border = true;
    });
  }
}
