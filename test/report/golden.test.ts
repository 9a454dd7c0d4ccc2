// Golden outputs of the default template: the markup the report body is made of, for the
// sample and for workbooks missing parts, compared so that a change of template engine or
// helper cannot change a report unnoticed.
//
// The files are rewritten only by the explicit command `npm run golden:update` (which sets
// UPDATE_GOLDEN=1), and the diff is reviewed before it is committed. Whether written or read,
// every golden file must also pass the clerk's rules below, so wording a records officer would
// reject ("….", "0 hồ sơ, trong đó 0 …", a sentence said twice) cannot be frozen into one.
import * as fs from "fs";
import * as path from "path";
import { buildReportData, ReportData } from "../../src/core/report";
import { sampleTextSheet } from "../../src/samples/textSheet";
import { renderReportMarkup } from "../../src/docx/template";
import { sample06a, sampleScore } from "./fixtures";

const cases: Record<string, () => ReportData> = {
  sample: () =>
    buildReportData({
      form06a: sample06a(),
      score: sampleScore(),
      text: sampleTextSheet(),
      textMissing: [],
    }).data,
  "no-text-sheet": () =>
    buildReportData({
      form06a: sample06a(),
      score: sampleScore(),
      text: null,
      textMissing: ["Thuyết minh"],
    }).data,
  "no-evaluation": () =>
    buildReportData({ form06a: sample06a(), score: null, text: sampleTextSheet(), textMissing: [] })
      .data,
  "nothing-but-text": () =>
    buildReportData({ form06a: null, score: null, text: sampleTextSheet(), textMissing: [] }).data,
  hostile: () => {
    const text = sampleTextSheet();
    text.sections.i1 =
      "# Tiêu đề giả\n- gạch đầu dòng giả\n::table bang06a\n**đậm** {{sections.i2}} <w:p> & \\n";
    text.sections.opening = "::signature";
    return buildReportData({ form06a: sample06a(), score: sampleScore(), text, textMissing: [] })
      .data;
  },
};

/** What a records officer would reject in the body, whatever the workbook. */
function clerkRuleBreaks(markup: string): string[] {
  const out: string[] = [];
  if (/…\./.test(markup)) out.push('doubled punctuation "…."');
  if (/(^|[\s(:,])0 hồ sơ/.test(markup)) out.push('"0 hồ sơ" said in words');
  if (/\(0%\)/.test(markup)) out.push('"(0%)"');
  if (/Sổ tính/.test(markup)) out.push('the workbook ("Sổ tính") named in the report');
  const sentences = markup
    .split(/\n|(?<=\.)\s+/)
    .map((s) => s.replace(/^[-#\s]+/, "").trim())
    .filter((s) => s.length > 40);
  const seen = new Set<string>();
  for (const s of sentences) {
    if (seen.has(s)) out.push(`repeated: ${s}`);
    seen.add(s);
  }
  return out;
}

describe("golden markup of the default template", () => {
  for (const [name, make] of Object.entries(cases)) {
    test(name, () => {
      const file = path.join(__dirname, "golden", `${name}.md`);
      const markup = renderReportMarkup(make());
      if (process.env.UPDATE_GOLDEN === "1") fs.writeFileSync(file, markup);
      const golden = fs.readFileSync(file, "utf8");
      expect(clerkRuleBreaks(golden)).toEqual([]);
      expect(markup).toBe(golden);
    });
  }

  test("the clerk's rules catch what they name", () => {
    expect(clerkRuleBreaks("- Tỷ lệ: ….")).toHaveLength(1);
    expect(
      clerkRuleBreaks("- Số hồ sơ đang giải quyết: 0 hồ sơ, trong đó 0 hồ sơ còn trong hạn.")
    ).toHaveLength(1);
    const s = "- Số thủ tục hành chính thuộc thẩm quyền giải quyết được công bố: 219 thủ tục.";
    expect(clerkRuleBreaks(`${s}\n${s}`)).toHaveLength(1);
  });
});
