// A district's one-stop system's statistics screen, as a commune clerk gets it into Excel.
//
// LỆ THỦY — the EFY eCS one-stop system of Lệ Thủy district (Quảng Bình), github.com/hungcuongqn86/mcdt
// at commit 750457df83f034a3659ba1702a99924e91ec4f69 (the file last changed in
// 2ac1985203bf34617525a857437c459550b9a621, May 2017):
// - public/js/js-record/search.js, loadheader() and generalMatrix(): the screen "TỔNG HỢP TIẾP NHẬN
//   VÀ GIẢI QUYẾT HỒ SƠ" (application/record/views/scripts/search/general.phtml) draws a 16-column
//   table with a four-row header and a row of column numbers: STT, the rows' name ("Tên đơn vị"
//   for the district's view by unit, "TTHC" for one unit's view by procedure), "Tổng hồ sơ nhận
//   giải quyết" (Tổng số, "Trong đó": Kỳ trước chuyển sang, Trong kỳ), "Kết quả giải quyết" over
//   "Số hồ sơ đã giải quyết" (Tổng số, Đúng hạn: SL / Tỷ lệ %, Quá hạn: SL / Tỷ lệ %) and "Số hồ
//   sơ đang giải quyết" (Tổng số, Chưa tới hạn: SL / Tỷ lệ %, Quá hạn: SL / Tỷ lệ %), then "Số hồ
//   sơ chậm chuyển huyện"; the number row says A, B, (1)=2+3, (2), (3), (4)=5+7, (5), (6)=5/4, (7),
//   (8)=7/4, (9)=10+12, (10), (11)=10/9, (12), (13)=12/10, (14). The rows' numbers come from the
//   JSON of loaddata, the totals and percentages (toFixed(2) + "%", a lone "%" when there is
//   nothing to divide by) are computed in the browser; the last row is "Tổng" over two columns.
// - A commune's account (checkward 0) opens on loadGeneral('tthc', its own code): rows by
//   procedure, above the table the breadcrumb "HUYỆN LỆ THỦY > <the unit>".
// The screen has no export (its "In" button is commented out in general.phtml): the clerk selects
// from the breadcrumb down to the "Tổng" row and pastes it as values into an empty sheet — one line
// for the breadcrumb, the table's cells where the browser lays them, no merges; Excel turns "(2)"
// into -2 and "95.00%" into 0.95 (a "." decimal separator assumed), and leaves "(1)=2+3" and "%"
// as text. The procedures and counts below are ours; the layout is the system's.
//
// Not a Biểu 06a: the files received are split only into "Kỳ trước chuyển sang" and "Trong kỳ"
// (no online / direct split), and the files resolved only into "Đúng hạn" and "Quá hạn" (no
// "Trước hạn"), so the form cannot be read as one; the program must say so, naming the header
// row and the missing columns, never read it.
import { Grid, GridValue } from "./common";

interface LtCounts {
  carried: number;
  inPeriod: number;
  onTime: number;
  late: number;
  pendingInTime: number;
  pendingLate: number;
  /** "Số hồ sơ chậm chuyển huyện": files the commune passed on to the district late. */
  slowTransfer: number;
}

const counts = (
  carried: number,
  inPeriod: number,
  onTime: number,
  late: number,
  pendingLate: number,
  slowTransfer: number
): LtCounts => {
  const pending = carried + inPeriod - onTime - late;
  if (pending < pendingLate) throw new Error("real corpus: inconsistent counts");
  return {
    carried,
    inPeriod,
    onTime,
    late,
    pendingInTime: pending - pendingLate,
    pendingLate,
    slowTransfer,
  };
};

export const LT_UNIT = "Xã Hoa Thủy";

export const LT_ROWS: { name: string; c: LtCounts }[] = [
  { name: "Đăng ký khai sinh", c: counts(2, 41, 40, 1, 0, 0) },
  { name: "Đăng ký kết hôn", c: counts(0, 9, 9, 0, 0, 0) },
  { name: "Chứng thực bản sao từ bản chính", c: counts(0, 130, 130, 0, 0, 0) },
  { name: "Cấp giấy xác nhận tình trạng hôn nhân", c: counts(1, 17, 15, 1, 1, 0) },
  { name: "Chuyển mục đích sử dụng đất", c: counts(3, 5, 0, 0, 0, 2) },
];

/** A percentage cell as generalMatrix writes it ("95.00%", or "%" with nothing to divide by), pasted. */
const pct = (a: number, b: number): GridValue =>
  b > 0 ? Number(((a / b) * 100).toFixed(2)) / 100 : "%";

function line(stt: GridValue, name: GridValue, c: LtCounts): GridValue[] {
  const received = c.carried + c.inPeriod;
  const resolved = c.onTime + c.late;
  const pending = c.pendingInTime + c.pendingLate;
  return [
    stt,
    name,
    received,
    c.carried,
    c.inPeriod,
    resolved,
    c.onTime,
    pct(c.onTime, resolved),
    c.late,
    pct(c.late, resolved),
    pending,
    c.pendingInTime,
    pct(c.pendingInTime, pending),
    c.pendingLate,
    pct(c.pendingLate, pending),
    c.slowTransfer,
  ];
}

/** The commune's statistics screen (rows by procedure) pasted as values into an empty sheet. */
export function ltScreenGrid(): Grid {
  const head: GridValue[][] = [
    [
      "STT",
      "TTHC",
      "Tổng hồ sơ nhận giải quyết",
      null,
      null,
      "Kết quả giải quyết",
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      "Số hồ sơ chậm chuyển huyện",
    ],
    [
      null,
      null,
      "Tổng số",
      "Trong đó",
      null,
      "Số hồ sơ đã giải quyết",
      null,
      null,
      null,
      null,
      "Số hồ sơ đang giải quyết",
    ],
    [
      null,
      null,
      null,
      "Kỳ trước chuyển sang",
      "Trong kỳ",
      "Tổng số",
      "Đúng hạn",
      null,
      "Quá hạn",
      null,
      "Tổng số",
      "Chưa tới hạn",
      null,
      "Quá hạn",
    ],
    [
      null,
      null,
      null,
      null,
      null,
      null,
      "SL",
      "Tỷ lệ %",
      "SL",
      "Tỷ lệ %",
      null,
      "SL",
      "Tỷ lệ %",
      "SL",
      "Tỷ lệ %",
    ],
    [
      "A",
      "B",
      "(1)=2+3",
      -2,
      -3,
      "(4)=5+7",
      -5,
      "(6)=5/4",
      -7,
      "(8)=7/4",
      "(9)=10+12",
      -10,
      "(11)=10/9",
      -12,
      "(13)=12/10",
      -14,
    ],
  ];
  const body = LT_ROWS.map((r, i) => line(i + 1, r.name, r.c));
  const total = LT_ROWS.map((r) => r.c).reduce((a, c) => {
    const out = { ...a };
    for (const k of Object.keys(c) as (keyof LtCounts)[]) out[k] = a[k] + c[k];
    return out;
  });
  const t = line("Tổng", null, total);
  return {
    sheet: "Sheet1",
    rows: [[`HUYỆN LỆ THỦY > ${LT_UNIT}`], ...head, ...body, t],
    merges: [],
  };
}

/** The header row (group titles) of the pasted screen: the breadcrumb takes row 1. */
export const LT_AT = { header: 2 };
