// "Tạo biểu mẫu" creates the sheets of the period's regime (issue 11); the pane's setting overrides it.
import { createFakeExcel } from "../../src/fake-excel";
import { PaneController } from "../../src/taskpane/controller";

function emptyPane() {
  const fake = createFakeExcel({
    sheets: [{ name: "Sheet1", top: 1, left: 1, data: [], merges: [] }],
  });
  return { fake, pane: new PaneController({ run: fake.run, office: fake.office }) };
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
  });
  test("Q1/2025 (NĐ 61/2018): the nine-index sheets as before", async () => {
    const { pane } = emptyPane();
    const r = await pane.createForms({ unit: "UBND xã Hà Lan", quarter: 1, year: 2025 });
    expect(Object.values(r.sheets)).toEqual([
      "Biểu 06a",
      "Đánh giá",
      "Phiếu đánh giá",
      "Thuyết minh",
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
