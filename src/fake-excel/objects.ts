// Proxy classes of the fake Excel, named and shaped after Office.js (@types/office-js is the
// target shape). Only the subset the add-in uses is modelled. Browser-safe.

import {
  EXCEL_MAX_COLS,
  EXCEL_MAX_ROWS,
  Rect,
  parseLocal,
  qualified,
  rectA1,
  rectCells,
  splitSheet,
} from "../core/address";
import {
  Commit,
  FakeClientObject,
  FakeClientResult,
  FakeCollection,
  FakeRequestContext,
  FakeSession,
  jsonSize,
} from "./client";
import { FakeRichApiError } from "./errors";
import {
  DEFAULT_COLUMN_WIDTH,
  DEFAULT_FONT,
  FakeWorkbookModel,
  ModelCell,
  ModelComment,
  ModelNote,
  ModelSheet,
  normalizeColor,
} from "./model";

export interface RangeT {
  sheet: ModelSheet;
  rect: Rect;
}

/** Largest range whose cell arrays the fake will materialise (Excel refuses huge reads too). */
const MAX_READ_CELLS = 5_000_000;

function parseRangeAddress(sheet: ModelSheet, address: string, location: string): Rect {
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

function assertReadable(t: RangeT, what: string): void {
  if (rectCells(t.rect) > MAX_READ_CELLS) {
    throw new FakeRichApiError(
      "InvalidOperation",
      `${what}: the range ${rectA1(t.rect)} is too large to read.`,
      "Range." + what
    );
  }
}

export class FakeExcelContext extends FakeRequestContext {
  readonly workbook: FakeWorkbook;
  constructor(session: FakeSession) {
    super(session);
    this.workbook = new FakeWorkbook(this);
  }
}

// ---- Workbook ------------------------------------------------------------

export class FakeWorkbook extends FakeClientObject<FakeWorkbookModel> {
  readonly _typeName = "Workbook";
  constructor(ctx: FakeRequestContext) {
    super(ctx, null, () => ctx._model);
  }
  _scalarNames(): string[] {
    return [];
  }
  _scalar(): unknown {
    return undefined;
  }
  override _nav(name: string): FakeClientObject | undefined {
    switch (name) {
      case "worksheets":
        return this.worksheets;
      case "notes":
        return this.notes;
      case "comments":
        return this.comments;
      case "settings":
        return this.settings;
    }
    return undefined;
  }
  get worksheets(): FakeWorksheetCollection {
    return this._child("worksheets", () => new FakeWorksheetCollection(this.context, this));
  }
  /** ExcelApi 1.18 */
  get notes(): FakeNoteCollection {
    return this._child("notes", () => new FakeNoteCollection(this.context, this, "1.18"));
  }
  /** ExcelApi 1.10 */
  get comments(): FakeCommentCollection {
    return this._child("comments", () => new FakeCommentCollection(this.context, this, "1.10"));
  }
  /** ExcelApi 1.4 */
  get settings(): FakeSettingCollection {
    return this._child("settings", () => new FakeSettingCollection(this.context, this));
  }
  getSelectedRange(): FakeRange {
    return new FakeRange(
      this.context,
      this,
      (m) => {
        const model = m as FakeWorkbookModel;
        if (model.selection && model.isLive(model.selection.sheet))
          return { sheet: model.selection.sheet, rect: { ...model.selection.rect } };
        const s = model.activeSheet;
        return s ? { sheet: s, rect: { top: 1, left: 1, bottom: 1, right: 1 } } : null;
      },
      { instantiate: true }
    );
  }
}

// ---- Worksheets ------------------------------------------------------------

export class FakeWorksheetCollection extends FakeCollection<FakeWorkbookModel, FakeWorksheet> {
  readonly _typeName = "WorksheetCollection";
  constructor(ctx: FakeRequestContext, parent: FakeWorkbook) {
    super(ctx, parent, (m) => m as FakeWorkbookModel);
  }
  _entities(t: FakeWorkbookModel): unknown[] {
    return [...t.sheets];
  }
  _itemFor(entity: unknown): FakeWorksheet {
    return new FakeWorksheet(this.context, null, () => entity as ModelSheet);
  }
  getItem(key: string): FakeWorksheet {
    return new FakeWorksheet(
      this.context,
      this,
      (m) => (m as FakeWorkbookModel).sheetOrThrow(key),
      { instantiate: true }
    );
  }
  /** ExcelApi 1.4 */
  getItemOrNullObject(key: string): FakeWorksheet {
    return new FakeWorksheet(this.context, this, (m) => (m as FakeWorkbookModel).findSheet(key), {
      instantiate: true,
      orNull: true,
      api: "1.4",
    });
  }
  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this.context, this, (m) => (m as FakeWorkbookModel).activeSheet, {
      instantiate: true,
    });
  }
  /** ExcelApi 1.5 */
  getFirst(): FakeWorksheet {
    return new FakeWorksheet(
      this.context,
      this,
      (m) => (m as FakeWorkbookModel).sheets[0] ?? null,
      { instantiate: true, api: "1.5" }
    );
  }
  /** ExcelApi 1.4 */
  getCount(): FakeClientResult<number> {
    this._requireApi("1.4", "WorksheetCollection.getCount");
    return this._callResult("getCount", (m) => m.sheets.length);
  }
  add(name?: string): FakeWorksheet {
    let created: ModelSheet | null = null;
    this._call("add", (m) => {
      created = m.addSheet(name);
    });
    return new FakeWorksheet(this.context, null, () => created);
  }
}

export class FakeWorksheet extends FakeClientObject<ModelSheet> {
  readonly _typeName = "Worksheet";
  constructor(
    ctx: FakeRequestContext,
    parent: FakeClientObject | null,
    resolver: (p: unknown) => ModelSheet | null | undefined,
    opts: { instantiate?: boolean; orNull?: boolean; api?: string } = {}
  ) {
    super(ctx, parent, resolver, opts);
  }
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
    return this._child("notes", () => new FakeNoteCollection(this.context, this, "1.18"));
  }
  /** ExcelApi 1.10 */
  get comments(): FakeCommentCollection {
    return this._child("comments", () => new FakeCommentCollection(this.context, this, "1.10"));
  }
  getRange(address?: string): FakeRange {
    return new FakeRange(this.context, this, (p) => {
      const s = p as ModelSheet;
      const rect =
        address === undefined || address === ""
          ? { top: 1, left: 1, bottom: EXCEL_MAX_ROWS, right: EXCEL_MAX_COLS }
          : parseRangeAddress(s, address, "Worksheet.getRange");
      return { sheet: s, rect };
    });
  }
  /** ExcelApi 1.7 */
  getRangeByIndexes(
    startRow: number,
    startColumn: number,
    rowCount: number,
    columnCount: number
  ): FakeRange {
    return new FakeRange(
      this.context,
      this,
      (p) => {
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
          sheet: p as ModelSheet,
          rect: {
            top: startRow + 1,
            left: startColumn + 1,
            bottom: startRow + rowCount,
            right: startColumn + columnCount,
          },
        };
      },
      { api: "1.7" }
    );
  }
  getCell(row: number, column: number): FakeRange {
    return new FakeRange(this.context, this, (p) => ({
      sheet: p as ModelSheet,
      rect: { top: row + 1, left: column + 1, bottom: row + 1, right: column + 1 },
    }));
  }
  getUsedRange(valuesOnly?: boolean): FakeRange {
    return new FakeRange(
      this.context,
      this,
      (p) => {
        const s = p as ModelSheet;
        return {
          sheet: s,
          rect: this.context._model.usedRect(s, !!valuesOnly) ?? {
            top: 1,
            left: 1,
            bottom: 1,
            right: 1,
          },
        };
      },
      { instantiate: true }
    );
  }
  /** ExcelApi 1.4 */
  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    return new FakeRange(
      this.context,
      this,
      (p) => {
        const s = p as ModelSheet;
        const r = this.context._model.usedRect(s, !!valuesOnly);
        return r ? { sheet: s, rect: r } : null;
      },
      { instantiate: true, orNull: true, api: "1.4" }
    );
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

export class FakeWorksheetProtection extends FakeClientObject<ModelSheet> {
  readonly _typeName = "WorksheetProtection";
  constructor(ctx: FakeRequestContext, parent: FakeWorksheet) {
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

// ---- Ranges ------------------------------------------------------------

type CellPropsRequest = {
  address?: boolean;
  format?: {
    fill?: { color?: boolean; pattern?: boolean };
    font?: { bold?: boolean; italic?: boolean; name?: boolean };
    horizontalAlignment?: boolean;
    wrapText?: boolean;
  };
};

export class FakeRange extends FakeClientObject<RangeT> {
  readonly _typeName = "Range";
  constructor(
    ctx: FakeRequestContext,
    parent: FakeClientObject | null,
    resolver: (p: unknown) => RangeT | null | undefined,
    opts: { instantiate?: boolean; orNull?: boolean; api?: string } = {}
  ) {
    super(ctx, parent, resolver, opts);
  }
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
    const m = this.context._model;
    const r = t.rect;
    const tooBig = (): boolean =>
      rectCells(r) > (this.context._session.options.maxGetCells ?? Infinity);
    switch (name) {
      case "address":
      case "addressLocal":
        return qualified(t.sheet.name, r);
      case "values":
        if (tooBig()) return null; // above 5M cells a get may answer null (OfficeDev/office-js-docs-pr#5821)
        assertReadable(t, "values");
        return m.readGrid(t.sheet, r, (c) => FakeWorkbookModel.valueOf(c));
      case "formulas":
        if (tooBig()) return null; // above 5M cells a get may answer null (OfficeDev/office-js-docs-pr#5821)
        assertReadable(t, "formulas");
        return m.readGrid(t.sheet, r, (c) => FakeWorkbookModel.formulaOf(c));
      case "numberFormat":
        if (tooBig()) return null; // above 5M cells a get may answer null (OfficeDev/office-js-docs-pr#5821)
        assertReadable(t, "numberFormat");
        return m.readGrid(t.sheet, r, (c) => c?.nf ?? "General");
      case "valueTypes":
        if (tooBig()) return null; // above 5M cells a get may answer null (OfficeDev/office-js-docs-pr#5821)
        assertReadable(t, "valueTypes");
        return m.readGrid(t.sheet, r, (c) => FakeWorkbookModel.valueTypeOf(c));
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
    return this._child(
      "worksheet",
      () => new FakeWorksheet(this.context, this, (p) => (p as RangeT).sheet)
    );
  }

  /** Cell at (row, column) relative to this range, 0-based. */
  getCell(row: number, column: number): FakeRange {
    return new FakeRange(this.context, this, (p) => {
      const t = p as RangeT;
      const r = t.rect.top + row;
      const c = t.rect.left + column;
      if (row < 0 || column < 0 || r > EXCEL_MAX_ROWS || c > EXCEL_MAX_COLS)
        throw new FakeRichApiError("InvalidArgument", "Cell index out of bounds.", "Range.getCell");
      return { sheet: t.sheet, rect: { top: r, left: c, bottom: r, right: c } };
    });
  }
  getRow(row: number): FakeRange {
    return new FakeRange(this.context, this, (p) => {
      const t = p as RangeT;
      const r = t.rect.top + row;
      if (row < 0 || r > t.rect.bottom)
        throw new FakeRichApiError(
          "InvalidArgument",
          "Row index out of the range.",
          "Range.getRow"
        );
      return {
        sheet: t.sheet,
        rect: { top: r, bottom: r, left: t.rect.left, right: t.rect.right },
      };
    });
  }
  getColumn(column: number): FakeRange {
    return new FakeRange(this.context, this, (p) => {
      const t = p as RangeT;
      const c = t.rect.left + column;
      if (column < 0 || c > t.rect.right)
        throw new FakeRichApiError(
          "InvalidArgument",
          "Column index out of the range.",
          "Range.getColumn"
        );
      return {
        sheet: t.sheet,
        rect: { top: t.rect.top, bottom: t.rect.bottom, left: c, right: c },
      };
    });
  }
  getEntireRow(): FakeRange {
    return new FakeRange(this.context, this, (p) => {
      const t = p as RangeT;
      return {
        sheet: t.sheet,
        rect: { top: t.rect.top, bottom: t.rect.bottom, left: 1, right: EXCEL_MAX_COLS },
      };
    });
  }
  /** ExcelApi 1.2: the bottom-right corner moved by (deltaRows, deltaColumns). */
  getResizedRange(deltaRows: number, deltaColumns: number): FakeRange {
    return new FakeRange(
      this.context,
      this,
      (p) => {
        const t = p as RangeT;
        const bottom = t.rect.bottom + deltaRows;
        const right = t.rect.right + deltaColumns;
        if (
          bottom < t.rect.top ||
          right < t.rect.left ||
          bottom > EXCEL_MAX_ROWS ||
          right > EXCEL_MAX_COLS
        )
          throw new FakeRichApiError(
            "InvalidArgument",
            "The resized range is outside the sheet.",
            "Range.getResizedRange"
          );
        return { sheet: t.sheet, rect: { ...t.rect, bottom, right } };
      },
      { api: "1.2" }
    );
  }
  /** The rectangle both ranges cover; ItemNotFound when they do not meet. */
  getIntersection(other: FakeRange | string): FakeRange {
    return new FakeRange(this.context, this, (p) => {
      const t = p as RangeT;
      const o =
        typeof other === "string"
          ? parseRangeAddress(t.sheet, other, "Range.getIntersection")
          : (other._resolveStrict("Range.getIntersection") as RangeT).rect;
      const r = {
        top: Math.max(t.rect.top, o.top),
        left: Math.max(t.rect.left, o.left),
        bottom: Math.min(t.rect.bottom, o.bottom),
        right: Math.min(t.rect.right, o.right),
      };
      return r.top <= r.bottom && r.left <= r.right ? { sheet: t.sheet, rect: r } : null;
    });
  }
  getEntireColumn(): FakeRange {
    return new FakeRange(this.context, this, (p) => {
      const t = p as RangeT;
      return {
        sheet: t.sheet,
        rect: { top: 1, bottom: EXCEL_MAX_ROWS, left: t.rect.left, right: t.rect.right },
      };
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

export class FakeRangeAreas extends FakeClientObject<{ sheet: ModelSheet; rects: Rect[] }> {
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

export class FakeRangeFormat extends FakeClientObject<RangeT> {
  readonly _typeName = "RangeFormat";
  constructor(ctx: FakeRequestContext, parent: FakeRange) {
    super(ctx, parent, (p) => p as RangeT);
  }
  _scalarNames(): string[] {
    return ["horizontalAlignment", "wrapText", "columnWidth"];
  }
  _scalar(t: RangeT, name: string): unknown {
    const m = this.context._model;
    switch (name) {
      case "horizontalAlignment":
        return m.uniform(t.sheet, t.rect, (c) => c?.halign ?? "General");
      case "wrapText":
        return m.uniform(t.sheet, t.rect, (c) => !!c?.wrap);
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
    this._set("horizontalAlignment", v, (t, value) =>
      this.context._model.styleCells(t.sheet, t.rect, "RangeFormat.horizontalAlignment", (c) => {
        if (value === "General") delete c.halign;
        else c.halign = String(value);
      })
    );
  }
  get wrapText(): boolean {
    return this._get("wrapText");
  }
  set wrapText(v: boolean) {
    this._set("wrapText", v, (t, value) =>
      this.context._model.styleCells(t.sheet, t.rect, "RangeFormat.wrapText", (c) => {
        if (value) c.wrap = true;
        else delete c.wrap;
      })
    );
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

export class FakeRangeFill extends FakeClientObject<RangeT> {
  readonly _typeName = "RangeFill";
  constructor(ctx: FakeRequestContext, parent: FakeRangeFormat) {
    super(ctx, parent, (p) => p as RangeT);
  }
  _scalarNames(): string[] {
    return this.context._supports("1.9") ? ["color", "pattern"] : ["color"];
  }
  _scalar(t: RangeT, name: string): unknown {
    const m = this.context._model;
    if (name === "color") return m.uniform(t.sheet, t.rect, (c) => c?.fill ?? "#FFFFFF");
    if (name === "pattern") return m.uniform(t.sheet, t.rect, (c) => (c?.fill ? "Solid" : "None"));
    return undefined;
  }
  /** "#RRGGBB"; a cell without fill reads "#FFFFFF"; null when the cells differ. */
  get color(): string {
    return this._get("color");
  }
  set color(v: string) {
    this._set("color", v, (t, value) => {
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

export class FakeRangeFont extends FakeClientObject<RangeT> {
  readonly _typeName = "RangeFont";
  constructor(ctx: FakeRequestContext, parent: FakeRangeFormat) {
    super(ctx, parent, (p) => p as RangeT);
  }
  _scalarNames(): string[] {
    return ["bold", "italic", "name"];
  }
  _scalar(t: RangeT, name: string): unknown {
    const m = this.context._model;
    if (name === "bold") return m.uniform(t.sheet, t.rect, (c) => !!c?.bold);
    if (name === "italic") return m.uniform(t.sheet, t.rect, (c) => !!c?.italic);
    if (name === "name") return m.uniform(t.sheet, t.rect, (c) => c?.font ?? DEFAULT_FONT);
    return undefined;
  }
  /** Font family; null when the cells differ. Setting the Normal style's family removes the cell's own. */
  get name(): string {
    return this._get("name");
  }
  set name(v: string) {
    this._set("name", v, (t, value) =>
      this.context._model.styleCells(t.sheet, t.rect, "RangeFont.name", (c) => {
        if (String(value) === DEFAULT_FONT) delete c.font;
        else c.font = String(value);
      })
    );
  }
  get bold(): boolean {
    return this._get("bold");
  }
  set bold(v: boolean) {
    this._set("bold", v, (t, value) =>
      this.context._model.styleCells(t.sheet, t.rect, "RangeFont.bold", (c) => {
        if (value) c.bold = true;
        else delete c.bold;
      })
    );
  }
  get italic(): boolean {
    return this._get("italic");
  }
  set italic(v: boolean) {
    this._set("italic", v, (t, value) =>
      this.context._model.styleCells(t.sheet, t.rect, "RangeFont.italic", (c) => {
        if (value) c.italic = true;
        else delete c.italic;
      })
    );
  }
}

/** Borders are modelled as one flag per cell: any edge set to a line style turns it on, "None" off. */
export class FakeRangeBorderCollection extends FakeClientObject<RangeT> {
  readonly _typeName = "RangeBorderCollection";
  constructor(ctx: FakeRequestContext, parent: FakeRangeFormat) {
    super(ctx, parent, (p) => p as RangeT);
  }
  _scalarNames(): string[] {
    return [];
  }
  _scalar(): unknown {
    return undefined;
  }
  getItem(index: string): FakeRangeBorder {
    return new FakeRangeBorder(this.context, this, index);
  }
}

export class FakeRangeBorder extends FakeClientObject<RangeT> {
  readonly _typeName = "RangeBorder";
  readonly sideIndex: string;
  constructor(ctx: FakeRequestContext, parent: FakeRangeBorderCollection, index: string) {
    super(ctx, parent, (p) => p as RangeT);
    this.sideIndex = index;
  }
  _scalarNames(): string[] {
    return ["style"];
  }
  _scalar(t: RangeT): unknown {
    return this.context._model.uniform(t.sheet, t.rect, (c) => (c?.border ? "Continuous" : "None"));
  }
  get style(): string {
    return this._get("style");
  }
  set style(v: string) {
    this._set("style", v, (t, value) =>
      this.context._model.styleCells(t.sheet, t.rect, "RangeBorder.style", (c) => {
        if (value === "None") delete c.border;
        else c.border = true;
      })
    );
  }
}

// ---- Notes and comments ------------------------------------------------------

interface ScopeT {
  model: FakeWorkbookModel;
  sheet?: ModelSheet;
}

/** Resolve a Range proxy or an address string to one cell. Workbook-level strings need the sheet name. */
function resolveCell(
  ctx: FakeRequestContext,
  scope: ScopeT,
  cell: FakeRange | string,
  location: string
): { sheet: ModelSheet; row: number; col: number } {
  let sheet: ModelSheet;
  let rect: Rect;
  if (typeof cell === "string") {
    const { sheet: named, local } = splitSheet(cell);
    if (named === undefined && !scope.sheet)
      throw new FakeRichApiError("InvalidArgument", `"${cell}" must name its worksheet.`, location);
    sheet = named === undefined ? (scope.sheet as ModelSheet) : scope.model.sheetOrThrow(named);
    const r = parseLocal(local);
    if (!r)
      throw new FakeRichApiError("InvalidArgument", `Invalid cell address "${cell}".`, location);
    rect = r;
  } else {
    if (cell.context !== ctx)
      throw new FakeRichApiError(
        "InvalidObjectPath",
        "The range belongs to another request context.",
        location
      );
    const t = cell._resolveStrict(location);
    sheet = t.sheet;
    rect = t.rect;
  }
  if (rect.top !== rect.bottom || rect.left !== rect.right)
    throw new FakeRichApiError("InvalidArgument", "The address must be a single cell.", location);
  if (scope.sheet && scope.sheet !== sheet)
    throw new FakeRichApiError("InvalidArgument", "The cell is on another worksheet.", location);
  return { sheet, row: rect.top, col: rect.left };
}

function locationRange(
  ctx: FakeRequestContext,
  parent: FakeClientObject,
  getNote: () => ModelNote
): FakeRange {
  return new FakeRange(
    ctx,
    parent,
    () => {
      const n = getNote();
      return { sheet: n.sheet, rect: { top: n.row, left: n.col, bottom: n.row, right: n.col } };
    },
    { instantiate: true }
  );
}

/** Some builds answer NotImplemented for comments.add (the issue behind #14); the fake can be told to. */
function notImplemented(ctx: FakeRequestContext, what: string): void {
  if (ctx._session.options.notImplemented?.includes(what))
    throw new FakeRichApiError("NotImplemented", `${what} is not implemented on this build.`, what);
}

export class FakeNoteCollection extends FakeCollection<ScopeT, FakeNote> {
  readonly _typeName = "NoteCollection";
  constructor(ctx: FakeRequestContext, parent: FakeClientObject, api: string) {
    super(
      ctx,
      parent,
      (p) =>
        p instanceof FakeWorkbookModel
          ? { model: p }
          : { model: ctx._model, sheet: p as ModelSheet },
      { api }
    );
  }
  _entities(t: ScopeT): unknown[] {
    return t.model.notesOf(t.sheet);
  }
  _itemFor(entity: unknown): FakeNote {
    return new FakeNote(this.context, () => entity as ModelNote);
  }
  add(cellAddress: FakeRange | string, content: string): FakeNote {
    let created: ModelNote | null = null;
    this._call(
      "add",
      (t) => {
        notImplemented(this.context, "NoteCollection.add");
        const c = resolveCell(this.context, t, cellAddress, "NoteCollection.add");
        created = t.model.addNote(c.sheet, c.row, c.col, String(content));
      },
      48 + jsonSize(content)
    );
    return new FakeNote(this.context, () => created);
  }
  private find(t: ScopeT, key: string): ModelNote | null {
    const c = resolveCell(this.context, t, key, "NoteCollection.getItem");
    return (
      t.model.notes.find((n) => n.sheet === c.sheet && n.row === c.row && n.col === c.col) ?? null
    );
  }
  getItem(key: string): FakeNote {
    return new FakeNote(
      this.context,
      () => this.find(this._resolveStrict("NoteCollection.getItem"), key),
      { instantiate: true }
    );
  }
  getItemOrNullObject(key: string): FakeNote {
    return new FakeNote(
      this.context,
      () => this.find(this._resolveStrict("NoteCollection.getItemOrNullObject"), key),
      { instantiate: true, orNull: true }
    );
  }
  getItemAt(index: number): FakeNote {
    return new FakeNote(
      this.context,
      () =>
        this._entities(this._resolveStrict("NoteCollection.getItemAt"))[index] as
          ModelNote | undefined,
      { instantiate: true }
    );
  }
  getCount(): FakeClientResult<number> {
    return this._callResult("getCount", (t) => this._entities(t).length);
  }
}

export class FakeNote extends FakeClientObject<ModelNote> {
  readonly _typeName = "Note";
  constructor(
    ctx: FakeRequestContext,
    get: () => ModelNote | null | undefined,
    opts: { instantiate?: boolean; orNull?: boolean } = {}
  ) {
    super(
      ctx,
      null,
      () => {
        const n = get();
        return n && ctx._model.notes.includes(n) ? n : null;
      },
      opts
    );
  }
  _scalarNames(): string[] {
    return ["content", "authorName"];
  }
  _scalar(t: ModelNote, name: string): unknown {
    return name === "content" ? t.content : name === "authorName" ? t.author : undefined;
  }
  get content(): string {
    return this._get("content");
  }
  set content(v: string) {
    this._set("content", v, (n, value) => {
      this.context._model.assertWritable(n.sheet, "Note.content");
      n.content = String(value);
    });
  }
  get authorName(): string {
    return this._get("authorName");
  }
  delete(): void {
    this._call("delete", (n) => this.context._model.removeNote(n));
  }
  getLocation(): FakeRange {
    return locationRange(this.context, this, () => this._resolveStrict("Note.getLocation"));
  }
}

export class FakeCommentCollection extends FakeCollection<ScopeT, FakeComment> {
  readonly _typeName = "CommentCollection";
  constructor(ctx: FakeRequestContext, parent: FakeClientObject, api: string) {
    super(
      ctx,
      parent,
      (p) =>
        p instanceof FakeWorkbookModel
          ? { model: p }
          : { model: ctx._model, sheet: p as ModelSheet },
      { api }
    );
  }
  _entities(t: ScopeT): unknown[] {
    return t.model.commentsOf(t.sheet);
  }
  _itemFor(entity: unknown): FakeComment {
    return new FakeComment(this.context, () => entity as ModelComment);
  }
  add(cellAddress: FakeRange | string, content: string): FakeComment {
    let created: ModelComment | null = null;
    this._call(
      "add",
      (t) => {
        notImplemented(this.context, "CommentCollection.add");
        const c = resolveCell(this.context, t, cellAddress, "CommentCollection.add");
        created = t.model.addComment(c.sheet, c.row, c.col, String(content));
      },
      48 + jsonSize(content)
    );
    return new FakeComment(this.context, () => created);
  }
  getItem(commentId: string): FakeComment {
    return new FakeComment(
      this.context,
      () =>
        this._resolveStrict("CommentCollection.getItem").model.comments.find(
          (c) => c.id === commentId
        ),
      { instantiate: true }
    );
  }
  /** ExcelApi 1.14 */
  getItemOrNullObject(commentId: string): FakeComment {
    return new FakeComment(
      this.context,
      () =>
        this._resolveStrict("CommentCollection.getItemOrNullObject").model.comments.find(
          (c) => c.id === commentId
        ),
      {
        instantiate: true,
        orNull: true,
        api: "1.14",
      }
    );
  }
  getItemByCell(cellAddress: FakeRange | string): FakeComment {
    return new FakeComment(
      this.context,
      () => {
        const t = this._resolveStrict("CommentCollection.getItemByCell");
        const c = resolveCell(this.context, t, cellAddress, "CommentCollection.getItemByCell");
        return t.model.comments.find(
          (x) => x.sheet === c.sheet && x.row === c.row && x.col === c.col
        );
      },
      { instantiate: true }
    );
  }
  getItemAt(index: number): FakeComment {
    return new FakeComment(
      this.context,
      () =>
        this._entities(this._resolveStrict("CommentCollection.getItemAt"))[index] as
          ModelComment | undefined,
      { instantiate: true }
    );
  }
  getCount(): FakeClientResult<number> {
    return this._callResult("getCount", (t) => this._entities(t).length);
  }
}

export class FakeComment extends FakeClientObject<ModelComment> {
  readonly _typeName = "Comment";
  constructor(
    ctx: FakeRequestContext,
    get: () => ModelComment | null | undefined,
    opts: { instantiate?: boolean; orNull?: boolean; api?: string } = {}
  ) {
    super(
      ctx,
      null,
      () => {
        const c = get();
        return c && ctx._model.comments.includes(c) ? c : null;
      },
      opts
    );
  }
  _scalarNames(): string[] {
    return ["id", "content", "authorName"];
  }
  _scalar(t: ModelComment, name: string): unknown {
    return name === "id"
      ? t.id
      : name === "content"
        ? t.content
        : name === "authorName"
          ? t.author
          : undefined;
  }
  get id(): string {
    return this._get("id");
  }
  get content(): string {
    return this._get("content");
  }
  set content(v: string) {
    this._set("content", v, (c, value) => {
      this.context._model.assertWritable(c.sheet, "Comment.content");
      c.content = String(value);
    });
  }
  get authorName(): string {
    return this._get("authorName");
  }
  delete(): void {
    this._call("delete", (c) => this.context._model.removeComment(c));
  }
  getLocation(): FakeRange {
    return locationRange(this.context, this, () => this._resolveStrict("Comment.getLocation"));
  }
}

// ---- Settings (ExcelApi 1.4) -------------------------------------------------

export class FakeSettingCollection extends FakeCollection<FakeWorkbookModel, FakeSetting> {
  readonly _typeName = "SettingCollection";
  constructor(ctx: FakeRequestContext, parent: FakeWorkbook) {
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

export class FakeSetting extends FakeClientObject<{ key: string }> {
  readonly _typeName = "Setting";
  private readonly settingKey: string;
  constructor(
    ctx: FakeRequestContext,
    key: string,
    opts: { instantiate?: boolean; orNull?: boolean } = {}
  ) {
    super(ctx, null, () => (ctx._model.settings.has(key) ? { key } : null), {
      ...opts,
      api: "1.4",
    });
    this.settingKey = key;
  }
  _scalarNames(): string[] {
    return ["key", "value"];
  }
  _scalar(t: { key: string }, name: string): unknown {
    if (name === "key") return t.key;
    const json = this.context._model.settings.get(t.key);
    return json === undefined ? null : JSON.parse(json);
  }
  get key(): string {
    return this._get("key");
  }
  get value(): unknown {
    return this._get("value");
  }
  set value(v: unknown) {
    this._set("value", v, (t, value) => {
      this.context._model.settings.set(t.key, JSON.stringify(value ?? null));
    });
  }
  delete(): void {
    this._call("delete", (t) => {
      this.context._model.settings.delete(t.key);
    });
  }
}

export type { Commit };
