import type { Parts } from './container';
import { DocxError, MESSAGES } from './errors';
import { childrenNamed, parseXml, type XmlElement } from './xml';

/**
 * The parts of a WordprocessingML package found the way OPC prescribes (ECMA-376 part 2):
 * `_rels/.rels` names the main document part, its own `.rels` names footnotes, endnotes,
 * numbering, styles, comments, settings and headers by relationship type, and
 * `[Content_Types].xml` says whether the main part is a document, a template or macro-enabled.
 */

const REL = {
  officeDocument: 'officeDocument',
  footnotes: 'footnotes',
  endnotes: 'endnotes',
  numbering: 'numbering',
  styles: 'styles',
  comments: 'comments',
  settings: 'settings',
  header: 'header',
  hyperlink: 'hyperlink',
  coreProperties: 'core-properties',
} as const;

export interface Relationship {
  /** Last path segment of the relationship type, e.g. `footnotes`, `hyperlink`. */
  type: string;
  /** Resolved part name (lower-case, no leading `/`) or, for external targets, the target as written. */
  target: string;
  external: boolean;
}

export interface WordPackage {
  parts: Parts;
  /** Part name of the main document. */
  main: string;
  /** The main part's relationships by id. */
  rels: Map<string, Relationship>;
  /** Parses a part named by a relationship type of the main part (first of that type), if present. */
  related: (type: keyof typeof REL) => XmlElement | undefined;
  /** Parses a part by name, if present. */
  part: (name: string) => XmlElement | undefined;
  /** The relationships (by id) of the part named by a relationship type of the main part, e.g. the footnotes' hyperlinks; empty when absent. */
  relsOf: (type: keyof typeof REL) => Map<string, Relationship>;
}

const dirOf = (name: string): string => name.slice(0, name.lastIndexOf('/') + 1);

/** Resolves `target` relative to `base` (a folder ending in `/`), OPC style. */
const resolve = (base: string, target: string): string => {
  const segments = (target.startsWith('/') ? target.slice(1) : base + target).split('/');
  const out: string[] = [];
  for (const s of segments) {
    if (s === '..') out.pop();
    else if (s !== '.' && s !== '') out.push(s);
  }
  return out.join('/').toLowerCase();
};

const relsPartOf = (name: string): string => `${dirOf(name)}_rels/${name.slice(name.lastIndexOf('/') + 1)}.rels`;

const readRels = (parts: Parts, owner: string): Map<string, Relationship> => {
  const rels = new Map<string, Relationship>();
  const name = relsPartOf(owner);
  const bytes = parts.get(name);
  if (!bytes) return rels;
  for (const r of childrenNamed(parseXml(bytes, name), 'Relationship', 'rel')) {
    const type = (r.attrs.Type ?? '').split('/').pop() ?? '';
    const external = r.attrs.TargetMode === 'External';
    const target = r.attrs.Target ?? '';
    rels.set(r.attrs.Id ?? '', { type, target: external ? target : resolve(dirOf(owner), target), external });
  }
  return rels;
};

const contentTypeOf = (parts: Parts, name: string): string => {
  const bytes = parts.get('[content_types].xml');
  if (!bytes) return '';
  const types = parseXml(bytes, '[Content_Types].xml');
  const override = childrenNamed(types, 'Override', 'ct').find((o) => (o.attrs.PartName ?? '').replace(/^\//, '').toLowerCase() === name);
  if (override) return override.attrs.ContentType ?? '';
  const ext = name.slice(name.lastIndexOf('.') + 1);
  return childrenNamed(types, 'Default', 'ct').find((d) => (d.attrs.Extension ?? '').toLowerCase() === ext)?.attrs.ContentType ?? '';
};

/** Refuses templates, macro-enabled files and other Office documents by the main part's content type. */
const checkContentType = (type: string): void => {
  if (/\.template\.main\+xml$|macroEnabledTemplate/i.test(type)) throw new DocxError(MESSAGES.template);
  if (/macroEnabled/i.test(type)) throw new DocxError(MESSAGES.macro);
  if (/spreadsheetml|ms-excel/i.test(type)) throw new DocxError(MESSAGES.notALetter('een spreadsheet (Excel)'), true);
  if (/presentationml|ms-powerpoint/i.test(type)) throw new DocxError(MESSAGES.notALetter('een presentatie (PowerPoint)'), true);
};

/**
 * Opens the package in `parts`. Throws DocxError: an OpenDocument file (its `mimetype` part),
 * a spreadsheet or presentation (not a letter), a template or macro-enabled document, or a zip
 * without a main document part.
 */
export const openPackage = (parts: Parts): WordPackage => {
  const mimetype = parts.get('mimetype');
  if (mimetype && /opendocument\.text/.test(String.fromCharCode(...mimetype.subarray(0, 80)))) throw new DocxError(MESSAGES.odt);
  if (mimetype) throw new DocxError(MESSAGES.notALetter('een OpenDocument-bestand dat geen tekst is'), true);
  const root = [...readRels(parts, '').values()].find((r) => r.type === REL.officeDocument && !r.external);
  if (parts.has('xl/workbook.xml')) throw new DocxError(MESSAGES.notALetter('een spreadsheet (Excel)'), true);
  if (parts.has('ppt/presentation.xml')) throw new DocxError(MESSAGES.notALetter('een presentatie (PowerPoint)'), true);
  const main = root?.target ?? (parts.has('word/document.xml') ? 'word/document.xml' : '');
  checkContentType(main ? contentTypeOf(parts, main) : '');
  if (!main || !parts.has(main)) throw new DocxError(MESSAGES.noDocument);
  const rels = readRels(parts, main);
  const part = (name: string) => {
    const bytes = parts.get(name);
    return bytes ? parseXml(bytes, name) : undefined;
  };
  const target = (type: keyof typeof REL) => [...rels.values()].find((r) => r.type === REL[type] && !r.external)?.target;
  const related = (type: keyof typeof REL) => {
    const name = target(type);
    return name ? part(name) : undefined;
  };
  const relsOf = (type: keyof typeof REL) => {
    const name = target(type);
    return name ? readRels(parts, name) : new Map<string, Relationship>();
  };
  return { parts, main, rels, related, part, relsOf };
};

/** The core properties part (`docProps/core.xml`), found through the package relationships. */
export const corePropertiesOf = (pkg: WordPackage): XmlElement | undefined => {
  const rel = [...readRels(pkg.parts, '').values()].find((r) => r.type === REL.coreProperties);
  return pkg.part(rel?.target ?? 'docprops/core.xml');
};
