// The regime from 01/07/2025: Nghị định 118/2025/NĐ-CP, guided by Thông tư 03/2025/TT-VPCP; two
// levels of local government (province → xã/phường/đặc khu). Article numbers are of NĐ 118/2025
// (text read from the public copy named in shared/reference/regime-2025.md).
import type { Regime } from "./types";

export const ND118_2025: Regime = {
  id: "nd118-2025",
  name: "Nghị định 118/2025/NĐ-CP",
  from: "2025-07-01", // Điều 40.1: in force from 01/07/2025
  to: null,
  citations: {
    oneStop: {
      title: "Nghị định số 118/2025/NĐ-CP",
      number: "118/2025/NĐ-CP",
      issuer: "Chính phủ",
      date: "2025-06-09", // shared/reference/regime-2025.md
      // The decree's own title (preamble): one-stop at the Bộ phận Một cửa and the national portal.
      subject:
        "về thực hiện thủ tục hành chính theo cơ chế một cửa, một cửa liên thông tại Bộ phận Một cửa và Cổng Dịch vụ công quốc gia",
    },
    amendments: [], // NĐ 309/2026 reported to amend it; content not confirmed (reference)
    guidance: {
      title: "Thông tư số 03/2025/TT-VPCP",
      number: "03/2025/TT-VPCP",
      issuer: "Văn phòng Chính phủ",
      date: "2025-09-15", // reference: confirmed by provincial decisions
      subject: "hướng dẫn thực hiện Nghị định số 118/2025/NĐ-CP",
    },
    // Biểu 06a: no replacement found, still printed by one-stop software (reference).
    form06a: {
      title: "Thông tư số 01/2020/TT-VPCP",
      number: "01/2020/TT-VPCP",
      issuer: "Văn phòng Chính phủ",
      date: "2020-10-21",
      subject:
        "quy định chế độ báo cáo định kỳ và quản lý, sử dụng, khai thác Hệ thống thông tin báo cáo của Văn phòng Chính phủ",
    },
    format: {
      title: "Nghị định số 30/2020/NĐ-CP",
      number: "30/2020/NĐ-CP",
      issuer: "Chính phủ",
      date: "2020-03-05",
      subject: "về công tác văn thư",
    },
  },
  localGovernment: {
    levels: "two-level",
    // No district level from 01/07/2025: none of these may name the unit's superior.
    districtWords: ["huyện", "thị xã", "quận", "thành phố thuộc tỉnh"],
  },
  bodies: {
    // Điều 3.3: "Bộ phận Một cửa" is the common name of the ministries' counters and the
    // provincial and commune centres.
    counter: "Bộ phận Một cửa",
    // Điều 7.3.a: the UBND cấp xã sets up its Trung tâm Phục vụ hành chính công cấp xã (own seal);
    // Điều 10.3.a: its director is a Phó Chủ tịch UBND cấp xã.
    receivingBody: (kind, place) =>
      `Trung tâm Phục vụ hành chính công ${[kind, place].filter(Boolean).join(" ")}`.trim(),
    // Điều 7.2.b / 7.3.c: where a city runs a single-level centre there is none at commune level.
    provinceCentre: (province) => `Trung tâm Phục vụ hành chính công ${province}`.trim(),
  },
  addressee: {
    level: "province",
    // Điều 40.5 (amending NĐ 63/2010 Điều 5.3): the Văn phòng UBND tỉnh advises the province on TTHC
    // control; Điều 8.2.a: the provincial centre (part of it) compiles and reports.
    recipients: (parent) => {
      const p = parent.replace(/^(UBND|Ủy ban nhân dân)\s+/iu, "");
      return parent ? [parent, `Văn phòng UBND ${p}`] : [];
    },
  },
  rollup: { level: "province", levelWord: "tỉnh", memberWord: "xã, phường, đặc khu" },
  evaluation: {
    model: "art33-contents",
    // Điều 33.1 a)–i): what citizens evaluate (names shortened in our own words).
    contents: [
      { key: "a", name: "Thời gian trả kết quả so với quy định" },
      { key: "b", name: "Số cơ quan, đơn vị phải liên hệ để hoàn thiện hồ sơ" },
      { key: "c", name: "Số lần phải liên hệ với nơi tiếp nhận" },
      { key: "d", name: "Thông tin TTHC công khai: chính xác, đầy đủ, kịp thời" },
      { key: "đ", name: "Thái độ ứng xử của cán bộ, công chức, viên chức" },
      { key: "e", name: "Kết quả, chi phí đúng pháp luật; chi phí ngoài quy định" },
      { key: "g", name: "Thời gian, chất lượng giải trình phản ánh, kiến nghị" },
      { key: "h", name: "Tiến độ, chất lượng dịch vụ công trực tuyến" },
      { key: "i", name: "Nội dung khác" },
    ],
    // Điều 32.1 a)–đ) (e: others set by the Government); computed by the portal (Điều 32.2).
    criteria: [
      { key: "a", name: "Công khai, minh bạch" },
      { key: "b", name: "Tiến độ, kết quả giải quyết" },
      { key: "c", name: "Số hóa hồ sơ" },
      { key: "d", name: "Cung cấp dịch vụ trực tuyến" },
      { key: "đ", name: "Mức độ hài lòng" },
    ],
  },
  // NĐ 42/2022/NĐ-CP (24/06/2022, in force 01/08/2022; its Điều 11 as secondary sources cite it,
  // full text not read here) replaced levels 3 and 4 of NĐ 43/2011/NĐ-CP by "dịch vụ công trực
  // tuyến một phần" and "dịch vụ công trực tuyến toàn trình"; one-stop software of 2025–2026 counts
  // in those terms (shared/reference/regime-2025.md).
  onlineServices: { partial: "một phần", full: "toàn trình" },
  template: "bao-cao-quy-nd118",
};
