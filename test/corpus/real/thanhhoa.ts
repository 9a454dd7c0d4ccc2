// The Thanh Hóa one-stop system (public source: github.com/HuanVu201/DichVuCong_KhoaLuan_PASETO),
// its reports as a clerk gets them. Each generator reproduces, in kind, the markup the system's
// React components put into the page and what its "In file excel" button downloads; nothing of
// its code is copied. Sources (repository HuanVu201/DichVuCong_KhoaLuan_PASETO):
// - EXPORT: quantri_client/src/pages/dvc/MauPhieu/documents/excel/exportTableToExcel.js —
//   downloadPhieuExcel(title, id) takes the innerHTML of element `id`, puts it inside ONE MORE
//   <table style="font-family: …"> of an Excel-flavoured HTML page (x:Name = title, no charset
//   declared, no BOM on the data: URL path) and downloads it as "<title> d/m/yyyy h:m.xls".
// - 06A_BY_UNIT: quantri_client/src/features/thongKe/ThongKeTheoDonVi/components/exportElements/XuatBaoCaoTongHop06a.tsx
//   (the hidden div ContainerSwapper1 that is exported: a title table, then the 06a table with
//   units as rows, counts written by utils/format.ts getCurrencyThongKe — "." thousands, "0" for none).
// - 06A_ON_SCREEN: quantri_client/src/features/thongKe/ThongKeTheoDonVi/components/BaoCaoTongHop06a.tsx
//   (the on-screen table ContainerSwapper: headers "Số lượng hồ sơ đã giải quyết", "Trong kỳ",
//   "Kỳ trước", "Đúng hạn (Bao gồm cả hồ sơ trả lại/xin rút)", "Đúng hạn (Bao gồm cả hồ sơ chờ BS)";
//   group rows "Sở ban ngành", "Huyện, thành phố, thị xã", "Xã, phường, thị trấn" across 13
//   columns; STT restarting at 1 in each group; total "Tổng số"; no period line).
// - 06_BY_LEVEL: quantri_client/src/features/thongKe/ThongKeTheoDonVi/components/exportElements/XuatBaoCaoTongHop06CacCap.tsx
//   (title "Biểu số 06 /VPCP/KSTT"; group rows "Sở ban ngành", "Huyện, thị xã, thành phố",
//   "Xã, phường, thị trấn"; its STT is index + 1 passed to a cell that adds 1 again, so each group
//   is numbered 2, 3, …).
// - 06A_TEMPLATE: smartkios_client/src/pages/dvc/MauPhieu/documents/pdf/BaoCao06a/BaoCao06a.tsx
//   (the printed form "Biểu số II.06a/VPCP/KSTT": "Kỳ báo cáo:………", "(Từ ngày … đến ngày …)",
//   "TT", "Tiếp nhận", "Số lượng hồ sơ đã giải quyết", "Đúng hạn (Bao gồm cả hồ sơ chờ Bổ sung và
//   Trả lại / Xin rút)", "Trong hạn (…)", a bare 1 … 13 numbering row), keyed into Excel by a clerk
//   who fills the dots and adds the field rows and a "Tổng cộng" row.
// - EVALUATION: quantri_client/src/features/baocaoDGHLmau02/components/ExportExcelBaoCao02.tsx
//   (exported with downloadPhieuExcel("Báo cáo mẫu 02", "ExportExcelBaoCao02DGHL") from
//   BaoCao2Search.tsx: "Số phiếu đánh giá: N" as the third line of one cell, nine indices with
//   Điểm chuẩn / tự chấm / thẩm định, "Tổng cộng" as the JavaScript float sum of parseFloat
//   (e.g. 17.419999999999998), "Xếp loại: …", satisfaction as a label row with a value row under it
//   ("5.3%"), three levels only).
import { Rect } from "../../../src/core/grid";
import { columnSums, counts11, esc, Grid, GridValue, styleAttr, thousands } from "./common";
import { grid06a, LABELS_06A } from "../../helpers/grid06a";

export const SOURCE_REPO = "HuanVu201/DichVuCong_KhoaLuan_PASETO";

const TD_HEAD = {
  verticalAlign: "middle",
  padding: "5px",
  border: "1px solid #333",
  textAlign: "center",
  width: "7%",
};
const TD_NUM = {
  verticalAlign: "middle",
  textAlign: "right",
  padding: "5px",
  border: "1px solid #333",
  fontFamily: "Times New Roman, Times, serif;",
};
const TD_NAME = {
  verticalAlign: "middle",
  textAlign: "left",
  padding: "5px",
  border: "1px solid #333",
  fontFamily: "Times New Roman, Times, serif;",
  minWidth: "350px",
};
const TD_STT = { ...TD_NUM, textAlign: "center" };

const td = (
  body: string,
  style: Record<string, string>,
  span: { rowSpan?: number; colSpan?: number } = {}
) =>
  `<td${span.rowSpan ? ` rowspan="${span.rowSpan}"` : ""}` +
  `${span.colSpan ? ` colspan="${span.colSpan}"` : ""}${styleAttr(style)}>${body}</td>`;

/** exportTableToExcel.js's page around the innerHTML of the exported element (UTF-8, no BOM, no charset). */
export function downloadPhieuExcel(title: string, innerHTML: string): Buffer {
  const page =
    '<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel"' +
    ' xmlns="http://www.w3.org/TR/REC-html40"><head>' +
    "<!--[if gte mso 9]><xml><x:ExcelWorkbook><x:ExcelWorksheets><x:ExcelWorksheet>" +
    `<x:Name>${title}</x:Name><x:WorksheetOptions><x:DisplayGridlines/></x:WorksheetOptions>` +
    "</x:ExcelWorksheet></x:ExcelWorksheets></x:ExcelWorkbook></xml><![endif]-->" +
    '</head><body><table style="font-family: &quot;Times New Roman&quot;, Times, serif; font-size: 17px">' +
    `${innerHTML}</table></body></html>`;
  return Buffer.from(page, "utf8");
}

// ---- The data: units and their counts (consistent by construction) ----------------------------

export interface UnitRow {
  name: string;
  counts: number[]; // (3)…(13)
}
export interface Group {
  label: string;
  rows: UnitRow[];
}

/** The units of a district's 06a by unit (flat, as XuatBaoCaoTongHop06a.tsx exports them). */
export const UNITS: UnitRow[] = [
  { name: "UBND phường Đông Thọ", counts: counts11(40, 12, 3, 20, 25, 1, 2) },
  { name: "UBND phường Ba Đình", counts: counts11(31, 9, 0, 12, 22, 0, 1) },
  { name: "UBND phường Lam Sơn", counts: counts11(52, 20, 4, 30, 31, 2, 0) },
  { name: "UBND xã Hoằng Quang", counts: counts11(18, 25, 2, 15, 22, 3, 1) },
  { name: "UBND xã Thiệu Dương", counts: counts11(0, 14, 1, 5, 8, 0, 0) },
];

/** The same system's rows by level (on screen and in the 06-by-level export): group label, rows. */
export const GROUPS: Group[] = [
  {
    label: "Sở ban ngành",
    rows: [
      { name: "Sở Tư pháp", counts: counts11(120, 35, 10, 60, 85, 4, 3) },
      { name: "Sở Xây dựng", counts: counts11(44, 6, 5, 20, 28, 0, 2) },
    ],
  },
  {
    label: "Huyện, thị xã, thành phố",
    rows: [{ name: "UBND thành phố Thanh Hóa", counts: counts11(210, 90, 12, 100, 180, 7, 5) }],
  },
  { label: "Xã, phường, thị trấn", rows: UNITS.slice(0, 3) },
];

/** Errors put into a layout: a data row's (4) one more than its (3) allows; the total row's (9) one too many. */
export interface Mistakes {
  /** Index of the data row (in document order, groups flattened) whose (4) gets +1. */
  row: number;
}
export const MISTAKES: Mistakes = { row: 1 };

function withMistakes(rows: UnitRow[], m: Mistakes | null): { rows: number[][]; total: number[] } {
  const plain = rows.map((r) => [...r.counts]);
  const total = columnSums(plain);
  if (!m) return { rows: plain, total };
  const out = plain.map((r) => [...r]);
  out[m.row][1] += 1; // (4) Trực tuyến of that row: (3) no longer equals (4)+(5)+(6); the typed total of (4) no longer matches
  const t = [...total];
  t[6] += 1; // (9) Đúng hạn of the total row: not the column's sum, and the total row's (7) ≠ (8)+(9)+(10)
  return { rows: out, total: t };
}

// ---- 06a by unit: the export ------------------------------------------------------------------

export const PERIOD = { from: "15/12/2023", to: "14/03/2024" };
const GROUP_NAME = "UBND thành phố Thanh Hóa";
const TITLE = "TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT TTHC TẠI CƠ QUAN, ĐƠN VỊ TRỰC TIẾP GIẢI QUYẾT TTHC";

function header06a(nameHeader: string, groupWords: [string, string, string]): string {
  const h = (text: string, span: { rowSpan?: number; colSpan?: number }, width = "7%") =>
    td(`<strong>${esc(text)}</strong>`, { ...TD_HEAD, width }, span);
  return (
    `<thead><tr>${h("STT", { rowSpan: 3 }, "3%")}${h(nameHeader, { rowSpan: 3 }, "20%")}` +
    `${h(groupWords[0], { colSpan: 4 }, "27%")}${h(groupWords[1], { colSpan: 4 }, "27%")}` +
    `${h(groupWords[2], { colSpan: 3 }, "27%")}</tr>` +
    `<tr>${h("Tổng số", { rowSpan: 2 })}${h("Trong đó", { colSpan: 2 })}${h("Từ kỳ trước", { rowSpan: 2 })}` +
    `${h("Tổng số", { rowSpan: 2 })}${h("Trước hạn", { rowSpan: 2 })}${h("Đúng hạn", { rowSpan: 2 })}` +
    `${h("Quá hạn", { rowSpan: 2 })}${h("Tổng số", { rowSpan: 2 })}${h("Trong hạn", { rowSpan: 2 })}` +
    `${h("Quá hạn", { rowSpan: 2 })}</tr>` +
    `<tr> ${h("Trực tuyến", {})}${h("Trực tiếp, dịch vụ bưu chính", {})}</tr></thead>`
  );
}

const countCell = (n: number) => td(n ? thousands(n) : "0", TD_NUM);

/** The opening of the title table both 06a exports put above the form (its style as they write it). */
const TITLE_TABLE_OPEN =
  "<table" +
  styleAttr({
    verticalAlign: "middle",
    borderCollapse: "collapse",
    width: "100%",
    textAlign: "center",
    margin: "10px 0px",
  }) +
  "><thead><tr>";

/** XuatBaoCaoTongHop06a.tsx's hidden div, as exported (a title table, then the form). */
export function th06aByUnitHtml(m: Mistakes | null): Buffer {
  const { rows, total } = withMistakes(UNITS, m);
  const titleTable =
    TITLE_TABLE_OPEN +
    td(
      `<strong>${esc(GROUP_NAME.toUpperCase())} </strong>`,
      { verticalAlign: "top", padding: "5px", width: "3%", textAlign: "center" },
      { colSpan: 5 }
    ) +
    td(
      "<strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br><u>Độc lập - Tự do - Hạnh phúc</u></strong>",
      { verticalAlign: "top", padding: "5px", width: "3%", textAlign: "center" },
      { colSpan: 8 }
    ) +
    "</tr><tr>" +
    td(
      `<strong>${esc(TITLE)}</strong><br><i>(Từ ngày ${PERIOD.from} đến ngày ${PERIOD.to} )</i>`,
      { verticalAlign: "middle", padding: "5px", width: "3%", textAlign: "center" },
      { colSpan: 13 }
    ) +
    "</tr>" +
    `<tr><p></p></tr></thead></table>`;
  const body = rows
    .map(
      (c, i) =>
        `<tr>${td(String(i + 1), TD_STT)}${td(esc(UNITS[i].name), TD_NAME)}${c.map(countCell).join("")}</tr>`
    )
    .join("");
  const bold = { ...TD_NUM, fontWeight: "600" };
  const totalRow = `<tr>${td("", bold)}${td("Tổng số", bold)}${total.map((n) => td(thousands(n), bold)).join("")}</tr>`;
  const form =
    '<table id="tableToExcel"' +
    styleAttr({
      verticalAlign: "middle",
      borderCollapse: "collapse",
      width: "100%",
      textAlign: "center",
      margin: "10px 0px",
    }) +
    ">" +
    header06a("Đơn vị", [
      "Số hồ sơ nhận giải quyết",
      "Số hồ sơ đã giải quyết",
      "Số lượng hồ sơ đang giải quyết",
    ]) +
    `<tbody id="data">${body}${totalRow}</tbody></table>`;
  return downloadPhieuExcel("Thống kê thanh báo cáo 06a", titleTable + form);
}

/** The rows and merges of the 06a header (Excel's view), from `top`. */
function headerGrid(
  top: number,
  nameHeader: string,
  words: [string, string, string],
  sub: Partial<Record<number, string>> = {},
  stt = "STT"
): { rows: GridValue[][]; merges: Rect[] } {
  const rows: GridValue[][] = grid06a({
    stt,
    name: nameHeader,
    groups: [
      [words[0], 4],
      [words[1], 4],
      [words[2], 3],
    ],
    labels: ["Tổng số", "Trong đó", null, "Từ kỳ trước", ...LABELS_06A.slice(4)],
    relabel: sub,
    below: [[null, "Trực tuyến", "Trực tiếp, dịch vụ bưu chính"]],
  });
  const t = top;
  const merges: Rect[] = [
    { top: t, left: 1, bottom: t + 2, right: 1 },
    { top: t, left: 2, bottom: t + 2, right: 2 },
    { top: t, left: 3, bottom: t, right: 6 },
    { top: t, left: 7, bottom: t, right: 10 },
    { top: t, left: 11, bottom: t, right: 13 },
    { top: t + 1, left: 3, bottom: t + 2, right: 3 },
    { top: t + 1, left: 4, bottom: t + 1, right: 5 },
    ...[6, 7, 8, 9, 10, 11, 12, 13].map((c) => ({ top: t + 1, left: c, bottom: t + 2, right: c })),
  ];
  return { rows, merges };
}

/** What Excel shows of th06aByUnitHtml: the title table's three rows, then the form from row 4. */
export function th06aByUnitGrid(m: Mistakes | null): Grid {
  const { rows, total } = withMistakes(UNITS, m);
  const head = headerGrid(4, "Đơn vị", [
    "Số hồ sơ nhận giải quyết",
    "Số hồ sơ đã giải quyết",
    "Số lượng hồ sơ đang giải quyết",
  ]);
  return {
    sheet: "Thống kê thanh báo cáo 06a",
    rows: [
      [
        GROUP_NAME.toUpperCase(),
        null,
        null,
        null,
        null,
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc",
      ],
      [`${TITLE}\n(Từ ngày ${PERIOD.from} đến ngày ${PERIOD.to} )`],
      [],
      ...head.rows,
      ...rows.map((c, i) => [i + 1, UNITS[i].name, ...c]),
      [null, "Tổng số", ...total],
    ],
    merges: [
      { top: 1, left: 1, bottom: 1, right: 5 },
      { top: 1, left: 6, bottom: 1, right: 13 },
      { top: 2, left: 1, bottom: 2, right: 13 },
      ...head.merges,
    ],
  };
}

/** Where things are in th06aByUnitGrid: the first data row, the total row. */
export const BY_UNIT_AT = { firstData: 7, total: 7 + UNITS.length };

// ---- 06a by unit: the on-screen table (pasted) ------------------------------------------------

/** BaoCaoTongHop06a.tsx's on-screen table as a grid (it has no period line; 13 columns; groups). */
export function th06aOnScreenGrid(m: Mistakes | null): Grid {
  const flat = GROUPS.flatMap((g) => g.rows);
  const { rows, total } = withMistakes(flat, m);
  const head = headerGrid(
    2,
    "Đơn vị",
    ["Số hồ sơ nhận giải quyết", "Số lượng hồ sơ đã giải quyết", "Số lượng hồ sơ đang giải quyết"],
    {
      4: "Trong kỳ",
      6: "Kỳ trước",
      9: "Đúng hạn (Bao gồm cả hồ sơ trả lại/xin rút)",
      12: "Đúng hạn (Bao gồm cả hồ sơ chờ BS)",
    }
  );
  const out: GridValue[][] = [[TITLE], ...head.rows];
  const merges: Rect[] = [{ top: 1, left: 1, bottom: 1, right: 12 }, ...head.merges];
  let k = 0;
  for (const g of GROUPS) {
    merges.push({ top: out.length + 1, left: 1, bottom: out.length + 1, right: 13 });
    out.push([g.label]);
    g.rows.forEach((r, i) => out.push([i + 1, r.name, ...rows[k++]]));
  }
  out.push([null, "Tổng số", ...total]);
  return { sheet: "Sheet1", rows: out, merges };
}

/** Rows of th06aOnScreenGrid: group labels, data rows (document order), total. */
export function onScreenRows(): { groups: number[]; data: number[]; total: number } {
  const groups: number[] = [];
  const data: number[] = [];
  let r = 5;
  for (const g of GROUPS) {
    groups.push(r++);
    for (let i = 0; i < g.rows.length; i++) data.push(r++);
  }
  return { groups, data, total: r };
}

// ---- 06 by level: the export ------------------------------------------------------------------

const UNIT_OF_REPORT = "UBND TỈNH THANH HÓA";

/** XuatBaoCaoTongHop06CacCap.tsx's hidden div, as exported. */
export function th06ByLevelHtml(m: Mistakes | null): Buffer {
  const flat = GROUPS.flatMap((g) => g.rows);
  const { rows, total } = withMistakes(flat, m);
  const cell = {
    verticalAlign: "middle",
    padding: "5px",
    border: "1px solid #333",
    textAlign: "center",
  };
  const titleTable =
    TITLE_TABLE_OPEN +
    td(
      "<strong>Biểu số 06 /VPCP/KSTT</strong><br><span>Ban hành theo Thông tư số</span><br><span>01/2020/TT-VPCP ngày 21/10/2020</span>",
      { verticalAlign: "top", padding: "5px", textAlign: "center" },
      { colSpan: 2 }
    ) +
    td(
      `<strong>${esc(TITLE)}</strong><br><span>(Từ ngày ${PERIOD.from} đến ngày ${PERIOD.to} )</span>`,
      { verticalAlign: "top", padding: "5px", textAlign: "center" },
      { colSpan: 6 }
    ) +
    td(
      `<strong>${esc(UNIT_OF_REPORT)}</strong>`,
      { verticalAlign: "top", padding: "5px", textAlign: "center" },
      { colSpan: 5 }
    ) +
    "</tr><tr>" +
    td(
      "Đơn vị tính: Số hồ sơ TTHC",
      { verticalAlign: "top", padding: "5px", textAlign: "right" },
      { colSpan: 13 }
    ) +
    "</tr></thead></table>";
  let body = "";
  let k = 0;
  for (const g of GROUPS) {
    body += `<tr>${td(`<strong>${esc(g.label)}</strong>`, { ...cell, textAlign: "left" }, { colSpan: 13 })}</tr>`;
    g.rows.forEach((r, index) => {
      // The source passes index + 1 to a cell that shows index + 1 again: 2, 3, … in every group.
      const shown = index + 1 + 1;
      body +=
        `<tr>${td(String(shown), cell)}${td(esc(r.name), { ...cell, textAlign: "left" })}` +
        `${rows[k++].map((n) => td(n ? thousands(n) : "0", cell)).join("")}</tr>`;
    });
  }
  const bold = { ...cell, fontWeight: "600" };
  body += `<tr>${td("", bold)}${td("Tổng số", bold)}${total.map((n) => td(thousands(n), bold)).join("")}</tr>`;
  const form =
    '<table id="tableToExcel"' +
    styleAttr({
      verticalAlign: "middle",
      borderCollapse: "collapse",
      width: "100%",
      textAlign: "center",
    }) +
    ">" +
    header06a("Lĩnh vực, công việc giải quyết theo cấp", [
      "Số hồ sơ nhận giải quyết",
      "Số hồ sơ đã giải quyết",
      "Số lượng hồ sơ đang giải quyết",
    ]) +
    `<tbody id="data">${body}</tbody></table>`;
  return downloadPhieuExcel("Thống kê báo cáo tổng hợp 06 các cấp", titleTable + form);
}

/** What Excel shows of th06ByLevelHtml. */
export function th06ByLevelGrid(m: Mistakes | null): Grid {
  const flat = GROUPS.flatMap((g) => g.rows);
  const { rows, total } = withMistakes(flat, m);
  const head = headerGrid(3, "Lĩnh vực, công việc giải quyết theo cấp", [
    "Số hồ sơ nhận giải quyết",
    "Số hồ sơ đã giải quyết",
    "Số lượng hồ sơ đang giải quyết",
  ]);
  const out: GridValue[][] = [
    [
      "Biểu số 06 /VPCP/KSTT\nBan hành theo Thông tư số\n01/2020/TT-VPCP ngày 21/10/2020",
      null,
      `${TITLE}\n(Từ ngày ${PERIOD.from} đến ngày ${PERIOD.to} )`,
      null,
      null,
      null,
      null,
      null,
      UNIT_OF_REPORT,
    ],
    ["Đơn vị tính: Số hồ sơ TTHC"],
    ...head.rows,
  ];
  const merges: Rect[] = [
    { top: 1, left: 1, bottom: 1, right: 2 },
    { top: 1, left: 3, bottom: 1, right: 8 },
    { top: 1, left: 9, bottom: 1, right: 13 },
    { top: 2, left: 1, bottom: 2, right: 13 },
    ...head.merges,
  ];
  let k = 0;
  for (const g of GROUPS) {
    merges.push({ top: out.length + 1, left: 1, bottom: out.length + 1, right: 13 });
    out.push([g.label]);
    g.rows.forEach((r, i) => out.push([i + 2, r.name, ...rows[k++]]));
  }
  out.push([null, "Tổng số", ...total]);
  return { sheet: "Thống kê báo cáo tổng hợp 06 c", rows: out, merges };
}

/** Rows of th06ByLevelGrid: group labels, data rows, total. */
export function byLevelRows(): { groups: number[]; data: number[]; total: number } {
  const groups: number[] = [];
  const data: number[] = [];
  let r = 6;
  for (const g of GROUPS) {
    groups.push(r++);
    for (let i = 0; i < g.rows.length; i++) data.push(r++);
  }
  return { groups, data, total: r };
}

// ---- Evaluation: the "mẫu 02" export ----------------------------------------------------------

/** Self and appraised scores of the nine indices (one decimal, as the system stores them). */
export const EVAL_SELF = [1.9, 1.8, 2, 2, 1.9, 2, 1.9, 1.9, 1.9];
export const EVAL_APPRAISED = [1.8, 1.7, 2, 1.9, 1.8, 2, 1.9, 1.8, 1.5];
export const EVAL_BALLOTS = { total: 57, levels: [3, 21, 33] as const }; // Không hài lòng, Hài lòng, Rất hài lòng

/** The JavaScript float sum the export shows (parseFloat of each, added in order). */
export const jsSum = (xs: number[]): number => xs.reduce((a, x) => a + parseFloat(String(x)), 0);

/** The grade the export computes from the appraised total (ExportExcelBaoCao02.tsx's thresholds). */
export function gradeOf(total: number): string {
  if (total > 15) return "Xuất sắc";
  if (total >= 12 && total < 15) return "Tốt";
  if (total >= 9 && total < 12) return "Khá";
  if (total >= 6 && total < 9) return "Trung bình";
  return "Yếu";
}

const INDEX_NAMES = [
  "Tổng thời gian giải quyết thủ tục hành chính so với quy định của pháp luật",
  "Thời gan thực hiện của từng cơ quan, đơn vị tham gia giải quyết (kể cả đơn vị phối hợp)",
  "Số lần phải liên hệ với nơi tiếp nhận hồ sơ để hoàn thiện hồ sơ thủ tục hành chính (kể cả liên hệ theo hình thức trực tuyến)",
  "Số lượng cơ quan, đơn vị, tổ chức phải liên hệ để hoàn thiện hồ sơ thủ tục hành chính (kể cả liên hệ theo hình thức trực tuyến)",
  "Thực hiện tổ chức tiếp nhận hồ sơ, giải quyết, trả kết quả tại Bộ phận Một cửa",
  "Công khai các thủ tục hành chính",
  "Thái độ của cán bộ, công chức, viên chức khi hướng dẫn lập hồ sơ, tiếp nhận hồ sơ và giải quyết thủ tục hành chính",
  "Tiếp thu, giải trình đối với các ý kiến phản ánh, kiến nghị của tổ chức, cá nhân",
  "Tiến độ và chất lượng cung cấp dịch vụ công trực tuyến của cơ quan có thẩm quyền",
];

/** The evaluation's written appraised total: the true float sum, or that plus one when `wrongTotal`. */
export function evalTotals(wrongTotal: boolean): {
  self: number;
  appraised: number;
  grade: string;
} {
  const appraised = jsSum(EVAL_APPRAISED);
  return {
    self: jsSum(EVAL_SELF),
    appraised: wrongTotal ? appraised + 1 : appraised,
    grade: gradeOf(appraised),
  };
}

/** ExportExcelBaoCao02.tsx's hidden div, as exported. Row numbers of the grid: see EVAL_AT. */
export function thEvaluationHtml(wrongTotal: boolean): Buffer {
  const b = { border: "0.75px groove #4d4d4d", padding: "8px" };
  const c = (body: string, align: string, span?: number) =>
    td(body, { ...b, textAlign: align }, span ? { colSpan: span } : {});
  const th = (body: string, extra: Record<string, string> = {}, span?: number) =>
    `<th${span ? ` colspan="${span}"` : ""}${styleAttr({ ...b, backgroundColor: "#f2f2f2", ...extra })}>${body}</th>`;
  const gap = (span: number) => `<tr>${td("", { height: "20px" }, { colSpan: span })}</tr>`;
  const t = evalTotals(wrongTotal);
  const pct = (n: number) => parseFloat(((n / EVAL_BALLOTS.total) * 100).toFixed(1));
  const rows = INDEX_NAMES.map(
    (name, i) =>
      `<tr>${c(String(i + 1), "center")}${c(esc(name), "left")}${c("2", "center")}` +
      `${c(String(EVAL_SELF[i]), "center")}${c(String(EVAL_APPRAISED[i]), "center")}${c("", "center", 2)}</tr>`
  ).join("");
  const html =
    `<table${styleAttr({ width: "100%", borderCollapse: "collapse", fontSize: "17px" })}><thead>` +
    "<tr>" +
    td(
      `<strong>${esc(GROUP_NAME.toUpperCase())} </strong>`,
      { verticalAlign: "top", padding: "5px", textAlign: "center" },
      { colSpan: 3 }
    ) +
    td(
      "<strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>" +
        '<span style="border-bottom: 5px solid black; padding-bottom: 2px; display: inline-block;">' +
        "Độc lập - Tự do - Hạnh phúc</span></strong>",
      { verticalAlign: "top", padding: "5px", textAlign: "center" },
      { colSpan: 4 }
    ) +
    "</tr>" +
    gap(16) +
    "<tr>" +
    td(
      "<strong>BẢNG ĐÁNH GIÁ VIỆC GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH</strong><br><i>(Ban hành kèm theo....)</i>",
      { verticalAlign: "middle", padding: "5px", textAlign: "center" },
      { colSpan: 7 }
    ) +
    "</tr>" +
    gap(16) +
    "<tr>" +
    td(
      `<strong>Cơ quan/đơn vị: ${esc(GROUP_NAME.toUpperCase())}</strong>` +
        "<br><span>Thời điểm đánh giá: Quý 1 Năm 2024</span>" +
        `<br><span>Số phiếu đánh giá: ${EVAL_BALLOTS.total}</span>`,
      { verticalAlign: "left", padding: "5px" },
      { colSpan: 7 }
    ) +
    "</tr>" +
    gap(7) +
    "<tr>" +
    td(
      "<strong>I. Đánh giá việc giải quyết thủ tục hành chính</strong>",
      { verticalAlign: "left", padding: "5px" },
      { colSpan: 7 }
    ) +
    "</tr>" +
    gap(7) +
    `<tr>${th("Chỉ số")}${th("Tên chỉ số")}${th("Điểm chuẩn", { textAlign: "center" })}` +
    `${th("Điểm tự chấm", { textAlign: "center" })}${th("Điểm thẩm định", { textAlign: "center" })}` +
    `${th("Ghi chú", { textAlign: "center" }, 2)}</tr></thead>` +
    `<tbody>${rows}<tr>${c("", "center")}${c("<strong>Tổng cộng</strong>", "left")}${c("<strong>18</strong>", "center")}` +
    `${c(`<strong>${t.self}</strong>`, "center")}${c(`<strong>${t.appraised}</strong>`, "center")}` +
    `${c(`<strong>Xếp loại: ${t.grade}</strong>`, "center", 2)}</tr></tbody>` +
    gap(7) +
    `<tr>${td("<strong>II. Đánh giá mức độ hài lòng</strong>", { verticalAlign: "left", padding: "5px" }, { colSpan: 7 })}</tr>` +
    gap(7) +
    `<thead><tr><th colspan="3"${styleAttr({ ...b, textAlign: "left" })}>` +
    "Tỷ lệ % mức độ hài lòng trong việc giải quyết thủ tục hành chính</th></tr></thead>" +
    `<tbody><tr>${["Không hài lòng", "Hài lòng", "Rất hài lòng"].map((l) => c(l, "left")).join("")}</tr>` +
    `<tr>${EVAL_BALLOTS.levels.map((n) => c(`${pct(n) ? pct(n) : "0"}%`, "left")).join("")}</tr>` +
    gap(7) +
    "<tr>" +
    td("", { verticalAlign: "top", padding: "5px", textAlign: "center" }, { colSpan: 5 }) +
    td(
      "<i>Thanh Hóa, ngày 20 tháng 3 năm 2024</i><br><strong>NGƯỜI TỔNG HỢP</strong><br>",
      { verticalAlign: "right", padding: "5px", textAlign: "center" },
      { colSpan: 2 }
    ) +
    "</tr>" +
    `<tr>${td("", { height: "20px" })}</tr>` +
    "<tr>" +
    td("", { verticalAlign: "top", padding: "5px", textAlign: "center" }, { colSpan: 5 }) +
    td(
      "<span>Lê Thị Hoa</span>",
      { verticalAlign: "right", padding: "5px", textAlign: "center" },
      { colSpan: 2 }
    ) +
    "</tr>" +
    `</tbody></table>`;
  return downloadPhieuExcel("Báo cáo mẫu 02", html);
}

/** Rows of the evaluation as Excel shows it: header row of the indices, the nine, the total. */
export const EVAL_AT = { header: 9, firstIndex: 10, total: 19, levels: 24, shares: 25 };

// ---- The printed 06a template, keyed into Excel --------------------------------------------------

/** A ward's fields as the clerk keys them under the template. */
export const TEMPLATE_FIELDS: UnitRow[] = [
  { name: "Lĩnh vực Hộ tịch", counts: counts11(31, 22, 1, 30, 20, 1, 0) },
  { name: "Lĩnh vực Chứng thực", counts: counts11(2, 180, 0, 120, 62, 0, 0) },
  { name: "Lĩnh vực Đất đai", counts: counts11(0, 9, 4, 2, 6, 1, 1) },
  { name: "Lĩnh vực Bảo trợ xã hội", counts: counts11(6, 3, 0, 0, 8, 0, 0) },
];

/** BaoCao06a.tsx's printed form keyed into a sheet (merges as typed by the clerk). */
export function th06aTemplateGrid(m: Mistakes | null): Grid {
  const { rows, total } = withMistakes(TEMPLATE_FIELDS, m);
  const head = headerGrid(
    5,
    "Lĩnh vực, công việc giải quyết theo cấp",
    ["Tiếp nhận", "Số lượng hồ sơ đã giải quyết", "Số lượng hồ sơ đang giải quyết"],
    {
      9: "Đúng hạn\n(Bao gồm cả hồ sơ chờ Bổ sung và Trả lại / Xin rút)",
      12: "Trong hạn\n(Bao gồm cả hồ sơ chờ bổ sung và hồ sơ khác)",
    },
    "TT"
  );
  const out: GridValue[][] = [
    [
      "Biểu số II.06a/VPCP/KSTT",
      null,
      "TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH TẠI BỘ PHẬN MỘT CỬA",
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      "- Đơn vị báo cáo: UBND phường Đông Thọ\n- Đơn vị nhận báo cáo: UBND thành phố Thanh Hóa",
    ],
    ["Kỳ báo cáo: Quý I năm 2024"],
    [`(Từ ngày ${PERIOD.from} đến ngày ${PERIOD.to})`],
    [null, null, null, null, null, null, null, null, null, null, "Đơn vị tính: Số hồ sơ TTHC."],
    ...head.rows,
    Array.from({ length: 13 }, (_, i) => i + 1),
    ...rows.map((c, i) => [i + 1, TEMPLATE_FIELDS[i].name, ...c]),
    [null, "Tổng cộng", ...total],
  ];
  const merges: Rect[] = [
    { top: 1, left: 1, bottom: 1, right: 2 },
    { top: 1, left: 3, bottom: 1, right: 10 },
    { top: 1, left: 11, bottom: 1, right: 13 },
    { top: 2, left: 1, bottom: 2, right: 13 },
    { top: 3, left: 1, bottom: 3, right: 13 },
    { top: 4, left: 11, bottom: 4, right: 13 },
    ...head.merges,
  ];
  return { sheet: "Biểu II.06a", rows: out, merges };
}

/** Rows of th06aTemplateGrid. */
export const TEMPLATE_AT = { firstData: 9, total: 9 + TEMPLATE_FIELDS.length };

// ---- The evaluation as Excel shows it (and saves it as .xlsx) ---------------------------------

/** What Excel shows of thEvaluationHtml (rows as in EVAL_AT). */
export function thEvaluationGrid(wrongTotal: boolean): Grid {
  const t = evalTotals(wrongTotal);
  const pct = (n: number) => `${parseFloat(((n / EVAL_BALLOTS.total) * 100).toFixed(1))}%`;
  const rows: GridValue[][] = [
    [
      GROUP_NAME.toUpperCase(),
      null,
      null,
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc",
    ],
    [],
    ["BẢNG ĐÁNH GIÁ VIỆC GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH\n(Ban hành kèm theo....)"],
    [],
    [
      `Cơ quan/đơn vị: ${GROUP_NAME.toUpperCase()}\nThời điểm đánh giá: Quý 1 Năm 2024\nSố phiếu đánh giá: ${EVAL_BALLOTS.total}`,
    ],
    [],
    ["I. Đánh giá việc giải quyết thủ tục hành chính"],
    [],
    ["Chỉ số", "Tên chỉ số", "Điểm chuẩn", "Điểm tự chấm", "Điểm thẩm định", "Ghi chú"],
    ...INDEX_NAMES.map((name, i) => [i + 1, name, 2, EVAL_SELF[i], EVAL_APPRAISED[i]]),
    [null, "Tổng cộng", 18, t.self, t.appraised, `Xếp loại: ${t.grade}`],
    [],
    ["II. Đánh giá mức độ hài lòng"],
    [],
    ["Tỷ lệ % mức độ hài lòng trong việc giải quyết thủ tục hành chính"],
    ["Không hài lòng", "Hài lòng", "Rất hài lòng"],
    EVAL_BALLOTS.levels.map(pct),
    [],
    [null, null, null, null, null, "Thanh Hóa, ngày 20 tháng 3 năm 2024\nNGƯỜI TỔNG HỢP"],
    [],
    [null, null, null, null, null, "Lê Thị Hoa"],
  ];
  const merges: Rect[] = [
    { top: 1, left: 1, bottom: 1, right: 3 },
    { top: 1, left: 4, bottom: 1, right: 7 },
    { top: 2, left: 1, bottom: 2, right: 16 },
    { top: 3, left: 1, bottom: 3, right: 7 },
    { top: 4, left: 1, bottom: 4, right: 16 },
    ...[5, 6, 7, 8].map((r) => ({ top: r, left: 1, bottom: r, right: 7 })),
    ...Array.from({ length: 11 }, (_, i) => ({ top: 9 + i, left: 6, bottom: 9 + i, right: 7 })),
    ...[20, 21, 22].map((r) => ({ top: r, left: 1, bottom: r, right: 7 })),
    { top: 23, left: 1, bottom: 23, right: 3 },
    { top: 26, left: 1, bottom: 26, right: 7 },
    { top: 27, left: 1, bottom: 27, right: 5 },
    { top: 27, left: 6, bottom: 27, right: 7 },
    { top: 29, left: 1, bottom: 29, right: 5 },
    { top: 29, left: 6, bottom: 29, right: 7 },
  ];
  return { sheet: "Báo cáo mẫu 02", rows, merges };
}
