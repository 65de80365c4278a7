import type { BriefingProperties } from '../../briefing/model';
import { LANGUAGE } from './base-styles';

/** The core document properties (docProps/core.xml) of an export. */
export interface CoreProperties {
  title: string;
  subject: string;
  creator: string;
  lastModifiedBy: string;
  keywords: string;
  /** The briefing's reference ("Kenmerk"), written as dc:identifier; empty for none. */
  identifier: string;
}

/**
 * Document properties from the briefing: its title (its subject, then "Briefing", when it has
 * none, as the PDF export does: screen readers and the accessibility checker want a title), its
 * subject ("Betreft"), its author as creator (falling back to `fallbackCreator`, then "Dossier"),
 * its keywords comma-separated as Word shows them, and its reference.
 */
export function coreProperties(properties: BriefingProperties, fallbackCreator?: string): CoreProperties {
  const creator = properties.author.trim() || fallbackCreator?.trim() || 'Dossier';
  return {
    title: properties.title.trim() || properties.subject.trim() || 'Briefing',
    subject: properties.subject.trim(),
    creator,
    lastModifiedBy: creator,
    keywords: properties.keywords
      .map((keyword) => keyword.trim())
      .filter(Boolean)
      .join(', '),
    identifier: properties.reference.trim(),
  };
}

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
const escapeXml = (text: string): string => text.replace(/[&<>"']/g, (char) => XML_ESCAPES[char] ?? char);

/**
 * docProps/core.xml (OPC core properties, ISO/IEC 29500-2 §11, Dublin Core elements) written in
 * full, since docx has no option for dc:language: the properties above, dc:language
 * `languageTag` (BCP 47: nl-NL by default, en-GB for an English briefing), and creation and
 * modification time `now`. Handed to `Packer.pack` as an override of docx's own part.
 * (Word shows the file name, not dc:title, in its title bar and has no setting to change that;
 * Word's own PDF export turns dc:title into the PDF's displayed title.)
 */
export function corePropertiesPart(core: CoreProperties, now: Date, languageTag: string = LANGUAGE): { path: string; data: string } {
  const element = (name: string, value: string) => (value ? `<${name}>${escapeXml(value)}</${name}>` : '');
  const time = (name: string) => `<${name} xsi:type="dcterms:W3CDTF">${now.toISOString()}</${name}>`;
  const data =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"' +
    ' xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/"' +
    ' xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    element('dc:title', core.title) +
    element('dc:subject', core.subject) +
    element('dc:creator', core.creator) +
    element('cp:keywords', core.keywords) +
    element('dc:identifier', core.identifier) +
    element('dc:language', languageTag) +
    element('cp:lastModifiedBy', core.lastModifiedBy) +
    '<cp:revision>1</cp:revision>' +
    time('dcterms:created') +
    time('dcterms:modified') +
    '</cp:coreProperties>';
  return { path: 'docProps/core.xml', data };
}
