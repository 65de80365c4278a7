import type { Document } from 'docx';

import { resolveNumIds } from '../wml';

const HYPERLINK = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink';

/**
 * Registers with `document` (before it is compiled) what the body written by wml.ts refers to, as
 * docx registers it while it writes its own paragraphs: a numbering instance (`w:num`) for each
 * list key in `body`, in order of first use (so numbering.xml and the ids read as docx numbers
 * them), and an External hyperlink relationship in document.xml.rels for each of `links`
 * (LinkRelationships.entries; ids `rIdLink…`), and likewise `noteLinks` in footnotes.xml.rels.
 * Returns the list numbers by key for `bodyPart`.
 */
export function registerBodyReferences(
  document: Document,
  body: string,
  links: ReadonlyArray<{ id: string; target: string }>,
  noteLinks: ReadonlyArray<{ id: string; target: string }> = [],
): Map<string, number> {
  const numbering = document.Numbering;
  for (const [, reference, instance] of body.matchAll(/<w:numId w:val="\{([^"{}]+)-(\d+)\}"\/>/g)) {
    numbering.createConcreteNumberingInstance(reference!, Number(instance));
  }
  const relate = (relationships: typeof document.Document.Relationships, all: typeof links) => {
    for (const { id, target } of all) relationships.addRelationship(id.replace(/^rId/, ''), HYPERLINK, target, 'External');
  };
  relate(document.Document.Relationships, links);
  relate(document.FootNotes.Relationships, noteLinks);
  return new Map(numbering.ConcreteNumbering.map((num) => [`${num.reference}-${num.instance}`, num.numId]));
}

/**
 * word/document.xml as docx compiled it for a section without children, with `body` (paragraphs and
 * tables, wml.ts) placed at the start of `w:body`, before the section properties, and its list
 * placeholders resolved to `numIds` (registerBodyReferences). Throws when the part has no `w:body`.
 */
export function bodyPart(documentXml: string, body: string, numIds: ReadonlyMap<string, number>): string {
  const at = documentXml.indexOf('<w:body>');
  if (at < 0) throw new Error('word/document.xml without w:body');
  const start = at + '<w:body>'.length;
  return documentXml.slice(0, start) + resolveNumIds(body, numIds) + documentXml.slice(start);
}

/**
 * word/footnotes.xml as docx compiled it without notes (only its separator notes), with `notes`
 * (`w:footnote` elements, footnotesXml) after them. Throws when the part has no `</w:footnotes>`.
 */
export function notesPart(footnotesXml: string, notes: string): string {
  const at = footnotesXml.lastIndexOf('</w:footnotes>');
  if (at < 0) throw new Error('word/footnotes.xml without w:footnotes');
  return footnotesXml.slice(0, at) + notes + footnotesXml.slice(at);
}
