// The Word document as data: the input of the renderer (src/docx/render.ts). Owned by core so
// that core can describe a document (the ward report, the district summary) without importing
// the renderer.
//
// Every string here is plain text (never markup): the renderer writes it as Word text nodes,
// so "<", "&", "*" or "#" in it print as themselves. Only `RenderInput.markup` is markup
// (docs/markup.md).

/** A calendar date of the document. `d: null` prints a blank day ("ngày      tháng 3 năm 2024"). */
export interface DocDate {
  y: number;
  m: number;
  d: number | null;
}

/** The people's committee member who signs. */
export interface DocSignature {
  /**
   * Authority line(s) above the title, e.g. "KT. CHỦ TỊCH", "TM. ỦY BAN NHÂN DÂN"; the report's data
   * always gives one (a default by the title when the workbook has none).
   */
  authority?: string;
  /** Title of the signer, e.g. "PHÓ CHỦ TỊCH", "CHỦ TỊCH". */
  title: string;
  /** Full name, printed as written ("Bùi Duy Hòa"); may be empty (left blank for the clerk). */
  name: string;
}

/** Header fields of the report (Nghị định 30/2020/NĐ-CP, Phụ lục I), drawn by the renderer. */
export interface DocHeader {
  /** Body the unit belongs to, printed upright above the unit, e.g. "UBND THỊ XÃ BỈM SƠN". */
  parentBody?: string;
  /**
   * The issuing unit, printed bold capitals and in full, e.g. "ỦY BAN NHÂN DÂN\nPHƯỜNG PHÚ SƠN"
   * (Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.3: only the parent body may be abbreviated).
   */
  unit: string;
  /** The unit as the document's author and company (core.xml, app.xml), e.g. "Ủy ban nhân dân phường Phú Sơn". */
  author?: string;
  /**
   * The line under an annex's title, e.g. "(Kèm theo Báo cáo số 15/BC-UBND ngày 15/3/2024 của Ủy ban
   * nhân dân phường Phú Sơn)" (Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.12).
   */
  annexNote?: string;
  /** Document number line as printed, e.g. "Số: 15/BC-UBND" or "Số:     /BC-UBND". */
  number: string;
  /** Place name of the date line, e.g. "Phú Sơn". */
  place: string;
  /** Date of the document; null leaves day and month blank for the signer. */
  date: DocDate | null;
  /** Year printed when `date` is null ("ngày      tháng      năm 2024"). */
  year: number;
  /** Document type, e.g. "BÁO CÁO". */
  title: string;
  /** Subject line (trích yếu) under the title. */
  subject: string;
  /** One recipient → "Kính gửi: X."; several → "Kính gửi:" then one "- X;" line each (the last ends with "."). */
  recipients: string[];
  recipientsTo?: never;
  /** "Nơi nhận" lines, e.g. ["UBND thị xã (b/c);", "Lưu: VT, VP."]; a leading "- " is added when missing. */
  noiNhan: string[];
  signature: DocSignature;
}

/** A cell of a table's header rows. Cells covered by a rowSpan from a row above are left out (as in HTML). */
export interface HeaderCell {
  text: string;
  colSpan?: number;
  rowSpan?: number;
}

export type CellAlign = "left" | "center" | "right";

/** A data row of a table. */
export interface TableRowSpec {
  cells: string[];
  /** Bold row (the total row). */
  bold?: boolean;
}

/** A table drawn with borders where the markup says `::table NAME`. */
export interface TableSpec {
  /**
   * Lines above the table, bold and centred. A line wrapped in parentheses, such as
   * "(Từ ngày 01/01/2024 đến ngày 14/03/2024)", is printed italic instead, as the form does.
   */
  title?: string[];
  /** Header rows, repeated at the top of every page the table runs onto. */
  header: HeaderCell[][];
  rows: TableRowSpec[];
  /** Relative column widths (any unit); scaled to the text width of the section. */
  widths: number[];
  /** Alignment of data cells per column; by default numbers are centred and text is left-aligned. */
  align?: CellAlign[];
  /** Lines under the table (notes, "Đơn vị tính: …"), left-aligned. */
  note?: string[];
}

export interface RenderInput {
  header: DocHeader;
  /** The body in the block markup of docs/markup.md. */
  markup: string;
  /** Tables referred to by `::table NAME`. */
  tables: Record<string, TableSpec>;
}
