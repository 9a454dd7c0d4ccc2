// Excel.RangeFormat in the fake. Browser-safe.

import { FakeClientObject } from "../client";
import { FakeRichApiError } from "../errors";
import { DEFAULT_COLUMN_WIDTH } from "../model";
import { FakeRangeBorderCollection } from "./rangeBorderCollection";
import { FakeRangeFill } from "./rangeFill";
import { FakeRangeFont } from "./rangeFont";
import { FakeRangePart, RangeT } from "./shared";

export class FakeRangeFormat extends FakeRangePart {
  readonly _typeName = "RangeFormat";
  _scalarNames(): string[] {
    return ["horizontalAlignment", "wrapText", "columnWidth"];
  }
  _scalar(t: RangeT, name: string): unknown {
    switch (name) {
      case "horizontalAlignment":
        return this._uniform(t, (c) => c?.halign ?? "General");
      case "wrapText":
        return this._uniform(t, (c) => !!c?.wrap);
      case "columnWidth": {
        let w: number | null | undefined;
        for (let col = t.rect.left; col <= t.rect.right; col++) {
          const x = t.sheet.colWidths.get(col) ?? DEFAULT_COLUMN_WIDTH;
          if (w === undefined) w = x;
          else if (w !== x) return null;
        }
        return w;
      }
    }
    return undefined;
  }
  override _nav(name: string): FakeClientObject | undefined {
    if (name === "fill") return this.fill;
    if (name === "font") return this.font;
    return undefined;
  }
  get fill(): FakeRangeFill {
    return this._child("fill", () => new FakeRangeFill(this.context, this));
  }
  get font(): FakeRangeFont {
    return this._child("font", () => new FakeRangeFont(this.context, this));
  }
  get borders(): FakeRangeBorderCollection {
    return this._child("borders", () => new FakeRangeBorderCollection(this.context, this));
  }
  get horizontalAlignment(): string {
    return this._get("horizontalAlignment");
  }
  set horizontalAlignment(v: string) {
    this._setStyle("horizontalAlignment", v, (c, value) => {
      if (value === "General") delete c.halign;
      else c.halign = String(value);
    });
  }
  get wrapText(): boolean {
    return this._get("wrapText");
  }
  set wrapText(v: boolean) {
    this._setFlag("wrapText", v, "wrap");
  }
  /** ExcelApi 1.2 (points). */
  get columnWidth(): number {
    return this._get("columnWidth");
  }
  set columnWidth(v: number) {
    this._set("columnWidth", v, (t, value) => {
      if (!this.context._supports("1.2"))
        throw new FakeRichApiError(
          "ApiNotFound",
          "RangeFormat.columnWidth needs ExcelApi 1.2.",
          "RangeFormat.columnWidth"
        );
      this.context._model.assertWritable(t.sheet, "RangeFormat.columnWidth");
      // A width equal to the standard width is the same as no custom width.
      for (let col = t.rect.left; col <= t.rect.right; col++) {
        if (Number(value) === DEFAULT_COLUMN_WIDTH) t.sheet.colWidths.delete(col);
        else t.sheet.colWidths.set(col, Number(value));
      }
    });
  }
}
