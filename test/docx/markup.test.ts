import fc from "fast-check";
import {
  Block,
  blockText,
  escapeMarkup,
  parseInline,
  parseMarkup,
  splitLines,
} from "../../src/docx/markup";

const kinds = (bs: Block[]): string[] => bs.map((b) => b.kind);
const texts = (bs: Block[]): string[] => bs.map(blockText);

describe("parseMarkup: block kinds", () => {
  test("every block kind", () => {
    const bs = parseMarkup(
      [
        "# I. TÌNH HÌNH CHUNG",
        "## 1. Tiếp nhận hồ sơ",
        "### a) Công tác chỉ đạo",
        "- Một mục gạch đầu dòng",
        "Một đoạn văn.",
        "::table bang06a",
        "::signature",
        "::section landscape",
        "::section portrait",
        "::pagebreak",
      ].join("\n")
    );
    expect(kinds(bs)).toEqual([
      "heading1",
      "heading2",
      "heading3",
      "dash",
      "paragraph",
      "table",
      "signature",
      "section",
      "section",
      "pagebreak",
    ]);
    expect(texts(bs).slice(0, 5)).toEqual([
      "I. TÌNH HÌNH CHUNG",
      "1. Tiếp nhận hồ sơ",
      "a) Công tác chỉ đạo",
      "Một mục gạch đầu dòng",
      "Một đoạn văn.",
    ]);
    expect(bs[5]).toMatchObject({ kind: "table", name: "bang06a", line: 6 });
    expect(bs[7]).toMatchObject({ kind: "section", orientation: "landscape" });
    expect(bs[8]).toMatchObject({ kind: "section", orientation: "portrait" });
  });

  test("blank lines are ignored; CRLF and CR are line breaks", () => {
    const bs = parseMarkup("# Đầu mục\r\n\r\n   \r\nĐoạn một\rĐoạn hai\n\n");
    expect(kinds(bs)).toEqual(["heading1", "paragraph", "paragraph"]);
    expect(texts(bs)).toEqual(["Đầu mục", "Đoạn một", "Đoạn hai"]);
    expect(bs.map((b) => b.line)).toEqual([1, 4, 5]);
  });

  test("a marker needs its space: '#x', '-x', '####' are paragraphs", () => {
    const bs = parseMarkup("#x\n-x\n#### bốn\n-\n--- ba");
    expect(kinds(bs)).toEqual(["paragraph", "paragraph", "paragraph", "paragraph", "paragraph"]);
    expect(texts(bs)).toEqual(["#x", "-x", "#### bốn", "-", "--- ba"]);
  });

  test("a line is only a block when it starts with the marker (no leading spaces)", () => {
    const bs = parseMarkup("  # không phải đầu mục\n ::signature");
    expect(kinds(bs)).toEqual(["paragraph", "paragraph"]);
    expect(texts(bs)).toEqual(["  # không phải đầu mục", " ::signature"]);
  });

  test("unknown or incomplete directives print as paragraphs", () => {
    const bs = parseMarkup(
      "::table\n::foo bar\n::section sideways\n::signature now\n::pagebreak 2\n:: table x"
    );
    expect(kinds(bs)).toEqual(Array(6).fill("paragraph"));
    expect(texts(bs)).toEqual([
      "::table",
      "::foo bar",
      "::section sideways",
      "::signature now",
      "::pagebreak 2",
      ":: table x",
    ]);
  });

  test("directives tolerate trailing spaces and case", () => {
    const bs = parseMarkup("::table  bangDanhGia  \n::Section LANDSCAPE\n::signature \t");
    expect(bs).toEqual([
      { kind: "table", name: "bangDanhGia", line: 1 },
      { kind: "section", orientation: "landscape", line: 2 },
      { kind: "signature", line: 3 },
    ]);
  });

  test("empty and odd input never throws", () => {
    expect(parseMarkup("")).toEqual([]);
    expect(parseMarkup(undefined as unknown as string)).toEqual([]);
    expect(parseMarkup("\\")).toEqual([
      { kind: "paragraph", runs: [{ text: "\\", bold: false, italic: false }], line: 1 },
    ]);
  });
});

describe("parseMarkup: escapes", () => {
  test("backslash + # - : at line start is the character, not a block", () => {
    const bs = parseMarkup(
      "\\# không phải đầu mục\n\\- không phải gạch đầu dòng\n\\:\\:table bang06a"
    );
    expect(kinds(bs)).toEqual(["paragraph", "paragraph", "paragraph"]);
    expect(texts(bs)).toEqual([
      "# không phải đầu mục",
      "- không phải gạch đầu dòng",
      "::table bang06a",
    ]);
  });

  test("\\X is X for any X; a trailing backslash is itself", () => {
    expect(texts(parseMarkup("a\\*b\\\\c\\xd\\"))).toEqual(["a*b\\cxd\\"]);
  });

  test("\\n splits a block into blocks of the same kind", () => {
    const bs = parseMarkup("- một\\nhai\n# ĐẦU\\nMỤC\nđoạn\\n\\nba");
    expect(kinds(bs)).toEqual([
      "dash",
      "dash",
      "heading1",
      "heading1",
      "paragraph",
      "paragraph",
      "paragraph",
    ]);
    expect(texts(bs)).toEqual(["một", "hai", "ĐẦU", "MỤC", "đoạn", "", "ba"]);
    expect(bs.map((b) => b.line)).toEqual([1, 1, 2, 2, 3, 3, 3]);
  });

  test("an escaped backslash before n is not a break", () => {
    expect(texts(parseMarkup("C:\\\\new"))).toEqual(["C:\\new"]);
  });
});

describe("parseInline", () => {
  const r = (text: string, bold = false, italic = false) => ({ text, bold, italic });

  test("bold and italic", () => {
    expect(parseInline("tiếp nhận **85** hồ sơ, *đạt* 73,2%")).toEqual([
      [r("tiếp nhận "), r("85", true), r(" hồ sơ, "), r("đạt", false, true), r(" 73,2%")],
    ]);
  });

  test("nested and combined markers", () => {
    expect(parseInline("**đậm *nghiêng* đậm**")).toEqual([
      [r("đậm ", true), r("nghiêng", true, true), r(" đậm", true)],
    ]);
    expect(parseInline("***cả hai***")).toEqual([[r("cả hai", true, true)]]);
  });

  test("a marker without a partner prints literally", () => {
    expect(parseInline("a **b")).toEqual([[r("a **b")]]);
    expect(parseInline("2*3")).toEqual([[r("2*3")]]);
    expect(parseInline("*a**b*")).toEqual([[r("a**b", false, true)]]);
    expect(parseInline("**")).toEqual([[r("**")]]);
  });

  test("styles carry across \\n", () => {
    expect(parseInline("**một\\nhai**")).toEqual([[r("một", true)], [r("hai", true)]]);
  });

  test("escaped stars are text inside bold", () => {
    expect(parseInline("**a\\*b**")).toEqual([[r("a*b", true)]]);
  });
});

describe("escapeMarkup", () => {
  test("backslash before \\ * # - : and \\n for line breaks", () => {
    expect(escapeMarkup("a-b: *c* #d \\e")).toBe("a\\-b\\: \\*c\\* \\#d \\\\e");
    expect(escapeMarkup("một\r\nhai\nba\rbốn\u2028năm")).toBe("một\\nhai\\nba\\nbốn\\nnăm");
  });

  test("characters that are not markup pass unchanged", () => {
    expect(escapeMarkup("{{x}} <w:p> & ' \" Đ ệ 1.234,5")).toBe("{{x}} <w\\:p> & ' \" Đ ệ 1.234,5");
    expect(escapeMarkup("{{x}} <p/> &amp; 'Đ' ệ 1.234,5 %")).toBe(
      "{{x}} <p/> &amp; 'Đ' ệ 1.234,5 %"
    );
  });

  test("data cannot make structure", () => {
    const evil = "# ĐẦU MỤC\n- mục\n::table bang06a\n::section landscape\n**đậm** {{x}} <w:p>&";
    const bs = parseMarkup(escapeMarkup(evil));
    expect(kinds(bs)).toEqual(Array(5).fill("paragraph"));
    expect(texts(bs)).toEqual(evil.split("\n"));
    expect(bs.every((b) => "runs" in b && b.runs.every((x) => !x.bold && !x.italic))).toBe(true);
  });

  test("what Handlebars hands an escape: null, numbers, SafeString", () => {
    expect(escapeMarkup(null as unknown as string)).toBe("");
    expect(escapeMarkup(undefined as unknown as string)).toBe("");
    expect(escapeMarkup(-12 as unknown as string)).toBe("\\-12");
    expect(escapeMarkup(0 as unknown as string)).toBe("0");
    expect(escapeMarkup({ toHTML: () => "**x**" } as unknown as string)).toBe("**x**");
  });
});

// Strings rich in what matters: markup characters, line breaks, Vietnamese, astral and
// unpaired surrogates, XML.
const unit = fc.oneof(
  fc.constantFrom(
    "\\",
    "*",
    "**",
    "#",
    "# ",
    "- ",
    "-",
    ":",
    "::",
    "::table x",
    "n",
    "\\n",
    "\n",
    "\r",
    "\r\n",
    "\u2028",
    "\u0085",
    "\v"
  ),
  fc.constantFrom(
    " ",
    "  ",
    "\t",
    "{{",
    "}}",
    "<w:p>",
    "&",
    "&amp;",
    "Đ",
    "ệ",
    "e\u0302\u0323",
    "😀",
    "\uD800",
    "\uDC00",
    "\uFEFF"
  ),
  fc.string({ unit: "binary", maxLength: 4 })
);
const data = fc.string({ unit, maxLength: 30 });

/** What a cell's text should become: one paragraph per line-break piece (none for a blank one-liner). */
const expectedPieces = (s: string): string[] => {
  const pieces = splitLines(s);
  return pieces.length === 1 && s.trim() === "" ? [] : pieces;
};

describe("escapeMarkup: properties", () => {
  test("escaped data parses to plain paragraphs, one per line-break piece, with the same text", () => {
    fc.assert(
      fc.property(data, (s) => {
        const bs = parseMarkup(escapeMarkup(s));
        expect(bs.every((b) => b.kind === "paragraph")).toBe(true);
        expect(texts(bs)).toEqual(expectedPieces(s));
        expect(bs.every((b) => "runs" in b && b.runs.every((x) => !x.bold && !x.italic))).toBe(
          true
        );
      }),
      { numRuns: 2000 }
    );
  });

  test("inside a template line the data keeps the line's kind and style", () => {
    fc.assert(
      fc.property(data, fc.constantFrom("- ", "# ", "## ", "### ", "Số liệu: "), (s, prefix) => {
        const bs = parseMarkup(`${prefix}**${escapeMarkup(s)}**`);
        const kind = {
          "- ": "dash",
          "# ": "heading1",
          "## ": "heading2",
          "### ": "heading3",
          "Số liệu: ": "paragraph",
        }[prefix];
        const pieces = splitLines(s);
        expect(kinds(bs)).toEqual(Array(pieces.length).fill(kind));
        const lead = prefix === "Số liệu: " ? prefix : "";
        expect(texts(bs)).toEqual(pieces.map((p, i) => (i === 0 ? lead + p : p)));
        for (const b of bs) {
          if (!("runs" in b)) continue;
          for (const x of b.runs) if (x.text !== lead) expect(x.bold).toBe(true);
        }
      }),
      { numRuns: 1000 }
    );
  });

  test("parseMarkup never throws and always returns well-formed blocks", () => {
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 80 }), (s) => {
        const bs = parseMarkup(s);
        for (const b of bs) {
          expect(typeof b.line).toBe("number");
          if ("runs" in b) for (const x of b.runs) expect(x.text.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 2000 }
    );
  });
});
