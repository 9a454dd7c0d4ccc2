import * as fc from "fast-check";
import { fold, foldAscii, normaliseField } from "../src/core/text/normalize";

/** The plain definition the fast foldAscii must agree with. */
const reference = (s: string) =>
  s
    .normalize("NFC")
    .toLowerCase()
    .replace(/[\s\u00a0]+/g, " ")
    .trim()
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .normalize("NFC");

describe("foldAscii", () => {
  test.each([
    ["Số hồ sơ nhận giải quyết", "so ho so nhan giai quyet"],
    ["SỐ HỒ SƠ ĐÃ GIẢI QUYẾT", "so ho so da giai quyet"],
    ["  Từ   kỳ\ttrước ", "tu ky truoc"],
    ["Đúng hạn".normalize("NFD"), "dung han"],
    ["-Tổng-", "-tong-"],
  ])("%s → %s", (input, expected) => {
    expect(foldAscii(input)).toBe(expected);
  });

  test("agrees with NFD-strip-NFC on Vietnamese text in either normal form", () => {
    const letters =
      "aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂĐÊÔƠƯ àáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ ,.()-1234";
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...letters.split("")), { maxLength: 40 }),
        fc.boolean(),
        (chars, nfd) => {
          const s = chars.join("");
          const input = nfd ? s.normalize("NFD") : s;
          expect(foldAscii(input)).toBe(reference(input));
        }
      ),
      { numRuns: 300 }
    );
  });
});

describe("fold and normaliseField", () => {
  test("NFD and NFC compare equal after fold", () => {
    expect(fold("Lĩnh vực Hộ tịch".normalize("NFD"))).toBe(fold("lĩnh vực  hộ tịch"));
  });
  test("the leading 'Lĩnh vực' and case are ignored for field names", () => {
    expect(normaliseField("Lĩnh vực Lâm nghiệp")).toBe(normaliseField("LÂM NGHIỆP"));
    expect(normaliseField("Lĩnh vực Lâm nghiệp")).not.toBe(normaliseField("Lâm sản"));
  });
});

describe("fold and normaliseField agree with their plain definitions", () => {
  // The chains of replacements fold() and normaliseField() skip steps of when nothing would change.
  // eslint-disable-next-line no-misleading-character-class -- each invisible character alone
  const INVISIBLE = /[\u200b\u200c\u200d\u2060\ufeff\u00ad]/g;
  const plainFold = (s: string) =>
    s
      .replace(INVISIBLE, "")
      .normalize("NFC")
      .toLowerCase()
      .replace(/[\s\u00a0]+/g, " ")
      .trim();
  const plainField = (s: string) =>
    plainFold(s)
      .replace(/^lĩnh vực[\s:.-]*/u, "")
      .replace(/\s*[,.;:]\s*/g, (m) => m.trim() + " ")
      .replace(/\s+/g, " ")
      .trim();
  const pieces = [
    ..."aĩựđLĨỰĐHộ tịch,.;:-1".split(""),
    "Lĩnh vực",
    "LĨNH VỰC",
    "lĩnh vực".normalize("NFD"),
    "  ",
    "\t",
    "\n",
    "\u00a0",
    "\u2003",
    "\u3000",
    "\u200b",
    "\u00ad",
    "\ufeff",
    "\u0301",
    "\u0323",
  ];
  test("on text made of letters, marks, punctuation and every kind of space", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 16 }), (parts) => {
        const s = parts.join("");
        expect(fold(s)).toBe(plainFold(s));
        expect(normaliseField(s)).toBe(plainField(s));
      }),
      { numRuns: 3000 }
    );
  });
});
