// The report under Nghị định 118/2025/NĐ-CP (issue 11): the Q3/2026 sample (phường Hạc Thành)
// against the seed's Q1/2024 report, on the text of word/document.xml.
import * as fs from "fs";
import * as path from "path";
import { analyse, reportDataOf } from "../../src/core/workbook";
import { generateReport } from "../../src/docx/report";
import { TEMPLATE_ND118 } from "../../src/docx/templateNd118";
import { snapshotOf } from "../../src/host/xlsx";
import { buildSampleWorkbook } from "../../src/samples/build";
import { buildNd118SampleWorkbook } from "../../src/samples/sampleNd118";
import { openDocx, paragraphTexts } from "../docx/docx-xml";

async function reportText(
  book: ReturnType<typeof buildSampleWorkbook>,
  regime?: "nd61-2018" | "nd118-2025"
) {
  const snap = snapshotOf(book);
  const a = analyse(snap, { regime });
  const { data, warnings } = reportDataOf(snap, a);
  const bytes = await generateReport(data);
  const docx = await openDocx(bytes);
  return { text: paragraphTexts(docx.document).join("\n"), data, warnings, a };
}

describe("report under NĐ 118/2025 (Q3/2026 sample)", () => {
  let r: Awaited<ReturnType<typeof reportText>>;
  beforeAll(async () => {
    r = await reportText(buildNd118SampleWorkbook());
  });

  test("the regime is chosen by the period's end date (14/09/2026)", () => {
    expect(r.a.regime.regime.id).toBe("nd118-2025");
    expect(r.a.regime.source).toBe("period");
    expect(r.a.findings.filter((f) => f.rule.startsWith("regime/"))).toEqual([]);
  });
  test("first citation of NĐ 118/2025 with date and subject, TT 03/2025 cited, NĐ 61/2018 never", () => {
    expect(r.text).toContain(
      "Nghị định số 118/2025/NĐ-CP ngày 09 tháng 6 năm 2025 của Chính phủ về thực hiện thủ tục hành chính theo cơ chế một cửa"
    );
    expect(r.text).toContain("Thông tư số 03/2025/TT-VPCP ngày 15 tháng 9 năm 2025");
    expect(r.text).not.toMatch(/61\/2018/);
  });
  test("names the phường's Trung tâm Phục vụ hành chính công", () => {
    expect(r.text).toContain("Trung tâm Phục vụ hành chính công phường Hạc Thành");
  });
  test("addressed to the province and its Văn phòng", () => {
    const lines = r.text.split("\n");
    const k = lines.indexOf("Kính gửi:");
    expect(lines.slice(k + 1, k + 3)).toEqual([
      "- UBND tỉnh Thanh Hóa;",
      "- Văn phòng UBND tỉnh Thanh Hóa.",
    ]);
  });
  test("no district anywhere (huyện, thị xã, quận)", () => {
    expect(r.text).not.toMatch(/huyện|thị xã|quận/iu);
  });
  test("evaluation per Điều 33.1 a)–i) with counts and shares; Điều 32.1 figures as typed", () => {
    expect(r.text).toContain("khoản 1 Điều 33 Nghị định số 118/2025/NĐ-CP");
    expect(r.text).toContain(
      "- Nội dung a) Thời gian trả kết quả so với quy định: 512 lượt đánh giá; Rất không hài lòng 0%, Không hài lòng 0,4%"
    );
    expect(r.text).toContain("- Nội dung i) Nội dung khác: chưa có lượt đánh giá.");
    expect(r.text).toContain("- c) Số hóa hồ sơ: 20,1.");
    expect(r.text).toContain("- Tổng hợp do tỉnh công bố: 85,5.");
    // No nine indices, no grade of our own.
    expect(r.text).not.toMatch(/chín chỉ số|Xuất sắc|[Tt]ổng điểm/u);
  });
});

describe("the seed's Q1/2024 report stays under NĐ 61/2018", () => {
  test("NĐ 61/2018, 17,4/18, Xuất sắc; no NĐ 118; no regime/district finding", async () => {
    const r = await reportText(buildSampleWorkbook());
    expect(r.a.findings.filter((f) => f.rule.startsWith("regime/"))).toEqual([]);
    expect(r.a.regime.regime.id).toBe("nd61-2018");
    expect(r.text).toContain("theo chín chỉ số của Nghị định số 61/2018/NĐ-CP");
    expect(r.text).toContain("17,4/18");
    expect(r.text).toContain("Xuất sắc");
    expect(r.text).not.toMatch(/118\/2025/);
    expect(r.text).toContain("UBND thị xã Bỉm Sơn");
  });
  test("a host option overrides: the seed under nd118 warns about the district it is addressed to", async () => {
    const r = await reportText(buildSampleWorkbook(), "nd118-2025");
    expect(r.data.regime.id).toBe("nd118-2025");
    const d = r.a.findings.filter((f) => f.rule === "regime/district");
    expect(
      d.map((f) => f.message).some((m) => /không còn cấp huyện/.test(m) && /thị xã Bỉm Sơn/.test(m))
    ).toBe(true);
    expect(new Set(d.map((f) => f.sheet))).toEqual(new Set(["Thuyết minh"]));
    expect(r.text).toContain("Nghị định số 118/2025/NĐ-CP ngày 09 tháng 6 năm 2025");
    // The workbook's nine-index sheet: printed as the province's own method, not the decree's.
    expect(r.text).toContain(
      "Theo bộ chỉ số chấm điểm riêng do tỉnh quy định (không phải nội dung của Nghị định số 118/2025/NĐ-CP): " +
        "tổng điểm 17,4/18 điểm, xếp loại Xuất sắc."
    );
    expect(r.text).not.toMatch(/61\/2018/);
  });
});

test("templates/bao-cao-quy-nd118.hbs is the template, imported as text (the one copy)", () => {
  expect(
    fs.readFileSync(path.join(__dirname, "../../templates/bao-cao-quy-nd118.hbs"), "utf8")
  ).toBe(TEMPLATE_ND118);
});

test("a Q3/2025 workbook (15/06–14/09/2025) straddles 01/07/2025: reported under NĐ 118/2025, warned at the period cell", async () => {
  const ExcelJS = (await import("exceljs")).default;
  const { layout06a } = await import("../../src/core/form06a/layout");
  const { hacThanh06aLayout } = await import("../../src/samples/sampleNd118");
  const { applyEdits } = await import("../../src/host/xlsx");
  const wb = new ExcelJS.Workbook();
  applyEdits(
    wb,
    layout06a({
      ...hacThanh06aLayout(),
      period: { from: { y: 2025, m: 6, d: 15 }, to: { y: 2025, m: 9, d: 14 } },
    })
  );
  const a = analyse(snapshotOf(wb));
  expect(a.regime.regime.id).toBe("nd118-2025");
  const f = a.findings.filter((x) => x.rule === "regime/straddle");
  expect(f).toHaveLength(1);
  expect(f[0]).toMatchObject({ severity: "warning", sheet: "Biểu 06a", row: 3, col: 3 });
  expect(f[0].message).toMatch(/15\/06\/2025–14\/09\/2025.*Nghị định 118\/2025\/NĐ-CP/);
});

test('the Thuyết minh cell "Chế độ báo cáo" overrides the period; an unreadable one warns at its cell', async () => {
  const { hacThanhTextSheet } = await import("../../src/samples/sampleNd118");
  const { layoutTextSheet } = await import("../../src/core/report");
  const { applyEditsToSnapshot } = await import("../../src/core/snapshotEdits");
  const base = snapshotOf(buildNd118SampleWorkbook());
  const withText = (regime: string) => {
    const wb = { sheets: base.sheets.filter((s) => s.name !== "Thuyết minh") };
    return applyEditsToSnapshot(
      wb,
      layoutTextSheet({ sheet: "Thuyết minh", values: { ...hacThanhTextSheet(), regime } })
    );
  };
  const a = analyse(withText("Nghị định 61/2018/NĐ-CP"));
  expect(a.regime.regime.id).toBe("nd61-2018");
  expect(a.regime.source).toBe("sheet");
  const b = analyse(withText("theo luật mới"));
  expect(b.regime.regime.id).toBe("nd118-2025");
  const f = b.findings.filter((x) => x.rule === "regime/unknown");
  expect(f).toHaveLength(1);
  expect(f[0].sheet).toBe("Thuyết minh");
});

test("I.8: “một phần / toàn trình” (NĐ 118/2025) from a Thuyết minh in either wording; the seed's “mức độ 3/4” (NĐ 61/2018)", async () => {
  const { hacThanhTextSheet } = await import("../../src/samples/sampleNd118");
  const { layoutTextSheet } = await import("../../src/core/report");
  const { applyEditsToSnapshot } = await import("../../src/core/snapshotEdits");
  const base = snapshotOf(buildNd118SampleWorkbook());
  expect(
    base.sheets
      .find((s) => s.name === "Thuyết minh")!
      .data.flat()
      .map((c) => c?.value)
      .filter((v) => typeof v === "string" && /^Số .*dịch vụ công trực tuyến/.test(v))
  ).toEqual([
    "Số TTHC dịch vụ công trực tuyến một phần",
    "Số TTHC dịch vụ công trực tuyến toàn trình",
    "Số hồ sơ dịch vụ công trực tuyến một phần",
    "Số hồ sơ dịch vụ công trực tuyến toàn trình",
  ]);
  const textOf = async (labels: "nd61-2018" | "nd118-2025", regime?: "nd61-2018") => {
    const wb = applyEditsToSnapshot(
      { sheets: base.sheets.filter((s) => s.name !== "Thuyết minh") },
      layoutTextSheet({ sheet: "Thuyết minh", values: hacThanhTextSheet(), regime: labels })
    );
    const a = analyse(wb, { regime });
    const { data } = reportDataOf(wb, a);
    const docx = await openDocx(await generateReport(data));
    return paragraphTexts(docx.document).join("\n");
  };
  const fresh = await textOf("nd118-2025");
  const old = await textOf("nd61-2018"); // a 2026 workbook still carrying the old labels
  for (const t of [fresh, old]) {
    expect(t).toContain("gồm 98 thủ tục một phần và 176 thủ tục toàn trình");
    expect(t).toContain("gồm 120 hồ sơ một phần và 233 hồ sơ toàn trình");
    expect(t).not.toMatch(/mức độ [34]/);
  }
  const seedWords = await textOf("nd118-2025", "nd61-2018");
  expect(seedWords).toContain("trong đó mức độ 3: 98 thủ tục, mức độ 4: 176 thủ tục");
});
