// Four workbooks unlike each other, for the Word report's layout checks (issue 13): the sample;
// every field zero; late and overdue dossiers with the grade "Khá"; no "Thuyết minh" sheet.
// Built from the same layout functions as samples/ (src/samples/build.ts), so each is a
// workbook a clerk could have made with the add-in.
import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { COUNT_KEYS, CountKey } from "../../src/core/form06a/model";
import { layout06a } from "../../src/core/form06a/layout";
import { layoutEvaluationSheet } from "../../src/core/evaluation";
import { layoutTextSheet } from "../../src/core/report";
import { SAMPLE_SCORES } from "../../src/samples/ballots";
import { sampleTextSheet } from "../../src/samples/textSheet";
import { applyEdits } from "../../src/host/xlsx";
import { buildSampleWorkbook, SHEETS } from "../../src/samples/build";
import { sample06aLayout, SAMPLE_06A_ROWS } from "../../src/samples/sample06a";

const toCounts = (v: number[]) =>
  Object.fromEntries(COUNT_KEYS.map((k, i) => [k, v[i] ?? 0])) as Record<CountKey, number>;
const ZERO = Array.from({ length: 11 }, () => 0);

function book(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.created = new Date(Date.UTC(2024, 2, 14));
  wb.modified = wb.created;
  return wb;
}

/** Every count 0, the evaluation without ballots, the text sheet's figures 0. */
export function zeroWorkbook(): ExcelJS.Workbook {
  const wb = book();
  const l = sample06aLayout(SHEETS.form06a);
  applyEdits(
    wb,
    layout06a({
      ...l,
      rows: SAMPLE_06A_ROWS.map(([name]) => ({ name, counts: toCounts(ZERO) })),
      total: toCounts(ZERO),
    })
  );
  applyEdits(
    wb,
    layoutEvaluationSheet({
      sheet: SHEETS.evaluation,
      unit: "UBND phường Phú Sơn",
      periodLabel: "Quý 1, Năm 2024",
      scores: { self: [...SAMPLE_SCORES], appraised: [...SAMPLE_SCORES] },
      ballotsCount: 0,
      satisfaction: null,
      grade: "Xuất sắc",
    })
  );
  const text = sampleTextSheet();
  text.figures = {
    published: 0,
    toReview: 0,
    reviewed: 0,
    reviewTimeCut: "",
    reviewCompletion: 0,
    feedback: 0,
    dvcLevel3: 0,
    dvcLevel4: 0,
    dvcDossiersLevel3: 0,
    dvcDossiersLevel4: 0,
    eCopies: 0,
  };
  applyEdits(wb, layoutTextSheet({ sheet: SHEETS.text, values: text }));
  return wb;
}

/** Hộ tịch with 6 dossiers resolved late and 3 overdue; grade "Khá"; causes and apology letters given. */
export function lateWorkbook(): ExcelJS.Workbook {
  const wb = book();
  const l = sample06aLayout(SHEETS.form06a);
  const rows = SAMPLE_06A_ROWS.map(([name, v]) => {
    if (/Hộ tịch/.test(name))
      return { name, counts: toCounts([54, 53, 0, 1, 50, 30, 14, 6, 4, 1, 3]) };
    return { name, counts: toCounts(v) };
  });
  const total = COUNT_KEYS.map((k) => rows.reduce((a, r) => a + r.counts[k], 0));
  applyEdits(wb, layout06a({ ...l, rows, total: toCounts(total) }));
  const scores = [1.2, 1, 1, 1.2, 1, 1.2, 1, 1, 1.2];
  applyEdits(
    wb,
    layoutEvaluationSheet({
      sheet: SHEETS.evaluation,
      unit: "UBND phường Phú Sơn",
      periodLabel: "Quý 1, Năm 2024",
      scores: { self: scores, appraised: scores },
      ballotsCount: 40,
      satisfaction: [5, 10, 25, 40, 20],
      grade: "Khá",
    })
  );
  const text = sampleTextSheet();
  text.figures.dvcDossiersLevel3 = 53;
  text.figures.dvcDossiersLevel4 = 31;
  text.sections.i6late =
    "Hồ sơ đăng ký khai sinh có yếu tố nước ngoài phải xác minh tại nơi cư trú cũ của người mẹ; " +
    "đường truyền phần mềm một cửa gián đoạn 3 ngày trong tháng 02/2024.";
  text.sections.i6apology =
    "UBND phường đã gửi 9 Phiếu xin lỗi và hẹn lại ngày trả kết quả cho người dân có hồ sơ quá hạn.";
  applyEdits(wb, layoutTextSheet({ sheet: SHEETS.text, values: text }));
  return wb;
}

/** The sample without its "Thuyết minh" sheet. */
export function noTextWorkbook(): ExcelJS.Workbook {
  const wb = buildSampleWorkbook();
  const ws = wb.getWorksheet(SHEETS.text);
  if (ws) wb.removeWorksheet(ws.id);
  return wb;
}

export const WORKBOOKS: Record<string, () => ExcelJS.Workbook> = {
  sample: buildSampleWorkbook,
  zero: zeroWorkbook,
  "late-kha": lateWorkbook,
  "no-text": noTextWorkbook,
};

/** Writes the four workbooks into `dir`; name → file. */
export async function writeWorkbooks(dir: string): Promise<Record<string, string>> {
  fs.mkdirSync(dir, { recursive: true });
  const out: Record<string, string> = {};
  for (const [name, make] of Object.entries(WORKBOOKS)) {
    const file = path.join(dir, `${name}.xlsx`);
    fs.writeFileSync(file, Buffer.from(await make().xlsx.writeBuffer()));
    out[name] = file;
  }
  return out;
}
