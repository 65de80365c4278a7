import { strFromU8 } from 'fflate';
import { SaxesParser } from 'saxes';

import { DocxError, MESSAGES } from './errors';

/**
 * XML parts as small element trees, parsed with saxes (a strict, namespace-aware XML 1.0 SAX
 * parser). A DOCTYPE is refused outright: OOXML parts never have one, and refusing it means no
 * entity declared there is ever expanded (saxes itself expands only the five predefined entities
 * and character references; an undefined entity is an error). Subtrees that carry no text the
 * reader needs (run properties, deleted text, field instructions, fallback content, …) are
 * dropped while parsing, so a tree holds little more than the text and its structure.
 */

export interface XmlElement {
  /** Local name, e.g. `p` for `w:p`. */
  name: string;
  /** Short namespace: `w` (WordprocessingML, transitional or strict), `mc`, `r`, `other`. */
  ns: string;
  /** Attribute values by local name; relationship ids (`r:id`, `r:embed`) as `r:id`, `r:embed`. */
  attrs: Record<string, string>;
  children: XmlNode[];
  /** On a part's root only: the part holds tracked changes (insertions, deletions, moves, format changes). */
  trackedChanges?: boolean;
}
export type XmlNode = XmlElement | string;

const NAMESPACES: Record<string, string> = {
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main': 'w',
  'http://purl.oclc.org/ooxml/wordprocessingml/main': 'w',
  'http://schemas.openxmlformats.org/markup-compatibility/2006': 'mc',
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships': 'r',
  'http://purl.oclc.org/ooxml/officeDocument/relationships': 'r',
  'http://schemas.openxmlformats.org/package/2006/relationships': 'rel',
  'http://schemas.openxmlformats.org/package/2006/content-types': 'ct',
  'http://purl.org/dc/elements/1.1/': 'dc',
  'http://purl.org/dc/terms/': 'dcterms',
};

/**
 * WordprocessingML elements whose whole subtree is dropped while parsing (and `mc:Fallback`):
 * run formatting, deleted and moved-away text, field instructions, table and content-control
 * properties, revision records of formatting, proofing marks and bookmarks. A paragraph's own
 * `w:rPr` (the paragraph mark's formatting) is kept: its `w:del`/`w:moveFrom` say whether the
 * mark was deleted, which joins the paragraph to the next (nothing else is kept under it).
 */
const DROPPED_W = new Set([
  'rPr',
  'del',
  'moveFrom',
  'delText',
  'delInstrText',
  'instrText',
  'tblPr',
  'tblGrid',
  'trPr',
  'tcPr',
  'sdtPr',
  'sdtEndPr',
  'pPrChange',
  'rPrChange',
  'sectPrChange',
  'tblPrChange',
  'proofErr',
  'bookmarkStart',
  'bookmarkEnd',
  'lastRenderedPageBreak',
]);
/** Revision marks (ECMA-376 §17.13.5): their presence means the part holds tracked changes. */
const CHANGES = new Set([
  'ins',
  'del',
  'moveFrom',
  'moveTo',
  'pPrChange',
  'rPrChange',
  'sectPrChange',
  'tblPrChange',
  'trPrChange',
  'tcPrChange',
  'numberingChange',
]);
const MARK_CHANGES = new Set(['del', 'moveFrom']);

/** Namespace prefix → short namespace, as declared so far. */
type Scope = Record<string, string>;

const decode = (bytes: Uint8Array): string => {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    const units = new Uint16Array(bytes.slice(2, bytes.length - (bytes.length % 2)).buffer);
    let text = '';
    for (let i = 0; i < units.length; i += 8192) text += String.fromCharCode(...units.subarray(i, i + 8192));
    return text;
  }
  const text = strFromU8(bytes);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
};

/**
 * Parses one XML part (UTF-8, or UTF-16LE with its BOM) into its root element. Text is kept inside
 * `w:t` always, elsewhere when it is not only white space. Throws DocxError on a DOCTYPE,
 * malformed XML or an undefined entity.
 */
export const parseXml = (bytes: Uint8Array, part: string): XmlElement => {
  // Namespace-unaware saxes (a third faster than its namespace mode) with the prefixes resolved
  // here: OOXML declares them on the root, but any element may (re)declare one.
  const parser = new SaxesParser({ xmlns: false, position: false });
  const root: XmlElement = { name: '#root', ns: '', attrs: {}, children: [] };
  const stack: XmlElement[] = [root];
  const scopes: Scope[] = [];
  let scope: Scope = { xml: 'xml' };
  let skip = 0;
  let changed = false;
  let failure: DocxError | null = null;
  parser.on('doctype', () => {
    throw new DocxError(MESSAGES.dtd);
  });
  parser.on('error', (error) => {
    throw error instanceof DocxError ? error : new DocxError(MESSAGES.badXml(part));
  });
  parser.on('opentag', (tag) => {
    const colon = tag.name.indexOf(':');
    const prefix = colon < 0 ? '' : tag.name.slice(0, colon);
    const local = colon < 0 ? tag.name : tag.name.slice(colon + 1);
    if (skip > 0) {
      if (!changed && CHANGES.has(local) && scope[prefix] === 'w') changed = true;
      if (!tag.isSelfClosing) skip++;
      return;
    }
    const attributes = tag.attributes;
    let own = scope;
    for (const name in attributes) {
      if (name !== 'xmlns' && !name.startsWith('xmlns:')) continue;
      if (own === scope) own = { ...scope };
      own[name === 'xmlns' ? '' : name.slice(6)] = NAMESPACES[attributes[name]!] ?? 'other';
    }
    const ns = own[prefix] ?? (prefix === '' ? '' : 'other');
    if (!changed && ns === 'w' && CHANGES.has(local)) changed = true;
    const parent = stack[stack.length - 1]!;
    const dropped =
      parent.name === 'rPr' && parent.ns === 'w'
        ? !(ns === 'w' && MARK_CHANGES.has(local))
        : ns === 'w'
          ? DROPPED_W.has(local) && !(local === 'rPr' && parent.name === 'pPr')
          : ns === 'mc' && local === 'Fallback';
    if (dropped) {
      if (!tag.isSelfClosing) skip = 1;
      return;
    }
    const attrs: Record<string, string> = {};
    for (const name in attributes) {
      const at = name.indexOf(':');
      if (at < 0) {
        if (name !== 'xmlns') attrs[name] = attributes[name]!;
        continue;
      }
      const p = name.slice(0, at);
      if (p === 'xmlns') continue;
      attrs[own[p] === 'r' ? `r:${name.slice(at + 1)}` : name.slice(at + 1)] = attributes[name]!;
    }
    const el: XmlElement = { name: local, ns, attrs, children: [] };
    parent.children.push(el);
    if (!tag.isSelfClosing) {
      stack.push(el);
      scopes.push(scope);
      scope = own;
    }
  });
  parser.on('closetag', (tag) => {
    if (skip > 0) {
      if (!tag.isSelfClosing) skip--;
      return;
    }
    if (!tag.isSelfClosing) {
      stack.pop();
      scope = scopes.pop() ?? scope;
    }
  });
  parser.on('text', (text) => {
    if (skip > 0) return;
    const el = stack[stack.length - 1]!;
    if ((el.name === 't' && el.ns === 'w') || text.trim() !== '') el.children.push(text);
  });
  parser.on('cdata', (text) => {
    if (skip === 0) stack[stack.length - 1]!.children.push(text);
  });
  try {
    parser.write(decode(bytes)).close();
  } catch (error) {
    failure = error instanceof DocxError ? error : new DocxError(MESSAGES.badXml(part));
  }
  if (failure) throw failure;
  const top = root.children.find((c): c is XmlElement => typeof c !== 'string');
  if (!top) throw new DocxError(MESSAGES.badXml(part));
  if (changed) top.trackedChanges = true;
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
