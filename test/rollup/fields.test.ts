// Field matching across units: variants of the same name (case, NFD, spaces, the "Lĩnh vực"
// prefix, punctuation, tone placement), synonyms from the default table and from a user's
// table (JSON or a "Từ đồng nghĩa" sheet), and fields outside the district list kept and listed.
import {
  buildCatalog,
  DEFAULT_FIELDS,
  DEFAULT_SYNONYMS,
  fieldKey,
  parseSynonymsJson,
  readSynonymsSheet,
  resolveField,
  rollup,
  SynonymsError,
  UnitSummary,
} from "../../src/core/rollup";
import { normaliseField } from "../../src/core/text/normalize";
import { sheetFromRows } from "../../src/core/snapshotEdits";

const counts = (received: number): number[] => [
  received,
  received,
  0,
  0,
  received,
  received,
  0,
  0,
  0,
  0,
  0,
];

function unit(name: string, rows: [string, number][], file = name + ".xlsx"): UnitSummary {
  return {
    file,
    unit: name,
    unitFromFile: false,
    period: { from: "2023-12-15", to: "2024-03-14" },
    rows: rows.map(([n, c]) => ({ name: n, counts: counts(c) })),
    total: counts(rows.reduce((s, [, c]) => s + c, 0)),
    evaluation: null,
    findings: { errors: 0, warnings: 0, byRule: {}, first: [] },
  };
}

describe("fieldKey: the same field written differently", () => {
  const same: [string, string][] = [
    ["Lĩnh vực Hộ tịch", "Hộ tịch"],
    ["Lĩnh vực Hộ tịch", "LĨNH VỰC HỘ TỊCH"],
    ["Lĩnh vực Hộ tịch", "  lĩnh   vực   hộ  tịch "],
    ["Lĩnh vực Hộ tịch", "Lĩnh vực: Hộ tịch"],
    ["Lĩnh vực Hộ tịch", "Lĩnh vực Hộ tịch".normalize("NFD")],
    ["Lĩnh vực Hộ tịch", "Lĩnh\u00a0vực Hộ tịch"],
    ["Lĩnh Vực phòng chống thiên tai", "Phòng, chống thiên tai"],
    ["Dân số - KHHGĐ", "Dân số KHHGĐ"],
    ["Lĩnh vực Văn hóa", "Lĩnh vực Văn hoá"],
    ["Lĩnh vực Thủy lợi", "Thuỷ lợi"],
    ["Kế hoạch hóa gia đình", "Kế hoạch hoá gia đình".normalize("NFD")],
  ];
  test.each(same)("%s = %s", (a, b) => expect(fieldKey(a)).toBe(fieldKey(b)));

  const different: [string, string][] = [
    ["Lĩnh vực Thi đua khen thưởng", "Lĩnh vực Thi đua, khen thưởng Trung ương"],
    ["Lĩnh vực Chính sách", "Lĩnh vực Chính sách thuế"],
    ["Giáo dục đào tạo thuộc hệ thống GDQD và các cơ sở khác", "Lĩnh vực Giáo dục và Đào tạo"],
    ["Đất đai", "Dat dai"],
    ["Lĩnh vực Hoàng", "Lĩnh vực Hòang"], // a final consonant: "oà" inside a syllable is not moved
  ];
  test.each(different)("%s ≠ %s", (a, b) => expect(fieldKey(a)).not.toBe(fieldKey(b)));

  test("names equal under normaliseField (the duplicate-field rule's comparison) have equal keys", () => {
    for (const [a, b] of [
      ["Lĩnh vực Hộ tịch", "hộ tịch"],
      ["Lĩnh vực:  Chứng thực", "CHỨNG THỰC"],
    ])
      expect(normaliseField(a) === normaliseField(b) && fieldKey(a) === fieldKey(b)).toBe(true);
  });
});

describe("the district list and the synonyms", () => {
  const catalog = buildCatalog();

  test("the default list has the sample's 51 distinct fields, in order", () => {
    expect(DEFAULT_FIELDS).toHaveLength(51);
    expect([...catalog.names.values()].slice(0, 51)).toEqual(DEFAULT_FIELDS);
  });

  test("a default synonym maps to its field: 'Giáo dục đào tạo' ~ 'Giáo dục và Đào tạo'", () => {
    expect(DEFAULT_SYNONYMS["Lĩnh vực Giáo dục và Đào tạo"]).toContain("Giáo dục đào tạo");
    expect(resolveField(catalog, "Giáo dục đào tạo")).toEqual({
      key: fieldKey("Giáo dục và Đào tạo"),
      known: true,
    });
    expect(resolveField(catalog, "LĨNH VỰC GIÁO DỤC ĐÀO TẠO")).toEqual({
      key: fieldKey("Giáo dục và Đào tạo"),
      known: true,
    });
    expect(resolveField(catalog, "Dân số - KHHGD").key).toBe(
      fieldKey("Dân số - Kế hoạch hóa gia đình")
    );
  });

  test("a field outside the list is unknown and keeps its own key", () => {
    expect(resolveField(catalog, "Lĩnh vực Xây dựng")).toEqual({ key: "xây dựng", known: false });
  });

  test("a user's table adds fields and synonyms, and overrides a default synonym", () => {
    const user = parseSynonymsJson({
      "Lĩnh vực Xây dựng": ["Cấp phép xây dựng", "XD"],
      "Lĩnh vực Đào tạo nghề": "Dạy nghề",
      "Lĩnh vực Tư pháp": ["Tư pháp - Hộ tịch"],
    });
    const c = buildCatalog(user);
    expect(resolveField(c, "Cấp phép xây dựng")).toEqual({ key: "xây dựng", known: true });
    expect(resolveField(c, "dạy nghề")).toEqual({ key: "đào tạo nghề", known: true });
    expect(resolveField(c, "Tư pháp - Hộ tịch").key).toBe("tư pháp");
    expect(c.names.get("xây dựng")).toBe("Lĩnh vực Xây dựng");
    expect(c.table["Lĩnh vực Xây dựng"]).toEqual(["Cấp phép xây dựng", "XD"]);
    // The defaults are still there.
    expect(resolveField(c, "Giáo dục đào tạo").known).toBe(true);
  });

  test("a field named in a user's table is no longer a synonym of another", () => {
    const c = buildCatalog({ "Tư pháp - Hộ tịch": [] });
    expect(resolveField(c, "Tư pháp - Hộ tịch")).toEqual({
      key: fieldKey("Tư pháp - Hộ tịch"),
      known: true,
    });
  });

  test("a malformed JSON table is refused with the entry at fault", () => {
    expect(() => parseSynonymsJson(["a"])).toThrow(SynonymsError);
    expect(() => parseSynonymsJson({ "Hộ tịch": [1, 2] })).toThrow("Hộ tịch");
    expect(() => parseSynonymsJson(null)).toThrow(SynonymsError);
  });

  test("a 'Từ đồng nghĩa' sheet: header and title rows skipped, column A the field, the rest its other names", () => {
    const wb = {
      sheets: [
        sheetFromRows("Biểu 06a", [["x"]]),
        sheetFromRows("Từ đồng nghĩa", [
          ["BẢNG TỪ ĐỒNG NGHĨA"],
          ["Lĩnh vực (tên trong biểu tổng hợp)", "Tên gọi khác"],
          ["Lĩnh vực Xây dựng", "Cấp phép xây dựng", "XD"],
          [null, "bỏ qua"],
          ["Lĩnh vực Hộ tịch", "Hộ tịch - Tư pháp"],
        ]),
      ],
    };
    const t = readSynonymsSheet(wb)!;
    expect(t).toEqual({
      "Lĩnh vực Xây dựng": ["Cấp phép xây dựng", "XD"],
      "Lĩnh vực Hộ tịch": ["Hộ tịch - Tư pháp"],
    });
    const c = buildCatalog(t);
    expect(resolveField(c, "Hộ tịch - Tư pháp").key).toBe("hộ tịch");
    expect(readSynonymsSheet({ sheets: [sheetFromRows("Biểu 06a", [["x"]])] })).toBeNull();
  });
});

describe("matching in the roll-up", () => {
  test("variants of one field become one district row; their counts add up", () => {
    const r = rollup([
      unit("UBND PHƯỜNG A", [
        ["Lĩnh vực Hộ tịch", 3],
        ["Giáo dục đào tạo", 1],
      ]),
      unit("UBND PHƯỜNG B", [
        ["HỘ TỊCH", 4],
        ["Lĩnh vực Giáo dục và Đào tạo", 2],
      ]),
      unit("UBND XÃ C", [
        ["Lĩnh vực Hộ tịch".normalize("NFD"), 5],
        ["  Lĩnh   vực giáo dục  đào tạo ", 6],
      ]),
    ]);
    expect(r.fields.map((f) => [f.name, f.counts.received, f.units])).toEqual([
      ["Lĩnh vực Giáo dục và Đào tạo", 9, 3],
      ["Lĩnh vực Hộ tịch", 12, 3],
    ]);
    expect(r.fields[1].spellings).toEqual(["Lĩnh vực Hộ tịch", "HỘ TỊCH"]);
    expect(r.unknownFields).toEqual([]);
  });

  test("a field outside the district list is kept (after the known ones) and listed with its units", () => {
    const r = rollup([
      unit("UBND PHƯỜNG A", [
        ["Lĩnh vực Xây dựng", 2],
        ["Lĩnh vực Hộ tịch", 1],
      ]),
      unit("UBND PHƯỜNG B", [
        ["xây  dựng", 3],
        ["Lĩnh vực Cấp nước", 1],
      ]),
    ]);
    expect(r.fields.map((f) => [f.name, f.known, f.counts.received])).toEqual([
      ["Lĩnh vực Hộ tịch", true, 1],
      ["Lĩnh vực Xây dựng", false, 5],
      ["Lĩnh vực Cấp nước", false, 1],
    ]);
    expect(r.unknownFields).toEqual([
      { name: "Lĩnh vực Xây dựng", key: "xây dựng", units: ["UBND PHƯỜNG A", "UBND PHƯỜNG B"] },
      { name: "Lĩnh vực Cấp nước", key: "cấp nước", units: ["UBND PHƯỜNG B"] },
    ]);
    const notes = r.notes.filter((n) => n.code === "rollup/unknown-field");
    expect(notes).toHaveLength(2);
    expect(notes[0].severity).toBe("warning");
    expect(notes[0].message).toMatch(
      /^Lĩnh vực "Lĩnh vực Xây dựng" không có trong danh mục.*UBND PHƯỜNG A, UBND PHƯỜNG B\.$/
    );
  });

  test("with a user's synonym the same field is known", () => {
    const units = [
      unit("UBND PHƯỜNG A", [["Cấp phép xây dựng", 2]]),
      unit("UBND PHƯỜNG B", [["Xây dựng", 3]]),
    ];
    const r = rollup(units, {
      catalog: buildCatalog({ "Lĩnh vực Xây dựng": ["Cấp phép xây dựng"] }),
    });
    expect(r.fields.map((f) => [f.name, f.known, f.counts.received])).toEqual([
      ["Lĩnh vực Xây dựng", true, 5],
    ]);
    expect(r.unknownFields).toEqual([]);
  });

  test("the same field twice in one unit counts once in 'units' and twice in the sums", () => {
    const r = rollup([
      unit("UBND PHƯỜNG A", [
        ["Lĩnh vực Lâm nghiệp", 1],
        ["Lĩnh vực Lâm nghiệp", 2],
      ]),
    ]);
    expect(r.fields).toHaveLength(1);
    expect(r.fields[0]).toMatchObject({ units: 1, spellings: ["Lĩnh vực Lâm nghiệp"] });
    expect(r.fields[0].counts.received).toBe(3);
  });
});
