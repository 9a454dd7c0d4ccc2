// Every wording of Biểu 06a's header that the locator recognises, in ONE table, each with where
// it was seen. Patterns are matched against foldAscii text (no case, no diacritics, spaces
// folded) with parenthesised notes removed ("Đúng hạn (Bao gồm cả hồ sơ trả lại/xin rút)" is
// read as "dung han").
//
// Sources, abbreviated below:
// - TT01: Thông tư 01/2020/TT-VPCP, Biểu số 06a/VPCP/KSTT (the circular's own wording).
// - TH: the Thanh Hóa one-stop system, github.com/HuanVu201/DichVuCong_KhoaLuan_PASETO, under
//   quantri_client/src/features/thongKe/ThongKeTheoDonVi/components/ (file named per entry).
// - I10: wordings reported in issue 10 from clerks' real exports and printed templates.
// - OCPS: the OpenCPS one-stop report screen, github.com/VietOpenCPS/frontend-opencps-v2.1,
//   report_charts/src/components/screens/Landing_Motcua.vue (its <thead>: "Nhận giải quyết" over
//   Tổng số / Tồn trước / "Nhận trong kỳ" (Tổng số / Một cửa / Trực tuyến); "Kết quả giải quyết"
//   over Tổng số / "Tình hình thực hiện" (Trước hạn / Đúng hạn / Quá hạn) / Từ chối giải quyết /
//   "Trả kết quả" (Đã trả / Chưa trả); "Đang giải quyết" over Tổng số / Còn hạn / Quá hạn).
// - BP: the Bình Phước Land Registration Office's export, github.com/dangcam/codeigniter4,
//   public/js/export2excel.js, export_excel() (commit 7adf79b): "Số hồ sơ tiếp nhận" over Kỳ
//   trước chuyển sang / Tiếp nhận trong kỳ (Trực tiếp / Trực tuyến) / Cộng; "Đã giải quyết" over
//   Tổng số / Trước và trong hạn / Trễ hạn; "Đang giải quyết" over Tổng số / Trong hạn / Trễ hạn.
//   Its "Trước và trong hạn" holds (8) and (9) together: no wording here names it, and the
//   locator reports the two columns as missing (test/corpus/real/binhphuoc.ts). Its report
//   screen, app/Views/dashboard/report_print.php, titles the first group "Số hồ sơ phải giải quyết".
// - OCPS-TK: OpenCPS's statistics screens, github.com/VietOpenCPS/frontend-opencps-v2.1,
//   manage_dossiers/src/components/screens/ThongKeCapSoXa.vue (its resolved files: Sớm hạn / Đúng
//   hạn / Trễ hạn).
// - LT: the EFY eCS one-stop system of Lệ Thủy district (Quảng Bình), github.com/hungcuongqn86/mcdt,
//   public/js/js-record/search.js, loadheader() (commit 750457d): "Tổng hồ sơ nhận giải quyết" over
//   Tổng số / "Trong đó" (Kỳ trước chuyển sang / Trong kỳ), beside "Kết quả giải quyết" over "Số hồ
//   sơ đã giải quyết" (Tổng số / Đúng hạn / Quá hạn) and "Số hồ sơ đang giải quyết" (Tổng số / Chưa
//   tới hạn / Quá hạn; its numbering row says (9)=10+12, so "Chưa tới hạn" is the form's (12)):
//   the titles of (7)–(13) stand one row below that of (3)–(6). It has no online / direct split
//   and no "Trước hạn": the locator reports (4), (5) and (8) as missing (test/corpus/real/lethuy.ts).
import { CountKey } from "./model";

export type GroupId = "received" | "resolved" | "pending";
export const GROUP_IDS: GroupId[] = ["received", "resolved", "pending"];

export interface Wording {
  pattern: RegExp;
  /** The wording as printed. */
  example: string;
  /** Where it was seen. */
  seen: string;
}

/** Titles of the three groups of columns: (3)–(6), (7)–(10), (11)–(13). */
export const GROUP_TITLES: Record<GroupId, Wording[]> = {
  received: [
    {
      pattern: /so (luong )?ho so nhan/,
      example: "Số hồ sơ nhận giải quyết",
      seen: "TT01; TH exportElements/XuatBaoCaoTongHop06a.tsx",
    },
    { pattern: /so (luong )?ho so tiep nhan/, example: "Số hồ sơ tiếp nhận", seen: "I10" },
    { pattern: /^tiep nhan$/, example: "Tiếp nhận", seen: "TH BaoCaoTongHopDonVi.tsx" },
    { pattern: /^nhan giai quyet$/, example: "Nhận giải quyết", seen: "OCPS" },
    {
      pattern: /so (luong )?ho so phai giai quyet/,
      example: "Số hồ sơ phải giải quyết",
      seen: "BP app/Views/dashboard/report_print.php",
    },
    {
      pattern: /^tong (so )?ho so nhan giai quyet$/,
      example: "Tổng hồ sơ nhận giải quyết",
      seen: "LT search.js",
    },
  ],
  resolved: [
    {
      pattern: /so (luong )?ho so da giai quyet/,
      example: "Số lượng hồ sơ đã giải quyết",
      seen: "TT01; TH BaoCaoTongHop06a.tsx",
    },
    { pattern: /^da giai quyet$/, example: "Đã giải quyết", seen: "I10" },
    {
      pattern: /^(so (luong )?ho so )?da xu ly$/,
      example: "Đã xử lý",
      seen: "TH BaoCaoTongHopDonVi.tsx",
    },
    { pattern: /^ket qua giai quyet$/, example: "Kết quả giải quyết", seen: "OCPS" },
  ],
  pending: [
    {
      pattern: /^(so (luong )?ho so )?dang giai quyet$/,
      example: "Số lượng hồ sơ đang giải quyết",
      seen: 'TT01; TH exportElements/XuatBaoCaoTongHop06a.tsx; I10 ("Đang giải quyết")',
    },
    {
      pattern: /^(so (luong )?ho so )?dang xu ly$/,
      example: "Đang xử lý",
      seen: "TH BaoCaoTongHopDonVi.tsx",
    },
  ],
};

/** Sub-headers naming each count column within its group. */
export const SUB_HEADERS: Record<GroupId, { key: CountKey; wordings: Wording[] }[]> = {
  received: [
    {
      key: "received",
      wordings: [
        { pattern: /\btong\b/, example: "Tổng số", seen: "TT01" },
        // (A rowspan's text is read once per header row: "Cộng Cộng".)
        {
          pattern: /^cong(?: cong)*$/,
          example: 'Cộng (after "Tiếp nhận trong kỳ")',
          seen: "BP export2excel.js",
        },
      ],
    },
    {
      key: "online",
      wordings: [
        { pattern: /truc tuyen/, example: "Trực tuyến", seen: "TT01" },
        { pattern: /qua mang/, example: "Qua mạng", seen: "TH BaoCaoTongHopDonVi.tsx" },
      ],
    },
    {
      key: "direct",
      wordings: [
        { pattern: /truc tiep|buu chinh/, example: "Trực tiếp, dịch vụ bưu chính", seen: "TT01" },
        { pattern: /bcci/, example: "Qua BCCI", seen: "TH BaoCaoTongHopDonVi.tsx" },
        { pattern: /\bmot cua\b/, example: 'Một cửa (under "Nhận trong kỳ")', seen: "OCPS" },
      ],
    },
    {
      key: "carriedOver",
      wordings: [
        { pattern: /ky truoc/, example: "Từ kỳ trước", seen: "TT01" },
        { pattern: /^ky truoc$/, example: "Kỳ trước", seen: "TH BaoCaoTongHop06a.tsx" },
        { pattern: /\bton truoc\b/, example: "Tồn trước", seen: "OCPS" },
      ],
    },
  ],
  resolved: [
    { key: "resolved", wordings: [{ pattern: /\btong\b/, example: "Tổng số", seen: "TT01" }] },
    { key: "early", wordings: [{ pattern: /truoc han/, example: "Trước hạn", seen: "TT01" }] },
    {
      key: "onTime",
      wordings: [
        {
          pattern: /dung han/,
          example: "Đúng hạn (Bao gồm cả hồ sơ trả lại/xin rút)",
          seen: "TT01; TH BaoCaoTongHop06a.tsx",
        },
      ],
    },
    {
      key: "late",
      wordings: [
        { pattern: /qua han/, example: "Quá hạn", seen: "TT01" },
        {
          pattern: /\btre han\b/,
          example: "Trễ hạn",
          seen: "BP export2excel.js; OCPS-TK ThongKeCapSoXa.vue",
        },
      ],
    },
  ],
  pending: [
    { key: "pending", wordings: [{ pattern: /\btong\b/, example: "Tổng số", seen: "TT01" }] },
    {
      key: "withinTime",
      wordings: [
        { pattern: /trong han/, example: "Trong hạn (…)", seen: "TT01; I10" },
        {
          pattern: /dung han/,
          example: "Đúng hạn (Bao gồm cả hồ sơ chờ BS)",
          seen: "TH BaoCaoTongHop06a.tsx (column (12))",
        },
        { pattern: /\bcon han\b/, example: "Còn hạn", seen: "OCPS" },
        {
          pattern: /\bchua toi han\b/,
          example: "Chưa tới hạn",
          seen: "LT search.js (its (10), in (9)=10+12 beside Quá hạn)",
        },
      ],
    },
    {
      key: "overdue",
      wordings: [
        { pattern: /qua han/, example: "Quá hạn", seen: "TT01" },
        {
          pattern: /\btre han\b/,
          example: "Trễ hạn",
          seen: "BP export2excel.js; OCPS-TK ThongKeCapSoXa.vue",
        },
      ],
    },
  ],
};

/**
 * Sub-headers of columns beyond the 13 (read past, never a count of the form): a column whose
 * header says one of these is not one of (3)…(13), even when it also says "trực tuyến" or "quá hạn".
 */
export const EXTRA_COLUMNS: Wording[] = [
  { pattern: /toan trinh|mot phan/, example: "Trực tuyến toàn trình / một phần", seen: "I10" },
  { pattern: /phi dia gioi/, example: "Phi địa giới", seen: "I10" },
  { pattern: /thanh toan/, example: "Thanh toán trực tuyến", seen: "I10" },
  { pattern: /so hoa/, example: "Số hóa", seen: "I10" },
  { pattern: /thu xin loi/, example: "Quá hạn có / chưa có thư xin lỗi", seen: "I10" },
  {
    pattern: /ty le|%|\(\d+\)\s*\/\s*\(/,
    example: "Tỷ lệ trước hạn, đúng hạn; (8)/(7)",
    seen: "TH BaoCaoTongHopDonVi.tsx; our own percentage block (fill)",
  },
  {
    pattern: /tra lai|rut hs|xin rut|bo sung/,
    example: "Trả lại/ Rút HS; Bổ sung",
    seen: "TH BaoCaoTongHopDonVi.tsx",
  },
];

/** Header of column (1). */
export const STT_HEADER: Wording = {
  pattern: /^(s\s?t\s?t|tt|so tt)$/,
  example: "STT; TT; Số TT",
  seen: 'TT01; I10 ("TT")',
};

/** Header of column (2): fields, or units when the rows are units. */
export const NAME_HEADERS: { units: boolean; wording: Wording }[] = [
  {
    units: false,
    wording: {
      pattern: /^(linh vuc|ten linh vuc)\b/,
      example: "Lĩnh vực, công việc giải quyết theo cấp; Lĩnh vực giải quyết",
      seen: "TT01; TH BaoCaoTongHop06CacCap.tsx",
    },
  },
  {
    units: true,
    wording: {
      pattern: /^(don vi|ten don vi|co quan|ten co quan)\b/,
      example: "Đơn vị",
      seen: "TH exportElements/XuatBaoCaoTongHop06a.tsx",
    },
  },
];

/** The form's code in the title block. */
export const FORM_TITLES: Wording[] = [
  {
    pattern: /bieu so 06a\s*\/\s*vpcp\s*\/\s*kstt/,
    example: "Biểu số 06a/VPCP/KSTT",
    seen: "TT01",
  },
  { pattern: /bieu so ii\s*\.\s*06a\b/, example: "Biểu số II.06a/…", seen: "I10" },
  {
    pattern: /bieu so 06\s*\/\s*vpcp\s*\/\s*kstt/,
    example: "Biểu số 06 /VPCP/KSTT",
    seen: "TH exportElements/XuatBaoCaoTongHop06CacCap.tsx",
  },
];

/** Parenthesised notes are not part of a header's wording. */
export function stripNotes(folded: string): string {
  return folded.includes("(")
    ? folded
        .replace(/\([^)]*\)?/g, " ")
        .replace(/\s+/g, " ")
        .trim()
    : folded;
}

/** The group a title names, or null. `folded`: foldAscii text. */
export function groupOfTitle(folded: string): GroupId | null {
  const t = stripNotes(folded);
  for (const g of GROUP_IDS) if (GROUP_TITLES[g].some((w) => w.pattern.test(t))) return g;
  return null;
}

export function isExtraColumn(folded: string): boolean {
  return EXTRA_COLUMNS.some((w) => w.pattern.test(folded));
}

/** The count keys of group `g` that a sub-header names. */
export function keysOfSubHeader(g: GroupId, folded: string): CountKey[] {
  const t = stripNotes(folded);
  if (!t || isExtraColumn(t)) return [];
  return SUB_HEADERS[g].filter((s) => s.wordings.some((w) => w.pattern.test(t))).map((s) => s.key);
}

/**
 * The group that the sub-headers under an unusual title name: (Tổng số /) Trực tuyến / Trực
 * tiếp… / Từ kỳ trước; Trước hạn / Đúng hạn / Quá hạn; Trong hạn / Quá hạn. Words shared by
 * groups ("Tổng số", "Quá hạn") alone name none.
 */
export function groupOfSubHeaders(folded: string[]): GroupId | null {
  const has = (g: GroupId, k: CountKey) => folded.some((t) => keysOfSubHeader(g, t).includes(k));
  const received = ["online", "direct", "carriedOver"].filter((k) =>
    has("received", k as CountKey)
  ).length;
  if (received >= 2) return "received";
  if (has("resolved", "early") && (has("resolved", "onTime") || has("resolved", "late")))
    return "resolved";
  if (
    folded.some((t) => /trong han/.test(stripNotes(t))) &&
    has("pending", "overdue") &&
    !has("resolved", "early")
  )
    return "pending";
  return null;
}
