// Table tests per rule, in the manner of ESLint's RuleTester: valid workbooks give no finding of
// the rule; invalid ones give exactly the listed findings (cell, severity, words of the message).
import { WorkbookSnapshot } from "../../src/core/grid";
import { analyzeEvaluation, EVAL_RULES, ScoreOptions } from "../../src/core/evaluation";
import { sheetFromRows } from "../../src/core/snapshotEdits";
import { ballotsSheet, REF_SCORES, referenceWorkbook, uniformBallots } from "./helpers";

interface Expected {
  row: number;
  col: number;
  sheet?: string;
  /** Substrings the message must contain. */
  says?: string[];
}
interface Case {
  name: string;
  wb: WorkbookSnapshot;
  opts?: ScoreOptions;
}
interface InvalidCase extends Case {
  findings: Expected[];
}

function findingsOf(rule: string, c: Case) {
  const a = analyzeEvaluation(c.wb, c.opts);
  if (!a) throw new Error("no evaluation table in case " + c.name);
  return a.result.findings.filter((f) => f.rule === rule);
}

/**
 * Severity of each evaluation rule as the contract of `tthc score` states it (exit 1 on an error,
 * a warning only informs), written here independently of the rules' meta so that a rule whose
 * meta changes severity is caught.
 */
const CONTRACT_SEVERITY: Record<string, "error" | "warning"> = {
  "eval/score-range": "error",
  "eval/total": "error",
  "eval/grade": "warning",
  "eval/satisfaction-sum": "error",
  "eval/ballot-count": "warning",
  "eval/ballot-value": "error",
  "eval/ballot-blank": "warning",
  "eval/index1-estimate": "warning",
};

test("every evaluation rule has a contract severity, and only those rules exist", () => {
  expect(EVAL_RULES.map((r) => r.meta.id).sort()).toEqual(Object.keys(CONTRACT_SEVERITY).sort());
});

function ruleTester(rule: string, t: { valid: Case[]; invalid: InvalidCase[] }) {
  const severity = CONTRACT_SEVERITY[rule];
  describe(rule, () => {
    it.each(t.valid.map((c) => [c.name, c] as const))("valid: %s", (_n, c) => {
      expect(findingsOf(rule, c)).toEqual([]);
    });
    it.each(t.invalid.map((c) => [c.name, c] as const))("invalid: %s", (_n, c) => {
      const got = findingsOf(rule, c);
      expect(got.map((f) => ({ row: f.row, col: f.col }))).toEqual(
        c.findings.map((e) => ({ row: e.row, col: e.col }))
      );
      got.forEach((f, i) => {
        expect(f.severity).toBe(severity);
        if (c.findings[i].sheet) expect(f.sheet).toBe(c.findings[i].sheet);
        for (const s of c.findings[i].says ?? []) expect(f.message).toContain(s);
      });
    });
  });
}

const ref = referenceWorkbook;
const with_ = (i: number, v: unknown, base: unknown[] = REF_SCORES) =>
  base.map((x, j) => (j === i ? v : x));
// Reference layout: header row 5, indices rows 6–14, total row 15; D self, E appraised, F note;
// "Số phiếu đánh giá: 103" in A3; levels row 18, shares row 19 (A–E).

ruleTester("eval/score-range", {
  valid: [
    { name: "the reference", wb: ref() },
    {
      name: "0 and 2 are in range",
      wb: ref({ self: with_(0, 0, with_(1, 2)), totalSelf: null, note: null }),
    },
    { name: "a score typed as text '1,8'", wb: ref({ self: with_(0, "1,8") }) },
    {
      name: "blank scores",
      wb: ref({
        self: Array(9).fill(null),
        appraised: Array(9).fill(null),
        totalSelf: null,
        totalAppraised: null,
      }),
    },
  ],
  invalid: [
    {
      name: "2.5 self",
      wb: ref({ self: with_(2, 2.5), totalSelf: null }),
      findings: [{ row: 8, col: 4, says: ["Điểm tự chấm của chỉ số 3", "2,5", "từ 0 đến 2"] }],
    },
    {
      name: "-1 appraised",
      wb: ref({ appraised: with_(0, -1), totalAppraised: null }),
      findings: [{ row: 6, col: 5, says: ["Điểm thẩm định của chỉ số 1", "-1"] }],
    },
    {
      name: "text",
      wb: ref({ self: with_(3, "x") }),
      findings: [{ row: 9, col: 4, says: ['"x"', "không phải là một số"] }],
    },
    {
      name: "an Excel error",
      wb: ref({ self: with_(8, { error: "#REF!" }) }),
      findings: [{ row: 14, col: 4, says: ["#REF!"] }],
    },
  ],
});

ruleTester("eval/total", {
  valid: [
    { name: "the reference", wb: ref() },
    { name: "within 0.05", wb: ref({ totalSelf: 17.45, totalAppraised: 17.35 }) },
    { name: "total blank", wb: ref({ totalSelf: null, totalAppraised: null }) },
    {
      name: "a text score is not summed twice (flagged by score-range)",
      wb: ref({ self: with_(0, "abc"), totalSelf: 99 }),
    },
    { name: "total typed as text '17,4'", wb: ref({ totalSelf: "17,4" }) },
  ],
  invalid: [
    {
      name: "17.5 written, 17.4 summed",
      wb: ref({ totalSelf: 17.5 }),
      findings: [
        { row: 15, col: 4, says: ["Tổng điểm tự chấm ghi 17,5 nhưng tổng chín chỉ số là 17,4"] },
      ],
    },
    {
      name: "just over the tolerance",
      wb: ref({ totalSelf: 17.46 }),
      findings: [{ row: 15, col: 4 }],
    },
    {
      name: "appraised total",
      wb: ref({ totalAppraised: 17 }),
      findings: [{ row: 15, col: 5, says: ["Tổng điểm thẩm định ghi 17 ", "17,4"] }],
    },
    {
      name: "not a number",
      wb: ref({ totalSelf: "mười bảy" }),
      findings: [{ row: 15, col: 4, says: ['"mười bảy"'] }],
    },
  ],
});

ruleTester("eval/grade", {
  valid: [
    { name: "the reference", wb: ref() },
    { name: "without diacritics", wb: ref({ note: "Xep loai: xuat sac" }) },
    { name: "not written", wb: ref({ note: null }) },
    { name: "the grade alone in the note cell", wb: ref({ note: "Xuất sắc" }) },
    { name: "another note is not a grade", wb: ref({ note: "Đã thẩm định" }) },
    {
      name: "15 exactly is Tốt",
      wb: ref({
        self: with_(0, 0, with_(1, 1.2)),
        appraised: Array(9).fill(null),
        totalSelf: null,
        totalAppraised: null,
        note: "Xếp loại: Tốt",
      }),
    },
  ],
  invalid: [
    {
      name: "Tốt written, 17.4 appraised",
      wb: ref({ note: "Xếp loại: Tốt" }),
      findings: [
        { row: 15, col: 6, says: ['Xếp loại ghi "Tốt"', "tổng điểm thẩm định 17,4", '"Xuất sắc"'] },
      ],
    },
    {
      name: "graded on the self total when appraisal is incomplete",
      wb: ref({
        self: with_(0, 0, with_(1, 1.2)),
        appraised: with_(0, null),
        totalSelf: null,
        totalAppraised: null,
        note: "Xếp loại: Xuất sắc",
      }),
      findings: [{ row: 15, col: 6, says: ["tổng điểm tự chấm 15", '"Tốt"'] }],
    },
    {
      name: "label and grade in separate cells",
      wb: {
        sheets: [
          sheetFromRows("S", [
            ["Chỉ số", "Tên chỉ số", "Điểm chuẩn", "Điểm tự chấm"],
            ...REF_SCORES.map((s, i) => [i + 1, "x", 2, s]),
            ["Tổng cộng", null, 18, 17.4, "Xếp loại:", "Khá"],
          ]),
        ],
      },
      findings: [{ row: 11, col: 6, says: ['"Khá"', '"Xuất sắc"'] }],
    },
  ],
});

ruleTester("eval/satisfaction-sum", {
  valid: [
    { name: "the reference", wb: ref() },
    { name: "all empty: not evaluated", wb: ref({ shares: [null, null, null, null, null] }) },
    { name: "99.9", wb: ref({ shares: [0, 0, 0, 21.4, 78.5] }) },
    { name: "100.1", wb: ref({ shares: [0, 0, 0.1, 21.4, 78.6] }) },
    { name: "as text with %", wb: ref({ shares: ["0", "0", "0", "21,4%", "78,6%"] }) },
    // One-stop systems' exports write 0.158 for 15.8% (issue 10): fractions that make 1 are percents.
    {
      name: "fractions without a % format that make 1 (0.214, 0.786)",
      wb: ref({ shares: [0, 0, 0, 0.214, 0.786] }),
    },
    {
      name: "percentage-formatted fractions",
      wb: ref({
        shares: [
          0,
          0,
          0,
          { value: 0.214, numberFormat: "0.0%" },
          { value: 0.786, numberFormat: "0.0%" },
        ],
      }),
    },
    {
      name: "rounded shares of counted ballots that miss 100 by 0.2",
      wb: referenceWorkbook(
        { shares: [7.1, 7.1, 7.1, 7.1, 71.4], ballotsLine: ["Số phiếu đánh giá: 14"] },
        [
          ballotsSheet([
            ...uniformBallots(1, 2, "Rất không hài lòng"),
            ...uniformBallots(1, 2, "Không hài lòng"),
            ...uniformBallots(1, 2, "Bình thường"),
            ...uniformBallots(1, 2, "Hài lòng"),
            ...uniformBallots(10, 2, "Rất hài lòng"),
          ]),
        ]
      ),
    },
  ],
  invalid: [
    {
      name: "99.8",
      wb: ref({ shares: [0, 0, 0, 21.4, 78.4] }),
      findings: [{ row: 19, col: 1, says: ["99,8%", "không phải 100%"] }],
    },
    // Fractions that do not make one are not read as percents: their sum is shown as typed.
    {
      name: "fractions without a % format that do not make 1",
      wb: ref({ shares: [0, 0, 0, 0.2, 0.7] }),
      findings: [{ row: 19, col: 1, says: ["0,9%"] }],
    },
    {
      name: "not a number",
      wb: ref({ shares: [0, 0, "không", 21.4, 78.6] }),
      findings: [{ row: 19, col: 3, says: ['"Bình thường"', '"không"'] }],
    },
    {
      name: "the same 99.8 typed without ballots",
      wb: ref({ shares: [7.1, 7.1, 7.1, 7.1, 71.4] }),
      findings: [{ row: 19, col: 1, says: ["99,8%"] }],
    },
  ],
});

const three = ballotsSheet(uniformBallots(3, 2, "Rất hài lòng"));
ruleTester("eval/ballot-count", {
  valid: [
    { name: "the reference (nothing to count)", wb: ref() },
    { name: "3 ballots, 3 written", wb: ref({ ballotsLine: ["Số phiếu đánh giá: 3"] }, [three]) },
    { name: "separate cell", wb: ref({ ballotsLine: ["Số phiếu đánh giá:", 3] }, [three]) },
    {
      name: "counts per level summing to 103",
      wb: ref({
        shares: null,
        counts: ["Số phiếu", 0, 0, 0, 22, 81],
        levels: [
          "",
          ...["Rất không hài lòng", "Không hài lòng", "Bình thường", "Hài lòng", "Rất hài lòng"],
        ],
      }),
    },
    { name: "blank", wb: ref({ ballotsLine: ["Số phiếu đánh giá:"] }, [three]) },
  ],
  invalid: [
    {
      name: "103 written, 3 ballots",
      wb: ref({}, [three]),
      findings: [{ row: 3, col: 1, says: ["ghi 103", 'sheet "Phiếu" có 3 phiếu'] }],
    },
    {
      name: "separate cell",
      wb: ref({ ballotsLine: ["Số phiếu đánh giá:", 5] }, [three]),
      findings: [{ row: 3, col: 2, says: ["ghi 5"] }],
    },
    {
      name: "counts per level summing to 100",
      wb: ref({
        shares: null,
        counts: ["Số phiếu", 0, 0, 0, 22, 78],
        levels: [
          "",
          "Rất không hài lòng",
          "Không hài lòng",
          "Bình thường",
          "Hài lòng",
          "Rất hài lòng",
        ],
      }),
      findings: [{ row: 3, col: 1, says: ["ghi 103", "cộng lại là 100"] }],
    },
    {
      name: "not a number",
      wb: ref({ ballotsLine: ["Số phiếu đánh giá: nhiều"] }, [three]),
      findings: [{ row: 3, col: 1, says: ['"nhiều"'] }],
    },
  ],
});

ruleTester("eval/ballot-value", {
  valid: [
    {
      name: "0, 1, 2 and the five levels",
      wb: ref({}, [ballotsSheet([{ scores: [0, 1, 2, 0, 1, 2, 0, 1, 2], level: "Bình thường" }])]),
    },
    {
      name: "text digits and a level without diacritics",
      wb: ref({}, [
        ballotsSheet([{ scores: ["2", "1", 2, 2, 2, 2, 2, 2, 2], level: "rat hai long" }]),
      ]),
    },
    {
      name: "blanks are not values (see eval/ballot-blank)",
      wb: ref({}, [ballotsSheet([{ scores: [null, 2, 2, 2, 2, 2, 2, 2, 2], level: null }])]),
    },
  ],
  invalid: [
    {
      name: "a 3, a 1.5, an x and an unknown level",
      wb: ref({}, [
        ballotsSheet([
          { scores: [2, 2, 3, 2, 2, 2, 2, 2, 2], level: "Hài lòng" },
          { scores: [2, 1.5, 2, 2, 2, 2, 2, 2, "x"], level: "Tạm được" },
        ]),
      ]),
      findings: [
        { row: 2, col: 4, sheet: "Phiếu", says: ["dòng 2", "chỉ số 3", '"3"', "0, 1 hoặc 2"] },
        { row: 3, col: 3, says: ["chỉ số 2", '"1.5"'] },
        { row: 3, col: 10, says: ["chỉ số 9", '"x"'] },
        { row: 3, col: 11, says: ['"Tạm được"', "năm mức"] },
      ],
    },
  ],
});

ruleTester("eval/ballot-blank", {
  valid: [
    { name: "complete ballots", wb: ref({}, [ballotsSheet(uniformBallots(2, 1, "Hài lòng"))]) },
  ],
  invalid: [
    {
      name: "blank scores and a blank level",
      wb: ref({}, [
        ballotsSheet([
          { scores: [2, 2, null, 2, 2, 2, null, 2, 2], level: "Hài lòng" },
          { scores: [2, 2, 2, 2, 2, 2, 2, 2, 2], level: null },
        ]),
      ]),
      findings: [
        { row: 2, col: 4, says: ["dòng 2", "chỉ số 3, 7"] },
        { row: 3, col: 11, says: ["mức độ hài lòng"] },
      ],
    },
  ],
});

const t06a = (early: number, onTime: number, late: number) => ({
  early,
  onTime,
  late,
  resolved: early + onTime + late,
});
ruleTester("eval/index1-estimate", {
  valid: [
    { name: "no 06a totals", wb: ref() },
    {
      name: "1.8 against 1.7 (the reference's 06a)",
      wb: ref(),
      opts: { totals06a: t06a(60, 22, 0) },
    },
    {
      name: "exactly 0.3 apart",
      wb: ref({ self: with_(0, 2), totalSelf: 17.6 }),
      opts: { totals06a: t06a(60, 22, 0) },
    },
    {
      name: "nothing resolved",
      wb: ref(),
      opts: { totals06a: { early: 0, onTime: 0, late: 0, resolved: 0 } },
    },
  ],
  invalid: [
    {
      name: "1.8 against 0.5",
      wb: ref(),
      opts: { totals06a: t06a(10, 20, 52) },
      findings: [
        {
          row: 6,
          col: 4,
          says: ["chỉ số 1 là 1,8", "ước tính 0,5", "10 hồ sơ trước hạn", "82 hồ sơ"],
        },
      ],
    },
    {
      name: "1.8 against 1.4",
      wb: ref(),
      opts: { totals06a: t06a(30, 40, 12) },
      findings: [{ row: 6, col: 4 }],
    },
  ],
});

describe("the registry", () => {
  it("has one rule per ID with the contract's severities", () => {
    const ids = EVAL_RULES.map((r) => [r.meta.id, r.meta.severity]);
    expect(ids).toEqual([
      ["eval/score-range", "error"],
      ["eval/total", "error"],
      ["eval/grade", "warning"],
      ["eval/satisfaction-sum", "error"],
      ["eval/ballot-count", "warning"],
      ["eval/ballot-value", "error"],
      ["eval/ballot-blank", "warning"],
      ["eval/index1-estimate", "warning"],
    ]);
    for (const r of EVAL_RULES) {
      expect(r.meta.description.length).toBeGreaterThan(10);
      expect(r.meta.source.length).toBeGreaterThan(10);
    }
  });

  it("sorts findings by sheet order, row and column", () => {
    const a = analyzeEvaluation(
      ref({ self: with_(2, 5), totalSelf: 1, note: "Xếp loại: Yếu" }, [
        ballotsSheet([{ scores: [9, 2, 2, 2, 2, 2, 2, 2, 2], level: "Hài lòng" }]),
      ])
    )!;
    const pos = a.result.findings.map((f) => [f.sheet, f.row, f.col]);
    expect(pos).toEqual([
      ["Đánh giá", 3, 1],
      ["Đánh giá", 8, 4],
      ["Đánh giá", 15, 4],
      ["Đánh giá", 15, 6],
      ["Phiếu", 2, 2],
    ]);
  });
});
