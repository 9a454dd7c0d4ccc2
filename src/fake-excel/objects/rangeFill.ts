// Excel.RangeFill in the fake. Browser-safe.

import { normalizeColor } from "../model";
import { FakeRangePart, RangeT } from "./shared";

export class FakeRangeFill extends FakeRangePart {
  readonly _typeName = "RangeFill";
  _scalarNames(): string[] {
    return this.context._supports("1.9") ? ["color", "pattern"] : ["color"];
  }
  _scalar(t: RangeT, name: string): unknown {
    if (name === "color") return this._uniform(t, (c) => c?.fill ?? "#FFFFFF");
    if (name === "pattern") return this._uniform(t, (c) => (c?.fill ? "Solid" : "None"));
    return undefined;
  }
  /** "#RRGGBB"; a cell without fill reads "#FFFFFF"; null when the cells differ. */
  get color(): string {
    return this._get("color");
  }
  set color(v: string) {
    this._set("color", v, (t, value) => {
      // The colour is checked before the sheet's protection, once for the whole range.
      const color = normalizeColor(String(value));
      this.context._model.styleCells(t.sheet, t.rect, "RangeFill.color", (c) => {
        c.fill = color;
      });
    });
  }
  /** ExcelApi 1.9: "None" or "Solid" in the fake. */
  get pattern(): string {
    return this._get("pattern");
  }
  clear(): void {
    this._call("clear", (t) =>
      this.context._model.styleCells(t.sheet, t.rect, "RangeFill.clear", (c) => {
        delete c.fill;
      })
    );
  }
}
