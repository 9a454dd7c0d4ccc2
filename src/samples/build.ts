// Builds samples/*.xlsx from the reference figures: `npm run samples`.
import * as path from "path";
import ExcelJS from "exceljs";
import { layout06a } from "../core/form06a/layout";
import { applyEdits, writeWorkbookAtomic } from "../host/xlsx";
import { sample06aLayout } from "./sample06a";

export const SAMPLE_FILE = "bao-cao-quy-1-2024-phu-son.xlsx";

export function buildSampleWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Báo cáo TTHC";
  wb.created = new Date(Date.UTC(2024, 2, 14));
  wb.modified = wb.created;
  applyEdits(wb, layout06a(sample06aLayout()));
  return wb;
}

export async function main(outDir: string): Promise<string> {
  const file = path.join(outDir, SAMPLE_FILE);
  await writeWorkbookAtomic(buildSampleWorkbook(), file);
  return file;
}

if (require.main === module) {
  main(path.resolve(__dirname, "../../samples")).then((f) => console.log("Đã tạo " + f));
}
