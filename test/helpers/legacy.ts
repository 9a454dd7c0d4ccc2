// The sample workbook with its text in a legacy encoding, as an old file has it. In TCVN3, text
// in capitals is typed in lower case and shown in capitals by the .VnTimeH font (the cells of
// "NGƯỜI LẬP BIỂU" and the signer's titles); the rest is in .VnTime (VNI: VNI-Times).
import ExcelJS from "exceljs";
import { LegacyEncoding, unicodeToLegacy } from "../../src/core/text/legacy";
import { buildSampleWorkbook } from "../../src/samples/build";

export const LEGACY_FONTS: Record<LegacyEncoding, { normal: string; capitals: string }> = {
  tcvn3: { normal: ".VnTime", capitals: ".VnTimeH" },
  vni: { normal: "VNI-Times", capitals: "VNI-Times" },
};

export function legacySample(enc: LegacyEncoding): ExcelJS.Workbook {
  const book = buildSampleWorkbook();
  book.eachSheet((ws) =>
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        // Merged cells other than the top-left one read (and write) the top-left one's value.
        if (typeof cell.value !== "string" || (cell.isMerged && cell.master !== cell)) return;
        const text = cell.value;
        const hFont =
          enc === "tcvn3" &&
          /^[^a-zà-ỹđ]*$/.test(text) &&
          /[À-Ỹ]/.test(text) &&
          /^(NGƯỜI|KT\.|PHÓ)/.test(text);
        cell.value = unicodeToLegacy(hFont ? text.toLowerCase() : text, enc);
        cell.style = {
          ...cell.style,
          font: {
            ...(cell.font ?? {}),
            name: hFont ? LEGACY_FONTS[enc].capitals : LEGACY_FONTS[enc].normal,
          },
        };
      })
    )
  );
  return book;
}
