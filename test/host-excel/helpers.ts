// Shared fixtures for the Office host tests (not a test file itself).
import type { CellSnapshot, SheetSnapshot, WorkbookSnapshot } from "../../src/core/grid";
import type { FakeWorkbookState } from "../../src/fake-excel";
import { LABELS_06A } from "../helpers/grid06a";

export const FORM = "Biểu 06a";

/**
 * A small Biểu 06a: title in A1 (merged A1:M1), header in row 3, data in rows 4–6, total in row 7.
 * Row 5 has (3) = 40 although (4)+(5)+(6) = 39; row 6 holds "31" as text and a #REF! error.
 */
export function sampleBook(): WorkbookSnapshot {
  const n = (value: number): CellSnapshot => ({ value });
  const header = ["STT", "Lĩnh vực", ...LABELS_06A];
  const rows: (CellSnapshot | null)[][] = [
    [{ value: "Biểu số 06a/VPCP/KSTT" }, ...Array(12).fill(null)],
    Array(13).fill(null),
    header.map((h) => ({ value: h })),
    [
      n(1),
      { value: "Chứng thực" },
      { value: 31, formula: "D4+E4+F4" },
      n(10),
      n(20),
      n(1),
      n(30),
      n(20),
      n(10),
      n(0),
      n(1),
      n(1),
      n(0),
    ],
    [
      n(2),
      { value: "Hộ tịch" },
      n(40),
      n(9),
      n(30),
      n(0),
      n(39),
      n(30),
      n(9),
      n(0),
      n(0),
      n(0),
      n(0),
    ],
    [
      n(3),
      { value: "Đất đai" },
      { value: "31" },
      n(1),
      n(2),
      n(0),
      { value: { error: "#REF!" } },
      n(1),
      n(1),
      n(0),
      n(0),
      n(0),
      n(0),
    ],
    [
      { value: "Tổng" },
      null,
      n(102),
      n(20),
      n(52),
      n(1),
      n(69),
      n(51),
      n(20),
      n(0),
      n(1),
      n(1),
      n(0),
    ],
    [
      { value: "Ngày lập" },
      { value: new Date(Date.UTC(2024, 2, 14)), numberFormat: "dd/mm/yyyy" },
      { value: 45365 },
      { value: 0.25, numberFormat: "0.0%" },
      ...Array(9).fill(null),
    ],
  ];
  return {
    sheets: [
      {
        name: FORM,
        top: 1,
        left: 1,
        data: rows,
        merges: [{ top: 1, left: 1, bottom: 1, right: 13 }],
      },
      {
        name: "Ghi chú",
        top: 2,
        left: 2,
        data: [[{ value: "Không có nội dung báo cáo." }]],
        merges: [],
      },
    ],
  };
}

/** A plain data sheet of `rows` × `cols` whole numbers starting at A1 (row 1 is a header). */
export function bigSheet(name: string, rows: number, cols: number): SheetSnapshot {
  const data: (CellSnapshot | null)[][] = [];
  data.push(Array.from({ length: cols }, (_, j) => ({ value: `(${j + 1})` })));
  for (let i = 1; i < rows; i++) {
    const line: (CellSnapshot | null)[] = [];
    for (let j = 0; j < cols; j++) line.push({ value: (i * 7 + j * 13) % 97 });
    data.push(line);
  }
  return { name, top: 1, left: 1, data, merges: [] };
}

/**
 * The fake's state with cached results of formula cells left out: the fake computes nothing, so a
 * formula written back by undo has no cached value until Excel recalculates. Everything else —
 * values, formulas, number formats, fills, fonts, merges, notes, comments — must match exactly.
 */
export function comparable(state: FakeWorkbookState): FakeWorkbookState {
  return {
    ...state,
    sheets: state.sheets.map((s) => ({
      ...s,
      cells: Object.fromEntries(
        Object.entries(s.cells).map(([a, c]) => [
          a,
          c.formula !== undefined ? { ...c, value: null } : c,
        ])
      ),
    })),
  };
}
