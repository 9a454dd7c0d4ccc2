// Excel.RangeAreas in the fake (what Range.getMergedAreasOrNullObject answers). Browser-safe.

import { Rect, qualified, rectCells } from "../../core/address";
import { FakeClientObject } from "../client";
import type { ModelSheet } from "../model";
import type { FakeExcelContext } from "./context";

export class FakeRangeAreas extends FakeClientObject<
  { sheet: ModelSheet; rects: Rect[] },
  FakeExcelContext
> {
  readonly _typeName = "RangeAreas";
  _scalarNames(): string[] {
    return ["address", "areaCount", "cellCount"];
  }
  _scalar(t: { sheet: ModelSheet; rects: Rect[] }, name: string): unknown {
    switch (name) {
      case "address":
        return t.rects.map((r) => qualified(t.sheet.name, r)).join(",");
      case "areaCount":
        return t.rects.length;
      case "cellCount":
        return t.rects.reduce((n, r) => n + rectCells(r), 0);
    }
    return undefined;
  }
  get address(): string {
    return this._get("address");
  }
  get areaCount(): number {
    return this._get("areaCount");
  }
}
