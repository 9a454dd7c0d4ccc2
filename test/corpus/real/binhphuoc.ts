// A province's own summary of receiving and resolving files, as its system exports it.
//
// BÌNH PHƯỚC — the Land Registration Office of Bình Phước province (Văn phòng Đăng ký đất đai tỉnh
// Bình Phước), github.com/dangcam/codeigniter4 at commit 7adf79b2583a912b0d3672b480d3adf2a5672e0c
// (the file last changed in acb543da5289b1b3a025d20e8b0af822293b5221):
// - public/js/export2excel.js, export_excel(): the "Xuất Excel" button of the report screen
//   builds the workbook in the browser with ExcelJS and saves it as "<group>_<period>.xlsx":
//   sheet "Export", 16 columns; row 1 the office and group over A1:H1 and "CỘNG HÒA …" over
//   I1:P1, row 2 "BIỂU TỔNG HỢP CÔNG TÁC TIẾP NHẬN VÀ GIẢI QUYẾT HỒ SƠ ĐẤT ĐAI", row 3 the
//   period ("Tháng m Năm yyyy" / "Quý q Năm yyyy"), a three-row header (rows 4–6):
//   "Số hồ sơ tiếp nhận" (Kỳ trước chuyển sang, "Tiếp nhận trong kỳ" (Trực tiếp, Trực tuyến),
//   Cộng), "Đã giải quyết" (Tổng số, Trước và trong hạn, Trễ hạn, Tỷ lệ trễ hạn (%)), "Đang giải
//   quyết" (Tổng số, Trong hạn, Trễ hạn, Tỷ lệ quá hạn (%)), "Số GCN đã cấp" (Cấp mới, Chỉnh lý
//   T3,4 GCN). The exporter writes the "CỘNG HÒA …" text through H1, a cell inside A1:H1, so
//   ExcelJS puts it into A1 over the office's name and I1 stays empty; its one-cell "merges"
//   D6:D6 and E6:E6 are dropped when the file is written. Both are reproduced by making the same
//   calls on the same library.
// - app/Models/ReportGroupModel.php (the data of the "detail" report): a row per kind of file,
//   numbered by its row_id, with its sums (computed in PHP: numbers), then a row per branch
//   under it, numbered from 1 (MySQL values sent as JSON strings, written by ExcelJS as text).
//   The percentages are late / (before and in time), as that model computes them.
// - app/Views/dashboard/report_print.php: the same report on screen, a <table> whose header says
//   "Số hồ sơ phải giải quyết" for the first group and "Quá hạn" (not "Trễ hạn") for the files
//   pending late, under the page's title lines (bootstrap columns: the office, "CỘNG HÒA …", the
//   group, "Độc lập …", then the form's title and period); the clerk selects the page and pastes
//   it as values into a sheet: one line per block, the table's cells where the browser lays them,
//   no merges.
// The kinds of files and the branches' names below are ours; the layout is the exporter's.
//
// Not a Biểu 06a: the files resolved are not split into "Trước hạn" (8) and "Đúng hạn" (9) —
// one column "Trước và trong hạn" holds both — so the form cannot be read as one; the program
// must say so, naming the header row and the two missing columns, never read it.
import ExcelJS from "exceljs";
import { Grid, GridValue } from "./common";

interface BpCounts {
  carried: number;
  direct: number;
  online: number;
  beforeOrInTime: number;
  late: number;
  pendingInTime: number;
  pendingLate: number;
  newCertificates: number;
  amended: number;
}

export interface BpKind {
  id: string;
  name: string;
  branches: { name: string; c: BpCounts }[];
}

const counts = (
  carried: number,
  direct: number,
  online: number,
  beforeOrInTime: number,
  late: number,
  pendingLate: number,
  newCertificates: number,
  amended: number
): BpCounts => {
  const pending = carried + direct + online - beforeOrInTime - late;
  if (pending < pendingLate) throw new Error("real corpus: inconsistent counts");
  return {
    carried,
    direct,
    online,
    beforeOrInTime,
    late,
    pendingInTime: pending - pendingLate,
    pendingLate,
    newCertificates,
    amended,
  };
};

export const BP_KINDS: BpKind[] = [
  {
    id: "1",
    name: "Đăng ký, cấp Giấy chứng nhận lần đầu",
    branches: [
      { name: "Chi nhánh Đồng Xoài", c: counts(12, 40, 6, 41, 2, 1, 38, 0) },
      { name: "Chi nhánh Bình Long", c: counts(5, 22, 1, 20, 0, 0, 19, 0) },
    ],
  },
  {
    id: "2",
    name: "Đăng ký biến động",
    branches: [
      { name: "Chi nhánh Đồng Xoài", c: counts(30, 118, 25, 150, 3, 2, 4, 120) },
      { name: "Chi nhánh Bình Long", c: counts(9, 61, 7, 70, 1, 0, 2, 64) },
    ],
  },
];

/** Values of one exported row (columns A…P) as export_excel() puts them into rowValues[1…16]. */
function line(
  stt: string | number,
  name: string,
  c: BpCounts,
  asText: boolean
): (string | number)[] {
  const received = c.carried + c.direct + c.online;
  const resolved = c.beforeOrInTime + c.late;
  const pending = c.pendingInTime + c.pendingLate;
  const pct = (a: number, b: number) => (b > 0 ? Math.round((a / b) * 10000) / 100 : 0);
  const v = (x: number) => (asText ? String(x) : x);
  // MySQL's ROUND(…, 2) comes as "12.50"; PHP's round() as 12.5.
  const p = (x: number) => (asText ? x.toFixed(2) : x);
  return [
    stt,
    name,
    v(c.carried),
    v(c.direct),
    v(c.online),
    v(received),
    v(resolved),
    v(c.beforeOrInTime),
    v(c.late),
    p(pct(c.late, c.beforeOrInTime)),
    v(pending),
    v(c.pendingInTime),
    v(c.pendingLate),
    p(pct(c.pendingLate, c.pendingInTime)),
    v(c.newCertificates),
    v(c.amended),
  ];
}

function sum(list: BpCounts[]): BpCounts {
  const keys = Object.keys(list[0]) as (keyof BpCounts)[];
  const out = { ...list[0] };
  for (const k of keys) out[k] = list.reduce((a, x) => a + x[k], 0);
  return out;
}

const TITLE_FONT = { name: "Times New Roman", size: 12, bold: true };
const CENTER = { horizontal: "center", vertical: "middle", wrapText: true } as const;
const THIN = { style: "thin" } as const;
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/** export_excel()'s workbook for the "detail" report of `group` over `period`. */
export async function bpExportXlsx(group: string, period: string): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Export");
  ws.columns = [5, 25, 10, 7, 7, 10, 10, 10, 7, 10, 10, 10, 7, 10, 10, 10].map((width) => ({
    width,
  }));
  // Row 1: two merged halves; the second text is written through H1, inside the first half.
  ws.mergeCells("A1:H1");
  ws.getCell("A1").value = "VĂN PHÒNG ĐĂNG KÝ ĐẤT ĐAI TỈNH BÌNH PHƯỚC\n" + group;
  ws.mergeCells("I1:P1");
  ws.getCell("H1").value = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc";
  ws.getRow(1).height = 35;
  ws.mergeCells("A2:P2");
  ws.getCell("A2").value = "BIỂU TỔNG HỢP CÔNG TÁC TIẾP NHẬN VÀ GIẢI QUYẾT HỒ SƠ ĐẤT ĐAI";
  ws.getRow(2).font = { ...TITLE_FONT, size: 14 };
  ws.mergeCells("A3:P3");
  ws.getCell("A3").value = period;
  ws.getRow(3).font = { ...TITLE_FONT, italic: true };
  const head: [string, string][] = [
    ["A4:A6", "STT"],
    ["B4:B6", "Tên"],
    ["C4:F4", "Số hồ sơ tiếp nhận"],
    ["C5:C6", "Kỳ trước chuyển sang"],
    ["D5:E5", "Tiếp nhận\ntrong kỳ"],
    ["D6:D6", "Trực tiếp"],
    ["E6:E6", "Trực tuyến"],
    ["F5:F6", "Cộng"],
    ["G4:J4", "Đã giải quyết"],
    ["G5:G6", "Tổng số"],
    ["H5:H6", "Trước và trong hạn"],
    ["I5:I6", "Trễ hạn"],
    ["J5:J6", "Tỷ lệ trễ hạn (%)"],
    ["K4:N4", "Đang giải quyết"],
    ["K5:K6", "Tổng số"],
    ["L5:L6", "Trong hạn"],
    ["M5:M6", "Trễ hạn"],
    ["N5:N6", "Tỷ lệ quá hạn (%)"],
    ["O4:P4", "Số GCN đã cấp"],
    ["O5:O6", "Cấp mới"],
    ["P5:P6", "Chỉnh lý T3,4 GCN"],
  ];
  for (const [range, text] of head) {
    ws.mergeCells(range);
    const cell = ws.getCell(range.split(":")[0]);
    cell.value = text;
    cell.font = TITLE_FONT;
    cell.alignment = CENTER;
    cell.border = BORDER;
  }
  for (const kind of BP_KINDS) {
    const rows = [
      line(kind.id, kind.name, sum(kind.branches.map((b) => b.c)), false),
      ...kind.branches.map((b, i) => line(i + 1, b.name, b.c, true)),
    ];
    rows.forEach((values, i) => {
      const row = ws.addRow(values);
      row.eachCell({ includeEmpty: true }, (cell) => {
        cell.border = BORDER;
        cell.alignment = CENTER;
        cell.font = { name: "Times New Roman", size: 12, bold: i === 0 };
      });
    });
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** report_print.php's page selected and pasted as values into an empty sheet. */
export function bpScreenGrid(group: string, period: string): Grid {
  const top: GridValue[][] = [
    ["VĂN PHÒNG ĐĂNG KÝ ĐẤT ĐAI TỈNH BÌNH PHƯỚC"],
    ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
    [group],
    ["Độc lập - Tự do - Hạnh phúc"],
    ["BIỂU TỔNG HỢP CÔNG TÁC TIẾP NHẬN VÀ GIẢI QUYẾT HỒ SƠ ĐẤT ĐAI"],
    [period],
  ];
  const head: GridValue[][] = [
    [
      "STT",
      "Tên",
      "Số hồ sơ phải giải quyết",
      null,
      null,
      null,
      "Đã giải quyết",
      null,
      null,
      null,
      "Đang giải quyết",
      null,
      null,
      null,
      "Số GCN đã cấp",
    ],
    [
      null,
      null,
      "Kỳ trước chuyển sang",
      "Tiếp nhận trong kỳ",
      null,
      "Cộng",
      "Tổng số",
      "Trước và trong hạn",
      "Trễ hạn",
      "Tỷ lệ trễ hạn (%)",
      "Tổng số",
      "Trong hạn",
      "Quá hạn",
      "Tỷ lệ quá hạn (%)",
      "Cấp mới",
      "Chỉnh lý T3,4 GCN",
    ],
    [null, null, null, "Trực tiếp", "Trực tuyến"],
  ];
  // The screen's cells are text; pasted as values, Excel makes numbers of them.
  const num = (x: string | number) => (typeof x === "string" && /^\d+(\.\d+)?$/.test(x) ? +x : x);
  const body: GridValue[][] = [];
  for (const kind of BP_KINDS) {
    body.push(line(kind.id, kind.name, sum(kind.branches.map((b) => b.c)), false).map(num));
    kind.branches.forEach((b, i) => body.push(line(i + 1, b.name, b.c, true).map(num)));
  }
  return { sheet: "Sheet1", rows: [...top, ...head, ...body], merges: [] };
}

/** The header row of the export (group titles), and its period line. */
export const BP_AT = {
  header: 4,
  /** The header row of the pasted screen. */
  screenHeader: 7,
  period: "Tháng 3 Năm 2024",
  group: "Tất cả chi nhánh",
};
