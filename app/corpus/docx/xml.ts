import { SaxesParser } from 'saxes';

import { utf8Decoder } from '../../search/utf8';
import { DocxError, MESSAGES } from './errors';
import { hasForbiddenUtf8 } from './xml-chars';
import { OUTSIDE_SUBSET, XmlScanner } from './xml-scan';
import { type XmlElement, XmlTreeBuilder } from './xml-tree';

export type { XmlElement, XmlNode } from './xml-tree';

/**
 * XML parts as small element trees (xml-tree.ts). A part is tokenized by XmlScanner (xml-scan.ts),
 * which reads the plain XML Word and other tools write and checks it is well-formed as it goes;
 * any part outside its subset is parsed again with saxes (a strict XML 1.0 SAX parser), which
 * decides. A DOCTYPE is refused outright: OOXML parts never have one, and refusing it means no
 * entity declared there is ever expanded (saxes itself expands only the five predefined entities
 * and character references; an undefined entity is an error).
 *
 * Measured (Node 24, 2-core machine shared with other work; bench/corpus-docx.ts letters, 40–170
 * KB document.xml): a 167 KB document.xml into its tree, saxes 3.2–3.4 ms CPU, the scanner
 * 1.7 ms; a whole letter parsed in one thread (300 letters, best of 8 rounds) 2.21 → 1.78 ms.
 */

/** UTF-16LE bytes (after the BOM) as text. */
const utf16 = (bytes: Uint8Array): string => {
  const units = new Uint16Array(bytes.slice(0, bytes.length - (bytes.length % 2)).buffer);
  let text = '';
  for (let i = 0; i < units.length; i += 8192) text += String.fromCharCode(...units.subarray(i, i + 8192));
  return text;
};

/**
 * Decoded text is handed to the parser in pieces of this many bytes. Measured on a 167 KB
 * document.xml (Node 24, 2-core machine): one TextDecoder call over the whole part took
 * 1.5–1.9 ms of CPU, the same bytes in 64 KB pieces through a streaming decoder 0.05–0.1 ms
 * (V8 allocates one large string outside the young generation; small pieces stay in it).
 */
const PIECE = 64 * 1024;

/** Feeds `bytes` (UTF-8 or UTF-16LE, each with or without a BOM) to `write` as text, piece by piece. */
const feed = (bytes: Uint8Array, write: (text: string) => void): void => {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return write(utf16(bytes.subarray(2)));
  const decoder = utf8Decoder();
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  for (let at = start; at < bytes.length; at += PIECE) {
    const text = decoder.decode(bytes.subarray(at, at + PIECE), { stream: at + PIECE < bytes.length });
    if (text !== '') write(text);
  }
};

/** A part's events from saxes into a tree builder; a DOCTYPE or malformed XML throws DocxError. */
const parseWithSaxes = (bytes: Uint8Array, part: string): XmlTreeBuilder => {
  // Namespace-unaware saxes (a third faster than its namespace mode); the builder resolves prefixes.
  const parser = new SaxesParser({ xmlns: false, position: false });
  const builder = new XmlTreeBuilder();
  parser.on('doctype', () => {
    throw new DocxError(MESSAGES.dtd);
  });
  parser.on('error', (error) => {
    throw error instanceof DocxError ? error : new DocxError(MESSAGES.badXml(part));
  });
  parser.on('opentag', (tag) => {
    const attributes: string[] = [];
    for (const key of Object.keys(tag.attributes)) attributes.push(key, tag.attributes[key]!);
    builder.open(tag.name, attributes, tag.isSelfClosing);
  });
  parser.on('closetag', (tag) => {
    if (!tag.isSelfClosing) builder.close();
  });
  parser.on('text', (text) => builder.text(text));
  parser.on('cdata', (text) => builder.cdata(text));
  try {
    feed(bytes, (text) => parser.write(text));
    parser.close();
  } catch (error) {
    throw error instanceof DocxError ? error : new DocxError(MESSAGES.badXml(part));
  }
  return builder;
};

/** The scanner's tree, or undefined when the part lies outside its subset. */
const parseSimple = (bytes: Uint8Array): XmlTreeBuilder | undefined => {
  const builder = new XmlTreeBuilder();
  // A UTF-8 part's characters are checked on its bytes, before decoding (a fraction of a regex over the text).
  const utf8 = !(bytes[0] === 0xff && bytes[1] === 0xfe);
  if (utf8 && hasForbiddenUtf8(bytes)) return undefined;
  const scanner = new XmlScanner(builder, utf8);
  try {
    feed(bytes, (text) => scanner.write(text));
    scanner.close();
  } catch (error) {
    if (error === OUTSIDE_SUBSET) return undefined;
    throw error;
  }
  return builder;
};

/**
 * Parses one XML part (UTF-8, or UTF-16LE with its BOM) into its root element. Text is kept inside
 * `w:t` always, elsewhere when it is not only white space. Throws DocxError on a DOCTYPE,
 * malformed XML or an undefined entity.
 */
export const parseXml = (bytes: Uint8Array, part: string): XmlElement => rootOf(parseSimple(bytes) ?? parseWithSaxes(bytes, part), part);

/** parseXml with saxes alone: its fallback, and the reference the scanner is tested against. */
export const parseXmlWithSaxes = (bytes: Uint8Array, part: string): XmlElement => rootOf(parseWithSaxes(bytes, part), part);

const rootOf = (builder: XmlTreeBuilder, part: string): XmlElement => {
  const top = builder.result();
  if (!top) throw new DocxError(MESSAGES.badXml(part));
  return top;
};

/** Child elements of `el` named `name` (in namespace `ns`, default `w`). */
export const childrenNamed = (el: XmlElement, name: string, ns = 'w'): XmlElement[] =>
  el.children.filter((c): c is XmlElement => typeof c !== 'string' && c.name === name && c.ns === ns);

/** The first child element named `name` (namespace `ns`, default `w`), if any. */
export const child = (el: XmlElement | undefined, name: string, ns = 'w'): XmlElement | undefined =>
  el?.children.find((c): c is XmlElement => typeof c !== 'string' && c.name === name && c.ns === ns);

/** The `val` attribute of child `name`, e.g. `val(pPr, 'pStyle')`. */
export const val = (el: XmlElement | undefined, name: string): string | undefined => child(el, name)?.attrs.val;

/** All text directly or deeply inside `el`, concatenated. */
export const textOf = (el: XmlElement): string => el.children.map((c) => (typeof c === 'string' ? c : textOf(c))).join('');
