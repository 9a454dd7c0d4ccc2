// applyEditsToSnapshot: an EditSet applied to a plain snapshot, as a host would apply it.
import { WorkbookSnapshot } from "../../src/core/grid";
import { applyEditsToSnapshot, mergeEditSets, sheetFromRows } from "../../src/core/snapshotEdits";

describe("applyEditsToSnapshot", () => {
  const base: WorkbookSnapshot = {
    sheets: [
      sheetFromRows(
        "A",
        [
          [1, 2],
          [3, 4],
        ],
        { top: 5, left: 3 }
      ),
    ],
  };

  it("writes values and formulas (the result as cached value) without touching the input", () => {
    const copy = JSON.parse(JSON.stringify(base));
    const out = applyEditsToSnapshot(base, {
      cells: [
        { sheet: "A", row: 5, col: 3, value: 10 },
        { sheet: "A", row: 6, col: 5, formula: "=SUM(C5:D6)", result: 19, numberFormat: "0" },
      ],
    });
    expect(base).toEqual(copy);
    expect(out.sheets[0].data[0][0]).toEqual({ value: 10 });
    expect(out.sheets[0].data[1][2]).toEqual({
      value: 19,
      formula: "SUM(C5:D6)",
      numberFormat: "0",
    });
  });

  it("grows the sheet above and left of its start", () => {
    const out = applyEditsToSnapshot(base, { cells: [{ sheet: "A", row: 2, col: 1, value: "x" }] });
    const s = out.sheets[0];
    expect([s.top, s.left]).toEqual([2, 1]);
    expect(s.data[0][0]).toEqual({ value: "x" });
    expect(s.data[3][2]).toEqual({ value: 1 });
    expect(s.data[4][3]).toEqual({ value: 4 });
  });

  it("creates sheets, keeps an existing one, adds merges once, keeps content on a style-only edit", () => {
    const out = applyEditsToSnapshot(base, {
      newSheets: ["B", "A"],
      cells: [
        { sheet: "B", row: 3, col: 2, value: "t" },
        { sheet: "A", row: 5, col: 3, style: { bold: true }, numberFormat: "0.0" },
      ],
      merges: [
        { sheet: "B", rect: { top: 3, left: 2, bottom: 3, right: 4 } },
        { sheet: "B", rect: { top: 3, left: 2, bottom: 3, right: 4 } },
      ],
    });
    expect(out.sheets.map((s) => s.name)).toEqual(["A", "B"]);
    expect(out.sheets[1]).toMatchObject({
      top: 3,
      left: 2,
      merges: [{ top: 3, left: 2, bottom: 3, right: 4 }],
    });
    expect(out.sheets[0].data[0][0]).toEqual({ value: 1, numberFormat: "0.0" });
  });

  it("refuses an edit on a sheet that does not exist", () => {
    expect(() =>
      applyEditsToSnapshot(base, { cells: [{ sheet: "Z", row: 1, col: 1, value: 1 }] })
    ).toThrow(/Z/);
  });

  it("mergeEditSets concatenates, later edits winning", () => {
    const m = mergeEditSets(
      { cells: [{ sheet: "A", row: 5, col: 3, value: 1 }], newSheets: ["C"] },
      { cells: [{ sheet: "A", row: 5, col: 3, value: 2 }], newSheets: ["C"] }
    );
    expect(m.newSheets).toEqual(["C"]);
    expect(applyEditsToSnapshot(base, m).sheets[0].data[0][0]).toEqual({ value: 2 });
  });

  it("sheetFromRows reads formulas, cell snapshots and errors", () => {
    const s = sheetFromRows("S", [
      ["=A2", { value: 3, numberFormat: "0%" }, { error: "#REF!" }, null],
    ]);
    expect(s.data[0]).toEqual([
      { value: null, formula: "A2" },
      { value: 3, numberFormat: "0%" },
      { value: { error: "#REF!" } },
      null,
    ]);
  });
});
