import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

import { commentsAsWordWrites } from './comments-part';
import { separatorsOnly, settingsAsWordWrites } from './notes-parts';
import { contentTypesAsWordWrites, dropEmptyParts } from './parts';

/** A package's parts by name (no leading slash), as text: every part docx writes is XML. */
export type PackageParts = Map<string, string>;

/**
 * Rewrites a .docx that the `docx` library packed so that its package reads as Word itself
 * writes one (ECMA-376 Part 2, OPC; Part 1 §17.11 notes, §17.13.4 comments), since Word offers to
 * "repair" files that differ where it is strict:
 * - separator and continuation-separator notes hold only their separator run (no `w:footnoteRef`);
 * - settings.xml names them in `w:footnotePr` / `w:endnotePr`, as Word writes it;
 * - each comment starts with its `w:annotationRef` run (style CommentReference, defined in styles.xml);
 * - empty relationship parts and an empty custom-properties part are left out, with their
 *   relationship and content type; content-type defaults only for extensions the package uses.
 * Pure: takes and returns the zip bytes; throws only on bytes that are not a zip.
 */
export function asWordWrites(docx: Uint8Array): Uint8Array {
  const entries = Object.entries(unzipSync(docx));
  const isText = (name: string) => name.endsWith('.xml') || name.endsWith('.rels');
  const parts: PackageParts = new Map(entries.filter(([name]) => isText(name)).map(([name, data]) => [name, strFromU8(data)]));
  const binaries = new Map(entries.filter(([name]) => !isText(name)));
  rewrite(parts, 'word/footnotes.xml', (xml) => separatorsOnly(xml, 'footnote'));
  rewrite(parts, 'word/endnotes.xml', (xml) => separatorsOnly(xml, 'endnote'));
  rewrite(parts, 'word/settings.xml', (xml) => settingsAsWordWrites(xml, parts.has('word/footnotes.xml'), parts.has('word/endnotes.xml')));
  rewrite(parts, 'word/comments.xml', commentsAsWordWrites);
  dropEmptyParts(parts);
  rewrite(parts, '[Content_Types].xml', (xml) => contentTypesAsWordWrites(xml, [...parts.keys(), ...binaries.keys()]));

  // [Content_Types].xml first, as Word orders it; fixed dates keep equal input byte-equal.
  const files: Record<string, Uint8Array> = { '[Content_Types].xml': strToU8(parts.get('[Content_Types].xml') ?? '') };
  for (const [name, text] of parts) if (name !== '[Content_Types].xml') files[name] = strToU8(text);
  for (const [name, data] of binaries) files[name] = data;
  return zipSync(files, { level: 6, mtime: new Date('2026-01-01T00:00:00Z') });
}

function rewrite(parts: PackageParts, name: string, change: (xml: string) => string): void {
  const xml = parts.get(name);
  if (xml !== undefined) parts.set(name, change(xml));
}
