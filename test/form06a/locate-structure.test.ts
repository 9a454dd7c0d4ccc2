// Locating Biểu 06a by structure (issue 10): the wordings of real exports and templates, groups
// told by their sub-headers, extra columns read past, near misses refused with a reason, the
// numbering row in its spellings, and the kinds of rows (group, sub-total, note, units).
import { sheetFromRows } from "../../src/core/snapshotEdits";
import { check06a, COUNT_KEYS, Form06a, locate06a, LocateError } from "../../src/core/form06a";
import { addr, parseRect, WorkbookSnapshot } from "../../src/core/grid";
import {
  GROUP_TITLES,
  NAME_HEADERS,
  SUB_HEADERS,
  FORM_TITLES,
  EXTRA_COLUMNS,
  STT_HEADER,
} from "../../src/core/form06a/wordings";
import { grid06a, GROUPS_06A, LABELS_06A, opencpsHeader } from "../helpers/grid06a";

type Cell = string | number | null;
const wb = (rows: Cell[][], merges: string[] = []): WorkbookSnapshot => ({
  sheets: [sheetFromRows("S", rows, { merges: merges.map(parseRect) })],
});
const find = (w: WorkbookSnapshot) =>
  check06a(locate06a(w), null, ["S"]).map((f) => `${f.rule} ${addr(f.row, f.col)}`);
const refusal = (w: WorkbookSnapshot): string => {
  try {
    locate06a(w);
  } catch (e) {
    expect(e).toBeInstanceOf(LocateError);
    return (e as LocateError).message;
  }
  throw new Error("expected a LocateError");
};
const colsOf = (f: Form06a) => COUNT_KEYS.map((k) => addr(1, f.cols[k]).replace("1", ""));
/** A balanced row: (3)=(4)+(5)+(6), (7)=(8)+(9)+(10), (11)=(12)+(13), (3)=(7)+(11). */
const ROW_A = [5, 3, 1, 1, 4, 2, 1, 1, 1, 1, 0];
const ROW_B = [2, 2, 0, 0, 2, 2, 0, 0, 0, 0, 0];
const sum = (...rs: number[][]) => rs[0].map((_, i) => rs.reduce((a, r) => a + r[i], 0));
const STANDARD_COLS = ["C", "D", "E", "F", "G", "H", "I", "J", "K", "L", "M"];

/** The 3-row header of the Thanh Hóa system's on-screen Biểu 06a (BaoCaoTongHop06a.tsx). */
const THANH_HOA_HEADER: Cell[][] = grid06a({
  name: "Đơn vị",
  groups: [
    ["Số hồ sơ nhận giải quyết", 4],
    ["Số lượng hồ sơ đã giải quyết", 4],
    ["Số lượng hồ sơ đang giải quyết", 3],
  ],
  labels: [
    "Tổng số",
    "Trong kỳ",
    null,
    "Kỳ trước",
    "Tổng số",
    "Trước hạn",
    "Đúng hạn (Bao gồm cả hồ sơ trả lại/xin rút)",
    "Quá hạn",
    "Tổng số",
    "Đúng hạn (Bao gồm cả hồ sơ chờ BS)",
    "Quá hạn",
  ],
  below: [[null, "Trực tuyến", "Trực tiếp, dịch vụ bưu chính"]],
});
const THANH_HOA_MERGES = [
  "A1:A3",
  "B1:B3",
  "C1:F1",
  "G1:J1",
  "K1:M1",
  "C2:C3",
  "D2:E2",
  "F2:F3",
  "G2:G3",
  "H2:H3",
  "I2:I3",
  "J2:J3",
  "K2:K3",
  "L2:L3",
  "M2:M3",
];

describe("the wordings table", () => {
  test("every wording says where it was seen", () => {
    const all = [
      ...Object.values(GROUP_TITLES).flat(),
      ...Object.values(SUB_HEADERS).flatMap((g) => g.flatMap((s) => s.wordings)),
      ...NAME_HEADERS.map((h) => h.wording),
      ...FORM_TITLES,
      ...EXTRA_COLUMNS,
      STT_HEADER,
    ];
    for (const w of all) {
      expect(w.seen.length).toBeGreaterThan(2);
      expect(w.example.length).toBeGreaterThan(1);
    }
  });
});

describe("locate06a: real wordings", () => {
  const VALID: [string, Cell[][], string[], boolean][] = [
    [
      "the Thanh Hóa on-screen header: Trong kỳ / Kỳ trước, Đúng hạn (notes), Đơn vị",
      THANH_HOA_HEADER,
      THANH_HOA_MERGES,
      true,
    ],
    [
      "Tiếp nhận / Đã giải quyết / Đang giải quyết, TT, 2-row header without merges",
      grid06a({
        stt: "TT",
        groups: [
          ["Tiếp nhận", 4],
          ["Đã giải quyết", 4],
          ["Đang giải quyết", 3],
        ],
        relabel: { 12: "Trong hạn (chưa đến hạn)" },
      }),
      [],
      false,
    ],
    [
      "Số hồ sơ tiếp nhận, upper case, NFD",
      grid06a({
        name: "LĨNH VỰC",
        groups: [
          ["SỐ HỒ SƠ TIẾP NHẬN", 4],
          ["SỐ HỒ SƠ ĐÃ GIẢI QUYẾT", 4],
          ["SỐ HỒ SƠ ĐANG GIẢI QUYẾT", 3],
        ],
        labels: LABELS_06A.map((l) => l.toUpperCase()),
        relabel: { 6: "KỲ TRƯỚC" },
      }).map((r, i) => (i === 0 ? r.map((v) => v?.normalize("NFD") ?? null) : r)),
      [],
      false,
    ],
    [
      'an unusual title ("Kết quả xử lý") told by its sub-headers Trước hạn / Đúng hạn / Quá hạn',
      grid06a({ groups: [GROUPS_06A[0], ["Kết quả xử lý", 4], GROUPS_06A[2]] }),
      ["C1:F1", "G1:J1", "K1:M1"],
      false,
    ],
    [
      "an unusual title for the received group told by Trực tuyến / Trực tiếp / Từ kỳ trước",
      grid06a({ groups: [["Hồ sơ trong kỳ", 4], GROUPS_06A[1], GROUPS_06A[2]] }),
      ["C1:F1", "G1:J1", "K1:M1"],
      false,
    ],
  ];

  test.each(VALID)("%s", (_name, header, merges, units) => {
    const w = wb(
      [
        ...header,
        [1, "Hộ tịch", ...ROW_A],
        [2, "Chứng thực", ...ROW_B],
        [null, "Tổng cộng", ...sum(ROW_A, ROW_B)],
      ],
      merges
    );
    const f = locate06a(w);
    expect(colsOf(f)).toEqual(STANDARD_COLS);
    expect(f.rows.map((r) => r.name)).toEqual(["Hộ tịch", "Chứng thực"]);
    expect(f.total?.row).toBe(header.length + 3);
    expect(f.rowsAreUnits).toBe(units);
    expect(find(w).filter((x) => !x.startsWith("06a/period"))).toEqual([]);
  });

  test("extra columns inside and after the groups are read past without findings", () => {
    const header: Cell[][] = grid06a({
      groups: [
        ["Số hồ sơ nhận giải quyết", 5],
        ["Số hồ sơ đã giải quyết", 5],
        ["Số lượng hồ sơ đang giải quyết", 3],
      ],
      after: ["Tỷ lệ (%)", "Số hóa"],
      labels: [
        "Tổng số",
        "Trực tuyến",
        "Trong đó trực tuyến toàn trình",
        "Trực tiếp",
        "Từ kỳ trước",
        "Tổng số",
        "Trước hạn",
        "Đúng hạn",
        "Quá hạn",
        "Quá hạn có thư xin lỗi",
        "Tổng số",
        "Trong hạn",
        "Quá hạn",
        "Đúng hạn",
        "Phi địa giới",
      ],
    });
    // Extra columns hold numbers that belong to no relation of the form.
    const row = (stt: number, name: string, c: number[]) => [
      stt,
      name,
      c[0],
      c[1],
      99,
      c[2],
      c[3],
      c[4],
      c[5],
      c[6],
      c[7],
      77,
      c[8],
      c[9],
      c[10],
      "55%",
      3,
    ];
    const w = wb(
      [...header, row(1, "Hộ tịch", ROW_A), row(2, "Chứng thực", ROW_B)],
      ["C1:G1", "H1:L1", "M1:O1"]
    );
    const f = locate06a(w);
    expect(colsOf(f)).toEqual(["C", "D", "F", "G", "H", "I", "J", "K", "M", "N", "O"]);
    expect(find(w).filter((x) => !x.startsWith("06a/period"))).toEqual(["06a/missing-total A1"]);
  });

  test('"Trực tuyến" split into Tổng / Toàn trình / Một phần: its Tổng is (4), the parts are read past', () => {
    const header: Cell[][] = grid06a({
      groups: [["Số hồ sơ nhận giải quyết", 6], GROUPS_06A[1], GROUPS_06A[2]],
      labels: [
        "Tổng số",
        "Trực tuyến",
        null,
        null,
        "Trực tiếp, dịch vụ bưu chính",
        ...LABELS_06A.slice(3),
      ],
      below: [[null, "Tổng", "Toàn trình", "Một phần"]],
    });
    const row = (stt: number, name: string, c: number[]) => [
      stt,
      name,
      c[0],
      c[1],
      c[1],
      0,
      c[2],
      c[3],
      c[4],
      c[5],
      c[6],
      c[7],
      c[8],
      c[9],
      c[10],
    ];
    const w = wb(
      [
        ...header,
        row(1, "Hộ tịch", ROW_A),
        row(2, "Chứng thực", ROW_B),
        [null, "Tổng cộng", ...row(0, "", sum(ROW_A, ROW_B)).slice(2)],
      ],
      ["C1:H1", "I1:L1", "M1:O1", "D2:F2", "C2:C3", "G2:G3", "H2:H3"]
    );
    const f = locate06a(w);
    expect(colsOf(f)).toEqual(["C", "D", "G", "H", "I", "J", "K", "L", "M", "N", "O"]);
    expect(find(w).filter((x) => !x.startsWith("06a/period"))).toEqual([]);
  });

  // OpenCPS's one-stop report screen (VietOpenCPS/frontend-opencps-v2.1,
  // report_charts/src/components/screens/Landing_Motcua.vue) with its merges as a browser lays out
  // the <thead> (rowspans clamped to its three rows) and its own numbering (1)…(20).
  const OPENCPS_HEADER: Cell[][] = opencpsHeader();
  const OPENCPS_MERGES = [
    "A1:A3",
    "B1:B3",
    "C1:G1",
    "H1:N1",
    "O1:Q1",
    "R1:R3",
    "S1:S3",
    "T1:T3",
    "C2:C3",
    "D2:D3",
    "E2:G2",
    "H2:H3",
    "I2:K2",
    "L2:L3",
    "M2:N2",
    "O2:O3",
    "P2:P3",
    "Q2:Q3",
  ];
  /** (3)…(13) into OpenCPS's 20 columns: in-period total, refused, returned, waiting, withdrawn, ratio are extra. */
  const ocps = (stt: number | null, name: string | null, c: number[]): Cell[] => [
    stt,
    name,
    c[0],
    c[3],
    c[1] + c[2],
    c[2],
    c[1],
    c[4],
    c[5],
    c[6],
    c[7],
    0,
    c[4],
    0,
    c[8],
    c[9],
    c[10],
    0,
    0,
    "80%",
  ];

  test("OpenCPS report: Nhận giải quyết (Tồn trước, Nhận trong kỳ: Tổng số / Một cửa / Trực tuyến), Kết quả giải quyết, Còn hạn", () => {
    const numbering = Array.from({ length: 20 }, (_, i) => `(${i + 1})`);
    const rows = [
      ...OPENCPS_HEADER,
      numbering,
      ocps(1, "Hộ tịch", ROW_A),
      ocps(2, "Chứng thực", ROW_B),
      ocps(null, null, sum(ROW_A, ROW_B)),
    ];
    rows[6][0] = "Tổng số";
    const w = wb(rows, [...OPENCPS_MERGES, "A7:B7"]);
    const f = locate06a(w);
    // (3) C, (4) Trực tuyến G, (5) Một cửa F, (6) Tồn trước D; the in-period "Tổng số" (E) is read past.
    expect(colsOf(f)).toEqual(["C", "G", "F", "D", "H", "I", "J", "K", "O", "P", "Q"]);
    expect(f.hasNumberingRow).toBe(true);
    expect(f.rows.map((r) => r.name)).toEqual(["Hộ tịch", "Chứng thực"]);
    expect(f.total?.row).toBe(7);
    expect(find(w).filter((x) => !x.startsWith("06a/period"))).toEqual([]);
    // A wrong count in the column of (4) is found there, and the total of (4) disagrees.
    (rows[4][6] as number) += 1;
    expect(
      find(wb(rows, [...OPENCPS_MERGES, "A7:B7"])).filter((x) => !x.startsWith("06a/period"))
    ).toEqual(["06a/received-sum C5", "06a/total-row G7"]);
  });

  test("a group's Tổng số named twice at the same header level is still refused", () => {
    const header = OPENCPS_HEADER.map((r) => [...r]);
    header[1][4] = "Tổng số"; // "Nhận trong kỳ" gone: E's Tổng số is no longer under a sub-group
    header[2][4] = null;
    const w = wb(
      [...header, ocps(1, "Hộ tịch", ROW_A)],
      OPENCPS_MERGES.filter((m) => m !== "E2:G2")
    );
    expect(refusal(w)).toMatch(/nhóm "Số hồ sơ nhận giải quyết" có hơn một cột Tổng số \(3\)/);
  });

  test('a title "Biểu số 06 /VPCP/KSTT" and "Biểu số II.06a/…" are the form\'s code', () => {
    const w = wb(
      [["Biểu số 06 /VPCP/KSTT"], [], ...THANH_HOA_HEADER, [1, "Hộ tịch", ...ROW_A]],
      THANH_HOA_MERGES.map((m) => m.replace(/(\d+)/g, (d) => String(+d + 2)))
    );
    expect(locate06a(w).title.formCode).toBe("Biểu số 06 /VPCP/KSTT");
    const w2 = wb(
      [["Biểu số II.06a/VPCP/KSTT"], [], ...THANH_HOA_HEADER, [1, "Hộ tịch", ...ROW_A]],
      THANH_HOA_MERGES.map((m) => m.replace(/(\d+)/g, (d) => String(+d + 2)))
    );
    expect(locate06a(w2).title.formCode).toBe("Biểu số II.06a/VPCP/KSTT");
  });
});

describe("locate06a: near misses are refused with what the header lacked", () => {
  test('the Thanh Hóa "Báo cáo tổng hợp đơn vị" (BaoCaoTongHopDonVi.tsx): no Tổng số under Đã xử lý / Đang xử lý', () => {
    const w = wb(
      [
        ...grid06a({
          name: "Đơn vị",
          groups: [
            ["Tiếp nhận", 4],
            ["Đã xử lý", 4],
            ["Đang xử lý", 2],
          ],
          after: ["Bổ sung", "Trả lại/ Rút HS"],
          labels: [
            "Tổng số",
            "Kỳ trước",
            "Trong kỳ",
            null,
            "Trước hạn",
            "Đúng hạn",
            "Quá hạn",
            "Tỷ lệ trước hạn, đúng hạn",
            "Trong hạn",
            "Quá hạn",
          ],
          below: [[null, null, "Qua mạng", "Qua BCCI"]],
        }),
        [1, "UBND xã A", 5, 1, 3, 1, 2, 1, 1, "75%", 1, 0, 0, 0],
      ],
      ["C1:F1", "G1:J1", "K1:L1", "E2:F2"]
    );
    expect(refusal(w)).toBe(
      'Trang tính "S", dòng 1 có tiêu đề giống Biểu 06a nhưng nhóm "Số hồ sơ đã giải quyết" thiếu cột Tổng số (7); ' +
        'nhóm "Số lượng hồ sơ đang giải quyết" thiếu cột Tổng số (11): không đọc được số liệu. ' +
        "Hãy kiểm tra dòng tiêu đề của biểu."
    );
  });

  // Issue 10: no merges, and the last column of "Số lượng hồ sơ đang giải quyết" deleted. The last
  // group has no width of its own: it ends at its last labelled column, never at an empty one.
  const UNMERGED_NO_13: Cell[][] = [
    ["TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT TTHC"],
    ["(Từ ngày 15/12/2023 đến ngày 14/03/2024)"],
    ...grid06a({ labels: LABELS_06A.slice(0, 10) }),
  ];
  const UNMERGED_ROWS: Cell[][] = [
    [1, "Hộ tịch", 10, 4, 5, 1, 8, 3, 4, 1, 2, 1],
    [2, "Chứng thực", 6, 2, 4, 0, 6, 6, 0, 0, 0, 0],
    ["Tổng", null, 16, 6, 9, 1, 14, 9, 4, 1, 2, 1],
  ];

  test("no merges and no (13): refused, naming the header row and Quá hạn (13)", () => {
    expect(refusal(wb([...UNMERGED_NO_13, ...UNMERGED_ROWS]))).toBe(
      'Trang tính "S", dòng 3 có tiêu đề giống Biểu 06a nhưng nhóm "Số lượng hồ sơ đang giải quyết" ' +
        "thiếu cột Quá hạn (13): không đọc được số liệu. Hãy kiểm tra dòng tiêu đề của biểu."
    );
  });

  test.each([
    ["(1) … (13)", (i: number) => `(${i})`],
    ["bare 1 … 13", (i: number) => i],
    ["-1 … -13", (i: number) => -i],
  ])("no merges, (13) unlabelled but numbered %s: read as the form", (_name, n) => {
    const f = locate06a(
      wb([
        ...UNMERGED_NO_13,
        Array.from({ length: 13 }, (_, i) => n(i + 1)),
        [1, "Hộ tịch", ...ROW_A],
      ])
    );
    expect(f.hasNumberingRow).toBe(true);
    expect(colsOf(f)).toEqual(STANDARD_COLS);
  });

  test("a group with two columns of the same name", () => {
    const w = wb(
      [
        ...grid06a({
          groups: [["Số hồ sơ nhận giải quyết", 5], GROUPS_06A[1], GROUPS_06A[2]],
          labels: ["Tổng số", "Trực tuyến", ...LABELS_06A.slice(1)],
        }),
        [1, "Hộ tịch", 1, 1, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0],
      ],
      ["C1:G1", "H1:K1", "L1:N1"]
    );
    expect(refusal(w)).toMatch(
      /^Trang tính "S", dòng 1 có tiêu đề giống Biểu 06a nhưng nhóm "Số hồ sơ nhận giải quyết" có hơn một cột Trực tuyến \(4\)/
    );
  });
});

describe("the numbering row", () => {
  test.each([
    ["(1) … (13)", (i: number) => `(${i})`],
    ["bare 1 … 13", (i: number) => i],
    [
      '-1 … -13: a typed "(1)" stored as a negative number by Excel or LibreOffice',
      (i: number) => -i,
    ],
  ])("%s is the numbering row, not a data row", (_name, n) => {
    const w = wb(
      [
        ...THANH_HOA_HEADER,
        Array.from({ length: 13 }, (_, i) => n(i + 1)),
        [1, "Hộ tịch", ...ROW_A],
        [null, "Tổng cộng", ...ROW_A],
      ],
      THANH_HOA_MERGES
    );
    const f = locate06a(w);
    expect(f.hasNumberingRow).toBe(true);
    expect(f.headerBottom).toBe(4);
    expect(f.rows.map((r) => r.row)).toEqual([5]);
    expect(find(w).filter((x) => !x.startsWith("06a/period"))).toEqual([]);
  });

  test("a data row of counts 1…11 after a first row of other numbers is not taken for numbering", () => {
    const w = wb([...THANH_HOA_HEADER, [1, "Hộ tịch", ...ROW_A]], THANH_HOA_MERGES);
    expect(locate06a(w).hasNumberingRow).toBe(false);
  });
});

describe("kinds of rows", () => {
  const C = (r: number) => `A${r}:M${r}`;
  /** The Thanh Hóa "06 các cấp" export (XuatBaoCaoTongHop06CacCap.tsx): a group label merged over the 13 columns, in the STT column. */
  function byLevel(
    o: { subtotals?: boolean; total?: number[] | null; stt?: (i: number) => number } = {}
  ) {
    const rows: Cell[][] = [...THANH_HOA_HEADER];
    const merges = [...THANH_HOA_MERGES];
    const stt = o.stt ?? ((i: number) => i + 1);
    const groups: [string, number[][]][] = [
      ["Sở ban ngành", [ROW_A, ROW_B]],
      ["Huyện, thị xã, thành phố", [ROW_B]],
      ["Xã, phường, thị trấn", [ROW_A, ROW_A]],
    ];
    for (const [label, data] of groups) {
      rows.push([label]);
      merges.push(C(rows.length));
      data.forEach((d, i) => rows.push([stt(i), `Lĩnh vực ${i + 1}`, ...d]));
      if (o.subtotals) rows.push([null, "Cộng", ...sum(...data)]);
    }
    const all = groups.flatMap(([, d]) => d);
    if (o.total !== null) rows.push([null, "Tổng cộng", ...(o.total ?? sum(...all))]);
    return wb(rows, merges);
  }

  test("group rows merged across the form: not fields, numbering restarts, no findings", () => {
    const w = byLevel();
    const f = locate06a(w);
    expect(f.sections?.map((s) => [s.row, s.label])).toEqual([
      [4, "Sở ban ngành"],
      [7, "Huyện, thị xã, thành phố"],
      [9, "Xã, phường, thị trấn"],
    ]);
    expect(f.rows.map((r) => [r.row, r.section])).toEqual([
      [5, 0],
      [6, 0],
      [8, 1],
      [10, 2],
      [11, 2],
    ]);
    expect(f.total?.row).toBe(12);
    expect(find(w).filter((x) => !x.startsWith("06a/period"))).toEqual([]);
  });

  test("STT that starts at 2 in each group (as that export writes it) is one warning per group", () => {
    const w = byLevel({ stt: (i) => i + 2 });
    expect(find(w).filter((x) => x.startsWith("06a/numbering"))).toEqual([
      "06a/numbering A5",
      "06a/numbering A8",
      "06a/numbering A10",
    ]);
  });

  test("a group label in the name column alone, or under I / II", () => {
    const w = wb(
      [
        ...THANH_HOA_HEADER,
        ["I", "Cấp huyện"],
        [1, "Hộ tịch", ...ROW_A],
        [null, "Cấp xã"],
        [1, "Hộ tịch", ...ROW_B],
        [2, "Chứng thực", ...ROW_B],
        [null, "Tổng cộng", ...sum(ROW_A, ROW_B, ROW_B)],
      ],
      THANH_HOA_MERGES
    );
    const f = locate06a(w);
    expect(f.sections?.map((s) => s.label)).toEqual(["I Cấp huyện", "Cấp xã"]);
    expect(f.rows.map((r) => r.row)).toEqual([5, 7, 8]);
    expect(find(w).filter((x) => !x.startsWith("06a/period"))).toEqual([]);
  });

  test("a field row with a number and no counts stays a field (blank warnings)", () => {
    const w = wb(
      [
        ...THANH_HOA_HEADER,
        [1, "Hộ tịch", ...ROW_A],
        [2, "Đất đai"],
        [null, "Tổng cộng", ...ROW_A],
      ],
      THANH_HOA_MERGES
    );
    const f = locate06a(w);
    expect(f.rows.map((r) => r.name)).toEqual(["Hộ tịch", "Đất đai"]);
    expect(f.sections).toBeUndefined();
    expect(find(w).filter((x) => x.startsWith("06a/blank"))).toHaveLength(11);
  });

  test("sub-totals per group and the form's total", () => {
    const f = locate06a(byLevel({ subtotals: true }));
    expect(f.subtotals?.map((r) => [r.row, r.kind, r.section])).toEqual([
      [7, "subtotal", 0],
      [10, "subtotal", 1],
      [14, "subtotal", 2],
    ]);
    expect(f.total?.row).toBe(15);
    expect(f.extraTotals).toBeUndefined();
  });

  test("sub-totals per group without a form total", () => {
    const f = locate06a(byLevel({ subtotals: true, total: null }));
    expect(f.subtotals?.map((r) => r.row)).toEqual([7, 10, 14]);
    expect(f.total).toBeNull();
  });

  test("a note row inside the table is neither a field nor a group", () => {
    const w = wb(
      [
        ...THANH_HOA_HEADER,
        [1, "Hộ tịch", ...ROW_A],
        [null, "Ghi chú: số liệu lấy từ hệ thống"],
        [2, "Chứng thực", ...ROW_B],
        [null, "Tổng cộng", ...sum(ROW_A, ROW_B)],
      ],
      THANH_HOA_MERGES
    );
    const f = locate06a(w);
    expect(f.notes).toEqual([{ row: 5, text: "Ghi chú: số liệu lấy từ hệ thống" }]);
    expect(f.rows.map((r) => r.row)).toEqual([4, 6]);
    expect(f.sections).toBeUndefined();
  });

  test("rows naming units: the form says so", () => {
    const header = THANH_HOA_HEADER.map((r) => r.map((v) => (v === "Đơn vị" ? "Lĩnh vực" : v)));
    const w = wb(
      [...header, [1, "UBND phường Bắc Sơn", ...ROW_A], [2, "UBND xã Hà Long", ...ROW_B]],
      THANH_HOA_MERGES
    );
    expect(locate06a(w).rowsAreUnits).toBe(true);
    const w2 = wb(
      [
        ...header,
        [1, "Hộ tịch", ...ROW_A],
        [2, "UBND xã Hà Long", ...ROW_B],
        [3, "Đất đai", ...ROW_B],
      ],
      THANH_HOA_MERGES
    );
    expect(locate06a(w2).rowsAreUnits).toBe(false);
  });
});

describe("the period, wherever it stands in the title block", () => {
  const body = (title: Cell[][]) =>
    wb(
      [...title, ...THANH_HOA_HEADER, [1, "Hộ tịch", ...ROW_A]],
      THANH_HOA_MERGES.map((m) => m.replace(/(\d+)/g, (d) => String(+d + title.length)))
    );
  const period = (w: WorkbookSnapshot) => {
    const t = locate06a(w).title;
    return [
      t.periodCell && addr(t.periodCell.row, t.periodCell.col),
      t.period &&
        `${t.period.from.d}/${t.period.from.m}/${t.period.from.y}–${t.period.to.d}/${t.period.to.m}/${t.period.to.y}`,
    ];
  };
  test("on the second line of the title's cell (the Thanh Hóa export's <br>)", () => {
    expect(
      period(
        body([
          [
            null,
            null,
            "TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT TTHC\n(Từ ngày 15/12/2023 đến ngày 14/03/2024 )",
          ],
        ])
      )
    ).toEqual(["C1", "15/12/2023–14/3/2024"]);
  });
  test('a readable "Kỳ báo cáo: Quý I năm 2024" wins over a blank "(Từ ngày …)" template line', () => {
    expect(
      period(
        body([
          ["(Từ ngày …/…/… đến ngày …/…/…)"],
          [
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            "Kỳ báo cáo: Quý I năm 2024",
          ],
        ])
      )
    ).toEqual(["K2", "15/12/2023–14/3/2024"]);
  });
  test('an explicit "Từ ngày" wins over a named period', () => {
    expect(
      period(body([["Năm 2024"], [null, "(Từ ngày 15/03/2024 đến ngày 14/06/2024)"]]))
    ).toEqual(["B2", "15/3/2024–14/6/2024"]);
  });
  test("the date of the circular is not a period", () => {
    expect(
      period(body([["Ban hành kèm theo Thông tư số 01/2020/TT-VPCP ngày 21 tháng 10 năm 2020"]]))
    ).toEqual([null, null]);
  });
});
