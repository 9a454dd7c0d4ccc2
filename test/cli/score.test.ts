// `tthc score`: the JSON contract and the sample's figures (issue 3's acceptance).
import { readXlsx, SAMPLE, tempDir, tthc } from "../helpers/xlsx";
import { analyse } from "../../src/core/workbook";
import { readWorkbookFile } from "../../src/host/xlsx";

const REFERENCE_SCORES = [1.8, 1.8, 2, 2, 2, 2, 1.8, 2, 2];

describe("tthc score on the sample", () => {
  test("--json gives the nine scores, 17.4, Xuất sắc, 103 ballots and 21.4/78.6", async () => {
    const r = await tthc("score", SAMPLE, "--json");
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    expect(Object.keys(j)).toEqual([
      "regime",
      "indices",
      "total",
      "grade",
      "gradeBasis",
      "ballots",
      "satisfaction",
      "index1Estimate",
      "findings",
    ]);
    expect(j.regime).toBe("nd61-2018");
    expect(j.indices).toHaveLength(9);
    for (const ix of j.indices)
      expect(Object.keys(ix)).toEqual(["no", "name", "max", "self", "appraised", "fromBallots"]);
    expect(j.indices.map((i: { fromBallots: number }) => i.fromBallots)).toEqual(REFERENCE_SCORES);
    expect(j.indices.map((i: { self: number }) => i.self)).toEqual(REFERENCE_SCORES);
    expect(j.total).toEqual({ max: 18, self: 17.4, appraised: 17.4 });
    expect(j.grade).toBe("Xuất sắc");
    expect(j.gradeBasis).toBe("appraised");
    expect(j.ballots).toBe(103);
    expect(j.satisfaction).toEqual({
      veryDissatisfied: 0,
      dissatisfied: 0,
      neutral: 0,
      satisfied: 21.4,
      verySatisfied: 78.6,
    });
    // (2×60 + 22) / 82 = 1.73 → 1.7
    expect(j.index1Estimate).toBe(1.7);
    expect(j.findings).toEqual([]);
  });

  test("the readable output shows the table, total, grade and satisfaction", async () => {
    const r = await tthc("score", SAMPLE);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Tổng cộng\s+18\s+17,4\s+17,4/);
    expect(r.out).toContain("Xếp loại: Xuất sắc (theo điểm thẩm định)");
    expect(r.out).toContain("Rất hài lòng 78,6%");
  });

  test("-o writes the filled evaluation; a second score of the output is still clean", async () => {
    const t = tempDir();
    try {
      const out = t.file("scored.xlsx");
      const r = await tthc("score", SAMPLE, "-o", out);
      expect(r.code).toBe(0);
      const again = await tthc("score", out, "--json");
      expect(again.code).toBe(0);
      expect(JSON.parse(again.out).total.self).toBe(17.4);
    } finally {
      t.cleanup();
    }
  });

  test("a wrong typed total is an eval/total error with exit 1, anchored at the total cell", async () => {
    const t = tempDir();
    try {
      const { snapshot } = await readWorkbookFile(SAMPLE);
      const loc = analyse(snapshot).evaluation!.location;
      const book = await readXlsx(SAMPLE);
      const ws = book.getWorksheet(loc.sheet)!;
      const totalRow = loc.totalRow!;
      ws.getCell(totalRow, loc.cols.self!).value = 17.9;
      const bad = t.file("bad-total.xlsx");
      await book.xlsx.writeFile(bad);
      const r = await tthc("score", bad, "--json");
      expect(r.code).toBe(1);
      const f = JSON.parse(r.out).findings.filter((x: { rule: string }) => x.rule === "eval/total");
      expect(f).toHaveLength(1);
      expect(f[0].severity).toBe("error");
      expect(f[0].message).toContain("17,4");
    } finally {
      t.cleanup();
    }
  });

  test("a workbook without an evaluation table: exit 2 with a Vietnamese reason", async () => {
    const t = tempDir();
    try {
      const book = await readXlsx(SAMPLE);
      for (const name of ["Đánh giá", "Phiếu đánh giá"])
        book.removeWorksheet(book.getWorksheet(name)!.id);
      const f = t.file("no-eval.xlsx");
      await book.xlsx.writeFile(f);
      const r = await tthc("score", f);
      expect(r.code).toBe(2);
      expect(r.errLines).toHaveLength(1);
      expect(r.err).toContain("Không tìm thấy bảng đánh giá");
    } finally {
      t.cleanup();
    }
  });
});

describe("tthc score under NĐ 118/2025 (issue 11)", () => {
  const ND118 = SAMPLE.replace(
    "bao-cao-quy-1-2024-phu-son.xlsx",
    "bao-cao-quy-3-2026-hac-thanh.xlsx"
  );
  test("--json on the Q3/2026 sample: regime nd118-2025, per-content results, no indices/total/grade", async () => {
    const r = await tthc("score", ND118, "--json");
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    expect(j.regime).toBe("nd118-2025");
    expect(j.method).toBe("decree");
    expect(j).not.toHaveProperty("indices");
    expect(j).not.toHaveProperty("total");
    expect(j).not.toHaveProperty("grade");
    expect(j.contents.map((c: { key: string }) => c.key)).toEqual([
      "a",
      "b",
      "c",
      "d",
      "đ",
      "e",
      "g",
      "h",
      "i",
    ]);
    expect(j.contents[0]).toMatchObject({ total: 512, counts: [0, 2, 10, 180, 320] });
    expect(j.criteria.computed).toBe(false);
    expect(j.criteria.total).toBe("85,5");
  });
  test("--regime nd118-2025 on the Q1/2024 sample: the nine indices scored as today, labelled the province's method", async () => {
    const r = await tthc("score", SAMPLE, "--json", "--regime", "nd118-2025");
    const j = JSON.parse(r.out);
    expect(j.regime).toBe("nd118-2025");
    expect(j.method).toBe("province");
    expect(j.total).toEqual({ max: 18, self: 17.4, appraised: 17.4 });
    expect(j.methodNote).toMatch(/riêng của tỉnh/);
  });
  test("--regime with a value not understood: exit 2 and a Vietnamese message", async () => {
    const r = await tthc("score", SAMPLE, "--regime", "mới");
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/nd61-2018 hoặc nd118-2025/);
  });
});
