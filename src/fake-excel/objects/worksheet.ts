// Excel.Worksheet in the fake. Browser-safe.

import { EXCEL_MAX_COLS, EXCEL_MAX_ROWS, Rect } from "../../core/address";
import { FakeClientObject, ProxyOptions } from "../client";
import { FakeRichApiError } from "../errors";
import type { ModelSheet } from "../model";
import { FakeCommentCollection } from "./commentCollection";
import type { FakeExcelContext } from "./context";
import { FakeNoteCollection } from "./noteCollection";
import { FakeRange } from "./range";
import { parseRangeAddress } from "./shared";
import { FakeWorksheetProtection } from "./worksheetProtection";

export class FakeWorksheet extends FakeClientObject<ModelSheet, FakeExcelContext> {
  readonly _typeName = "Worksheet";
  _scalarNames(): string[] {
    return ["name", "id", "position", "visibility"];
  }
  _scalar(t: ModelSheet, name: string): unknown {
    switch (name) {
      case "name":
        return t.name;
      case "id":
        return t.id;
      case "position":
        return this.context._model.sheets.indexOf(t);
      case "visibility":
        return t.visibility;
    }
    return undefined;
  }
  override _nav(name: string): FakeClientObject | undefined {
    if (name === "protection") return this.protection;
    if (name === "notes") return this.notes;
    if (name === "comments") return this.comments;
    return undefined;
  }
  get name(): string {
    return this._get("name");
  }
  set name(v: string) {
    this._set("name", v, (s, value) => {
      const model = this.context._model;
      const other = model.findSheet(String(value));
      if (other && other !== s)
        throw new FakeRichApiError(
          "ItemAlreadyExists",
          `A worksheet named "${value}" already exists.`,
          "Worksheet.name"
        );
      s.name = String(value);
    });
  }
  get id(): string {
    return this._get("id");
  }
  get position(): number {
    return this._get("position");
  }
  get visibility(): string {
    return this._get("visibility");
  }
  set visibility(v: string) {
    this._set("visibility", v, (s, value) => {
      s.visibility = value as ModelSheet["visibility"];
    });
  }
  /** ExcelApi 1.2 */
  get protection(): FakeWorksheetProtection {
    return this._child("protection", () => new FakeWorksheetProtection(this.context, this));
  }
  /** ExcelApi 1.18 */
  get notes(): FakeNoteCollection {
    return this._child("notes", () => new FakeNoteCollection(this.context, this));
  }
  /** ExcelApi 1.10 */
  get comments(): FakeCommentCollection {
    return this._child("comments", () => new FakeCommentCollection(this.context, this));
  }
  /** A range of this sheet; `rect` null = none (a null object, or ItemNotFound). */
  private range(rect: (s: ModelSheet) => Rect | null, opts?: ProxyOptions): FakeRange {
    return new FakeRange(
      this.context,
      this,
      (p) => {
        const s = p as ModelSheet;
        const r = rect(s);
        return r ? { sheet: s, rect: r } : null;
      },
      opts
    );
  }
  getRange(address?: string): FakeRange {
    return this.range((s) =>
      address === undefined || address === ""
        ? { top: 1, left: 1, bottom: EXCEL_MAX_ROWS, right: EXCEL_MAX_COLS }
        : parseRangeAddress(s, address, "Worksheet.getRange")
    );
  }
  /** ExcelApi 1.7 */
  getRangeByIndexes(
    startRow: number,
    startColumn: number,
    rowCount: number,
    columnCount: number
  ): FakeRange {
    return this.range(
      () => {
        if (
          startRow < 0 ||
          startColumn < 0 ||
          rowCount < 1 ||
          columnCount < 1 ||
          startRow + rowCount > EXCEL_MAX_ROWS ||
          startColumn + columnCount > EXCEL_MAX_COLS
        ) {
          throw new FakeRichApiError(
            "InvalidArgument",
            "Range indexes out of bounds.",
            "Worksheet.getRangeByIndexes"
          );
        }
        return {
          top: startRow + 1,
          left: startColumn + 1,
          bottom: startRow + rowCount,
          right: startColumn + columnCount,
        };
      },
      { api: "1.7" }
    );
  }
  getCell(row: number, column: number): FakeRange {
    return this.range(() => ({
      top: row + 1,
      left: column + 1,
      bottom: row + 1,
      right: column + 1,
    }));
  }
  getUsedRange(valuesOnly?: boolean): FakeRange {
    return this.range(
      (s) =>
        this.context._model.usedRect(s, !!valuesOnly) ?? { top: 1, left: 1, bottom: 1, right: 1 },
      { instantiate: true }
    );
  }
  /** ExcelApi 1.4 */
  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    return this.range((s) => this.context._model.usedRect(s, !!valuesOnly), {
      instantiate: true,
      orNull: true,
      api: "1.4",
    });
  }
  activate(): void {
    this._call("activate", (s) => {
      this.context._model.activeSheet = s;
    });
  }
  delete(): void {
    this._call("delete", (s) => this.context._model.deleteSheet(s));
  }
}
