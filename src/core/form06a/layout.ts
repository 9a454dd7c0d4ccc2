// The Biểu 06a sheet as clerks lay it out (title block, 3-row merged header, numbering row,
// data rows, total row, signatures), as an EditSet: used by the sample builder and by
// "Tạo biểu mẫu" in the add-in.
import { CellEdit, EditSet, Rect, Scalar } from "../grid";
import { fmtDateShort, IsoDate } from "../text/numbers";
import { COUNT_KEYS, CountKey } from "./model";

export interface Layout06aRow {
  stt?: Scalar;
  name: string;
  /** Count per column; absent keys stay blank. */
  counts?: Partial<Record<CountKey, Scalar>>;
}

export interface Layout06aOptions {
  sheet: string;
  unit: string;
  /** "UBND thị xã Bỉm Sơn" */
  recipient?: string;
  period: { from: IsoDate; to: IsoDate } | null;
  rows: Layout06aRow[];
  /** Values of the total row; omit for a blank one (to be filled). */
  total?: Partial<Record<CountKey, Scalar>> | null;
  totalLabel?: string;
  totalStt?: string;
  preparer?: string;
  signer?: { authority: string; title: string; name: string };
  place?: string;
  date?: IsoDate | null;
  /** Header of column (2); FIELD_HEADER by default, "Đơn vị" when the rows are units. */
  nameHeader?: string;
}

/** Rows of the layout, for callers that need the addresses. */
export const LAYOUT_06A = { headerTop: 6, firstDataRow: 10, firstCol: 1 };

export const FIELD_HEADER = "Lĩnh vực, công việc giải quyết theo cấp";

export function layout06a(o: Layout06aOptions): EditSet {
  const s = o.sheet;
  const cells: CellEdit[] = [];
  const merges: { sheet: string; rect: Rect }[] = [];
  const put = (row: number, col: number, value: Scalar, style?: CellEdit["style"]) =>
    cells.push({ sheet: s, row, col, value, ...(style ? { style } : {}) });
  const merge = (top: number, left: number, bottom: number, right: number) =>
    merges.push({ sheet: s, rect: { top, left, bottom, right } });
  const head = { bold: true, border: true, wrap: true, horizontal: "center" as const };

  // Title block.
  put(1, 1, "Biểu số 06a/VPCP/KSTT", { bold: true });
  merge(1, 1, 1, 2);
  put(2, 1, "Ban hành theo Thông tư số 01/2020/TT-VPCP ngày 21/10/2020", {
    italic: true,
    wrap: true,
  });
  merge(2, 1, 3, 2);
  put(1, 3, "TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT TTHC TẠI CƠ QUAN, ĐƠN VỊ TRỰC TIẾP GIẢI QUYẾT TTHC", {
    bold: true,
    horizontal: "center",
    wrap: true,
  });
  merge(1, 3, 2, 10);
  put(
    3,
    3,
    o.period
      ? `(Từ ngày ${fmtDateShort(o.period.from)} đến ngày ${fmtDateShort(o.period.to)})`
      : "(Từ ngày …/…/… đến ngày …/…/…)",
    {
      italic: true,
      horizontal: "center",
    }
  );
  merge(3, 3, 3, 10);
  put(1, 11, "Đơn vị báo cáo:", { bold: true });
  put(2, 11, o.unit, { bold: true });
  put(3, 11, "Đơn vị nhận báo cáo:", { bold: true });
  put(4, 11, o.recipient ?? "");
  put(5, 11, "Đơn vị tính: Số hồ sơ TTHC", { italic: true });
  for (const r of [1, 2, 3, 4, 5]) merge(r, 11, r, 13);

  // Header: rows 6–8, numbering row 9.
  const h = LAYOUT_06A.headerTop;
  put(h, 1, "STT", head);
  merge(h, 1, h + 2, 1);
  put(h, 2, o.nameHeader ?? FIELD_HEADER, head);
  merge(h, 2, h + 2, 2);
  put(h, 3, "Số hồ sơ nhận giải quyết", head);
  merge(h, 3, h, 6);
  put(h, 7, "Số hồ sơ đã giải quyết", head);
  merge(h, 7, h, 10);
  put(h, 11, "Số lượng hồ sơ đang giải quyết", head);
  merge(h, 11, h, 13);
  const sub: [number, string, boolean][] = [
    [3, "Tổng số", true],
    [6, "Từ kỳ trước", true],
    [7, "Tổng số", true],
    [8, "Trước hạn", true],
    [9, "Đúng hạn", true],
    [10, "Quá hạn", true],
    [11, "Tổng số", true],
    [12, "Trong hạn", true],
    [13, "Quá hạn", true],
  ];
  for (const [c, text] of sub) {
    put(h + 1, c, text, head);
    merge(h + 1, c, h + 2, c);
  }
  put(h + 1, 4, "Trong đó", head);
  merge(h + 1, 4, h + 1, 5);
  put(h + 2, 4, "Trực tuyến", head);
  put(h + 2, 5, "Trực tiếp, dịch vụ bưu chính", head);
  for (let c = 1; c <= 13; c++) put(h + 3, c, `(${c})`, { ...head, bold: false, italic: true });

  // Data rows and the total row.
  let r = LAYOUT_06A.firstDataRow;
  const cellStyle = { border: true };
  const writeCounts = (
    row: number,
    counts: Partial<Record<CountKey, Scalar>> | undefined,
    bold = false
  ) =>
    COUNT_KEYS.forEach((k, i) => {
      const v = counts?.[k];
      cells.push({
        sheet: s,
        row,
        col: 3 + i,
        ...(v !== undefined ? { value: v } : {}),
        style: { ...cellStyle, bold, horizontal: "center" },
      });
    });
  o.rows.forEach((row, i) => {
    put(r, 1, row.stt ?? i + 1, { ...cellStyle, horizontal: "center" });
    put(r, 2, row.name, { ...cellStyle, wrap: true });
    writeCounts(r, row.counts);
    r++;
  });
  put(r, 1, o.totalStt ?? "", { ...cellStyle, bold: true, horizontal: "center" });
  put(r, 2, o.totalLabel ?? "Tổng cộng", { ...cellStyle, bold: true });
  writeCounts(r, o.total ?? undefined, true);
  r += 2;

  // Signatures.
  put(r, 2, "NGƯỜI LẬP BIỂU", { bold: true, horizontal: "center" });
  put(r + 1, 2, "(Ký, ghi rõ họ, tên)", { italic: true, horizontal: "center" });
  if (o.preparer) put(r + 5, 2, o.preparer, { bold: true, horizontal: "center" });
  if (o.place || o.date)
    put(
      r,
      8,
      `${o.place ?? ""}, ngày ${o.date ? o.date.d : "…"} tháng ${o.date ? o.date.m : "…"} năm ${o.date ? o.date.y : "…"}`,
      { italic: true, horizontal: "center" }
    );
  put(r + 1, 8, o.signer ? `${o.signer.authority}` : "THỦ TRƯỞNG ĐƠN VỊ", {
    bold: true,
    horizontal: "center",
  });
  if (o.signer) {
    put(r + 2, 8, o.signer.title, { bold: true, horizontal: "center" });
    put(r + 5, 8, o.signer.name, { bold: true, horizontal: "center" });
  }
  for (const rr of [r, r + 1, r + 2, r + 5]) merge(rr, 8, rr, 13);

  const widths = [6, 42, 9, 10, 12, 9, 9, 9, 9, 9, 9, 9, 9].map((width, i) => ({
    sheet: s,
    col: i + 1,
    width,
  }));
  return { cells, merges, newSheets: [s], columnWidths: widths };
}
