// Writes test-output/sample.docx and sample-variants.docx (and, when asked, their PDFs and
// page PNGs) so a person can look at the rendered report. Run through render-sample.test.ts.
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { renderDocx } from "../../src/docx/render";
import type { RenderInput } from "../../src/docx/types";
import { bang06a, sampleInput } from "./sample";
import { docxToPdf } from "../helpers/soffice";

export const OUT_DIR = path.join(__dirname, "..", "..", "test-output");

/** The sample with every 06a row (a table over several pages), two recipients and no date yet. */
export const variantInput: RenderInput = {
  ...sampleInput,
  header: {
    ...sampleInput.header,
    parentBody: undefined,
    date: null,
    recipients: ["UBND thị xã Bỉm Sơn", "Văn phòng HĐND và UBND thị xã"],
    noiNhan: ["Như trên;", "Chủ tịch, các PCT UBND phường;", "Lưu: VT."],
    signature: { authority: "TM. ỦY BAN NHÂN DÂN", title: "CHỦ TỊCH", name: "" },
  },
  tables: {
    ...sampleInput.tables,
    bang06a: {
      ...bang06a,
      rows: [
        ...Array.from({ length: 52 }, (_, i) => ({
          cells: [
            String(i + 1),
            `Lĩnh vực thứ ${i + 1}`,
            "0",
            "0",
            "0",
            "0",
            "0",
            "0",
            "0",
            "0",
            "0",
            "0",
            "0",
          ],
        })),
        bang06a.rows[bang06a.rows.length - 1],
      ],
    },
  },
};

function convert(docx: string, prefix: string): string[] {
  const [pdf] = docxToPdf([docx], OUT_DIR, 120_000);
  const re = new RegExp(`^${prefix}-\\d+\\.png$`);
  for (const f of fs.readdirSync(OUT_DIR)) if (re.test(f)) fs.unlinkSync(path.join(OUT_DIR, f));
  execFileSync("pdftoppm", ["-png", "-r", "60", pdf, path.join(OUT_DIR, prefix)], {
    timeout: 60000,
  });
  return fs
    .readdirSync(OUT_DIR)
    .filter((f) => re.test(f))
    .sort()
    .map((f) => path.join(OUT_DIR, f));
}

export async function writeSample(toPng: boolean): Promise<{ docx: string[]; pngs: string[] }> {
  fs.mkdirSync(OUT_DIR, { recursive: true });
  const docx: string[] = [];
  const pngs: string[] = [];
  for (const [name, input, prefix] of [
    ["sample.docx", sampleInput, "page"],
    ["sample-variants.docx", variantInput, "variant"],
  ] as const) {
    const file = path.join(OUT_DIR, name);
    fs.writeFileSync(file, await renderDocx(input));
    docx.push(file);
    if (toPng) pngs.push(...convert(file, prefix));
  }
  return { docx, pngs };
}
