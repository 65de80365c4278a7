import { strFromU8, unzipSync } from 'fflate';

/** The XML parts of a .docx, by path inside the package. */
export function readDocx(bytes: Uint8Array): Record<string, string> {
  const files = unzipSync(bytes);
  return Object.fromEntries(Object.entries(files).map(([path, data]) => [path, strFromU8(data)]));
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Decodes the five XML entities and numeric character references. */
export function decodeXml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
    return ENTITIES[name] ?? whole;
  });
}

/**
 * The text of the w:t elements in an XML fragment, concatenated, as a verbatim check compares it:
 * the no-break forms the exporter gives parliamentary numbers (`w:noBreakHyphen`, U+00A0; issue
 * 17) read as the hyphen and space they stand for; the superscript comma between two note
 * references (a `,` run in the FootnoteReference style) is typography, not text, and left out.
 */
export function textOf(xml: string): string {
  const words = xml.replace(/<w:r><w:rPr><w:rStyle w:val="FootnoteReference"\/><\/w:rPr><w:t(?:\s[^>]*)?>,<\/w:t><\/w:r>/g, '');
  return [...words.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:noBreakHyphen\/>/g)]
    .map((match) => (match[0] === '<w:noBreakHyphen/>' ? '-' : decodeXml(match[1] ?? '').replace(/\u00a0/g, ' ')))
    .join('');
}

export interface ParagraphInfo {
  style: string | null;
  text: string;
  xml: string;
}

/** The paragraphs (w:p) of a part, in order, with their style id and text. */
export function paragraphsOf(xml: string): ParagraphInfo[] {
  return [...xml.matchAll(/<w:p(?:\s[^>]*)?>(.*?)<\/w:p>/gs)].map((match) => {
    const inner = match[1] ?? '';
    const style = /<w:pStyle w:val="([^"]+)"\/>/.exec(inner)?.[1] ?? null;
    return { style, text: textOf(inner), xml: inner };
  });
}

/** Footnotes of footnotes.xml by id (separators left out): each a list of paragraph texts. */
export function footnotesOf(xml: string): Map<number, string[]> {
  const notes = new Map<number, string[]>();
  for (const match of xml.matchAll(/<w:footnote(?: w:type="(\w+)")? w:id="(-?\d+)">(.*?)<\/w:footnote>/gs)) {
    if (match[1]) continue;
    notes.set(
      Number(match[2]),
      paragraphsOf(match[3] ?? '').map((paragraph) => paragraph.text),
    );
  }
  return notes;
}

/** The w:footnoteReference ids of document.xml, in document order. */
export function footnoteReferenceIds(xml: string): number[] {
  return [...xml.matchAll(/<w:footnoteReference w:id="(\d+)"\/>/g)].map((match) => Number(match[1]));
}

/** The text a comment's range encloses in document.xml (between its commentRangeStart and commentRangeEnd). */
export function commentedText(documentXml: string, id: number): string | null {
  const start = documentXml.indexOf(`<w:commentRangeStart w:id="${id}"/>`);
  const end = documentXml.indexOf(`<w:commentRangeEnd w:id="${id}"/>`);
  if (start < 0 || end < start) return null;
  return textOf(documentXml.slice(start, end));
}

/** The w:style element with style id `id` in styles.xml (null when there is none); throws when there are two. */
export function styleXml(stylesXml: string, id: string): string | null {
  const found = [...stylesXml.matchAll(/<w:style [^>]*w:styleId="([^"]+)"[^>]*>.*?<\/w:style>/gs)].filter((match) => match[1] === id);
  if (found.length > 1) throw new Error(`style ${id} is defined ${found.length} times`);
  return found[0]?.[0] ?? null;
}

/** The paragraph properties (w:pPr) of a paragraph's XML as returned by `paragraphsOf`, or '' when it has none. */
export function paragraphProperties(paragraphXml: string): string {
  return /^<w:pPr>(.*?)<\/w:pPr>/s.exec(paragraphXml)?.[1] ?? '';
}
