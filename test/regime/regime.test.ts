// The regime choice (SPEC, "Two legal regimes"): period end date, the Thuyết minh cell, the host option.
import {
  chooseRegime,
  districtWordsIn,
  ND118_2025,
  ND61_2018,
  parseRegime,
  regimeOn,
  REGIMES,
} from "../../src/core/regime";
import { REGIME_RULE_DESCRIPTIONS } from "../../src/core/messages/regime";

describe("chooseRegime", () => {
  test.each([
    // [case, input, expected id, expected source]
    ["Q1/2024 (seed)", { from: "2023-12-15", to: "2024-03-14" }, "nd61-2018", "period"],
    ["Q2/2025 ends 14/06/2025", { from: "2025-03-15", to: "2025-06-14" }, "nd61-2018", "period"],
    [
      "calendar Q2/2025 ends 30/06/2025",
      { from: "2025-04-01", to: "2025-06-30" },
      "nd61-2018",
      "period",
    ],
    [
      "Q3/2025 straddles: end date decides",
      { from: "2025-06-15", to: "2025-09-14" },
      "nd118-2025",
      "period",
    ],
    ["Q3/2026", { from: "2026-06-15", to: "2026-09-14" }, "nd118-2025", "period"],
    [
      "sheet cell overrides the period",
      { from: "2026-06-15", to: "2026-09-14", sheetValue: "NĐ 61/2018" },
      "nd61-2018",
      "sheet",
    ],
    [
      "option overrides the sheet",
      {
        from: "2024-01-01",
        to: "2024-03-14",
        sheetValue: "NĐ 61/2018",
        option: "nd118-2025" as const,
      },
      "nd118-2025",
      "option",
    ],
    [
      "unreadable sheet cell: the period decides",
      { from: "2024-01-01", to: "2024-03-14", sheetValue: "theo quy định mới" },
      "nd61-2018",
      "period",
    ],
    ["nothing known: the newest regime", {}, "nd118-2025", "default"],
  ])("%s", (_name, input, id, source) => {
    const c = chooseRegime(input);
    expect(c.regime.id).toBe(id);
    expect(c.source).toBe(source);
  });
});

describe("findings of the regime choice", () => {
  test.each([
    [
      "regime/straddle: Q3/2025",
      { from: "2025-06-15", to: "2025-09-14" },
      ["regime/straddle"],
      [/15\/06\/2025–14\/09\/2025/, /Nghị định 118\/2025\/NĐ-CP/, /theo ngày cuối kỳ/],
    ],
    [
      "regime/straddle says an override",
      {
        from: "2025-06-15",
        to: "2025-09-14",
        sheetValue: "61/2018",
        sheetCell: { sheet: "Thuyết minh", row: 12, col: 2 },
      },
      ["regime/straddle"],
      [/Nghị định 61\/2018\/NĐ-CP/, /Thuyết minh/],
    ],
    [
      "regime/straddle: ends on 01/07/2025",
      { from: "2025-06-15", to: "2025-07-01" },
      ["regime/straddle"],
      [/01\/07\/2025/],
    ],
    ["no straddle: Q2/2025", { from: "2025-03-15", to: "2025-06-14" }, [], []],
    ["no straddle: from 01/07/2025", { from: "2025-07-01", to: "2025-09-30" }, [], []],
    [
      "regime/unknown",
      {
        to: "2026-09-14",
        sheetValue: "Thông tư mới",
        sheetCell: { sheet: "Thuyết minh", row: 12, col: 2 },
      },
      ["regime/unknown"],
      [/Thông tư mới/, /Nghị định 118\/2025\/NĐ-CP/],
    ],
  ])("%s", (_name, input, rules, parts) => {
    const c = chooseRegime(input);
    expect(c.findings.map((f) => f.rule)).toEqual(rules);
    for (const f of c.findings) {
      expect(f.severity).toBe("warning");
      for (const p of parts) expect(f.message).toMatch(p);
    }
    for (const r of rules)
      expect(REGIME_RULE_DESCRIPTIONS[r as keyof typeof REGIME_RULE_DESCRIPTIONS]).toMatch(/[ạ-ỹ]/);
  });
});

describe("parseRegime", () => {
  test.each([
    ["nd118-2025", "nd118-2025"],
    ["Nghị định số 118/2025/NĐ-CP", "nd118-2025"],
    ["NĐ 118", "nd118-2025"],
    ["Nghị định 61/2018/NĐ-CP", "nd61-2018"],
    ["nd61-2018", "nd61-2018"],
    ["", undefined],
    ["mới", null],
  ])("%s", (text, id) => expect(parseRegime(text)).toBe(id));
});

describe("regime data", () => {
  test("NĐ 118/2025 takes over on 01/07/2025 (its Điều 40.1), NĐ 61/2018 ends the day before", () => {
    expect(regimeOn("2025-06-30").id).toBe("nd61-2018");
    expect(regimeOn("2025-07-01").id).toBe("nd118-2025");
    expect(ND61_2018.to).toBe("2025-06-30");
    expect(REGIMES.map((r) => r.id)).toEqual(["nd61-2018", "nd118-2025"]);
  });
  test("nd118: nine contents of Điều 33.1, five criteria of Điều 32.1, province addressee", () => {
    expect(ND118_2025.evaluation.contents.map((c) => c.key)).toEqual([
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
    expect(ND118_2025.evaluation.criteria.map((c) => c.key)).toEqual(["a", "b", "c", "d", "đ"]);
    expect(ND118_2025.addressee.recipients("UBND tỉnh Thanh Hóa")).toEqual([
      "UBND tỉnh Thanh Hóa",
      "Văn phòng UBND tỉnh Thanh Hóa",
    ]);
    expect(ND118_2025.bodies.receivingBody("phường", "Hạc Thành")).toBe(
      "Trung tâm Phục vụ hành chính công phường Hạc Thành"
    );
  });
  test("districtWordsIn: words, not parts of words", () => {
    expect(districtWordsIn(ND118_2025, "UBND thị xã Bỉm Sơn")).toEqual(["thị xã"]);
    expect(districtWordsIn(ND118_2025, "UBND huyện Hà Trung")).toEqual(["huyện"]);
    expect(districtWordsIn(ND118_2025, "UBND tỉnh Thanh Hóa")).toEqual([]);
    expect(districtWordsIn(ND61_2018, "UBND thị xã Bỉm Sơn")).toEqual([]);
  });
});
