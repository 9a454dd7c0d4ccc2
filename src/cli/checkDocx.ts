// `npm run check:docx FILE.docx [--json]`: a records officer's review of a report as one
// command. Every item of Nghị định 30/2020/NĐ-CP, Phụ lục I that the report's layout has to
// meet is measured in the .docx itself (document.xml, styles.xml, headers, core.xml, app.xml),
// not taken from the code that wrote it, and listed with pass/fail and the measured value.
import * as fs from "fs";
import JSZip from "jszip";
import { DOCX_CHECK_ITEMS, DOCX_CHECK_TEXT, DocxCheckId } from "../core/messages/docxCheck";

export interface DocxCheckItem {
  id: DocxCheckId;
  label: string;
  pass: boolean;
  /** What was measured, e.g. "trên 20 mm, dưới 20 mm, trái 30 mm, phải 15 mm". */
  measured: string;
}

// ---- XML ----------------------------------------------------------------------------------
// A small parser for the package's XML parts (elements, attributes, character data; the
// declaration, comments and CDATA are skipped or kept as text). Entities stay encoded in the
// tree and are decoded where text is read.

interface TextNode {
  type: "text";
  data: string;
}

interface Element {
  type: "tag";
  name: string;
  attribs: Record<string, string>;
  children: ChildNode[];
  parent: Element | XmlDocument | null;
}

interface XmlDocument {
  type: "root";
  children: ChildNode[];
}

type ChildNode = Element | TextNode;

// One token of XML: a processing instruction, a comment, CDATA (1), an end tag (2), a start tag (3: name,
// 4: attributes, 5: "/" when self-closing) or text (6).
const TOKEN = new RegExp(
  [
    String.raw`<\?[\s\S]*?\?>`,
    String.raw`<!--[\s\S]*?-->`,
    String.raw`<!\[CDATA\[([\s\S]*?)\]\]>`,
    String.raw`<\/([^\s>]+)\s*>`,
    String.raw`<([^\s/>]+)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>`,
    String.raw`([^<]+)`,
  ].join("|"),
  "g"
);
const ATTR = /([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

function parse(xml: string): XmlDocument {
  const root: XmlDocument = { type: "root", children: [] };
  const stack: (Element | XmlDocument)[] = [root];
  for (const m of xml.matchAll(TOKEN)) {
    const top = stack[stack.length - 1];
    if (m[1] !== undefined)
      top.children.push({ type: "text", data: m[1].replace(/&/g, "&amp;").replace(/</g, "&lt;") });
    else if (m[2] !== undefined) {
      if (stack.length > 1) stack.pop();
    } else if (m[3] !== undefined) {
      const attribs: Record<string, string> = {};
      for (const a of (m[4] ?? "").matchAll(ATTR)) attribs[a[1]] = decodeXml(a[2] ?? a[3] ?? "");
      const el: Element = { type: "tag", name: m[3], attribs, children: [], parent: top };
      top.children.push(el);
      if (m[5] !== "/") stack.push(el);
    } else if (m[6] !== undefined) top.children.push({ type: "text", data: m[6] });
  }
  return root;
}

// ---- XML helpers --------------------------------------------------------------------------

const isEl = (n: ChildNode): n is Element => n.type === "tag";
const kids = (el: Element | XmlDocument, name?: string): Element[] =>
  el.children.filter(isEl).filter((c) => name === undefined || c.name === name);
const kid = (el: Element | undefined, name: string): Element | undefined =>
  el ? kids(el, name)[0] : undefined;
const val = (el: Element | undefined, name = "w:val"): string | undefined => el?.attribs[name];

function all(el: Element | XmlDocument, name: string, out: Element[] = []): Element[] {
  for (const c of el.children) {
    if (!isEl(c)) continue;
    if (c.name === name) out.push(c);
    all(c, name, out);
  }
  return out;
}

/** The character data directly and deeply inside an element. */
function rawText(el: Element): string {
  let s = "";
  for (const c of el.children) {
    if (c.type === "text") s += c.data;
    else if (isEl(c)) s += rawText(c);
  }
  return s;
}

/** Text of a paragraph or run (w:t only; w:br and w:tab as spaces). */
function text(el: Element): string {
  if (el.name === "w:t") return decodeXml(rawText(el));
  let s = "";
  const walk = (e: Element): void => {
    for (const c of e.children) {
      if (!isEl(c)) continue;
      if (c.name === "w:t") s += rawText(c);
      else if (c.name === "w:br" || c.name === "w:tab") s += " ";
      else walk(c);
    }
  };
  walk(el);
  return decodeXml(s);
}

const decodeXml = (s: string): string =>
  s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");

const onOff = (el: Element | undefined): boolean | undefined => {
  if (!el) return undefined;
  const v = val(el);
  return v === undefined || !["0", "false", "off"].includes(v);
};

// ---- Styles -------------------------------------------------------------------------------

interface Styles {
  byId: Map<string, Element>;
  defaultRun: Element | undefined;
  defaultPara: Element | undefined;
  defaultParaStyle: string | undefined;
}

function readStyles(doc: XmlDocument): Styles {
  const byId = new Map<string, Element>();
  let defaultParaStyle: string | undefined;
  for (const s of all(doc, "w:style")) {
    const id = s.attribs["w:styleId"];
    if (id) byId.set(id, s);
    if (
      s.attribs["w:type"] === "paragraph" &&
      ["1", "true", "on"].includes(s.attribs["w:default"] ?? "")
    )
      defaultParaStyle = id;
  }
  const defaults = all(doc, "w:docDefaults")[0];
  return {
    byId,
    defaultRun: kid(kid(defaults, "w:rPrDefault"), "w:rPr"),
    defaultPara: kid(kid(defaults, "w:pPrDefault"), "w:pPr"),
    defaultParaStyle,
  };
}

/** The style chain of a paragraph, nearest first. */
function styleChain(st: Styles, styleId: string | undefined): Element[] {
  const out: Element[] = [];
  let id = styleId ?? st.defaultParaStyle;
  const seen = new Set<string>();
  while (id && !seen.has(id)) {
    seen.add(id);
    const s = st.byId.get(id);
    if (!s) break;
    out.push(s);
    id = val(kid(s, "w:basedOn"));
  }
  return out;
}

const paraStyleId = (p: Element): string | undefined => val(kid(kid(p, "w:pPr"), "w:pStyle"));

/**
 * A property as Word resolves it: on the element itself (run or paragraph), else on its
 * paragraph's style chain, else in the document defaults.
 */
function resolvedProp(
  st: Styles,
  p: Element,
  own: Element,
  props: "w:rPr" | "w:pPr",
  name: string
): Element | undefined {
  const here = kid(kid(own, props), name);
  if (here) return here;
  for (const s of styleChain(st, paraStyleId(p))) {
    const e = kid(kid(s, props), name);
    if (e) return e;
  }
  return kid(props === "w:rPr" ? st.defaultRun : st.defaultPara, name);
}

/** A run property as Word resolves it: the run, its paragraph's style chain, the defaults. */
const runProp = (st: Styles, p: Element, r: Element, name: string): Element | undefined =>
  resolvedProp(st, p, r, "w:rPr", name);

/** A paragraph property as Word resolves it. */
const paraProp = (st: Styles, p: Element, name: string): Element | undefined =>
  resolvedProp(st, p, p, "w:pPr", name);

interface RunLook {
  sizes: number[];
  bold: boolean;
  italic: boolean;
}

/** Size (points), bold and italic of the runs that print text in a paragraph. */
function look(st: Styles, p: Element): RunLook {
  const runs = all(p, "w:r").filter((r) => all(r, "w:t").some((t) => text(t).trim() !== ""));
  const sizes = [...new Set(runs.map((r) => Number(val(runProp(st, p, r, "w:sz")) ?? 20) / 2))];
  return {
    sizes,
    bold: runs.length > 0 && runs.every((r) => onOff(runProp(st, p, r, "w:b")) === true),
    italic: runs.length > 0 && runs.every((r) => onOff(runProp(st, p, r, "w:i")) === true),
  };
}

const inRange = (sizes: number[], lo: number, hi: number): boolean =>
  sizes.length > 0 && sizes.every((s) => s >= lo && s <= hi);
const fmtSizes = (l: RunLook): string =>
  `cỡ ${l.sizes.join("/") || "?"}${l.bold ? ", đậm" : ""}${l.italic ? ", nghiêng" : ", đứng"}`;
const mm = (tw: number): number => Math.round((tw * 25.4) / 1440);
const isCaps = (s: string): boolean => s === s.toLocaleUpperCase("vi");

// ---- The check ----------------------------------------------------------------------------

interface Section {
  sectPr: Element;
  /** Body elements (w:p, w:tbl) of the section, in order. */
  blocks: Element[];
}

function sectionsOf(body: Element): Section[] {
  const out: Section[] = [];
  let blocks: Element[] = [];
  for (const el of kids(body)) {
    if (el.name === "w:sectPr") {
      out.push({ sectPr: el, blocks });
      blocks = [];
      continue;
    }
    blocks.push(el);
    const sp = el.name === "w:p" ? kid(kid(el, "w:pPr"), "w:sectPr") : undefined;
    if (sp) {
      out.push({ sectPr: sp, blocks });
      blocks = [];
    }
  }
  return out;
}

const paragraphsOf = (blocks: Element[]): Element[] =>
  blocks.flatMap((b) => (b.name === "w:p" ? [b] : all(b, "w:p")));

export async function checkDocx(bytes: Uint8Array): Promise<DocxCheckItem[]> {
  const zip = await JSZip.loadAsync(bytes);
  const read = async (name: string): Promise<string> =>
    (await zip.file(name)?.async("string")) ?? "";
  const docXml = await read("word/document.xml");
  const doc = parse(docXml);
  const st = readStyles(parse(await read("word/styles.xml")));
  const rels = new Map<string, string>();
  for (const r of all(parse(await read("word/_rels/document.xml.rels")), "Relationship"))
    rels.set(r.attribs.Id, r.attribs.Target);
  const core = await read("docProps/core.xml");
  const app = await read("docProps/app.xml");

  const items: DocxCheckItem[] = [];
  const add = (id: DocxCheckId, pass: boolean, measured: string): void => {
    items.push({ id, label: DOCX_CHECK_ITEMS[id], pass, measured });
  };

  const body = all(doc, "w:body")[0];
  const sections = body ? sectionsOf(body) : [];
  const paras = body ? all(body, "w:p") : [];
  const byText = (t: string): Element | undefined => paras.find((p) => text(p).trim() === t);

  // Page setup per section.
  const geometry = sections.map((s) => {
    const sz = kid(s.sectPr, "w:pgSz");
    const mar = kid(s.sectPr, "w:pgMar");
    const w = Number(val(sz, "w:w"));
    const h = Number(val(sz, "w:h"));
    const m = (k: string): number => mm(Number(val(mar, `w:${k}`) ?? 0));
    return {
      w,
      h,
      landscape: w > h,
      top: m("top"),
      bottom: m("bottom"),
      left: m("left"),
      right: m("right"),
    };
  });
  add(
    "paper",
    geometry.length > 0 &&
      geometry.every((g) => Math.min(g.w, g.h) === 11906 && Math.max(g.w, g.h) === 16838),
    geometry.map((g) => `${mm(Math.min(g.w, g.h))}×${mm(Math.max(g.w, g.h))} mm`).join("; ") ||
      DOCX_CHECK_TEXT.notFound
  );
  add(
    "orientation",
    geometry[0]?.landscape === false,
    geometry[0] ? (geometry[0].landscape ? "ngang" : "dọc") : DOCX_CHECK_TEXT.notFound
  );
  const marginText = (g: (typeof geometry)[number]): string =>
    `trên ${g.top}, dưới ${g.bottom}, trái ${g.left}, phải ${g.right} mm`;
  // Margins in mm, [least, most] per side: portrait and landscape pages (Phụ lục I).
  type Side = "top" | "bottom" | "left" | "right";
  const within = (g: (typeof geometry)[number], sides: Record<Side, [number, number]>): boolean =>
    (Object.keys(sides) as Side[]).every((k) => g[k] >= sides[k][0] && g[k] <= sides[k][1]);
  const portrait = geometry.filter((g) => !g.landscape);
  add(
    "marginsPortrait",
    portrait.length > 0 &&
      portrait.every((g) =>
        within(g, { top: [20, 25], bottom: [20, 25], left: [30, 35], right: [15, 20] })
      ),
    portrait.map(marginText).join("; ") || DOCX_CHECK_TEXT.none
  );
  const landscape = geometry.filter((g) => g.landscape);
  add(
    "marginsLandscape",
    landscape.every((g) =>
      within(g, { top: [30, 35], bottom: [15, 20], left: [20, 25], right: [20, 25] })
    ),
    landscape.map(marginText).join("; ") || DOCX_CHECK_TEXT.none
  );

  // Font, colour, language.
  const stylesXml = await read("word/styles.xml");
  const xmlAll = docXml + stylesXml;
  const fonts = new Set(
    [...xmlAll.matchAll(/<w:rFonts\b[^>]*>/g)].flatMap((m) =>
      [...m[0].matchAll(/w:(?:ascii|hAnsi|cs|eastAsia)="([^"]+)"/g)].map((f) => f[1])
    )
  );
  const themed = /w:(?:ascii|hAnsi|cs|eastAsia)Theme=/.test(xmlAll);
  const colors = new Set(
    [...xmlAll.matchAll(/<w:color w:val="([^"]+)"/g)].map((m) => m[1]).filter((c) => c !== "auto")
  );
  add(
    "font",
    !themed &&
      fonts.size === 1 &&
      fonts.has("Times New Roman") &&
      [...colors].every((c) => c === "000000"),
    `phông: ${[...fonts].join(", ") || "?"}${themed ? " + phông chủ đề" : ""}; màu: ${[...colors].join(", ") || "mặc định"}`
  );
  const lang = val(kid(st.defaultRun, "w:lang"));
  const otherLangs = new Set([...xmlAll.matchAll(/<w:lang w:val="([^"]+)"/g)].map((m) => m[1]));
  add(
    "language",
    lang === "vi-VN" && [...otherLangs].every((l) => l === "vi-VN"),
    `mặc định: ${lang ?? DOCX_CHECK_TEXT.none}; có: ${[...otherLangs].join(", ") || DOCX_CHECK_TEXT.none}`
  );

  // Header block: the first table.
  const headerTable = body ? kids(body, "w:tbl")[0] : undefined;
  const textWidth = geometry[0]
    ? Math.min(geometry[0].w, geometry[0].h) -
      Math.round(((geometry[0].left + geometry[0].right) * 1440) / 25.4)
    : 0;
  if (headerTable) {
    const ind = Number(val(kid(kid(headerTable, "w:tblPr"), "w:tblInd"), "w:w") ?? 0);
    const grid = kids(kid(headerTable, "w:tblGrid") as Element, "w:gridCol").reduce(
      (a, c) => a + Number(val(c, "w:w") ?? 0),
      0
    );
    add(
      "headerInMargins",
      ind >= 0 && grid <= textWidth + 30,
      `lùi ${mm(ind)} mm; rộng ${mm(grid)} mm / vùng trình bày ${mm(textWidth)} mm`
    );
    const firstCell = all(headerTable, "w:tc")[0];
    const cellParas = firstCell ? kids(firstCell, "w:p").filter((p) => text(p).trim() !== "") : [];
    const bodyParas = cellParas.filter((p) => look(st, p).bold);
    const parentParas = cellParas.slice(0, cellParas.indexOf(bodyParas[0]));
    if (parentParas.length) {
      const l = parentParas.map((p) => look(st, p));
      const t = parentParas.map(text).join(" / ");
      add(
        "parentBody",
        l.every((x) => !x.bold && !x.italic && inRange(x.sizes, 12, 13)) && isCaps(t),
        `"${t}", ${l.map(fmtSizes).join("; ")}`
      );
    } else add("parentBody", true, DOCX_CHECK_TEXT.none);
    const unit = bodyParas.map(text).join(" / ");
    const ul = bodyParas.map((p) => look(st, p));
    const abbreviated = /\b(UBND|HĐND|UB)\b/u.test(unit);
    add(
      "issuingBody",
      bodyParas.length > 0 &&
        ul.every((x) => x.bold && inRange(x.sizes, 12, 13)) &&
        isCaps(unit) &&
        !abbreviated,
      bodyParas.length
        ? `"${unit}", ${ul.map(fmtSizes).join("; ")}${abbreviated ? ", viết tắt" : ""}`
        : DOCX_CHECK_TEXT.notFound
    );
  } else {
    add("headerInMargins", false, DOCX_CHECK_TEXT.notFound);
    add("parentBody", false, DOCX_CHECK_TEXT.notFound);
    add("issuingBody", false, DOCX_CHECK_TEXT.notFound);
  }

  const national = byText("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
  const nl = national && look(st, national);
  add(
    "nationalName",
    !!nl && nl.bold && inRange(nl.sizes, 12, 13),
    nl ? fmtSizes(nl) : DOCX_CHECK_TEXT.notFound
  );

  const motto = byText("Độc lập - Tự do - Hạnh phúc");
  const ml = motto && look(st, motto);
  let ruled = false;
  if (motto && motto.parent) {
    const sib = kids(motto.parent as Element, "w:p");
    const next = sib[sib.indexOf(motto) + 1];
    ruled =
      !!kid(kid(kid(next, "w:pPr"), "w:pBdr"), "w:bottom") ||
      !!kid(kid(kid(motto, "w:pPr"), "w:pBdr"), "w:bottom") ||
      all(motto, "w:u").length > 0;
  }
  add(
    "motto",
    !!ml && ml.bold && inRange(ml.sizes, 13, 14) && ruled,
    ml ? `${fmtSizes(ml)}; ${ruled ? "có" : "không có"} đường kẻ` : DOCX_CHECK_TEXT.notFound
  );

  const number = paras.find((p) => /^Số:/.test(text(p).trim()));
  const nbl = number && look(st, number);
  add(
    "number",
    !!nbl && inRange(nbl.sizes, 13, 13),
    nbl ? `"${text(number as Element).trim()}", ${fmtSizes(nbl)}` : DOCX_CHECK_TEXT.notFound
  );

  const dateP = paras.find((p) => /ngày\s.*tháng\s.*năm\s+\d{4}/.test(text(p)));
  if (dateP) {
    const t = text(dateP).trim();
    const dl = look(st, dateP);
    const m = /ngày\s+(\d+)?\s*tháng\s+(\d+)?\s*năm/.exec(t);
    const zeroOk =
      !!m &&
      (m[1] === undefined || +m[1] >= 10 || m[1].length === 2) &&
      (m[2] === undefined || +m[2] >= 3 || m[2].length === 2);
    add(
      "placeDate",
      dl.italic && inRange(dl.sizes, 13, 14) && zeroOk,
      `"${t}", ${fmtSizes(dl)}${zeroOk ? "" : ", thiếu số 0"}`
    );
  } else add("placeDate", false, DOCX_CHECK_TEXT.notFound);

  const titleP = paras.find((p) => text(p).trim() === "BÁO CÁO");
  const tl = titleP && look(st, titleP);
  add(
    "title",
    !!tl && tl.bold && inRange(tl.sizes, 13, 14),
    tl ? fmtSizes(tl) : DOCX_CHECK_TEXT.notFound
  );
  const subjectP = titleP ? paras[paras.indexOf(titleP) + 1] : undefined;
  const sl = subjectP && look(st, subjectP);
  add(
    "subject",
    !!sl && sl.bold && inRange(sl.sizes, 13, 14) && text(subjectP as Element).trim() !== "",
    sl
      ? `"${text(subjectP as Element)
          .trim()
          .slice(0, 60)}…", ${fmtSizes(sl)}`
      : DOCX_CHECK_TEXT.notFound
  );

  // Body text: the paragraphs of the body style.
  const bodyStyled = paras.filter((p) => paraStyleId(p) === "ReportBody");
  if (bodyStyled.length) {
    const p = bodyStyled[0];
    const jc = val(paraProp(st, p, "w:jc"));
    const first = Number(val(paraProp(st, p, "w:ind"), "w:firstLine") ?? 0);
    const spacing = paraProp(st, p, "w:spacing");
    const after = Number(val(spacing, "w:after") ?? 0);
    const line = Number(val(spacing, "w:line") ?? 240);
    const sizes = [...new Set(bodyStyled.map((q) => look(st, q).sizes).flat())];
    const pass =
      jc === "both" &&
      first >= 567 &&
      first <= 720 &&
      after >= 120 &&
      line >= 240 &&
      line <= 360 &&
      inRange(sizes, 13, 14);
    add(
      "body",
      pass,
      `cỡ ${sizes.join("/")}; căn ${jc}; lùi ${(first / 567).toFixed(2).replace(".", ",")} cm; sau ` +
        `đoạn ${after / 20} pt; dòng ${(line / 240).toFixed(2).replace(".", ",")}`
    );
  } else add("body", false, DOCX_CHECK_TEXT.notFound);

  const h1 = paras.filter((p) => paraStyleId(p) === "Heading1");
  add(
    "heading1",
    h1.length > 0 && h1.every((p) => look(st, p).bold && isCaps(text(p))),
    h1.length
      ? `${h1.length} đề mục; ${[...new Set(h1.map((p) => fmtSizes(look(st, p))))].join("; ")}`
      : DOCX_CHECK_TEXT.notFound
  );
  const h3 = paras.filter((p) => paraStyleId(p) === "Heading3");
  add(
    "heading3",
    h3.every((p) => !look(st, p).italic),
    h3.length
      ? `${h3.length} điểm; ${[...new Set(h3.map((p) => fmtSizes(look(st, p))))].join("; ")}`
      : DOCX_CHECK_TEXT.none
  );

  // Nơi nhận and signature: the table that holds "Nơi nhận:".
  const noiNhan = byText("Nơi nhận:");
  const sigTable = body
    ? kids(body, "w:tbl").find((t) => all(t, "w:p").some((p) => text(p).trim() === "Nơi nhận:"))
    : undefined;
  if (noiNhan && sigTable) {
    const cells = all(sigTable, "w:tc");
    const list = kids(cells[0], "w:p").filter((p) => p !== noiNhan && text(p).trim() !== "");
    const nl2 = look(st, noiNhan);
    const listSizes = [...new Set(list.flatMap((p) => look(st, p).sizes))];
    add(
      "noiNhan",
      nl2.bold && nl2.italic && inRange(nl2.sizes, 12, 12) && inRange(listSizes, 11, 11),
      `nhãn ${fmtSizes(nl2)}; danh sách cỡ ${listSizes.join("/") || "?"}`
    );
    const right = cells[1] ? kids(cells[1], "w:p").filter((p) => text(p).trim() !== "") : [];
    const lines = right.map((p) => text(p).trim());
    const authority = lines.length >= 3 ? lines[0] : "";
    const capsOk = right.slice(0, -1).every((p) => isCaps(text(p)));
    const lk = right.map((p) => look(st, p));
    add(
      "signature",
      /^(TM|KT|TL|TUQ|Q)\.\s/.test(authority) &&
        capsOk &&
        lk.every((l) => l.bold && inRange(l.sizes, 13, 14)),
      lines.length
        ? `"${lines.join(" / ")}"; ${[...new Set(lk.map(fmtSizes))].join("; ")}`
        : DOCX_CHECK_TEXT.notFound
    );
    const rows = kids(sigTable, "w:tr");
    const cant = rows.every((r) => onOff(kid(kid(r, "w:trPr"), "w:cantSplit")) === true);
    const sigParas = all(sigTable, "w:p").filter((p) => text(p).trim() !== "");
    const keep = sigParas.filter((p) => onOff(paraProp(st, p, "w:keepNext")) === true).length;
    const before = body ? kids(body)[kids(body).indexOf(sigTable) - 1] : undefined;
    const beforeKeep = before?.name === "w:p" && onOff(paraProp(st, before, "w:keepNext")) === true;
    add(
      "signatureKeep",
      cant && keep === sigParas.length && beforeKeep,
      `cantSplit: ${cant ? "có" : "không"}; giữ với đoạn sau: ${keep}/${sigParas.length} đoạn; đoạn ` +
        `kết giữ với chữ ký: ${beforeKeep ? "có" : "không"}`
    );
  } else {
    add("noiNhan", false, DOCX_CHECK_TEXT.notFound);
    add("signature", false, DOCX_CHECK_TEXT.notFound);
    add("signatureKeep", false, DOCX_CHECK_TEXT.notFound);
  }

  // Page numbers.
  const headerXml = async (sectPr: Element, type: string): Promise<XmlDocument | null> => {
    const ref = kids(sectPr, "w:headerReference").find((h) => h.attribs["w:type"] === type);
    const target = ref ? rels.get(ref.attribs["r:id"]) : undefined;
    return target ? parse(await read(`word/${target.replace(/^\/?word\//, "")}`)) : null;
  };
  const hasPage = (h: XmlDocument | null): boolean =>
    !!h &&
    (all(h, "w:instrText").some((i) => /\bPAGE\b/.test(rawText(i))) ||
      all(h, "w:fldSimple").some((f) => /\bPAGE\b/.test(f.attribs["w:instr"] ?? "")));
  if (sections[0]) {
    const def = await headerXml(sections[0].sectPr, "default");
    const first = await headerXml(sections[0].sectPr, "first");
    const titlePg = onOff(kid(sections[0].sectPr, "w:titlePg")) === true;
    const hp = def
      ? all(def, "w:p").find(
          (p) => all(p, "w:instrText").length > 0 || all(p, "w:fldSimple").length > 0
        )
      : undefined;
    const centred = hp ? val(kid(kid(hp, "w:pPr"), "w:jc")) === "center" : false;
    const size = hp ? Number(val(all(hp, "w:sz")[0]) ?? 0) / 2 : 0;
    add(
      "pageNumbers",
      hasPage(def) && centred && size >= 13 && size <= 14 && titlePg && !hasPage(first),
      `trường PAGE: ${hasPage(def) ? "có" : "không"}; ${centred ? "giữa" : "không giữa"}; ` +
        `cỡ ${size || "?"}; trang đầu ${titlePg && !hasPage(first) ? "không số" : "có số"}`
    );
  } else add("pageNumbers", false, DOCX_CHECK_TEXT.notFound);

  // Annexes: sections that open with "Phụ lục".
  const annexes = sections
    .map((s, i) => ({ s, i, paras: paragraphsOf(s.blocks).filter((p) => text(p).trim() !== "") }))
    .filter((a) => a.i > 0 && a.paras[0] && /^Phụ lục\b/.test(text(a.paras[0]).trim()));
  if (annexes.length) {
    const heads = annexes.map((a) => {
      const head = look(st, a.paras[0]);
      const title = a.paras[1];
      const note = a.paras.slice(1, 4).find((p) => /^\(Kèm theo\b/.test(text(p).trim()));
      const ok =
        head.bold &&
        !head.italic &&
        inRange(head.sizes, 14, 14) &&
        !!title &&
        look(st, title).bold &&
        isCaps(text(title)) &&
        !!note &&
        look(st, note).italic;
      return {
        ok,
        text: `"${text(a.paras[0]).trim()}"${note ? ` + "${text(note).trim().slice(0, 40)}…"` : ", thiếu dòng Kèm theo"}`,
      };
    });
    add(
      "annexHead",
      heads.every((h) => h.ok),
      heads.map((h) => h.text).join("; ")
    );
    const numbering = annexes.map((a) => {
      const start = val(kid(a.s.sectPr, "w:pgNumType"), "w:start");
      return {
        ok: start === "1",
        text: `${text(a.paras[0]).trim()}: bắt đầu ${start ?? "nối tiếp"}`,
      };
    });
    add(
      "annexNumbering",
      numbering.every((n) => n.ok),
      numbering.map((n) => n.text).join("; ")
    );
    const bodyText = paragraphsOf(sections.slice(0, annexes[0].i).flatMap((s) => s.blocks))
      .map(text)
      .join(" ");
    const refs = (bodyText.match(/Phụ lục( [IVX]+)?/g) ?? []).length;
    add("annexReferred", refs > 0, `${refs} lần nhắc "Phụ lục" trong thân văn bản`);
  } else {
    add("annexHead", true, DOCX_CHECK_TEXT.none);
    add("annexNumbering", true, DOCX_CHECK_TEXT.none);
    add("annexReferred", true, DOCX_CHECK_TEXT.none);
  }

  // Document properties.
  const tag = (xml: string, name: string): string =>
    decodeXml(new RegExp(`<${name}>([\\s\\S]*?)</${name}>`).exec(xml)?.[1] ?? "").trim();
  const title = tag(core, "dc:title");
  const creator = tag(core, "dc:creator");
  const company = tag(app, "Company");
  const subjectText = subjectP ? text(subjectP).replace(/\s+/g, " ").trim() : "";
  add(
    "properties",
    title !== "" &&
      title.replace(/\s+/g, " ") === subjectText &&
      creator !== "" &&
      company !== "" &&
      !/\bUBND\b/.test(creator + company),
    `tiêu đề: "${title.slice(0, 40)}…"; tác giả: "${creator}"; tổ chức: "${company}"`
  );
  return items;
}

/** The items as lines: "ĐẠT  label — measured". */
export function formatCheck(items: DocxCheckItem[]): string {
  const lines = items.map(
    (i) =>
      `${(i.pass ? DOCX_CHECK_TEXT.pass : DOCX_CHECK_TEXT.fail).padEnd(10)} ${i.label}\n           → ${i.measured}`
  );
  lines.push(DOCX_CHECK_TEXT.summary(items.filter((i) => i.pass).length, items.length));
  return lines.join("\n");
}

/** CLI entry: exit code 0 when every item passes, 1 when one fails, 2 when the file cannot be read. */
export async function runCheckDocx(
  argv: string[],
  out: (s: string) => void = console.log,
  err: (s: string) => void = console.error
): Promise<number> {
  const args = argv.filter((a) => a !== "--json");
  const json = argv.includes("--json");
  const file = args[0];
  if (!file) {
    err(DOCX_CHECK_TEXT.usage);
    return 2;
  }
  let items: DocxCheckItem[];
  try {
    items = await checkDocx(new Uint8Array(fs.readFileSync(file)));
  } catch (e) {
    err(DOCX_CHECK_TEXT.unreadable(file, e instanceof Error ? e.message : String(e)));
    return 2;
  }
  out(json ? JSON.stringify(items, null, 2) : formatCheck(items));
  return items.every((i) => i.pass) ? 0 : 1;
}

if (require.main === module) {
  void runCheckDocx(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
