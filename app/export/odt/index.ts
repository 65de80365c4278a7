import { strToU8, zipSync } from 'fflate';

import type { Briefing } from '../../briefing/model';
import { documentTime } from '../common/document-time';
import { exportBriefing } from '../common/export-briefing';
import { exportLabels, exportLanguage } from '../common/labels';
import { isNota } from '../common/nota-block';
import { coreProperties } from '../docx/properties';
import { bodyParagraphs, titleParagraphs } from './body';
import { placeAnnotations } from './comments';
import { notaClosingParagraphs, notaTableStylesXml, notaTitleParagraphs } from './nota-table';
import { OdtNotes } from './notes';
import { formatSpanStylesXml } from './spans';
import { NAMESPACES, stylesXml } from './styles';
import { TABLE_STYLES_XML } from './table';
import { SPAN, withNoteCommas } from './text';
import { escapeXml } from './xml';

export interface OdtOptions {
  /** Written as the document's creator when the briefing's properties name no author. */
  creator?: string;
  /** Creation time written in meta.xml; when not given, the briefing's own date (documentTime), else none. */
  now?: Date;
}

const MIMETYPE = 'application/vnd.oasis.opendocument.text';
const ZIP_ENTRY_TIME = new Date('2026-01-01T00:00:00Z');

/**
 * Writes a briefing as an OpenDocument text file (ODF 1.3, ISO/IEC 26300; on the Dutch
 * government's list of mandatory open standards) with the Word export's content: title block (a
 * nota's as a table, and its Kopie aan / Bijlagen after the sections: nota-table.ts),
 * headings with outline levels, lists, passages in the Quotations style with their citations, tables,
 * native footnotes numbered in document order, comments as annotations over their ranges,
 * classification marking in header and footer, "Pagina X van Y", Dutch as the language, and the
 * document properties in meta.xml. The package follows ODF 1.3 Part 2: `mimetype` first and
 * stored, then the parts and META-INF/manifest.xml. Every string in NFC and empty list items left out (exportBriefing). Pure: returns the .odt bytes.
 */
export function briefingToOdt(input: Briefing, options: OdtOptions = {}): Uint8Array {
  const briefing = exportBriefing(input);
  const notes = new OdtNotes(briefing);
  const nota = isNota(briefing.properties);
  const top = nota ? notaTitleParagraphs(briefing.properties) : titleParagraphs(briefing);
  const closing = nota ? notaClosingParagraphs(briefing.properties) : [];
  const paragraphs = [...top, ...bodyParagraphs(briefing, notes), ...closing].map((p) => ({
    ...p,
    items: withNoteCommas(p.items),
  }));
  const body = placeAnnotations(paragraphs, briefing.annotations).join('');
  const automatic =
    `<style:style style:name="${SPAN.bold}" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>` +
    `<style:style style:name="${SPAN.italic}" style:family="text"><style:text-properties fo:font-style="italic"/></style:style>` +
    `<style:style style:name="${SPAN.boldItalic}" style:family="text"><style:text-properties fo:font-weight="bold" fo:font-style="italic"/></style:style>` +
    `<style:style style:name="${SPAN.superscript}" style:family="text"><style:text-properties style:text-position="super 58%"/></style:style>` +
    formatSpanStylesXml() +
    TABLE_STYLES_XML +
    (nota ? notaTableStylesXml() : '');
  const content =
    `<?xml version="1.0" encoding="UTF-8"?><office:document-content ${NAMESPACES} office:version="1.3">` +
    `<office:automatic-styles>${automatic}</office:automatic-styles><office:body><office:text>${body}</office:text></office:body></office:document-content>`;
  const files: Record<string, Uint8Array | [Uint8Array, { level: 0 }]> = {
    mimetype: [strToU8(MIMETYPE), { level: 0 }],
    'content.xml': strToU8(content),
    'styles.xml': strToU8(stylesXml(briefing.properties.classification, exportLanguage(briefing.properties))),
    'meta.xml': strToU8(metaXml(briefing, options)),
    'META-INF/manifest.xml': strToU8(manifestXml()),
  };
  // Entry times fixed (as the Word package's): the same briefing gives the same bytes.
  return zipSync(files, { level: 6, mtime: ZIP_ENTRY_TIME });
}

function metaXml(briefing: Briefing, options: OdtOptions): string {
  const core = coreProperties(briefing.properties, options.creator);
  const time = documentTime(briefing.properties, options.now);
  const when = time ? time.toISOString().slice(0, 19) : undefined;
  const element = (name: string, value: string | undefined) => (value ? `<${name}>${escapeXml(value)}</${name}>` : '');
  return (
    `<?xml version="1.0" encoding="UTF-8"?><office:document-meta ${NAMESPACES} office:version="1.3"><office:meta>` +
    `<meta:generator>Dossier</meta:generator>${element('dc:title', core.title)}${element('dc:subject', core.subject)}` +
    `${element('meta:initial-creator', core.creator)}${element('dc:creator', core.lastModifiedBy)}` +
    (core.keywords
      ? core.keywords
          .split(/,\s*/)
          .map((keyword) => element('meta:keyword', keyword))
          .join('')
      : '') +
    `<dc:language>${exportLabels(briefing.properties).languageTag}</dc:language>${element('meta:creation-date', when)}${element('dc:date', when)}` +
    `</office:meta></office:document-meta>`
  );
}

function manifestXml(): string {
  const entry = (path: string, type: string) => `<manifest:file-entry manifest:full-path="${path}" manifest:media-type="${type}"/>`;
  return (
    `<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">` +
    entry('/', MIMETYPE) +
    entry('content.xml', 'text/xml') +
    entry('styles.xml', 'text/xml') +
    entry('meta.xml', 'text/xml') +
    `</manifest:manifest>`
  );
}
