import type { Document } from 'docx';

import { resolveNumIds } from '../wml';

const HYPERLINK = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink';

/**
 * Registers with `document` (before it is compiled) what the body written by wml.ts refers to, as
 * docx registers it while it writes its own paragraphs: a numbering instance (`w:num`) for each
 * list key in `body`, in order of first use (so numbering.xml and the ids read as docx numbers
 * them), and an External hyperlink relationship in document.xml.rels for each of `links`
 * (LinkRelationships.entries; ids `rIdLink…`). Returns the list numbers by key for `bodyPart`.
 */
export function registerBodyReferences(
  document: Document,
  body: string,
  links: ReadonlyArray<{ id: string; target: string }>,
): Map<string, number> {
  const numbering = document.Numbering;
  for (const [, reference, instance] of body.matchAll(/<w:numId w:val="\{([^"{}]+)-(\d+)\}"\/>/g)) {
    numbering.createConcreteNumberingInstance(reference!, Number(instance));
  }
  for (const { id, target } of links)
    document.Document.Relationships.addRelationship(id.replace(/^rId/, ''), HYPERLINK, target, 'External');
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
