import { REPORT_MSG } from "../../src/core/messages/report";
import {
  buildReportData,
  fieldName,
  parsePeriodText,
  periodLabel,
  unitProse,
} from "../../src/core/report";
import { sampleTextSheet } from "../../src/samples/textSheet";
import { defaultAuthority, issuingBody, sharesTo100 } from "../../src/core/report/data";
import { sample06a, sampleScore } from "./fixtures";

const sample = () =>
  buildReportData({
    form06a: sample06a(),
    score: sampleScore(),
    text: sampleTextSheet(),
    textMissing: [],
  });

describe("buildReportData from the sample", () => {
  test("no warnings", () => {
    expect(sample().warnings).toEqual([]);
  });

  test("06a totals, each figure", () => {
    const t = sample().data.form06a!.total;
    expect(t).toMatchObject({
      received: 85,
      online: 84,
      direct: 0,
      carriedOver: 1,
      resolved: 82,
      early: 60,
      onTime: 22,
      late: 0,
      pending: 3,
      withinTime: 3,
      overdue: 0,
    });
    expect(t.shares).toEqual({
      early: 73.2,
      onTime: 26.8,
      late: 0,
      onTimeOrEarly: 100,
      online: 100,
      overdue: 0,
    });
  });

  test("fields with dossiers, in the form's order, without the leading 'Lĩnh vực'", () => {
    const f = sample().data.form06a!;
    expect(f.fields.map((r) => [r.field, r.received])).toEqual([
      ["Chứng thực", 31],
      ["Hộ tịch", 54],
    ]);
    expect(f.rows).toHaveLength(8);
    expect(f.fields[0].shares.early).toBe(63.3); // 19/30
  });

  test("the nine scores, total, grade, ballots, satisfaction", () => {
    const e = sample().data.evaluation!;
    expect(e.indices.map((i) => i.score)).toEqual([1.8, 1.8, 2, 2, 2, 2, 1.8, 2, 2]);
    expect(e.total).toEqual({ max: 18, self: 17.4, appraised: 17.4, score: 17.4 });
    expect(e.grade).toBe("Xuất sắc");
    expect(e.ballots).toBe(103);
    expect(e.satisfaction.verySatisfied).toBe(78.6);
    expect(e.satisfaction.satisfied).toBe(21.4);
    expect(e.levels.map((l) => l.label)).toEqual([
      "Rất không hài lòng",
      "Không hài lòng",
      "Bình thường",
      "Hài lòng",
      "Rất hài lòng",
    ]);
  });

  test("period: quý I năm 2024 from the 06a end date 14/03/2024", () => {
    const p = sample().data.period;
    expect(p).toMatchObject({
      label: "quý I năm 2024",
      labelCap: "Quý I năm 2024",
      kind: "quarter",
      year: 2024,
      asOf: "14/03/2024",
    });
  });

  test("header fields", () => {
    const h = sample().data.header;
    expect(h).toEqual({
      parentBody: "UBND THỊ XÃ BỈM SƠN",
      unit: "ỦY BAN NHÂN DÂN\nPHƯỜNG PHÚ SƠN",
      author: "Ủy ban nhân dân phường Phú Sơn",
      annexNote:
        "(Kèm theo Báo cáo số      /BC-UBND ngày 15/03/2024 của Ủy ban nhân dân phường Phú Sơn)",
      number: "Số:      /BC-UBND",
      place: "Phú Sơn",
      date: { y: 2024, m: 3, d: 15 },
      year: 2024,
      title: "BÁO CÁO",
      subject: expect.stringMatching(/kiểm soát thủ tục hành chính.*quý I năm 2024$/),
      recipients: ["UBND thị xã Bỉm Sơn"],
      noiNhan: ["UBND thị xã (b/c);", "Lưu: VT, VP."],
      signature: { authority: "KT. CHỦ TỊCH", title: "PHÓ CHỦ TỊCH", name: "Bùi Duy Hòa" },
    });
    expect(sample().data.unit).toEqual({
      name: "UBND phường Phú Sơn",
      upper: "UBND PHƯỜNG PHÚ SƠN",
      short: "UBND phường",
      kind: "phường",
    });
  });

  test("text-sheet figures, with the level 3 + 4 sums", () => {
    expect(sample().data.figures).toMatchObject({
      published: 219,
      toReview: 52,
      reviewed: 7,
      reviewCompletion: 100,
      feedback: 0,
      dvcLevel3: 72,
      dvcLevel4: 30,
      dvcTotal: 102,
      dvcDossiersTotal: 84,
      eCopies: 9,
    });
  });
});

describe("without the text sheet", () => {
  const noText = () =>
    buildReportData({
      form06a: sample06a(),
      score: sampleScore(),
      text: null,
      textMissing: ["Thuyết minh"],
    });

  test("unit and period come from the 06a title block; the rest is a dotted blank", () => {
    const { data } = noText();
    expect(data.unit.name).toBe("UBND phường Phú Sơn");
    expect(data.header.unit).toBe("ỦY BAN NHÂN DÂN\nPHƯỜNG PHÚ SƠN");
    expect(data.header.place).toBe("Phú Sơn");
    expect(data.header.parentBody).toBeUndefined();
    expect(data.header.number).toBe("Số:      /BC-UBND");
    expect(data.header.date).toBeNull();
    expect(data.header.year).toBe(2024);
    expect(data.header.recipients).toEqual(["…"]);
    // The authority line is always there: the default for the chair (NĐ 30/2020, Phụ lục I, II.8).
    expect(data.header.signature).toEqual({
      authority: "TM. ỦY BAN NHÂN DÂN",
      title: "CHỦ TỊCH",
      name: "…",
    });
    expect(data.period.label).toBe("quý I năm 2024");
    expect(data.figures.published).toBeNull();
    expect(data.hasTextSheet).toBe(false);
    expect(Object.values(data.sections).every((s) => s === "")).toBe(true);
  });

  test("one warning names what is missing", () => {
    const { warnings } = noText();
    expect(warnings).toHaveLength(1);
    const w = warnings[0];
    expect(w).toContain('không có trang "Thuyết minh"');
    for (const item of [
      "cơ quan cấp trên",
      "nơi gửi (Kính gửi)",
      "ngày báo cáo",
      "số văn bản",
      "họ tên người ký",
      "nơi nhận",
      "số liệu bổ sung",
    ]) {
      expect(w).toContain(item);
    }
    expect(w).not.toContain("tên đơn vị"); // it came from Biểu 06a
  });

  test("with neither text sheet, 06a nor evaluation, still a report with warnings", () => {
    const { data, warnings } = buildReportData({
      form06a: null,
      score: null,
      text: null,
      textMissing: [],
    });
    expect(data.unit.name).toBe("…");
    expect(data.period.label).toBe("…");
    expect(data.form06a).toBeNull();
    expect(data.evaluation).toBeNull();
    expect(warnings).toEqual(
      expect.arrayContaining([
        REPORT_MSG.no06a,
        REPORT_MSG.noScore,
        REPORT_MSG.noPeriod,
        REPORT_MSG.noUnit,
      ])
    );
  });
});

describe("warnings", () => {
  test("a text sheet with empty items names them", () => {
    const text = sampleTextSheet();
    text.signerName = "";
    const { data, warnings } = buildReportData({
      form06a: sample06a(),
      score: sampleScore(),
      text,
      textMissing: ["Họ tên người ký"],
    });
    expect(data.header.signature.name).toBe("…");
    expect(warnings).toEqual([REPORT_MSG.textMissing(["Họ tên người ký"])]);
  });

  test("a period on the text sheet that differs from 06a wins, with a warning", () => {
    const text = { ...sampleTextSheet(), period: "Quý II năm 2024" };
    const { data, warnings } = buildReportData({
      form06a: sample06a(),
      score: sampleScore(),
      text,
      textMissing: [],
    });
    expect(data.period.label).toBe("quý II năm 2024");
    expect(warnings).toEqual([REPORT_MSG.periodMismatch("quý II năm 2024", "quý I năm 2024")]);
  });

  test("a unit that differs from the 06a title block is a warning; capitals vs prose is not", () => {
    const text = { ...sampleTextSheet(), unit: "Ủy ban nhân dân phường Phú Sơn" };
    expect(
      buildReportData({ form06a: sample06a(), score: sampleScore(), text, textMissing: [] })
        .warnings
    ).toEqual([]);
    const other = { ...sampleTextSheet(), unit: "UBND phường Ba Đình" };
    expect(
      buildReportData({ form06a: sample06a(), score: sampleScore(), text: other, textMissing: [] })
        .warnings[0]
    ).toContain("Ba Đình");
  });

  test("satisfaction given as ballot counts is turned into shares", () => {
    const score = sampleScore();
    score.satisfaction = {
      veryDissatisfied: 0,
      dissatisfied: 0,
      neutral: 0,
      satisfied: 22,
      verySatisfied: 81,
    };
    const { data, warnings } = buildReportData({
      form06a: sample06a(),
      score,
      text: sampleTextSheet(),
      textMissing: [],
    });
    expect(data.evaluation!.satisfaction.verySatisfied).toBe(78.6);
    expect(data.evaluation!.satisfaction.satisfied).toBe(21.4);
    expect(warnings).toEqual([]);
  });

  test("zero denominators give null shares, not NaN", () => {
    const f = sample06a();
    f.total = {
      ...f.total,
      online: 0,
      direct: 0,
      resolved: 0,
      early: 0,
      onTime: 0,
      late: 0,
      pending: 0,
      withinTime: 0,
      overdue: 0,
    };
    const s = buildReportData({ form06a: f, score: null, text: null, textMissing: [] }).data
      .form06a!.total.shares;
    expect(Object.values(s).every((v) => v === null)).toBe(true);
  });
});

describe("period labels (cut-off days of NĐ 09/2019)", () => {
  const d = (s: string) => {
    const [dd, mm, yy] = s.split("/").map(Number);
    return { y: yy, m: mm, d: dd };
  };
  test.each([
    ["15/12/2023", "14/03/2024", "quý I năm 2024"],
    ["01/01/2024", "14/03/2024", "quý I năm 2024"],
    ["01/01/2024", "31/03/2024", "quý I năm 2024"],
    ["15/03/2024", "14/06/2024", "quý II năm 2024"],
    ["15/06/2024", "14/09/2024", "quý III năm 2024"],
    ["15/09/2024", "14/12/2024", "quý IV năm 2024"],
    ["15/12/2023", "14/06/2024", "6 tháng đầu năm 2024"],
    ["15/12/2023", "14/09/2024", "9 tháng năm 2024"],
    ["15/12/2023", "14/12/2024", "năm 2024"],
    ["15/02/2024", "14/03/2024", "tháng 3 năm 2024"],
  ])("%s – %s → %s", (from, to, label) => {
    expect(periodLabel(d(from), d(to)).label).toBe(label);
  });

  test("period text as clerks write it", () => {
    expect(parsePeriodText("Quý I năm 2024")?.label).toBe("quý I năm 2024");
    expect(parsePeriodText("QUY 3/2024")?.label).toBe("quý III năm 2024");
    expect(parsePeriodText("6 tháng đầu năm 2024")?.kind).toBe("six-months");
    expect(parsePeriodText("9 THÁNG NĂM 2024")).toEqual({
      kind: "nine-months",
      year: 2024,
      no: null,
      label: "9 tháng năm 2024",
    });
    expect(parsePeriodText("6 tháng 2025")?.label).toBe("6 tháng đầu năm 2025");
    expect(parsePeriodText("Năm 2024")?.kind).toBe("year");
    expect(parsePeriodText("đợt 1")).toBeNull();
  });
});

test("names for prose", () => {
  expect(unitProse("UBND PHƯỜNG PHÚ SƠN")).toBe("UBND phường Phú Sơn");
  expect(unitProse("ỦY BAN NHÂN DÂN THỊ XÃ BỈM SƠN")).toBe("Ủy ban nhân dân thị xã Bỉm Sơn");
  expect(unitProse("UBND xã Hà Lan")).toBe("UBND xã Hà Lan");
  expect(fieldName("Lĩnh vực Chứng thực")).toBe("Chứng thực");
  expect(fieldName("Lĩnh Vực phòng chống thiên tai")).toBe("Phòng chống thiên tai");
  expect(fieldName("Đường bộ")).toBe("Đường bộ");
});

describe("issue 13: one source per figure, shares that add up, late dossiers explained", () => {
  test("sharesTo100: largest remainder, the shares add up to exactly 100", () => {
    expect(sharesTo100([1, 1, 1])).toEqual([33.4, 33.3, 33.3]);
    expect(sharesTo100([49, 25, 6])).toEqual([61.3, 31.2, 7.5]);
    expect(sharesTo100([0, 0])).toEqual([null, null]);
    for (const c of [
      [1, 2, 4],
      [7, 7, 7, 7, 1],
      [60, 22, 0],
      [1, 0, 0, 0, 2],
    ]) {
      const s = sharesTo100(c) as number[];
      expect(Math.round(s.reduce((a, b) => a + b, 0) * 10)).toBe(1000);
    }
  });

  test("online dossiers held twice: Biểu 06a wins, the warning names both cells", () => {
    const form = sample06a();
    form.total.online = 0;
    form.onlineCell = "Biểu 06a!D40";
    const { data, warnings } = buildReportData({
      form06a: form,
      score: sampleScore(),
      text: sampleTextSheet(),
      textMissing: [],
      textCells: { dvcDossiersLevel3: "Thuyết minh!B27", dvcDossiersLevel4: "Thuyết minh!B28" },
    });
    expect(data.figures.dvcDossiersTotal).toBe(0);
    expect(data.figures.dvcDossiersLevel3).toBeNull();
    const w = warnings.find((x) => x.includes("Biểu 06a!D40"));
    expect(w).toContain("Thuyết minh!B27, Thuyết minh!B28");
    expect(w).toContain("ghi 84");
  });

  test("late dossiers without causes or apology letters: a warning says what is missing", () => {
    const form = sample06a();
    form.total.late = 2;
    const { data, warnings } = buildReportData({
      form06a: form,
      score: sampleScore(),
      text: sampleTextSheet(),
      textMissing: [],
    });
    expect(data.late).toMatchObject({ any: true, resolvedLate: 2, causes: "", apologies: "" });
    expect(warnings.some((w) => w.includes("chưa ghi nguyên nhân"))).toBe(true);
  });

  test("the issuing body in full; the authority line by the signer's title", () => {
    expect(issuingBody("UBND phường Phú Sơn")).toBe("ỦY BAN NHÂN DÂN\nPHƯỜNG PHÚ SƠN");
    expect(issuingBody("Ủy ban nhân dân xã Hà Lĩnh")).toBe("ỦY BAN NHÂN DÂN\nXÃ HÀ LĨNH");
    expect(defaultAuthority("Phó Chủ tịch")).toBe("KT. CHỦ TỊCH");
    expect(defaultAuthority("CHỦ TỊCH")).toBe("TM. ỦY BAN NHÂN DÂN");
  });
});
