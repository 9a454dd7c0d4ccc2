// Biểu 06a by unit (issue 10): when column (2) names units, the report's table says "Đơn vị".
import { buildReportData } from "../../src/core/report";
import { sampleTextSheet } from "../../src/samples/textSheet";
import { table06a } from "../../src/docx/report";
import { sample06a, sampleScore } from "./fixtures";

const tableOf = (rowsAreUnits: boolean) => {
  const form06a = { ...sample06a(), ...(rowsAreUnits ? { rowsAreUnits: true } : {}) };
  const { data } = buildReportData({
    form06a,
    score: sampleScore(),
    text: sampleTextSheet(),
    textMissing: [],
  });
  const t = table06a(data, false);
  if (!t) throw new Error("no table");
  return { header: t.header[0][1].text, note: (t.note ?? []).join(" ") };
};

test("rows of units: the name column and the note speak of đơn vị", () => {
  const t = tableOf(true);
  expect(t.header).toBe("Đơn vị");
  expect(t.note).not.toMatch(/lĩnh vực/);
});

test("rows of fields: as before", () => {
  const t = tableOf(false);
  expect(t.header).toMatch(/^Lĩnh vực/);
});
