// Excel.Range in the fake. Browser-safe.

import {
  EXCEL_MAX_COLS,
  EXCEL_MAX_ROWS,
  Rect,
  qualified,
  rectA1,
  rectCells,
} from "../../core/address";
import { FakeClientObject, FakeClientResult, ProxyOptions, jsonSize } from "../client";
import { FakeRichApiError } from "../errors";
import { DEFAULT_FONT, FakeWorkbookModel, ModelCell, ModelSheet } from "../model";
import type { FakeExcelContext } from "./context";
import { FakeRangeAreas } from "./rangeAreas";
import { FakeRangeFormat } from "./rangeFormat";
import { RangeT, parseRangeAddress } from "./shared";
import type { FakeWorksheet } from "./worksheet";

/** Largest range whose cell arrays the fake will materialise (Excel refuses huge reads too). */
const MAX_READ_CELLS = 5_000_000;

function assertReadable(t: RangeT, what: string): void {
  if (rectCells(t.rect) > MAX_READ_CELLS) {
    throw new FakeRichApiError(
      "InvalidOperation",
      `${what}: the range ${rectA1(t.rect)} is too large to read.`,
      "Range." + what
    );
  }
}

/** The cell arrays a range reads, each from one cell. */
const GRID_PROPERTIES = new Map<string, (c: ModelCell | undefined) => unknown>([
  ["values", (c) => FakeWorkbookModel.valueOf(c)],
  ["formulas", (c) => FakeWorkbookModel.formulaOf(c)],
  ["numberFormat", (c) => c?.nf ?? "General"],
  ["valueTypes", (c) => FakeWorkbookModel.valueTypeOf(c)],
]);

type CellPropsRequest = {
  address?: boolean;
  format?: {
    fill?: { color?: boolean; pattern?: boolean };
    font?: { bold?: boolean; italic?: boolean; name?: boolean };
    horizontalAlignment?: boolean;
    wrapText?: boolean;
  };
};

export class FakeRange extends FakeClientObject<RangeT, FakeExcelContext> {
  readonly _typeName = "Range";
  _scalarNames(): string[] {
    return [
      "address",
      "addressLocal",
      "values",
      "formulas",
      "numberFormat",
      "valueTypes",
      "rowIndex",
      "columnIndex",
      "rowCount",
      "columnCount",
      "cellCount",
    ];
  }
  _scalar(t: RangeT, name: string): unknown {
    const r = t.rect;
    const grid = GRID_PROPERTIES.get(name);
    if (grid) {
      // Above 5M cells a get may answer null (OfficeDev/office-js-docs-pr#5821).
      if (rectCells(r) > (this.context._session.options.maxGetCells ?? Infinity)) return null;
      assertReadable(t, name);
      return this.context._model.readGrid(t.sheet, r, grid);
    }
    switch (name) {
      case "address":
      case "addressLocal":
        return qualified(t.sheet.name, r);
      case "rowIndex":
        return r.top - 1;
      case "columnIndex":
        return r.left - 1;
      case "rowCount":
        return r.bottom - r.top + 1;
      case "columnCount":
        return r.right - r.left + 1;
      case "cellCount":
        return rectCells(r);
    }
    return undefined;
  }
  override _nav(name: string): FakeClientObject | undefined {
    if (name === "format") return this.format;
    if (name === "worksheet") return this.worksheet;
    return undefined;
  }

  get address(): string {
    return this._get("address");
  }
  get addressLocal(): string {
    return this._get("addressLocal");
  }
  get values(): unknown[][] {
    return this._get("values");
  }
  set values(v: unknown[][]) {
    this._set("values", v, (t, value) =>
      this.context._model.writeContent(t.sheet, t.rect, value, "Range.values")
    );
  }
  get formulas(): unknown[][] {
    return this._get("formulas");
  }
  set formulas(v: unknown[][]) {
    this._set("formulas", v, (t, value) =>
      this.context._model.writeContent(t.sheet, t.rect, value, "Range.formulas")
    );
  }
  get numberFormat(): unknown[][] {
    return this._get("numberFormat");
  }
  set numberFormat(v: unknown[][]) {
    this._set("numberFormat", v, (t, value) =>
      this.context._model.writeNumberFormat(t.sheet, t.rect, value)
    );
  }
  get valueTypes(): string[][] {
    return this._get("valueTypes");
  }
  get rowIndex(): number {
    return this._get("rowIndex");
  }
  get columnIndex(): number {
    return this._get("columnIndex");
  }
  get rowCount(): number {
    return this._get("rowCount");
  }
  get columnCount(): number {
    return this._get("columnCount");
  }
  get cellCount(): number {
    return this._get("cellCount");
  }
  get format(): FakeRangeFormat {
    return this._child("format", () => new FakeRangeFormat(this.context, this));
  }
  get worksheet(): FakeWorksheet {
    return this._child("worksheet", () => this.context._worksheetOf(this));
  }

  /** A range of the same sheet derived from this one; `rect` null = none (ItemNotFound). */
  private derived(rect: (r: Rect, t: RangeT) => Rect | null, opts?: ProxyOptions): FakeRange {
    return new FakeRange(
      this.context,
      this,
      (p) => {
        const t = p as RangeT;
        const r = rect(t.rect, t);
        return r ? { sheet: t.sheet, rect: r } : null;
      },
      opts
    );
  }
  /** Cell at (row, column) relative to this range, 0-based. */
  getCell(row: number, column: number): FakeRange {
    return this.derived((t) => {
      const r = t.top + row;
      const c = t.left + column;
      if (row < 0 || column < 0 || r > EXCEL_MAX_ROWS || c > EXCEL_MAX_COLS)
        throw new FakeRichApiError("InvalidArgument", "Cell index out of bounds.", "Range.getCell");
      return { top: r, left: c, bottom: r, right: c };
    });
  }
  getRow(row: number): FakeRange {
    return this.line(row, true);
  }
  getColumn(column: number): FakeRange {
    return this.line(column, false);
  }
  /** One row (or column) of this range, 0-based; InvalidArgument outside the range. */
  private line(index: number, isRow: boolean): FakeRange {
    return this.derived((t) => {
      const at = (isRow ? t.top : t.left) + index;
      if (index < 0 || at > (isRow ? t.bottom : t.right))
        throw new FakeRichApiError(
          "InvalidArgument",
          `${isRow ? "Row" : "Column"} index out of the range.`,
          isRow ? "Range.getRow" : "Range.getColumn"
        );
      return isRow ? { ...t, top: at, bottom: at } : { ...t, left: at, right: at };
    });
  }
  getEntireRow(): FakeRange {
    return this.derived((t) => ({ ...t, left: 1, right: EXCEL_MAX_COLS }));
  }
  getEntireColumn(): FakeRange {
    return this.derived((t) => ({ ...t, top: 1, bottom: EXCEL_MAX_ROWS }));
  }
  /** ExcelApi 1.2: the bottom-right corner moved by (deltaRows, deltaColumns). */
  getResizedRange(deltaRows: number, deltaColumns: number): FakeRange {
    return this.derived(
      (t) => {
        const bottom = t.bottom + deltaRows;
        const right = t.right + deltaColumns;
        if (bottom < t.top || right < t.left || bottom > EXCEL_MAX_ROWS || right > EXCEL_MAX_COLS)
          throw new FakeRichApiError(
            "InvalidArgument",
            "The resized range is outside the sheet.",
            "Range.getResizedRange"
          );
        return { ...t, bottom, right };
      },
      { api: "1.2" }
    );
  }
  /** The rectangle both ranges cover; ItemNotFound when they do not meet. */
  getIntersection(other: FakeRange | string): FakeRange {
    return this.derived((t, { sheet }) => {
      const o =
        typeof other === "string"
          ? parseRangeAddress(sheet, other, "Range.getIntersection")
          : other._resolveStrict("Range.getIntersection").rect;
      const r = {
        top: Math.max(t.top, o.top),
        left: Math.max(t.left, o.left),
        bottom: Math.min(t.bottom, o.bottom),
        right: Math.min(t.right, o.right),
      };
      return r.top <= r.bottom && r.left <= r.right ? r : null;
    });
  }
  /** ExcelApi 1.13 */
  getMergedAreasOrNullObject(): FakeRangeAreas {
    return new FakeRangeAreas(
      this.context,
      this,
      (p) => {
        const t = p as RangeT;
        const rects = this.context._model.mergesIn(t.sheet, t.rect);
        return rects.length ? { sheet: t.sheet, rects } : null;
      },
      { instantiate: true, orNull: true, api: "1.13" }
    );
  }
  /** ExcelApi 1.9: per-cell format properties, only those asked for. */
  getCellProperties(request: CellPropsRequest): FakeClientResult<Record<string, unknown>[][]> {
    this._requireApi("1.9", "Range.getCellProperties");
    return this._callResult(
      "getCellProperties",
      (t) => {
        assertReadable(t, "getCellProperties");
        return this.context._model.readGrid(t.sheet, t.rect, (c, row, col) =>
          cellProps(c, request, t.sheet, row, col)
        );
      },
      48 + jsonSize(request)
    );
  }
  /** ExcelApi 1.2 */
  merge(across?: boolean): void {
    this._requireApi("1.2", "Range.merge");
    this._call("merge", (t) => this.context._model.merge(t.sheet, t.rect, !!across));
  }
  /** ExcelApi 1.2 */
  unmerge(): void {
    this._requireApi("1.2", "Range.unmerge");
    this._call("unmerge", (t) => this.context._model.unmerge(t.sheet, t.rect));
  }
  select(): void {
    this._call("select", (t) => {
      const m = this.context._model;
      m.activeSheet = t.sheet;
      m.selection = { sheet: t.sheet, rect: { ...t.rect } };
    });
  }
  /** Clear contents ("Contents"), formats ("Formats") or both ("All", the default). */
  clear(applyTo: "All" | "Formats" | "Contents" = "All"): void {
    this._call("clear", (t) => {
      const m = this.context._model;
      m.styleCells(t.sheet, t.rect, "Range.clear", (c) => {
        if (applyTo !== "Formats") {
          c.v = null;
          delete c.f;
        }
        if (applyTo !== "Contents") {
          delete c.nf;
          delete c.fill;
          delete c.bold;
          delete c.italic;
          delete c.font;
          delete c.halign;
          delete c.wrap;
          delete c.border;
        }
      });
    });
  }
}

function cellProps(
  c: ModelCell | undefined,
  req: CellPropsRequest,
  sheet: ModelSheet,
  row: number,
  col: number
): Record<string, unknown> {
  const o: Record<string, unknown> = {};
  if (req.address)
    o.address = qualified(sheet.name, { top: row, left: col, bottom: row, right: col });
  if (req.format) {
    const f: Record<string, unknown> = {};
    if (req.format.fill) {
      const fill: Record<string, unknown> = {};
      if (req.format.fill.color) fill.color = c?.fill ?? "#FFFFFF";
      if (req.format.fill.pattern) fill.pattern = c?.fill ? "Solid" : "None";
      f.fill = fill;
    }
    if (req.format.font) {
      const font: Record<string, unknown> = {};
      if (req.format.font.bold) font.bold = !!c?.bold;
      if (req.format.font.italic) font.italic = !!c?.italic;
      if (req.format.font.name) font.name = c?.font ?? DEFAULT_FONT;
      f.font = font;
    }
    if (req.format.horizontalAlignment) f.horizontalAlignment = c?.halign ?? "General";
    if (req.format.wrapText) f.wrapText = !!c?.wrap;
    o.format = f;
  }
  return o;
}
