// Golden outputs of the default template: the markup the report body is made of, for the
// sample and for workbooks missing parts. Written once (UPDATE_GOLDEN=1) and compared since,
// so a change of template engine or helper cannot change a report unnoticed.
import * as fs from "fs";
import * as path from "path";
import { buildReportData, ReportData, } from "../../src/core/report";
import { sampleTextSheet } from "../../src/samples/textSheet";
import { renderReportMarkup } from "../../src/docx/template";
import { sample06a, sampleScore } from "./fixtures";

const cases: Record<string, () => ReportData> = {
  sample: () => buildReportData({ form06a: sample06a(), score: sampleScore(), text: sampleTextSheet(), textMissing: [] }).data,
  "no-text-sheet": () => buildReportData({ form06a: sample06a(), score: sampleScore(), text: null, textMissing: ["Thuyết minh"] }).data,
  "no-evaluation": () => buildReportData({ form06a: sample06a(), score: null, text: sampleTextSheet(), textMissing: [] }).data,
  "nothing-but-text": () => buildReportData({ form06a: null, score: null, text: sampleTextSheet(), textMissing: [] }).data,
  hostile: () => {
    const text = sampleTextSheet();
    text.sections.i1 = "# Tiêu đề giả\n- gạch đầu dòng giả\n::table bang06a\n**đậm** {{sections.i2}} <w:p> & \\n";
    text.sections.opening = "::signature";
    return buildReportData({ form06a: sample06a(), score: sampleScore(), text, textMissing: [] }).data;
  },
};

describe("golden markup of the default template", () => {
  for (const [name, make] of Object.entries(cases)) {
    test(name, () => {
      const file = path.join(__dirname, "golden", `${name}.md`);
      const markup = renderReportMarkup(make());
      if (process.env.UPDATE_GOLDEN) fs.writeFileSync(file, markup);
      expect(markup).toBe(fs.readFileSync(file, "utf8"));
    });
  }
});
