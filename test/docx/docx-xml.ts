// Helpers for tests that look inside a rendered .docx.
import JSZip from "jszip";

export interface DocxParts {
  document: string;
  styles: string;
  /** Header parts by file name (header1.xml …). */
  headers: Record<string, string>;
  /** Relationship id → target, from word/_rels/document.xml.rels. */
  rels: Record<string, string>;
  files: string[];
}

export async function openDocx(bytes: Uint8Array): Promise<DocxParts> {
  const zip = await JSZip.loadAsync(bytes);
  const read = async (name: string): Promise<string> => {
    const f = zip.file(name);
    return f ? f.async("string") : "";
  };
  const files = Object.keys(zip.files);
  const headers: Record<string, string> = {};
  for (const f of files) {
    const m = /^word\/(header\d+\.xml)$/.exec(f);
    if (m) headers[m[1]] = await read(f);
  }
  const relsXml = await read("word/_rels/document.xml.rels");
  const rels: Record<string, string> = {};
  for (const m of relsXml.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /\bId="([^"]+)"/.exec(m[0])?.[1];
    const target = /\bTarget="([^"]+)"/.exec(m[0])?.[1];
    if (id && target) rels[id] = target;
  }
  return {
    document: await read("word/document.xml"),
    styles: await read("word/styles.xml"),
    headers,
    rels,
    files,
  };
}

/** The w:sectPr elements of document.xml, in order. */
export const sections = (xml: string): string[] =>
  [...xml.matchAll(/<w:sectPr\b[\s\S]*?<\/w:sectPr>/g)].map((m) => m[0]);

/** Number of paragraphs (w:p elements). */
export const paragraphCount = (xml: string): number => (xml.match(/<w:p[ >/]/g) ?? []).length;

/** The text of each paragraph (w:t contents joined, XML entities decoded). */
export function paragraphTexts(xml: string): string[] {
  const out: string[] = [];
  for (const m of xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>|<w:p\/>/g)) {
    const texts = [...m[0].matchAll(/<w:t(?:\s[^>]*)?>([\s\S]*?)<\/w:t>/g)].map((t) =>
      decode(t[1])
    );
    out.push(texts.join(""));
  }
  return out;
}

export const decode = (s: string): string =>
  s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");

export const attr = (el: string, name: string): string | undefined =>
  new RegExp(`\\b${name}="([^"]*)"`).exec(el)?.[1];
