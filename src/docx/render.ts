// The report as a Word document (Nghị định 30/2020/NĐ-CP, Phụ lục I), built with the docx
// package as a declarative tree: header block, title, "Kính gửi", the body from the markup
// (docs/markup.md), "Nơi nhận" and the signature, and the attachment tables.

import {
  AlignmentType,
  Document,
  FileChild,
  Header,
  LineRuleType,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  ParagraphChild,
  Table,
  TextRun,
  HeadingLevel,
} from "docx";
import JSZip from "jszip";
import { fmtDateLong } from "../core/text/numbers";
import { Block, InlineRun, LINE_BREAK, Orientation, TextBlock, parseMarkup } from "./markup";
import {
  BLACK,
  FONT,
  RULE,
  TABLE_HEADER_PT,
  TABLE_HEADING_STYLE,
  TABLE_TEXT_PT,
  TABLE_TEXT_STYLE,
  cleanText,
  layoutTable,
  lines,
  mmTw,
  pt,
  ptTw,
  run,
  specChildren,
  textWidth,
} from "./tables";
import type { DocDate, DocHeader, RenderInput } from "./types";

/** Fixed Vietnamese text of the document. */
export const DOC_TEXT = {
  nationalName: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
  motto: "Độc lập - Tự do - Hạnh phúc",
  recipientLabel: "Kính gửi:",
  noiNhanLabel: "Nơi nhận:",
  missingTable: (name: string): string => `[Không có bảng ${name}]`,
  annexLabel: "Phụ lục",
} as const;

// ---------------------------------------------------------------------------------------
// Page geometry (twips). A4 = 210 × 297 mm = 11906 × 16838 twips.

const A4 = { width: 11906, height: 16838 } as const;
const PORTRAIT_MARGIN = { top: mmTw(20), bottom: mmTw(20), left: mmTw(30), right: mmTw(15) };
// A landscape page is bound by its top edge, so the binding margin (30–35 mm) is at the top;
// bottom 15–20 mm, left and right 20–25 mm (Nghị định 30/2020/NĐ-CP, Phụ lục I, mục I.5).
const LANDSCAPE_MARGIN = { top: mmTw(30), bottom: mmTw(20), left: mmTw(20), right: mmTw(20) };
const HEADER_DISTANCE = mmTw(10);

/** Width of the text area of a section, in twips. */
export function sectionTextWidth(o: Orientation): number {
  return o === "landscape"
    ? A4.height - LANDSCAPE_MARGIN.left - LANDSCAPE_MARGIN.right
    : A4.width - PORTRAIT_MARGIN.left - PORTRAIT_MARGIN.right;
}

// ---------------------------------------------------------------------------------------
// Body text

const BODY_PT = 14;
const FIRST_LINE = mmTw(12.7);
const BODY_SPACING = { before: 0, after: ptTw(6), line: 288, lineRule: LineRuleType.AUTO }; // 1.2 lines

const HEADING_LEVEL = {
  heading1: HeadingLevel.HEADING_1,
  heading2: HeadingLevel.HEADING_2,
  heading3: HeadingLevel.HEADING_3,
} as const;

const upper = (s: string): string => cleanText(s).toLocaleUpperCase("vi");

function inlineRuns(runs: InlineRun[]): TextRun[] {
  return runs
    .filter((r) => r.text !== "")
    .map((r) => run(r.text, { bold: r.bold, italic: r.italic }));
}

function textParagraph(b: TextBlock, pageBreakBefore: boolean, keepNext = false): Paragraph {
  const children: ParagraphChild[] = inlineRuns(b.runs);
  if (b.kind === "dash") children.unshift(run("- "));
  const keep = keepNext ? { keepNext: true, keepLines: true } : {};
  const common = { pageBreakBefore: pageBreakBefore || undefined, ...keep, children };
  if (b.kind === "paragraph" || b.kind === "dash")
    return new Paragraph({ style: BODY_STYLE, ...common });
  return new Paragraph({ heading: HEADING_LEVEL[b.kind], ...common });
}

// ---------------------------------------------------------------------------------------
// Header block

/** "Phú Sơn, ngày 14 tháng 3 năm 2024"; blanks for what the date leaves open. */
export function placeDateLine(place: string, date: DocDate | null, year: number): string {
  const blank = "      ";
  let when: string;
  if (date && date.d !== null && date.d !== undefined) {
    when = fmtDateLong({ y: date.y, m: date.m, d: date.d }, true);
  } else if (date) {
    const mm = date.m <= 2 ? "0" + date.m : String(date.m);
    when = `ngày${blank}tháng ${mm} năm ${date.y}`;
  } else {
    when = `ngày${blank}tháng${blank}năm ${year}`;
  }
  const p = cleanText(place).trim();
  return p ? `${p}, ${when}` : when.charAt(0).toUpperCase() + when.slice(1);
}

// The two columns fill the text width exactly: the block starts at the left margin, never in it.
const HEADER_LEFT = 3742; // 6.6 cm
const HEADER_RIGHT = sectionTextWidth("portrait") - HEADER_LEFT; // 9.9 cm
const CELL_PAD = 108 * 2; // default left + right cell margins

/** An empty paragraph whose bottom border draws a centred rule of `length` twips in a cell of `cell` twips. */
function rule(length: number, cell: number, spaceAfter = 0): Paragraph {
  const inner = cell - CELL_PAD;
  const side = Math.max(0, Math.round((inner - Math.min(length, inner)) / 2));
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    indent: { left: side, right: side },
    spacing: { before: 0, after: spaceAfter, line: ptTw(4), lineRule: LineRuleType.EXACT },
    border: { bottom: RULE },
    children: [],
  });
}

/** Estimated width of the longest line of a text. */
const longest = (text: string, sizePt: number, bold: boolean): number =>
  Math.max(0, ...text.split(LINE_BREAK).map((l) => textWidth(l, sizePt, bold)));

const centred = (
  children: ParagraphChild[],
  spacing: { before?: number; after?: number } = {},
  keep = false
): Paragraph =>
  new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: 0, after: 0, ...spacing },
    keepNext: keep || undefined,
    keepLines: keep || undefined,
    children,
  });

function headerBlock(h: DocHeader): FileChild[] {
  const unit = upper(h.unit ?? "");
  const parent = upper(h.parentBody ?? "");
  const left: Paragraph[] = [];
  if (parent) left.push(centred(lines(parent, { size: 13 })));
  left.push(centred(lines(unit, { size: 13, bold: true })));
  const unitWidth = Math.min(longest(unit, 13, true), HEADER_LEFT - CELL_PAD);
  left.push(rule(Math.max(mmTw(15), unitWidth * 0.4), HEADER_LEFT));

  const right: Paragraph[] = [
    centred([run(DOC_TEXT.nationalName, { size: 12, bold: true })]),
    centred([run(DOC_TEXT.motto, { size: 13, bold: true })]),
    rule(textWidth(DOC_TEXT.motto, 13, true) + ptTw(2), HEADER_RIGHT),
  ];

  const numberLine = [centred(lines(cleanText(h.number ?? ""), { size: 13 }), { before: ptTw(6) })];
  const dateLine = [
    centred(
      [run(placeDateLine(h.place ?? "", h.date ?? null, h.year), { size: 14, italic: true })],
      {
        before: ptTw(6),
      }
    ),
  ];
  return [
    layoutTable(
      [HEADER_LEFT, HEADER_RIGHT],
      [
        [left, right],
        [numberLine, dateLine],
      ]
    ),
  ];
}

function titleBlock(h: DocHeader): FileChild[] {
  const width = sectionTextWidth("portrait");
  const out: FileChild[] = [
    centred(lines(upper(h.title ?? ""), { size: 14, bold: true }), { before: ptTw(18) }),
  ];
  const subject = cleanText(h.subject ?? "").trim();
  if (subject) {
    out.push(centred(lines(subject, { size: 14, bold: true })));
    const subjectWidth = Math.min(longest(subject, 14, true), width);
    out.push(rule(Math.max(mmTw(20), subjectWidth / 3), width + CELL_PAD));
  }
  out.push(...recipientBlock(h.recipients ?? []));
  return out;
}

const stripEnd = (s: string): string =>
  cleanText(s)
    .trim()
    .replace(/[.;,]+$/, "");

function recipientBlock(recipients: string[]): FileChild[] {
  const list = recipients.map(stripEnd).filter((r) => r !== "");
  const spacing = { before: ptTw(12), after: ptTw(12) };
  if (list.length === 0) return [];
  if (list.length === 1) {
    // A dotted blank ("…", no recipient given) takes no full stop after it.
    const stop = list[0].endsWith("…") ? "" : ".";
    return [centred(lines(`${DOC_TEXT.recipientLabel} ${list[0]}${stop}`, { size: 14 }), spacing)];
  }
  // Several: the label, then one "- X;" line each, the block placed in the middle of the page.
  const width = sectionTextWidth("portrait");
  const labelCol = Math.round(width * 0.33);
  const items = list.map(
    (r, i) =>
      new Paragraph({
        spacing: {
          before: i === 0 ? spacing.before : 0,
          after: i === list.length - 1 ? spacing.after : 0,
        },
        children: lines(`- ${r}${i === list.length - 1 ? "." : ";"}`, { size: 14 }),
      })
  );
  const label = new Paragraph({
    alignment: AlignmentType.RIGHT,
    spacing: { before: spacing.before, after: 0 },
    children: [run(DOC_TEXT.recipientLabel, { size: 14 })],
  });
  return [layoutTable([labelCol, width - labelCol], [[[label], items]])];
}

// ---------------------------------------------------------------------------------------
// "Nơi nhận" and signature

function signatureBlock(h: DocHeader): Table {
  const width = sectionTextWidth("portrait");
  const leftW = Math.round(width * 0.45);
  const rightW = width - leftW;
  const items = (h.noiNhan ?? []).map((s) => cleanText(s).trim()).filter((s) => s !== "");
  // Every paragraph of the block keeps with the next and its lines together, and the row cannot
  // split: "Nơi nhận", the authority, the title and the name always share one page.
  const keep = { keepNext: true, keepLines: true } as const;
  const left: Paragraph[] = [
    new Paragraph({
      ...keep,
      spacing: { before: ptTw(12), after: 0 },
      children: [run(DOC_TEXT.noiNhanLabel, { size: 12, bold: true, italic: true })],
    }),
    ...items.map((item, i) => {
      let text = item.replace(/^[-–]\s*/, "");
      if (!/[.;,:]$/.test(text)) text += i === items.length - 1 ? "." : ";";
      return new Paragraph({
        ...keep,
        spacing: { before: 0, after: 0 },
        children: lines(`- ${text}`, { size: 11 }),
      });
    }),
  ];
  const sig = h.signature ?? { title: "", name: "" };
  const right: Paragraph[] = [];
  const authority = upper(sig.authority ?? "").trim();
  const first = { before: ptTw(12) };
  if (authority) right.push(centred(lines(authority, { size: 14, bold: true }), first, true));
  right.push(
    centred(
      lines(upper(sig.title ?? "").trim(), { size: 14, bold: true }),
      authority ? {} : first,
      true
    )
  );
  right.push(
    centred(
      lines(cleanText(sig.name ?? "").trim(), { size: 14, bold: true }),
      { before: ptTw(80) },
      true
    )
  );
  return layoutTable([leftW, rightW], [[left, right]], { cantSplit: true });
}

// ---------------------------------------------------------------------------------------
// Document

const BODY_STYLE = "ReportBody";

/** The document's language: Word checks the spelling in Vietnamese. */
const LANGUAGE = { value: "vi-VN", eastAsia: "vi-VN", bidirectional: "vi-VN" } as const;

function pageNumberHeader(): Header {
  return new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: [PageNumber.CURRENT], size: pt(13) })],
      }),
    ],
  });
}

interface SectionDraft {
  orientation: Orientation;
  children: FileChild[];
  /** An annex: page numbers start again at 1 (NĐ 30/2020, Phụ lục I, mục II.12). */
  restart?: boolean;
}

/** "Phụ lục I", its title and the "(Kèm theo …)" line (NĐ 30/2020, Phụ lục I, mục II.12). */
function annexHead(numeral: string, title: string, note: string): Paragraph[] {
  const out = [
    centred(
      [
        run(numeral ? `${DOC_TEXT.annexLabel} ${numeral}` : DOC_TEXT.annexLabel, {
          size: 14,
          bold: true,
        }),
      ],
      {},
      true
    ),
  ];
  if (title) out.push(centred(lines(upper(title), { size: 13, bold: true }), {}, true));
  const n = cleanText(note).trim();
  if (n) out.push(centred(lines(n, { size: 14, italic: true }), { after: ptTw(12) }, true));
  return out;
}

/** An empty paragraph of `height` twips: between two tables (Word would join them) or to carry a page break. */
const spacer = (pageBreakBefore = false, height = ptTw(1)): Paragraph =>
  new Paragraph({
    pageBreakBefore: pageBreakBefore || undefined,
    spacing: { before: 0, after: 0, line: height, lineRule: LineRuleType.EXACT },
    children: [],
  });

function buildSections(input: RenderInput, blocks: Block[]): SectionDraft[] {
  const header = input.header;
  const tables = input.tables ?? {};
  const sections: SectionDraft[] = [
    { orientation: "portrait", children: [...headerBlock(header), ...titleBlock(header)] },
  ];
  let current = sections[0];
  let pendingBreak = false;

  const pushTableLike = (items: FileChild[]): void => {
    const first = items[0];
    const last = current.children[current.children.length - 1];
    if (pendingBreak) {
      current.children.push(spacer(true));
      pendingBreak = false;
    } else if (last instanceof Table && first instanceof Table) {
      current.children.push(spacer(false, ptTw(12)));
    }
    current.children.push(...items);
  };

  for (let bi = 0; bi < blocks.length; bi++) {
    const b = blocks[bi];
    switch (b.kind) {
      case "heading1":
      case "heading2":
      case "heading3":
      case "paragraph":
      case "dash":
        // The paragraph before the signature (the closing one) stays on the signature's page.
        current.children.push(textParagraph(b, pendingBreak, blocks[bi + 1]?.kind === "signature"));
        pendingBreak = false;
        break;
      case "table": {
        const spec = Object.prototype.hasOwnProperty.call(tables, b.name)
          ? tables[b.name]
          : undefined;
        if (spec && typeof spec === "object") {
          const afterTable = current.children[current.children.length - 1] instanceof Table;
          pushTableLike(
            specChildren(spec, sectionTextWidth(current.orientation), afterTable ? ptTw(12) : 0)
          );
        } else {
          current.children.push(
            new Paragraph({
              style: BODY_STYLE,
              pageBreakBefore: pendingBreak || undefined,
              children: [run(DOC_TEXT.missingTable(b.name))],
            })
          );
          pendingBreak = false;
        }
        break;
      }
      case "signature":
        pushTableLike([signatureBlock(header)]);
        break;
      case "section":
        pendingBreak = false; // a section starts on a new page anyway
        if (current.children.length === 0) current.orientation = b.orientation;
        else {
          current = { orientation: b.orientation, children: [] };
          sections.push(current);
        }
        break;
      case "annex":
        pendingBreak = false;
        current = {
          orientation: b.orientation,
          children: annexHead(b.numeral, b.title, header.annexNote ?? ""),
          restart: true,
        };
        sections.push(current);
        break;
      case "pagebreak":
        pendingBreak = true;
        break;
    }
  }
  if (pendingBreak) current.children.push(spacer(true));
  return sections;
}

function buildDocument(input: RenderInput): Document {
  const blocks = parseMarkup(input.markup ?? "");
  const drafts = buildSections(input, blocks);
  const author = cleanText(input.header?.author ?? input.header?.unit ?? "").replace(
    /\s*\n\s*/g,
    " "
  );
  return new Document({
    creator: author,
    lastModifiedBy: author,
    title: cleanText(input.header?.subject ?? ""),
    styles: {
      default: {
        document: {
          run: { font: FONT, size: pt(BODY_PT), color: BLACK, language: LANGUAGE },
          paragraph: { spacing: { before: 0, after: 0 } },
        },
        heading1: headingStyle(0, false),
        heading2: headingStyle(1, false),
        // Điểm heads "a)", "b)": bold, upright (NĐ 30/2020, Phụ lục I, mục II.6).
        heading3: headingStyle(2, false),
        // Styles the report does not use, kept black in case a clerk applies them in Word.
        heading4: headingStyle(3, true),
        heading5: headingStyle(4, false),
        heading6: headingStyle(5, false),
        caption: {
          run: { font: FONT, size: pt(12), italics: true, color: BLACK, language: LANGUAGE },
        },
        hyperlink: { run: { color: BLACK, underline: {} } },
      },
      paragraphStyles: [
        {
          id: TABLE_TEXT_STYLE,
          name: "Table Text",
          basedOn: "Normal",
          quickFormat: true,
          run: { size: pt(TABLE_TEXT_PT), language: LANGUAGE },
          paragraph: { spacing: { before: 20, after: 20, line: 240, lineRule: LineRuleType.AUTO } },
        },
        {
          id: TABLE_HEADING_STYLE,
          name: "Table Heading",
          basedOn: TABLE_TEXT_STYLE,
          quickFormat: true,
          run: { size: pt(TABLE_HEADER_PT), bold: true, language: LANGUAGE },
          paragraph: { alignment: AlignmentType.CENTER },
        },
        {
          id: BODY_STYLE,
          name: "Report Body",
          basedOn: "Normal",
          next: BODY_STYLE,
          quickFormat: true,
          run: { font: FONT, size: pt(BODY_PT), color: BLACK, language: LANGUAGE },
          paragraph: {
            alignment: AlignmentType.JUSTIFIED,
            indent: { firstLine: FIRST_LINE },
            spacing: BODY_SPACING,
          },
        },
      ],
    },
    sections: drafts.map((d, i) => {
      const landscape = d.orientation === "landscape";
      const children = [...d.children];
      if (children.length === 0 || children[children.length - 1] instanceof Table)
        children.push(spacer());
      // The first page of the report and of each annex shows no number (NĐ 30/2020, Phụ lục I, mục I.6).
      const numbered = i === 0 || d.restart;
      return {
        properties: {
          titlePage: numbered ? true : undefined,
          page: {
            ...(d.restart ? { pageNumbers: { start: 1 } } : {}),
            size: {
              width: A4.width,
              height: A4.height,
              orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
            },
            margin: {
              ...(landscape ? LANDSCAPE_MARGIN : PORTRAIT_MARGIN),
              header: HEADER_DISTANCE,
              footer: HEADER_DISTANCE,
            },
          },
        },
        headers: numbered
          ? { default: pageNumberHeader(), first: new Header({ children: [new Paragraph({})] }) }
          : { default: pageNumberHeader() },
        children,
      };
    }),
  });
}

function headingStyle(outlineLevel: number, italic: boolean) {
  return {
    basedOn: "Normal",
    next: BODY_STYLE,
    quickFormat: true,
    run: {
      font: FONT,
      size: pt(BODY_PT),
      bold: true,
      italics: italic || undefined,
      color: BLACK,
      language: LANGUAGE,
    },
    paragraph: {
      alignment: AlignmentType.JUSTIFIED,
      indent: { firstLine: FIRST_LINE },
      spacing: BODY_SPACING,
      keepNext: true,
      keepLines: true,
      outlineLevel,
    },
  };
}

/**
 * Renders the report as a .docx file. Works in Node and in the browser (the package is
 * written through an ArrayBuffer, which both have).
 */
export async function renderDocx(input: RenderInput): Promise<Uint8Array> {
  const doc = buildDocument(input);
  const buf = await Packer.toArrayBuffer(doc);
  const author = cleanText(input.header?.author ?? input.header?.unit ?? "").replace(
    /\s*\n\s*/g,
    " "
  );
  return withCompany(new Uint8Array(buf), author);
}

const xmlEscape = (s: string): string =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/**
 * The unit as the document's company (docProps/app.xml), which the docx package does not
 * write. The package is re-zipped with the same entries.
 */
async function withCompany(bytes: Uint8Array, company: string): Promise<Uint8Array> {
  if (!company) return bytes;
  const zip = await JSZip.loadAsync(bytes);
  const app = zip.file("docProps/app.xml");
  if (!app) return bytes;
  const xml = await app.async("string");
  const tag = `<Company>${xmlEscape(company)}</Company>`;
  let out: string;
  if (/<Company>[\s\S]*?<\/Company>|<Company\/>/.test(xml))
    out = xml.replace(/<Company>[\s\S]*?<\/Company>|<Company\/>/, tag);
  else if (/<Properties\b[^>]*\/>/.test(xml))
    out = xml.replace(/<Properties\b([^>]*?)\s*\/>/, `<Properties$1>${tag}</Properties>`);
  else out = xml.replace(/<\/Properties>/, `${tag}</Properties>`);
  zip.file("docProps/app.xml", out);
  return zip.generateAsync({
    type: "uint8array",
    compression: "DEFLATE",
    mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  });
}
