// Test helper: the header of Biểu 06a (and of forms like it) as grid rows, the way Excel shows merged
// header cells: a merged area's text in its first cell, null in the cells it covers. Tests and
// corpus generators give only what differs from the standard 13-column header.

export type HeaderGridCell = string | null;

/** The three group titles of the standard header, over (3)…(6), (7)…(10) and (11)…(13). */
export const GROUPS_06A: readonly (readonly [string, number])[] = [
  ["Số hồ sơ nhận giải quyết", 4],
  ["Số hồ sơ đã giải quyết", 4],
  ["Số lượng hồ sơ đang giải quyết", 3],
];

/** The column labels of (3)…(13) in a two-row header. */
export const LABELS_06A: readonly string[] = [
  "Tổng số",
  "Trực tuyến",
  "Trực tiếp",
  "Từ kỳ trước",
  "Tổng số",
  "Trước hạn",
  "Đúng hạn",
  "Quá hạn",
  "Tổng số",
  "Trong hạn",
  "Quá hạn",
];

export interface Grid06aOptions {
  /** Header of column (1); default "STT". */
  stt?: string;
  /** Header of column (2); default "Lĩnh vực". */
  name?: string;
  /** Group titles with the columns each spans; default GROUPS_06A. */
  groups?: readonly (readonly [string, number])[];
  /** Headers of the columns after the groups, on the first row. */
  after?: readonly HeaderGridCell[];
  /** The second row from column 3 (under the groups); default LABELS_06A. */
  labels?: readonly HeaderGridCell[];
  /** Labels changed on the second row, by column number: `{ 12: "Trong hạn (chưa đến hạn)" }`. */
  relabel?: Readonly<Partial<Record<number, string>>>;
  /** Further header rows, each from column 3. */
  below?: readonly (readonly HeaderGridCell[])[];
  /** Pad every row with nulls to the first row's width (default true), or leave each as written. */
  pad?: boolean;
}

/** A header row of `[text, columns spanned]` areas: each text in its first column, null in the rest. */
export function spanRow(areas: readonly (readonly [HeaderGridCell, number])[]): HeaderGridCell[] {
  return areas.flatMap(([text, span]) => [text, ...Array<null>(span - 1).fill(null)]);
}

/**
 * The header rows: STT, the name header and the group titles (then `after`) on the first row; the
 * labels under the groups on the second; `below` rows after it. Columns (1) and (2) are null below
 * the first row, as under a merged STT and name header.
 */
export function grid06a(o: Grid06aOptions = {}): HeaderGridCell[][] {
  const first = [
    o.stt ?? "STT",
    o.name ?? "Lĩnh vực",
    ...spanRow(o.groups ?? GROUPS_06A),
    ...(o.after ?? []),
  ];
  const labels = (o.labels ?? LABELS_06A).map((l, i) => o.relabel?.[i + 3] ?? l);
  const rows = [first, ...[labels, ...(o.below ?? [])].map((r) => [null, null, ...r])];
  if (o.pad === false) return rows;
  return rows.map((r) => [...r, ...Array<null>(Math.max(0, first.length - r.length)).fill(null)]);
}

/**
 * OpenCPS's one-stop report screen (VietOpenCPS/frontend-opencps-v2.1, report_charts/src/components/
 * screens/Landing_Motcua.vue): 20 columns over three header rows. A new copy at each call.
 */
export function opencpsHeader(): HeaderGridCell[][] {
  return grid06a({
    groups: [
      ["Nhận giải quyết", 5],
      ["Kết quả giải quyết", 7],
      ["Đang giải quyết", 3],
    ],
    after: ["Tạm dừng bổ sung điều kiện", "Rút không giải quyết", "Tỉ lệ sớm và đúng hạn"],
    labels: [
      "Tổng số",
      "Tồn trước",
      "Nhận trong kỳ",
      null,
      null,
      "Tổng số",
      "Tình hình thực hiện",
      null,
      null,
      "Từ chối giải quyết",
      "Trả kết quả",
      null,
      "Tổng số",
      "Còn hạn",
      "Quá hạn",
    ],
    below: [
      [
        null,
        null,
        "Tổng số",
        "Một cửa",
        "Trực tuyến",
        null,
        "Trước hạn",
        "Đúng hạn",
        "Quá hạn",
        null,
        "Đã trả",
        "Chưa trả",
      ],
    ],
  });
}
