// The regime until 30/06/2025: Nghị định 61/2018/NĐ-CP (amended by NĐ 107/2021/NĐ-CP), guided by
// Thông tư 01/2018/TT-VPCP; three levels of local government, the ward reports to its district.
// Sources: the seed's Q1/2024 report; NĐ 118/2025 Điều 40.1 (which ends both decrees on 01/07/2025).
import type { Regime } from "./types";

export const ND61_2018: Regime = {
  id: "nd61-2018",
  name: "Nghị định 61/2018/NĐ-CP",
  from: "2018-06-21", // NĐ 61/2018 Điều 41: in force from 21/06/2018
  to: "2025-06-30", // NĐ 118/2025 Điều 40.1: NĐ 61/2018 and NĐ 107/2021 cease on 01/07/2025
  citations: {
    oneStop: {
      title: "Nghị định số 61/2018/NĐ-CP",
      number: "61/2018/NĐ-CP",
      issuer: "Chính phủ",
      date: "2018-04-23", // date as NĐ 118/2025 Điều 40.1 cites it
      subject:
        "về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính",
    },
    amendments: [
      {
        title: "Nghị định số 107/2021/NĐ-CP",
        number: "107/2021/NĐ-CP",
        issuer: "Chính phủ",
        date: "2021-12-06", // NĐ 118/2025 Điều 40.1
        subject: "sửa đổi, bổ sung một số điều của Nghị định số 61/2018/NĐ-CP",
      },
    ],
    guidance: {
      title: "Thông tư số 01/2018/TT-VPCP",
      number: "01/2018/TT-VPCP",
      issuer: "Văn phòng Chính phủ",
      date: "2018-11-23",
      subject: "hướng dẫn thi hành một số quy định của Nghị định số 61/2018/NĐ-CP",
    },
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
  localGovernment: { levels: "three-level", districtWords: [] },
  bodies: {
    counter: "Bộ phận Một cửa",
    // NĐ 61/2018: the commune's counter is the Bộ phận Tiếp nhận và Trả kết quả of its UBND.
    receivingBody: (kind, place) =>
      `Bộ phận Tiếp nhận và Trả kết quả UBND ${[kind, place].filter(Boolean).join(" ")}`.trim(),
    provinceCentre: () => null,
  },
  addressee: {
    level: "district",
    // The seed: "Kính gửi: UBND thị xã Bỉm Sơn" — the parent body alone.
    recipients: (parent) => [parent],
  },
  rollup: { level: "district", levelWord: "huyện, thị xã", memberWord: "phường, xã, thị trấn" },
  evaluation: { model: "nine-indices", contents: [], criteria: [] },
  // The seed's Q1/2024 report still counts online services by "mức độ 3, mức độ 4" (the levels of
  // NĐ 43/2011/NĐ-CP), although NĐ 42/2022/NĐ-CP (24/06/2022, in force 01/08/2022) had renamed them
  // "một phần" and "toàn trình". Reports of this regime keep the seed's words, as clerks wrote them.
  onlineServices: { partial: "mức độ 3", full: "mức độ 4" },
  template: "bao-cao-quy",
};
