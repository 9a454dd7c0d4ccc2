// The evaluation under NĐ 118/2025 (Điều 33.1 contents, Điều 32.1 criteria): reader, layout and
// the eval33/* rules, table by table.
import { SheetSnapshot, WorkbookSnapshot } from "../../src/core/grid";
import {
  layoutArt33Sheet,
  layoutCriteriaSheet,
  readArt33,
  ART33_LAYOUT,
} from "../../src/core/evaluation/art33";
import { EVAL33_RULE_DESCRIPTIONS } from "../../src/core/messages/evaluation33";
import { applyEditsToSnapshot } from "../../src/core/snapshotEdits";
import { HAC_THANH_ART33 } from "../../src/samples/sampleNd118";

const wbOf = (...sheets: SheetSnapshot[]): WorkbookSnapshot => ({ sheets });
type Counts = (number[] | null)[];

function sheet(
  counts: Counts = HAC_THANH_ART33,
  received = { ballots: 180, portal: 260, devices: 95 },
  levels?: string[]
): WorkbookSnapshot {
  let wb = applyEditsToSnapshot(
    wbOf(),
    layoutArt33Sheet({
      unit: "UBND phường Hạc Thành",
      periodLabel: "Quý III năm 2026",
      counts,
      received,
      levels,
    })
  );
  wb = applyEditsToSnapshot(
    wb,
    layoutCriteriaSheet({ values: [17.5, "19,2", 20.1, 10.8, 17.9], total: 85.5 })
  );
  return wb;
}

/** Set one cell of the Điều 33 sheet (content row i = 0 for a), column c). */
function edit(wb: WorkbookSnapshot, row: number, col: number, value: unknown): WorkbookSnapshot {
  return applyEditsToSnapshot(wb, {
    cells: [{ sheet: "Đánh giá Điều 33", row, col, value: value as string }],
  });
}

describe("readArt33", () => {
  test("reads the sample: nine contents, counts, shares, received, the Điều 32.1 figures as typed", () => {
    const r = readArt33(sheet())!;
    expect(r.contents.map((c) => c.key)).toEqual(["a", "b", "c", "d", "đ", "e", "g", "h", "i"]);
    expect(r.contents[0].counts).toEqual([0, 2, 10, 180, 320]);
    expect(r.contents[0].total).toBe(512);
    expect(r.contents[0].shares).toEqual([0, 0.4, 2, 35.2, 62.5]);
    expect(r.received).toEqual({ ballots: 180, portal: 260, devices: 95, total: 535 });
    expect(r.criteria!.rows.map((x) => x.value)).toEqual(["17,5", "19,2", "20,1", "10,8", "17,9"]);
    expect(r.criteria!.total).toBe("85,5");
    expect(r.findings).toEqual([]);
  });
  test("a province's 0/1/2 ballot: the level columns as the header has them", () => {
    const r = readArt33(
      sheet(
        [[1, 5, 40], [0, 2, 44], null, null, null, null, null, null, null],
        { ballots: 46, portal: 0, devices: 0 },
        ["0 điểm", "1 điểm", "2 điểm"]
      )
    )!;
    expect(r.levels).toEqual(["0 điểm", "1 điểm", "2 điểm"]);
    expect(r.contents[0].total).toBe(46);
    expect(r.contents[1].shares).toEqual([0, 4.3, 95.7]);
  });
  test("a workbook without the table: null", () => {
    expect(readArt33(wbOf())).toBeNull();
  });
});

const L = ART33_LAYOUT;
describe.each([
  [
    "eval33/count",
    "error",
    [
      [
        "a count written as text that is not a number",
        (wb: WorkbookSnapshot) => edit(wb, L.firstRow, L.firstLevelCol + 1, "hai"),
        L.firstRow,
        L.firstLevelCol + 1,
        /"hai"/,
      ],
      [
        "a negative count",
        (wb: WorkbookSnapshot) => edit(wb, L.firstRow + 4, L.firstLevelCol, -1),
        L.firstRow + 4,
        L.firstLevelCol,
        /đ\)/,
      ],
    ],
  ],
  [
    "eval33/level-sum",
    "error",
    [
      [
        "a typed total that is not the levels' sum",
        (wb: WorkbookSnapshot) => edit(wb, L.firstRow + 1, L.totalCol, 500),
        L.firstRow + 1,
        L.totalCol,
        /500.*479/,
      ],
    ],
  ],
  [
    "eval33/received",
    "warning",
    [
      [
        "a content with more evaluations than received",
        (wb: WorkbookSnapshot) => edit(wb, L.received.ballots, L.valueCol, 10),
        L.firstRow,
        L.totalCol,
        /512.*365/,
      ],
    ],
  ],
] as const)("%s", (rule, severity, cases) => {
  test("has a Vietnamese description", () =>
    expect(EVAL33_RULE_DESCRIPTIONS[rule]).toMatch(/[ạ-ỹ]/));
  test("valid: the sample has none", () =>
    expect(readArt33(sheet())!.findings.filter((f) => f.rule === rule)).toEqual([]));
  test.each(cases.map((c) => [c[0], c] as const))("invalid: %s", (_n, c) => {
    const [, change, row, col, msg] = c;
    const f = readArt33(change(sheet()))!.findings.filter((x) => x.rule === rule);
    expect(f.length).toBeGreaterThanOrEqual(1);
    expect(f[0]).toMatchObject({ severity, row, col });
    expect(f[0].message).toMatch(msg);
  });
});
