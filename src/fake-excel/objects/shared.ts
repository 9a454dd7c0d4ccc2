// What several proxy classes of the fake Excel share: the target of a range proxy, how an address
// argument is parsed, and the base of a range's format parts. Browser-safe.

import { Rect, parseLocal, splitSheet } from "../../core/address";
import { FakeClientObject } from "../client";
import { FakeRichApiError } from "../errors";
import type { ModelCell, ModelSheet } from "../model";
import type { FakeExcelContext } from "./context";

/** What a range proxy (and its format, fill, font, borders) resolves to. */
export interface RangeT {
  sheet: ModelSheet;
  rect: Rect;
}

/** A range address argument on `sheet`: local ("A1:B2") or naming that same sheet. */
export function parseRangeAddress(sheet: ModelSheet, address: string, location: string): Rect {
  const { sheet: named, local } = splitSheet(address);
  if (named !== undefined && named.toLowerCase() !== sheet.name.toLowerCase()) {
    throw new FakeRichApiError(
      "InvalidArgument",
      `The address "${address}" refers to another worksheet.`,
      location
    );
  }
  const r = parseLocal(local);
  if (!r)
    throw new FakeRichApiError("InvalidArgument", `Invalid range address "${address}".`, location);
  return r;
}

/**
 * A part of a range's format (RangeFormat, RangeFill, RangeFont, the borders): it resolves to its
 * range's target and reads and writes the cells' formats.
 */
export abstract class FakeRangePart extends FakeClientObject<RangeT, FakeExcelContext> {
  constructor(ctx: FakeExcelContext, parent: FakeClientObject) {
    super(ctx, parent, (p) => p as RangeT);
  }
  /** @internal The value every cell of the range shares, or null when they differ. */
  protected _uniform<V>(t: RangeT, read: (c: ModelCell | undefined) => V): V | null {
    return this.context._model.uniform(t.sheet, t.rect, read);
  }
  /** @internal Queue a property write that edits each cell's format ("Type.name" on a protected sheet). */
  protected _setStyle(
    name: string,
    value: unknown,
    edit: (c: ModelCell, value: unknown) => void
  ): void {
    this._set(name, value, (t, v) =>
      this.context._model.styleCells(t.sheet, t.rect, `${this._typeName}.${name}`, (c) =>
        edit(c, v)
      )
    );
  }
  /** @internal Queue a write of an on/off format: true stores the flag, false removes it. */
  protected _setFlag(name: string, value: unknown, flag: "bold" | "italic" | "wrap"): void {
    this._setStyle(name, value, (c, v) => {
      if (v) c[flag] = true;
      else delete c[flag];
    });
  }
}
