// "Tạo biểu mẫu" creates the sheets of the period's regime (issue 11); the pane's setting overrides it.
import { createFakeExcel } from "../../src/fake-excel";
import { PaneController } from "../../src/taskpane/controller";

function emptyPane() {
  const fake = createFakeExcel({
    sheets: [{ name: "Sheet1", top: 1, left: 1, data: [], merges: [] }],
  });
  return { fake, pane: new PaneController({ run: fake.run, office: fake.office }) };
}

/** Column A of the new Thuyết minh sheet: the online services' rows (NĐ 42/2022/NĐ-CP wording under NĐ 118). */
function dvcLabels(fake: ReturnType<typeof emptyPane>["fake"]): string[] {
  const out: string[] = [];
  for (let r = 1; r <= 80; r++) {
    const v = fake.workbook.cell("Thuyết minh", `A${r}`).value;
    if (typeof v === "string" && /^Số .*dịch vụ công trực tuyến/.test(v)) out.push(v);
  }
  return out;
}

describe("Tạo biểu mẫu by regime", () => {
  test("Q3/2026 (NĐ 118/2025): the Điều 33.1 and Điều 32.1 sheets instead of the nine indices and ballots", async () => {
    const { fake, pane } = emptyPane();
    const r = await pane.createForms({ unit: "UBND phường Hạc Thành", quarter: 3, year: 2026 });
    expect(Object.values(r.sheets)).toEqual([
      "Biểu 06a",
      "Đánh giá Điều 33",
      "Tiêu chí Điều 32",
      "Thuyết minh",
    ]);
    expect(fake.workbook.cell("Đánh giá Điều 33", "A13").value).toBe("a)");
    expect(fake.workbook.cell("Đánh giá Điều 33", "A21").value).toBe("i)");
    expect(fake.workbook.cell("Tiêu chí Điều 32", "B5").value).toBe("Công khai, minh bạch");
    expect(dvcLabels(fake)).toEqual([
      "Số TTHC dịch vụ công trực tuyến một phần",
      "Số TTHC dịch vụ công trực tuyến toàn trình",
      "Số hồ sơ dịch vụ công trực tuyến một phần",
      "Số hồ sơ dịch vụ công trực tuyến toàn trình",
    ]);
  });
  test("Q1/2025 (NĐ 61/2018): the nine-index sheets as before", async () => {
    const { fake, pane } = emptyPane();
    const r = await pane.createForms({ unit: "UBND xã Hà Lan", quarter: 1, year: 2025 });
    expect(Object.values(r.sheets)).toEqual([
      "Biểu 06a",
      "Đánh giá",
      "Phiếu đánh giá",
      "Thuyết minh",
    ]);
    expect(dvcLabels(fake)).toEqual([
      "Số TTHC dịch vụ công trực tuyến mức độ 3",
      "Số TTHC dịch vụ công trực tuyến mức độ 4",
      "Số hồ sơ dịch vụ công trực tuyến mức độ 3",
      "Số hồ sơ dịch vụ công trực tuyến mức độ 4",
    ]);
  });
  test("the pane's setting overrides the period", async () => {
    const { pane } = emptyPane();
    pane.regime = "nd61-2018";
    const r = await pane.createForms({ unit: "UBND phường Hạc Thành", quarter: 3, year: 2026 });
    expect(Object.values(r.sheets)).toEqual([
      "Biểu 06a",
      "Đánh giá",
      "Phiếu đánh giá",
      "Thuyết minh",
    ]);
  });
});
