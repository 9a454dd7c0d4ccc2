// Builds samples/*.xlsx from the reference figures: `npm run samples`.
// Sheets: Biểu 06a (as printed in the reference, duplicated row and period included), the
// evaluation table (typed self and appraised scores, as the reference), the 103 ballots whose
// means give those scores, and the "Thuyết minh" text sheet.
import * as path from "path";
import ExcelJS from "exceljs";
import { layout06a } from "../core/form06a/layout";
import { layoutBallotsSheet, layoutEvaluationSheet } from "../core/evaluation";
import { SAMPLE_SCORES, sampleBallots } from "./ballots";
import { sampleTextSheet } from "./textSheet";
import { layoutTextSheet } from "../core/report";
import { applyEdits, writeWorkbookAtomic } from "../host/xlsx";
import { sample06aLayout } from "./sample06a";
import { buildNd118SampleWorkbook, SAMPLE_ND118_FILE } from "./sampleNd118";

export const SAMPLE_FILE = "bao-cao-quy-1-2024-phu-son.xlsx";
export const SHEETS = {
  form06a: "Biểu 06a",
  evaluation: "Đánh giá",
  ballots: "Phiếu đánh giá",
  text: "Thuyết minh",
};

export function buildSampleWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Báo cáo TTHC";
  wb.created = new Date(Date.UTC(2024, 2, 14));
  wb.modified = wb.created;
  applyEdits(wb, layout06a(sample06aLayout(SHEETS.form06a)));
  const ballots = sampleBallots();
  applyEdits(
    wb,
    layoutEvaluationSheet({
      sheet: SHEETS.evaluation,
      unit: "UBND phường Phú Sơn",
      periodLabel: "Quý 1, Năm 2024",
      scores: { self: [...SAMPLE_SCORES], appraised: [...SAMPLE_SCORES] },
      ballotsCount: ballots.length,
      satisfaction: [0, 0, 0, 21.4, 78.6],
      grade: "Xuất sắc",
    })
  );
  applyEdits(wb, layoutBallotsSheet({ sheet: SHEETS.ballots, ballots }));
  applyEdits(wb, layoutTextSheet({ sheet: SHEETS.text, values: sampleTextSheet() }));
  return wb;
}

export async function main(outDir: string): Promise<string> {
  const file = path.join(outDir, SAMPLE_FILE);
  await writeWorkbookAtomic(buildSampleWorkbook(), file);
  return file;
}

/** The second sample (phường Hạc Thành, Q3/2026, under NĐ 118/2025). */
export async function mainNd118(outDir: string): Promise<string> {
  const file = path.join(outDir, SAMPLE_ND118_FILE);
  await writeWorkbookAtomic(buildNd118SampleWorkbook(), file);
  return file;
}

if (require.main === module) {
  const dir = path.resolve(__dirname, "../../samples");
  main(dir)
    .then((f) => console.log("Đã tạo " + f))
    .then(() => mainNd118(dir))
    .then((f) => console.log("Đã tạo " + f));
}
