// Two other public one-stop systems' equivalents of Biểu 06a, as a clerk gets them into Excel.
//
// OPENCPS — VietOpenCPS/frontend-opencps-v2.1, report_charts/src/components/screens/Landing_Motcua.vue:
//   the one-stop report screen "BÁO CÁO TỔNG HỢP TÌNH HÌNH GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH / Tháng m
//   Năm yyyy", a 20-column table: Nhận giải quyết (Tổng số, Tồn trước, Nhận trong kỳ: Tổng số,
//   Một cửa, Trực tuyến), Kết quả giải quyết (Tổng số, Tình hình thực hiện: Trước hạn, Đúng hạn,
//   Quá hạn, Từ chối giải quyết, Trả kết quả: Đã trả, Chưa trả), Đang giải quyết (Tổng số, Còn hạn,
//   Quá hạn), then Tạm dừng bổ sung điều kiện, Rút không giải quyết, Tỉ lệ sớm và đúng hạn; a
//   "(1) … (20)" row; rows by lĩnh vực; "Tổng số" over two columns. The screen has no export of
//   its own: the clerk selects it and pastes it into a sheet, where Excel turns "(1)" into -1.
//   (Its STT is the list index; the first item of the statistics list, the all-fields aggregate
//   with no domain name, is hidden by the row's v-if, so the rows shown are numbered from 1.)
//
// EPAR — tamviettech/e-par (an R3 one-stop system for districts), public_html/apps/r3/modules/report/report_views/dsp_pdf_report_3.php:
//   a title table (unit, "CỘNG HÒA …", "BÁO CÁO …", "Từ ngày … đến ngày …") and a 15-column report
//   table: STT, Lĩnh vực, Tiếp nhận, Đã giải quyết (Tổng, Trả trước hạn, Trả đúng hạn, Trả quá
//   hạn, HS bị từ chối, HS Công dân rút), Đang giải quyết (Tổng, Chưa đến hạn, Quá hạn, Phải bổ
//   sung), Đang thực hiện NVTC, Tỷ lệ sớm và đúng hạn; a "(1) … (15)" row; zero written as an
//   empty cell (its to_number()); "Tổng cộng" in a <th>. It has no split of the received files
//   into online / direct / carried over: not a Biểu 06a, and the program must say so (a near miss
//   naming the header row and what it lacks), never read it as one.
import { Rect } from "../../../src/core/grid";
import { columnSums, counts11, esc, Grid, GridValue } from "./common";
import { opencpsHeader } from "../../helpers/grid06a";

// ---- OpenCPS ----------------------------------------------------------------------------------

interface OcpsRow {
  name: string;
  c: number[]; // (3)…(13) in 06a terms
}

export const OCPS_ROWS: OcpsRow[] = [
  { name: "Hộ tịch", c: counts11(22, 31, 2, 20, 30, 1, 0) },
  { name: "Chứng thực", c: counts11(5, 140, 0, 60, 83, 0, 0) },
  { name: "Đất đai", c: counts11(3, 12, 6, 4, 9, 2, 1) },
  { name: "Người có công", c: counts11(0, 4, 1, 1, 3, 0, 0) },
];

/** One OpenCPS row (20 columns) from 06a counts: Một cửa = direct, Trực tuyến = online, nothing refused, withdrawn or waiting. */
function ocpsLine(stt: number | null, name: string, c: number[]): GridValue[] {
  const [
    received,
    online,
    direct,
    carried,
    resolved,
    early,
    onTime,
    late,
    pending,
    inTime,
    overdue,
  ] = c;
  const ratio = resolved ? Math.round(((early + onTime) / resolved) * 10000) / 100 : 0;
  return [
    stt,
    name,
    received,
    carried,
    online + direct,
    direct,
    online,
    resolved,
    early,
    onTime,
    late,
    0,
    resolved,
    0,
    pending,
    inTime,
    overdue,
    0,
    0,
    ratio,
  ];
}

/** Landing_Motcua.vue's screen pasted into a sheet: the title lines, the table (values only). */
export function opencpsPastedGrid(mistake: boolean): Grid {
  const rows = OCPS_ROWS.map((r) => [...r.c]);
  const total = columnSums(rows);
  if (mistake) rows[1][1] += 1; // (4) Trực tuyến of "Chứng thực": its (3) no longer adds up; the total of (4) no longer matches
  const head: GridValue[][] = [...opencpsHeader(), Array.from({ length: 20 }, (_, i) => -(i + 1))];
  const out: GridValue[][] = [
    ["BÁO CÁO TỔNG HỢP TÌNH HÌNH GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH"],
    ["Tháng 3 Năm 2024"],
    ...head,
  ];
  rows.forEach((c, i) => out.push(ocpsLine(i + 1, OCPS_ROWS[i].name, c)));
  const t = ocpsLine(null, "", total);
  t[0] = "Tổng số";
  t[1] = null;
  out.push(t);
  return { sheet: "Sheet1", rows: out, merges: [] };
}

/** Rows of opencpsPastedGrid. */
export const OCPS_AT = { firstData: 7, total: 7 + OCPS_ROWS.length };

// ---- e-par R3 ---------------------------------------------------------------------------------

interface EparRow {
  name: string;
  early: number;
  onTime: number;
  late: number;
  refused: number;
  withdrawn: number;
  pendingInTime: number;
  pendingLate: number;
  supplement: number;
  financial: number;
}

export const EPAR_ROWS: EparRow[] = [
  {
    name: "Hộ tịch",
    early: 30,
    onTime: 12,
    late: 1,
    refused: 0,
    withdrawn: 1,
    pendingInTime: 4,
    pendingLate: 0,
    supplement: 1,
    financial: 0,
  },
  {
    name: "Đất đai",
    early: 6,
    onTime: 9,
    late: 3,
    refused: 1,
    withdrawn: 0,
    pendingInTime: 7,
    pendingLate: 2,
    supplement: 2,
    financial: 1,
  },
  {
    name: "Xây dựng",
    early: 0,
    onTime: 2,
    late: 0,
    refused: 0,
    withdrawn: 0,
    pendingInTime: 0,
    pendingLate: 0,
    supplement: 0,
    financial: 0,
  },
];

/** dsp_pdf_report_3.php's page for one commune, as served (UTF-8, declared). */
export function eparReportHtml(): Buffer {
  const n = (x: number) => (x === 0 ? "" : String(x));
  let sums = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
  const body = EPAR_ROWS.map((r, i) => {
    const done = r.early + r.onTime + r.late + r.refused + r.withdrawn;
    const pending = r.pendingLate + r.pendingInTime + r.supplement;
    const received = done + pending;
    const solved = r.early + r.onTime + r.late;
    const pct = solved > 0 ? `${Math.round(((r.onTime + r.early) * 100) / solved)}%` : "_";
    const vals = [
      received,
      done,
      r.early,
      r.onTime,
      r.late,
      r.refused,
      r.withdrawn,
      pending,
      r.pendingInTime,
      r.pendingLate,
      r.supplement,
      r.financial,
    ];
    sums = sums.map((s, j) => s + vals[j]);
    return (
      `            <tr nobr="true">\n                <td align="center" width="6%">${i + 1}</td>\n` +
      `                <td align="left" width="16%">${esc(r.name)}</td>\n` +
      `${vals.map((v) => `                <td align="center" width="6%">${n(v)}</td>`).join("\n")}\n` +
      `                <td align="center" width="6%">${pct}</td>\n            </tr>`
    );
  }).join("\n");
  const solvedAll = sums[2] + sums[3] + sums[4];
  const totalPct = `${Math.round(((sums[2] + sums[3]) * 100) / solvedAll)}%`;
  const sub = [
    "Tổng",
    "Trả trước hạn",
    "Trả đúng hạn",
    "Trả quá hạn",
    "HS bị từ chối",
    "HS Công dân rút",
    "Tổng",
    "Chưa đến hạn",
    "Quá hạn",
    "Phải bổ sung",
  ];
  const html = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>Báo cáo</title></head><body>
<table width="100%">
    <tbody>
        <tr>
            <td align="center" class="item" excel-merge="7" excel-height="200">
                <b >UBND XÃ QUẢNG TÂM</b>
                <br/>
                ________________
                <br/><br/>
                Số: …/BC-…
            </td>
            <td align="center" class="item" excel-merge="8" excel-height="200">
                <b >CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b>
                <br/>
                <b>Độc lập - Tự do - Hạnh Phúc</b>
            </td>
        </tr>
        <tr>
            <td colspan="2" excel-merge="15" excel-height="150" align="center">
                <h3 style="font-size: 16px;" align="center" >BÁO CÁO CHI TIẾT HỒ SƠ QUÁ HẠN<br/>
                    Từ ngày 15/12/2023 đến ngày 14/03/2024
                </h3>
            </td>
        </tr>
    </tbody>
</table>
<table border="1" class="report_list">
    <thead>
        <tr>
            <th rowspan="2" width="6%" align="center"><b>STT</b></th>
            <th rowspan="2" align="center"  width="16%"><b>Lĩnh vực</b></th>
            <th rowspan="2" align="center"  width="6%"><b>Tiếp nhận</b></th>
            <th colspan="6" align="center"  width="36%"><b>Đã giải quyết</b></th>
            <th colspan="4" align="center"  width="24%"><b>Đang giải quyết</b></th>
            <th rowspan="2" align="center"  width="6%"><b>Đang thực hiện NVTC</b></th>
            <th rowspan="2" align="center"  width="6%"><b>Tỷ lệ sớm và đúng hạn</b></th>
        </tr>
        <tr excel-column="3">
${sub.map((s) => `            <th align="center"  width="6%"><b>${s}</b></th>`).join("\n")}
        </tr>
        <tr>
${Array.from({ length: 15 }, (_, i) => `<td align="center">(${i + 1})</td>`).join("")}
        </tr>
    </thead>
    <tbody>
${body}
        <tr nobr="true">
            <td align="center" width="6%"></td>
            <th align="center" width="16%"><b>Tổng cộng</b></th>
${sums.map((v, j) => `            <td align="center" width="6%">${j === 0 ? n(v) : v}</td>`).join("\n")}
            <td align="center" width="6%">${totalPct}</td>
        </tr>
    </tbody>
</table>
</body></html>
`;
  return Buffer.from(html, "utf8");
}

/** The header row of the report table as Excel shows the page (the title table takes rows 1–2). */
export const EPAR_AT = { header: 3 };

export type { Rect };
