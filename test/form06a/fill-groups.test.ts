// Fill on forms with group rows, sub-totals, merged cells and text cells (issue 10): group labels
// are never written, sub-totals get their group's SUM, a merged or text target is a conflict.
import { addr, WorkbookSnapshot } from "../../src/core/grid";
import { applyEditsToSnapshot } from "../../src/core/snapshotEdits";
import { check06a, fill06a, locate06a } from "../../src/core/form06a";
import { build06a, cellMap, RowSpec, seen } from "../helpers/form06a";

const A = [5, 3, 1, 1, 4, 2, 1, 1, 1, 1, 0];
const B = [2, 2, 0, 0, 2, 2, 0, 0, 0, 0, 0];
const BLANK = new Array(11).fill(null);

function run(wb: WorkbookSnapshot) {
  const form = locate06a(wb);
  const res = fill06a(wb, form);
  return { form, res, after: applyEditsToSnapshot(wb, res.edits) };
}

describe("fill with group rows and sub-totals", () => {
  const rows: RowSpec[] = [
    { name: "Sở, ban, ngành", counts: [], kind: "group" },
    { stt: 1, name: "Hộ tịch", counts: A },
    { stt: 2, name: "Chứng thực", counts: B },
    { stt: null, name: "Cộng", counts: BLANK, kind: "subtotal" },
    { name: "Xã, phường, thị trấn", counts: [], kind: "group" },
    { stt: 1, name: "Hộ tịch", counts: A },
    { stt: null, name: "Cộng", counts: BLANK, kind: "subtotal" },
  ];

  test("group labels untouched; sub-totals get their group's SUM; the total skips sub-totals; check is clean", () => {
    const b = build06a(rows, { totalValues: BLANK });
    const before = cellMap(b.wb, b.sheet);
    const { res, after } = run(b.wb);
    const written = new Set(res.edits.cells.map((e) => addr(e.row, e.col)));
    for (const i of [0, 4]) {
      const label = b.at(i, "stt");
      expect(written.has(label)).toBe(false);
      for (let c = 1; c <= 13; c++) expect(written.has(addr(b.dataRows[i], c))).toBe(false);
      expect(cellMap(after, b.sheet).get(label)).toEqual(before.get(label));
    }
    const m = cellMap(after, b.sheet);
    expect(m.get(b.at(3, "received"))).toEqual({ formula: "SUM(C11:C12)", value: 7 });
    expect(m.get(b.at(6, "online"))).toEqual({ formula: "SUM(D15)", value: 3 });
    // The form's total: field rows only, sub-totals left out.
    expect(m.get(b.at("total", "received"))).toEqual({
      formula: "SUM(C11:C12,C14:C15)",
      value: 12,
    });
    expect(res.conflicts).toEqual([]);
    expect(
      seen(check06a(locate06a(after))).filter(
        (f) => f.severity === "error" || f.rule !== "06a/period"
      )
    ).toEqual([]);
  });

  test("a typed sub-total that disagrees is a conflict and kept", () => {
    const b = build06a(
      rows.map((r, i) => (i === 3 ? { ...r, counts: A.map((x, j) => (j === 0 ? 99 : null)) } : r)),
      { totalValues: BLANK }
    );
    const { res } = run(b.wb);
    expect(res.conflicts.map((c) => addr(c.row, c.col))).toEqual([b.at(3, "received")]);
  });
});

describe("fill never writes into a merged cell's hidden part nor into text", () => {
  test("a derived cell hidden under a merge is a conflict, not a write", () => {
    const b = build06a([{ name: "Hộ tịch", counts: [null, 3, 1, 1, 4, 2, 1, 1, 1, 1, 0] }], {
      totalValues: BLANK,
    });
    const s = b.wb.sheets[0];
    // B10:C10 merged (the name runs over (3)): C10 is hidden.
    s.merges.push({ top: 10, left: 2, bottom: 10, right: 3 });
    const { res } = run(b.wb);
    expect(res.edits.cells.some((e) => e.row === 10 && e.col === 3)).toBe(false);
    expect(res.conflicts.map((c) => [addr(c.row, c.col), c.message])).toEqual([
      ["C10", "Không điền ô C10: ô nằm trong vùng ô đã gộp (chỉ ô đầu của vùng gộp giữ giá trị)"],
    ]);
  });

  test('a derived cell holding text ("x") is a conflict, not a write', () => {
    const b = build06a([{ name: "Hộ tịch", counts: ["x", 3, 1, 1, 4, 2, 1, 1, 1, 1, 0] }], {
      totalValues: BLANK,
    });
    const { res } = run(b.wb);
    expect(res.edits.cells.some((e) => e.row === 10 && e.col === 3)).toBe(false);
    expect(res.conflicts.map((c) => [addr(c.row, c.col), c.message])).toEqual([
      ["C10", 'Không điền ô C10: ô đang có nội dung "x"'],
    ]);
  });

  test("no total row is added over a merged note below the form", () => {
    const b = build06a([{ name: "Hộ tịch", counts: A }], { total: "none", signatures: false });
    const s = b.wb.sheets[0];
    s.merges.push({ top: 11, left: 1, bottom: 11, right: 13 });
    const { res } = run(b.wb);
    expect(res.edits.cells.some((e) => e.row === 11)).toBe(false);
  });
});
