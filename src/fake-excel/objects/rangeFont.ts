// Excel.RangeFont in the fake. Browser-safe.

import { DEFAULT_FONT } from "../model";
import { FakeRangePart, RangeT } from "./shared";

export class FakeRangeFont extends FakeRangePart {
  readonly _typeName = "RangeFont";
  _scalarNames(): string[] {
    return ["bold", "italic", "name"];
  }
  _scalar(t: RangeT, name: string): unknown {
    if (name === "bold") return this._uniform(t, (c) => !!c?.bold);
    if (name === "italic") return this._uniform(t, (c) => !!c?.italic);
    if (name === "name") return this._uniform(t, (c) => c?.font ?? DEFAULT_FONT);
    return undefined;
  }
  /** Font family; null when the cells differ. Setting the Normal style's family removes the cell's own. */
  get name(): string {
    return this._get("name");
  }
  set name(v: string) {
    this._setStyle("name", v, (c, value) => {
      if (String(value) === DEFAULT_FONT) delete c.font;
      else c.font = String(value);
    });
  }
  get bold(): boolean {
    return this._get("bold");
  }
  set bold(v: boolean) {
    this._setFlag("bold", v, "bold");
  }
  get italic(): boolean {
    return this._get("italic");
  }
  set italic(v: boolean) {
    this._setFlag("italic", v, "italic");
  }
}
