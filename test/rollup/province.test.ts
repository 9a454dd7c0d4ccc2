// The roll-up under NĐ 118/2025 is provincial (issue 11): three communes of Q3/2026 into one
// workbook and a Word summary addressed to the province, naming no district; old names mapped.
import * as fs from "fs";
import ExcelJS from "exceljs";
import { layout06a } from "../../src/core/form06a/layout";
import { applyUnitMapping, parseMappingCsv, provinceName } from "../../src/core/rollup";
import { applyEdits, writeWorkbookAtomic } from "../../src/host/xlsx";
import { hacThanh06aLayout } from "../../src/samples/sampleNd118";
import { openDocx, paragraphTexts } from "../docx/docx-xml";
import { readXlsx, tempDir, tthc } from "../helpers/xlsx";

const COMMUNES = ["UBND PHƯỜNG HẠC THÀNH", "UBND PHƯỜNG HÀM RỒNG", "UBND XÃ ĐÔNG TIẾN"];

async function writeCommune(
  file: string,
  unit: string,
  period?: { from: { y: number; m: number; d: number }; to: { y: number; m: number; d: number } }
) {
  const wb = new ExcelJS.Workbook();
  applyEdits(wb, layout06a({ ...hacThanh06aLayout(), unit, ...(period ? { period } : {}) }));
  await writeWorkbookAtomic(wb, file);
}

function workbookText(wb: ExcelJS.Workbook): string {
  const out: string[] = [];
  wb.eachSheet((ws) => {
    out.push(ws.name);
    ws.eachRow((row) =>
      row.eachCell((c) => {
        if (c.isMerged && c.master !== c) return;
        const v = c.value;
        out.push(
          v && typeof v === "object" && "result" in v
            ? String(v.result)
            : v === null || v === undefined
              ? ""
              : String(v)
        );
      })
    );
  });
  return out.join("\n");
}

describe("tthc rollup of three nd118 communes (Q3/2026)", () => {
  const t = tempDir();
  afterAll(() => t.cleanup());

  test("provincial workbook and Word summary: the communes listed, addressed to the province, no district", async () => {
    fs.mkdirSync(t.file("in"));
    for (const [i, u] of COMMUNES.entries()) await writeCommune(t.file(`in/xa-${i + 1}.xlsx`), u);
    const r = await tthc(
      "rollup",
      t.file("in"),
      "-o",
      t.file("tinh.xlsx"),
      "--report",
      t.file("tinh.docx"),
      "--province",
      "Thanh Hóa"
    );
    expect(r.out).toMatch(/Nghị định 118\/2025\/NĐ-CP: cấp tỉnh/);
    const wb = await readXlsx(t.file("tinh.xlsx"));
    expect(wb.worksheets.map((w) => w.name)).toContain("Theo xã, phường");
    const wbText = workbookText(wb);
    for (const u of COMMUNES) expect(wbText).toContain(u);
    expect(wbText).toContain("TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG TỈNH THANH HÓA");
    expect(wbText).not.toMatch(/huyện|thị xã|quận/iu);

    const docx = await openDocx(fs.readFileSync(t.file("tinh.docx")));
    const text = paragraphTexts(docx.document).join("\n");
    for (const u of COMMUNES) expect(text).toContain(u);
    expect(text).toContain("- UBND tỉnh Thanh Hóa;");
    expect(text).toContain("VĂN PHÒNG UBND TỈNH THANH HÓA");
    expect(text).toContain("Nghị định số 118/2025/NĐ-CP ngày 09 tháng 6 năm 2025");
    expect(text).toContain("xã, phường, đặc khu");
    expect(text).not.toMatch(/huyện|thị xã|quận|61\/2018/iu);
  });

  test("a Q1/2024 roll-up stays a district one (no provincial wording)", async () => {
    fs.mkdirSync(t.file("old"));
    await writeCommune(t.file("old/a.xlsx"), "UBND PHƯỜNG PHÚ SƠN", {
      from: { y: 2023, m: 12, d: 15 },
      to: { y: 2024, m: 3, d: 14 },
    });
    const r = await tthc(
      "rollup",
      t.file("old"),
      "-o",
      t.file("huyen.xlsx"),
      "--unit",
      "UBND THỊ XÃ BỈM SƠN"
    );
    expect(r.out).not.toMatch(/cấp tỉnh/);
    const wb = await readXlsx(t.file("huyen.xlsx"));
    expect(wb.worksheets.map((w) => w.name)).toContain("Theo đơn vị");
  });

  test("--map: 2024 wards merged into their new commune, so 2024 figures compare", async () => {
    fs.mkdirSync(t.file("y2024"));
    const q = { from: { y: 2023, m: 12, d: 15 }, to: { y: 2024, m: 3, d: 14 } };
    await writeCommune(t.file("y2024/dong-tho.xlsx"), "UBND PHƯỜNG ĐÔNG THỌ", q);
    await writeCommune(t.file("y2024/nam-ngan.xlsx"), "UBND PHƯỜNG NAM NGẠN", q);
    await writeCommune(t.file("y2024/ham-rong.xlsx"), "UBND PHƯỜNG HÀM RỒNG", q);
    fs.writeFileSync(
      t.file("map.csv"),
      "Tên đơn vị cũ,Xã, phường mới\nUBND phường Đông Thọ,UBND PHƯỜNG HẠC THÀNH\nPhường Nam Ngạn,UBND PHƯỜNG HẠC THÀNH\n".replace(
        "Xã, phường mới",
        "Xã phường mới"
      )
    );
    const r = await tthc(
      "rollup",
      t.file("y2024"),
      "-o",
      t.file("so-sanh.xlsx"),
      "--map",
      t.file("map.csv"),
      "--regime",
      "nd118-2025",
      "--province",
      "tỉnh Thanh Hóa"
    );
    expect(r.out).toMatch(/UBND PHƯỜNG HẠC THÀNH: cộng số liệu của 2 đơn vị cũ/);
    const wb = await readXlsx(t.file("so-sanh.xlsx"));
    const text = workbookText(wb.getWorksheet("Theo xã, phường") ? wb : wb);
    expect(text).toContain("UBND PHƯỜNG HẠC THÀNH");
    expect(text).not.toContain("ĐÔNG THỌ");
    // Hạc Thành = two wards' figures: 2 × 554 received.
    const ws = wb.getWorksheet("Theo xã, phường")!;
    let hac: number | null = null;
    ws.eachRow((row) => {
      if (String(row.getCell(2).text) === "UBND PHƯỜNG HẠC THÀNH")
        hac = Number(
          row.getCell(3).value && typeof row.getCell(3).value === "object"
            ? (row.getCell(3).value as { result: number }).result
            : row.getCell(3).value
        );
    });
    expect(hac).toBe(1108);
  });
});

describe("mapping and names", () => {
  test("parseMappingCsv: header skipped, keys without diacritics or UBND", () => {
    const m = parseMappingCsv(
      "Tên đơn vị cũ;Xã, phường mới\nUBND phường Phú Sơn;Phường Hạc Thành\n"
    );
    expect([...m.entries()]).toEqual([["phuong phu son", "Phường Hạc Thành"]]);
  });
  test("applyUnitMapping keeps unmapped units as they are", () => {
    const u = {
      file: "a.xlsx",
      unit: "UBND XÃ A",
      unitFromFile: false,
      period: null,
      rows: [],
      total: [1],
      evaluation: null,
      findings: { errors: 0, warnings: 0, byRule: {}, first: [] },
    };
    expect(applyUnitMapping([u], new Map()).units).toEqual([u]);
  });
  test("provinceName", () => {
    expect(provinceName("Thanh Hóa")).toBe("tỉnh Thanh Hóa");
    expect(provinceName("UBND tỉnh Thanh Hóa")).toBe("tỉnh Thanh Hóa");
    expect(provinceName("Thành phố Hà Nội")).toBe("thành phố Hà Nội");
  });
});
