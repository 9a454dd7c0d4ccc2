// Legacy Vietnamese encodings (TCVN3/ABC and VNI): round trips of every letter, phrases as clerks
// see them in Excel, detection (true and false positives), workbook decoding.
import * as fc from "fast-check";
import {
  convertEdits,
  decodeWorkbook,
  detectLegacy,
  detectWorkbookLegacy,
  isCapitalsFont,
  isVietnameseSyllable,
  legacyEvidence,
  legacyFontEncoding,
  LegacyEncoding,
  legacyToUnicode,
  unicodeToLegacy,
  vietnameseLetters,
  VOWELS,
} from "../../src/core/text/legacy";
import { WorkbookSnapshot } from "../../src/core/grid";
import { sheetFromRows } from "../../src/core/snapshotEdits";
import { layout06a } from "../../src/core/form06a/layout";
import { applyEditsToSnapshot } from "../../src/core/snapshotEdits";
import { sample06aLayout, SAMPLE_06A_ROWS } from "../../src/samples/sample06a";
import ExcelJS from "exceljs";
import { snapshotOf } from "../../src/host/xlsx";
import { SAMPLE } from "../helpers/xlsx";
import { TCVN3_CAPITALS, TCVN3_LOWER, VNI_CAPITALS, VNI_LOWER } from "./known";

const ENCODINGS: LegacyEncoding[] = ["tcvn3", "vni"];
const codes = (s: string) =>
  [...s].map((c) => c.charCodeAt(0).toString(16).toUpperCase()).join(" ");
const TONES = ["", "\u0300", "\u0309", "\u0303", "\u0301", "\u0323"];

describe("the alphabet", () => {
  const letters = vietnameseLetters();

  test("134 accented letters: 12 vowels × 6 tones less the 6 plain vowels, and đ, in both cases", () => {
    expect(letters).toHaveLength(134);
    expect(new Set(letters).size).toBe(134);
    for (const v of VOWELS)
      for (const t of TONES) {
        const l = (v + t).normalize("NFC");
        if (l.charCodeAt(0) < 128) continue;
        expect(letters).toContain(l);
        expect(letters).toContain(l.toUpperCase());
      }
    expect(letters).toEqual(expect.arrayContaining(["đ", "Đ", "ỵ", "Ỵ", "ặ", "Ặ", "ữ", "Ữ"]));
  });

  describe.each(ENCODINGS)("%s", (enc) => {
    test("every letter encodes to legacy bytes (U+00A1–U+00FF and ASCII), differing from Unicode but for a few", () => {
      // The same byte by chance: ý is 0xFD in TCVN3 and Latin-1; VNI's toned i are single bytes, ì and í among them.
      const same = enc === "tcvn3" ? ["ý"] : ["ì", "í", "Ì", "Í"];
      for (const l of letters) {
        const e = unicodeToLegacy(l, enc);
        if (same.includes(l)) expect(e).toBe(l);
        else expect(e).not.toBe(l);
        expect(e.length).toBeLessThanOrEqual(2);
        for (const ch of e)
          expect(
            ch.charCodeAt(0) < 0x80 || (ch.charCodeAt(0) >= 0xa1 && ch.charCodeAt(0) <= 0xff)
          ).toBe(true);
      }
    });

    test("every letter has the legacy form of the published chart (tables written apart from the code)", () => {
      const known =
        enc === "tcvn3" ? { ...TCVN3_LOWER, ...TCVN3_CAPITALS } : { ...VNI_LOWER, ...VNI_CAPITALS };
      expect(Object.keys(known)).toHaveLength(enc === "tcvn3" ? 67 + 7 : 134);
      for (const [l, e] of Object.entries(known)) {
        expect(`${l} → ${codes(unicodeToLegacy(l, enc))}`).toBe(`${l} → ${codes(e)}`);
        expect(`${codes(e)} → ${legacyToUnicode(e, enc)}`).toBe(`${codes(e)} → ${l}`);
      }
    });

    test("every lower-case letter round-trips, alone and inside a word", () => {
      for (const l of letters.filter((x) => x === x.toLowerCase())) {
        expect(legacyToUnicode(unicodeToLegacy(l, enc), enc)).toBe(l);
        const word = "th" + l + "ng";
        expect(legacyToUnicode(unicodeToLegacy(word, enc), enc)).toBe(word);
      }
    });

    test("every capital round-trips: in capitals context (an H font, or a word in capitals)", () => {
      for (const l of letters.filter((x) => x !== x.toLowerCase())) {
        expect(legacyToUnicode(unicodeToLegacy(l, enc), enc, { capitals: true })).toBe(l);
        const word = "TH" + l + "NG";
        expect(legacyToUnicode(unicodeToLegacy(word, enc), enc)).toBe(word);
        const inSentence = "Lĩnh vực TH" + l + "NG";
        expect(legacyToUnicode(unicodeToLegacy(inSentence, enc), enc)).toBe(inSentence);
      }
    });

    test("distinct letters never share a legacy form (lower case; capitals too in VNI)", () => {
      const pool =
        enc === "vni"
          ? letters
          : letters.filter((x) => x === x.toLowerCase() || "ĂÂÊÔƠƯĐ".includes(x));
      const forms = pool.map((l) => unicodeToLegacy(l, enc));
      expect(new Set(forms).size).toBe(pool.length);
    });

    test("ASCII, digits and punctuation pass through both ways", () => {
      const s = 'UBND 06a/VPCP/KSTT (1) - (13): 85, 31; "x" & y';
      expect(unicodeToLegacy(s, enc)).toBe(s);
      expect(legacyToUnicode(s, enc)).toBe(s);
    });

    test("NFD input encodes like NFC", () => {
      expect(unicodeToLegacy("Số hồ sơ".normalize("NFD"), enc)).toBe(
        unicodeToLegacy("Số hồ sơ", enc)
      );
    });
  });

  test("VNI capitals are their own bytes: the capital base and the mark byte minus 0x20", () => {
    expect(unicodeToLegacy("Ố", "vni")).toBe("OÁ");
    expect(legacyToUnicode("OÁ", "vni")).toBe("Ố");
    expect(unicodeToLegacy("Ự", "vni")).toBe("ÖÏ");
    expect(unicodeToLegacy("Ĩ", "vni")).toBe("Ó");
  });

  test("TCVN3 writes a toned capital with the lower-case byte (shown as a capital in .VnTimeH)", () => {
    expect(unicodeToLegacy("Ố", "tcvn3")).toBe("è");
    expect(legacyToUnicode("è", "tcvn3")).toBe("ố");
    expect(legacyToUnicode("è", "tcvn3", { capitals: true })).toBe("Ố");
    expect(unicodeToLegacy("Đ", "tcvn3")).toBe("§");
  });

  test.each([
    ["TM. ñY BAN NH¢N D¢N", "TM. ỦY BAN NHÂN DÂN"], // a capitals run shown by Â (0xA2)
    ["Hé TÞCH", "HỘ TỊCH"],
    ["Lĩnh vực Hé TÞCH".replace("Lĩnh vực", "LÜnh vùc"), "Lĩnh vực HỘ TỊCH"],
    ["VÒ TTHC", "Về TTHC"], // an abbreviation is no sign of capitals typing
    ["Sè hå s¬ TTHC", "Số hồ sơ TTHC"],
    ["Mü, Kú, Lý", "Mỹ, Kỳ, Lý"],
    ["ñY BAN", "ỦY BAN"],
    ["KT. CHñ TÞCH", "KT. CHỦ TỊCH"],
  ])("TCVN3 capitals without the font: %s → %s", (legacy, unicode) => {
    expect(legacyToUnicode(legacy, "tcvn3")).toBe(unicode);
  });

  test("TCVN3 text keeps symbols that are not tones after a consonant: 40 m², 25°C", () => {
    expect(legacyToUnicode("kho¶ng 40 m², 25°C", "tcvn3")).toBe("khoảng 40 m², 25°C");
  });

  test("tolerated on read: TCVN3 tones typed as separate marks, VNI marks of the other case, VNI y + nặng", () => {
    expect(legacyToUnicode("\u00a4\u00b3", "tcvn3")).toBe("Ố"); // Ô + separate sắc
    expect(legacyToUnicode("A\u00b5", "tcvn3")).toBe("Aà"); // 0xB5 is à itself, not a mark
    expect(legacyToUnicode("A\u00b0", "tcvn3")).toBe("À");
    expect(legacyToUnicode("Oá", "vni")).toBe("Ố");
    expect(legacyToUnicode("yï", "vni")).toBe("ỵ");
    expect(legacyToUnicode("î", "vni")).toBe("ỵ");
  });
});

/** [Unicode, as a TCVN3 cell reads in Excel, as a VNI cell reads]: written by hand, not by the encoder. */
const SEEN: [string, string, string][] = [
  ["Số hồ sơ", "Sè hå s¬", "Soá hoà sô"], // VNI: too little to tell alone (see below)
  ["Tổng cộng", "Tæng céng", "Toång coäng"],
  ["Lĩnh vực Hộ tịch", "LÜnh vùc Hé tÞch", "Lónh vöïc Hoä tòch"],
  ["Số hồ sơ nhận giải quyết", "Sè hå s¬ nhËn gi¶i quyÕt", "Soá hoà sô nhaän giaûi quyeát"],
  [
    "Cộng hòa xã hội chủ nghĩa Việt Nam",
    "Céng hßa x· héi chñ nghÜa ViÖt Nam",
    "Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam",
  ],
  [
    "Độc lập - Tự do - Hạnh phúc",
    "§éc lËp - Tù do - H¹nh phóc",
    "Ñoäc laäp - Töï do - Haïnh phuùc",
  ],
  ["Đơn vị báo cáo", "§¬n vÞ b¸o c¸o", "Ñôn vò baùo caùo"],
  ["Trước hạn", "Tr\u00adíc h¹n", "Tröôùc haïn"],
  ["UBND PHƯỜNG PHÚ SƠN", "UBND PH¦êNG PHó S¥N", "UBND PHÖÔØNG PHUÙ SÔN"],
  [
    "Đà Nẵng, Đắk Lắk, Quảng Ngãi",
    "§µ N½ng, §¾k L¾k, Qu¶ng Ng·i",
    "Ñaø Naüng, Ñaék Laék, Quaûng Ngaõi",
  ],
  ["Mỹ, Kỳ, Lý, Kỷ, Mỵ", "Mü, Kú, Lý, Kû, Mþ", "Myõ, Kyø, Lyù, Kyû, Mî"],
];

describe("text as clerks see it in Excel", () => {
  test.each(SEEN)("%s", (unicode, tcvn3, vni) => {
    expect(unicodeToLegacy(unicode, "tcvn3")).toBe(tcvn3);
    expect(unicodeToLegacy(unicode, "vni")).toBe(vni);
    expect(legacyToUnicode(tcvn3, "tcvn3")).toBe(unicode);
    expect(legacyToUnicode(vni, "vni")).toBe(unicode);
    expect(detectLegacy(tcvn3)).toBe("tcvn3");
    expect(detectLegacy(vni)).toBe(vni === "Soá hoà sô" ? null : "vni");
    expect(detectLegacy(unicode)).toBeNull();
  });

  test('"Soá hoà sô" alone also reads as Unicode (odd, but each word is a syllable): not detected; converted in a VNI workbook', () => {
    expect(legacyEvidence("Soá hoà sô", "vni")).toMatchObject({ strong: 0, weak: 2, loss: 0 });
    expect(detectLegacy("Soá hoà sô")).toBeNull();
    const wb: WorkbookSnapshot = {
      sheets: [
        sheetFromRows("S", [["Soá hoà sô"], ["Soá hoà sô nhaän giaûi quyeát"], ["Toång coäng"]]),
      ],
    };
    const d = decodeWorkbook(wb);
    expect(d.encoding).toBe("vni");
    expect(d.converted.map((c) => c.after)).toEqual([
      "Số hồ sơ",
      "Số hồ sơ nhận giải quyết",
      "Tổng cộng",
    ]);
  });
});

/** The phrases of the forms, the sample's 52 field names and its title block. */
const PHRASES = [
  "Số hồ sơ nhận giải quyết",
  "Số hồ sơ đã giải quyết",
  "Số lượng hồ sơ đang giải quyết",
  "Lĩnh vực Hộ tịch",
  "Tổng cộng",
  "TỔNG CỘNG",
  "-Tổng-",
  "Tổng số",
  "Trong đó",
  "Trực tuyến",
  "Trực tiếp, dịch vụ bưu chính",
  "Từ kỳ trước",
  "Trước hạn",
  "Đúng hạn",
  "Quá hạn",
  "Trong hạn",
  "Lĩnh vực, công việc giải quyết theo cấp",
  "TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT TTHC TẠI CƠ QUAN, ĐƠN VỊ TRỰC TIẾP GIẢI QUYẾT TTHC",
  "(Từ ngày 01/01/2024 đến ngày 14/03/2024)",
  "Đơn vị nhận báo cáo:",
  "Đơn vị tính: Số hồ sơ TTHC",
  "NGƯỜI LẬP BIỂU",
  "(Ký, ghi rõ họ, tên)",
  "KT.THỦ TRƯỞNG ĐƠN VỊ",
  "PHÓ CHỦ TỊCH",
  "UBND phường Phú Sơn, ngày 14 tháng 3 năm 2024",
  "Ban hành theo Thông tư số 01/2020/TT-VPCP ngày 21/10/2020",
  "Bùi Duy Hòa",
  "Lê Thị Ngọc",
  "Mức độ hài lòng: Rất hài lòng",
  "Chỉ số 9: Tiến độ và chất lượng cung cấp dịch vụ công trực tuyến",
  ...SAMPLE_06A_ROWS.map(([name]) => name),
];

describe.each(ENCODINGS)("phrases in %s", (enc) => {
  test.each(PHRASES.map((p) => [p]))("%s round-trips", (p) => {
    expect(legacyToUnicode(unicodeToLegacy(p, enc), enc)).toBe(p);
  });

  test("multi-word phrases with accented letters are detected as " + enc, () => {
    const missed = PHRASES.filter(
      (p) =>
        p.split(" ").length >= 3 &&
        unicodeToLegacy(p, enc) !== p &&
        detectLegacy(unicodeToLegacy(p, enc)) !== enc
    );
    expect(missed).toEqual([]);
  });

  test("no phrase is detected as the other encoding", () => {
    const other = enc === "vni" ? "tcvn3" : "vni";
    expect(PHRASES.filter((p) => detectLegacy(unicodeToLegacy(p, enc)) === other)).toEqual([]);
  });
});

// ---- False positives -----------------------------------------------------------------------

/** Real Vietnamese words, many of them written with Latin-1 letters only (à á â ã è é ê ì í ò ó ô õ ù ú ý). */
const WORDS = (
  "và có là cho các cá bà hà bé hè mì lò gì ví tủ tôi cô chú ông hòa hoà hóa hoá khỏe khoẻ thủy thuỷ quý xã số hồ sơ " +
  "nhận giải quyết đã đang tổng cộng lĩnh vực hộ tịch chứng thực đất đai trước hạn đúng quá trong tuyến trực tiếp " +
  "bưu chính kỳ phường huyện tỉnh thị trấn ủy ban nhân dân báo cáo biểu mẫu ngày tháng năm quý thông tư nghị định " +
  "văn bản chủ tịch phó thủ trưởng lập ký ghi rõ họ tên đơn vị tính lê thị ngọc bùi duy phú sơn bỉm hà nội huế " +
  "sài gòn cà mau bà rịa cao bằng lào cai yên bái hòa bình đà nẵng khánh hòa cần thơ an giang vĩnh long bến tre " +
  "học sinh giáo viên bác sĩ công an bộ đội xe máy ô tô cà phê bánh mì phở bò gà vịt cá kho rau muống " +
  "rất hài lòng bình thường không tốt khá trung yếu xuất sắc điểm chuẩn tự chấm thẩm định chỉ số phiếu đánh giá"
).split(" ");

const unicodePhrase = fc.array(
  fc
    .tuple(
      fc.constantFrom(...WORDS),
      fc.constantFrom<"lower" | "title" | "upper">("lower", "title", "lower", "title", "upper")
    )
    .map(([w, c]) =>
      c === "upper" ? w.toUpperCase() : c === "title" ? w[0].toUpperCase() + w.slice(1) : w
    ),
  { minLength: 1, maxLength: 8 }
);

/** Words that are written with Latin-1 letters only: the hardest case, Unicode text with no Unicode-only letter. */
const LATIN1_WORDS = WORDS.filter(
  // eslint-disable-next-line no-control-regex -- "not ASCII" is the range \x00–\x7f, control characters included
  (w) => [...w].every((c) => c.charCodeAt(0) <= 0xff) && /[^\x00-\x7f]/.test(w)
);

describe("false positives: Unicode Vietnamese and other languages are never taken for legacy text", () => {
  test("the word list has Latin-1-only words to test with", () => {
    expect(LATIN1_WORDS.length).toBeGreaterThan(30);
  });

  test("random Unicode Vietnamese phrases (NFC and NFD, any case)", () => {
    fc.assert(
      fc.property(unicodePhrase, fc.boolean(), (ws, nfd) => {
        const s = ws.join(" ");
        expect(detectLegacy(nfd ? s.normalize("NFD") : s)).toBeNull();
      }),
      { numRuns: 3000, seed: 20240314 }
    );
  });

  test("random phrases of Latin-1-only Vietnamese words", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...LATIN1_WORDS), { minLength: 1, maxLength: 8 }),
        fc.boolean(),
        (ws, title) => {
          const s = ws.map((w) => (title ? w[0].toUpperCase() + w.slice(1) : w)).join(" ");
          expect(detectLegacy(s)).toBeNull();
          expect(legacyEvidence(s, "tcvn3").strong).toBe(0);
          expect(legacyEvidence(s, "vni").strong).toBe(0);
        }
      ),
      { numRuns: 3000, seed: 7 }
    );
  });

  test.each([
    ["English", "Total dossiers received, resolved on time and overdue (Form 06a)"],
    ["French", "Société Générale, café crème, élève, naïve, garçon, à côté, où"],
    ["German", "Müller, Größe, Übersicht, schön, Straße"],
    ["Spanish", "Señor Muñoz, año, ¿qué?, ¡olé!"],
    ["Scandinavian", "Ångström, Øresund, Ærø"],
    ["symbols", "© 2024, 25°C, ½, ± 3, § 12, 1.234,5 €, «Tổng», Thủ tục · Hộ tịch, m², µm"],
    ["symbols, no Vietnamese", "© 2024 · 25°C · ½ · ± 3 · § 12 · m² · ¼ · ¾"],
    ["Spanish and Portuguese", "sí, qué, niño, año, São Paulo, não, avô, você"],
    ["numbers and dates", "85 31 1.234 14/03/2024 73,2% (1) (13)"],
    ["one Latin-1 word", "Hòa"],
    ["a name", "Bùi Duy Hòa"],
    ["Latin-1-only Vietnamese", "Bà có cá, cô là mì, hè gì"],
    ["capitals", "CÔNG AN XÃ, HÒA BÌNH, CÀ MAU"],
  ])("%s: %s", (_name, s) => {
    expect(detectLegacy(s)).toBeNull();
    expect(detectLegacy(s.normalize("NFD"))).toBeNull();
  });

  test("the sample workbook's 06a sheet: nothing to convert", () => {
    const wb = applyEditsToSnapshot({ sheets: [] }, layout06a(sample06aLayout()));
    const d = decodeWorkbook(wb);
    expect(d.encoding).toBeNull();
    expect(d.converted).toEqual([]);
    expect(d.wb).toBe(wb);
    expect(detectWorkbookLegacy(wb)).toBeNull();
  });

  test("a column repeating one odd word (a unit, µm) is one piece of evidence, not a legacy workbook", () => {
    const wb: WorkbookSnapshot = {
      sheets: [
        sheetFromRows(
          "S",
          Array.from({ length: 50 }, (_, i) => [`Mẫu ${i + 1}`, i * 3, "µm"])
        ),
      ],
    };
    expect(detectLegacy("µm")).toBe("tcvn3"); // one text alone: "àm"
    expect(decodeWorkbook(wb).encoding).toBeNull();
  });

  test("the bundled sample workbook (all its sheets, the report's paragraphs included): nothing to convert", async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(SAMPLE);
    const wb = snapshotOf(book);
    expect(wb.sheets.length).toBeGreaterThanOrEqual(4);
    const d = decodeWorkbook(wb);
    expect(d.encoding).toBeNull();
    expect(d.converted).toEqual([]);
  });

  test("a workbook of random Unicode phrases: nothing to convert", () => {
    fc.assert(
      fc.property(fc.array(unicodePhrase, { minLength: 1, maxLength: 60 }), (cells) => {
        const wb: WorkbookSnapshot = {
          sheets: [
            sheetFromRows(
              "Sheet1",
              cells.map((ws) => [ws.join(" ")])
            ),
          ],
        };
        const d = decodeWorkbook(wb);
        expect(d.encoding).toBeNull();
        expect(d.converted).toEqual([]);
      }),
      { numRuns: 300, seed: 42 }
    );
  });
});

describe("syllables", () => {
  test.each([
    "số",
    "hồ",
    "sơ",
    "nghiệp",
    "quyết",
    "giải",
    "khuỷu",
    "thuở",
    "gì",
    "gìn",
    "quýt",
    "ngoằng",
    "xuân",
    "khuya",
    "TỔNG",
    "Ạ",
  ])("%s is a syllable", (w) => {
    expect(isVietnameseSyllable(w)).toBe(true);
  });
  test.each([
    "hå",
    "s¬",
    "Tæng",
    "vùc",
    "cỏc",
    "ka",
    "ce",
    "ñôn",
    "Ñu",
    "ghu",
    "ngi",
    "soỏ",
    "thàt",
    "café",
    "müller",
    "nhaän",
    "quyeát",
    "x",
  ])("%s is not", (w) => {
    // "ka" and "ce": k goes before i/e/ê/y only, c never does; "thàt": a stop final takes only sắc or nặng.
    expect(isVietnameseSyllable(w)).toBe(false);
  });
});

// ---- Workbooks -----------------------------------------------------------------------------

describe.each(ENCODINGS)("decodeWorkbook (%s)", (enc) => {
  const L = (s: string) => unicodeToLegacy(s, enc);
  const make = (): WorkbookSnapshot => ({
    sheets: [
      {
        ...sheetFromRows("Biểu 06a", [
          [L("Số hồ sơ nhận giải quyết"), L("Tổng cộng"), 85, null],
          [L("Lĩnh vực Hộ tịch"), "Tổng cộng (Unicode, typed later)", 54, L("Trực tuyến")],
          ["UBND", "Form 06a", "31", L("Đúng hạn")],
        ]),
      },
    ],
  });

  test("converts the legacy text cells, and only them; the input is not modified", () => {
    const wb = make();
    const before = JSON.stringify(wb);
    const d = decodeWorkbook(wb);
    expect(d.encoding).toBe(enc);
    expect(JSON.stringify(wb)).toBe(before);
    expect(d.converted.map((c) => [c.row, c.col, c.after])).toEqual([
      [1, 1, "Số hồ sơ nhận giải quyết"],
      [1, 2, "Tổng cộng"],
      [2, 1, "Lĩnh vực Hộ tịch"],
      [2, 4, "Trực tuyến"],
      [3, 4, "Đúng hạn"],
    ]);
    expect(d.converted[0].before).toBe(L("Số hồ sơ nhận giải quyết"));
    const s = d.wb.sheets[0];
    expect(s.data[0][0]?.value).toBe("Số hồ sơ nhận giải quyết");
    expect(s.data[0][2]?.value).toBe(85);
    expect(s.data[1][1]?.value).toBe("Tổng cộng (Unicode, typed later)");
    expect(s.data[2][2]?.value).toBe("31");
  });

  test("never touches numbers or formulas (a formula's cached text stays as it is)", () => {
    const wb = make();
    wb.sheets[0].data[2][0] = { value: L("Tổng cộng"), formula: 'IF(1,"x","y")' };
    const d = decodeWorkbook(wb);
    expect(d.wb.sheets[0].data[2][0]).toEqual({ value: L("Tổng cộng"), formula: 'IF(1,"x","y")' });
    expect(d.converted.some((c) => c.row === 3 && c.col === 1)).toBe(false);
  });

  test("convertEdits writes exactly the converted cells", () => {
    const e = convertEdits(make());
    expect(e.cells).toHaveLength(5);
    expect(e.cells[0]).toEqual({
      sheet: "Biểu 06a",
      row: 1,
      col: 1,
      value: "Số hồ sơ nhận giải quyết",
      style: { font: "Times New Roman" },
    });
  });

  test("convertEdits gives converted cells Times New Roman, unless their font is known and not a legacy one", () => {
    const fonts: Record<string, string> = { "1:1": ".VnTimeH", "2:1": "Arial" };
    const e = convertEdits(make(), { fontOf: (_s, row, col) => fonts[`${row}:${col}`] });
    const byCell = new Map(e.cells.map((c) => [`${c.row}:${c.col}`, c]));
    expect(byCell.get("1:1")?.style).toEqual({ font: "Times New Roman" });
    expect(byCell.get("2:1")?.style).toBeUndefined();
    expect(e.cells.filter((c) => c.style?.font === "Times New Roman")).toHaveLength(
      e.cells.length - 1
    );
  });

  test("--from forces the encoding even when there is too little to tell", () => {
    const wb: WorkbookSnapshot = { sheets: [sheetFromRows("S", [[L("Số")]])] };
    expect(decodeWorkbook(wb).encoding).toBeNull();
    const d = decodeWorkbook(wb, { from: enc });
    expect(d.encoding).toBe(enc);
    expect(d.converted.map((c) => c.after)).toEqual(["Số"]);
  });
});

test("TCVN3 cells in an H font (.VnTimeH) come out in capitals", () => {
  const wb: WorkbookSnapshot = {
    sheets: [
      sheetFromRows("S", [["céng hßa x· héi chñ nghÜa viÖt nam"], ["Sè hå s¬ nhËn gi¶i quyÕt"]]),
    ],
  };
  const d = decodeWorkbook(wb, { capitals: (_s, row) => row === 1 });
  expect(d.converted.map((c) => c.after)).toEqual([
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Số hồ sơ nhận giải quyết",
  ]);
});

test("a TCVN3 workbook stays TCVN3 when Unicode labels were added, a Unicode one with an odd cell stays Unicode", () => {
  const legacy = PHRASES.map((p) => [unicodeToLegacy(p, "tcvn3")]);
  const labels = Array.from({ length: 40 }, (_, i) => [`Tỷ lệ (%) — dòng ${i + 1}`]);
  expect(decodeWorkbook({ sheets: [sheetFromRows("S", [...legacy, ...labels])] }).encoding).toBe(
    "tcvn3"
  );
  const unicode = Array.from({ length: 100 }, (_, i) => [`${PHRASES[i % PHRASES.length]} ${i}`]);
  expect(
    decodeWorkbook({
      sheets: [
        sheetFromRows("S", [...unicode, [unicodeToLegacy("Số hồ sơ nhận giải quyết", "tcvn3")]]),
      ],
    }).encoding
  ).toBeNull();
});

test("fonts", () => {
  expect(legacyFontEncoding(".VnTime")).toBe("tcvn3");
  expect(legacyFontEncoding(".VnTimeH")).toBe("tcvn3");
  expect(legacyFontEncoding(".VnArial NarrowH")).toBe("tcvn3");
  expect(legacyFontEncoding("VNI-Times")).toBe("vni");
  expect(legacyFontEncoding("VNI-Helve-Condense")).toBe("vni");
  expect(legacyFontEncoding("Times New Roman")).toBeNull();
  expect(legacyFontEncoding(undefined)).toBeNull();
  expect(isCapitalsFont(".VnTimeH")).toBe(true);
  expect(isCapitalsFont(".VnTime")).toBe(false);
  expect(isCapitalsFont("VNI-TimesH")).toBe(false);
});
