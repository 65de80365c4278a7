import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

import { commentsAsWordWrites } from './comments-part';
import type { PackageFiles } from './compile';
import { separatorsOnly, settingsAsWordWrites } from './notes-parts';
import { contentTypesAsWordWrites, dropEmptyParts } from './parts';
import { markResolvedComments } from './resolved-comments';
import { type Deflater, zipFiles } from './zip';

/** A package's parts by name (no leading slash), as text: every part docx writes is XML. */
export type PackageParts = Map<string, string>;

/**
 * DEFLATE level of the package's parts: fflate's fastest. Measured on the 400-passage benchmark
 * briefing (bench/export.ts; 0.84 MB of XML) in a fresh process, as an export runs: 81–96 ms at
 * level 1 against 97–154 ms at level 6, for a .docx of 126 KiB instead of 107 KiB.
 */
const LEVEL = 1;

/**
 * Rewrites a .docx that the `docx` library packed so that its package reads as Word itself
 * writes one; see `packageAsWordWrites`. Pure: takes and returns the zip bytes; throws only on
 * bytes that are not a zip. Idempotent.
 */
export function asWordWrites(docx: Uint8Array): Uint8Array {
  return packageAsWordWrites(new Map(Object.entries(unzipSync(docx))));
}

/**
 * Zips the files of a package (`compileDocument`) so that it reads as Word itself writes one
 * (ECMA-376 Part 2, OPC; Part 1 §17.11 notes, §17.13.4 comments), since Word offers to "repair"
 * files that differ where it is strict:
 * - separator and continuation-separator notes hold only their separator run (no `w:footnoteRef`);
 * - settings.xml names them in `w:footnotePr` / `w:endnotePr`, as Word writes it, and gives
 *   `w:themeFontLang` in `languageTag` (BCP 47, nl-NL by default);
 * - each comment starts with its `w:annotationRef` run (style CommentReference, defined in styles.xml);
 * - empty relationship parts and an empty custom-properties part are left out, with their
 *   relationship and content type; content-type defaults only for extensions the package uses.
 * - the comments numbered in `resolvedComments` are marked done in commentsExtended.xml when docx
 *   wrote no such part (see markResolvedComments);
 * `[Content_Types].xml` comes first, as Word orders it; fixed dates keep equal input byte-equal.
 * Zipped with `deflater` when given (Node's native zlib, from main), else with fflate at level 1.
 * Pure: returns the zip bytes.
 */
export function packageAsWordWrites(
  files: PackageFiles,
  resolvedComments: readonly number[] = [],
  deflater?: Deflater,
  languageTag = 'nl-NL',
): Uint8Array {
  const isText = (name: string) => name.endsWith('.xml') || name.endsWith('.rels');
  const text = (data: string | Uint8Array) => (typeof data === 'string' ? data : strFromU8(data));
  const bytes = (data: string | Uint8Array) => (typeof data === 'string' ? strToU8(data) : data);
  const parts: PackageParts = new Map();
  const binaries = new Map<string, Uint8Array>();
  for (const [name, data] of files) {
    if (isText(name)) parts.set(name, text(data));
    else binaries.set(name, bytes(data));
  }
  rewrite(parts, 'word/footnotes.xml', (xml) => separatorsOnly(xml, 'footnote'));
  rewrite(parts, 'word/endnotes.xml', (xml) => separatorsOnly(xml, 'endnote'));
  rewrite(parts, 'word/settings.xml', (xml) =>
    settingsAsWordWrites(xml, parts.has('word/footnotes.xml'), parts.has('word/endnotes.xml'), languageTag),
  );
  rewrite(parts, 'word/comments.xml', commentsAsWordWrites);
  markResolvedComments(parts, resolvedComments);
  dropEmptyParts(parts);
  rewrite(parts, '[Content_Types].xml', (xml) => contentTypesAsWordWrites(xml, [...parts.keys(), ...binaries.keys()]));

  if (deflater) {
    const ordered: Array<[string, Uint8Array]> = [['[Content_Types].xml', strToU8(parts.get('[Content_Types].xml') ?? '')]];
    for (const [name, xml] of parts) if (name !== '[Content_Types].xml') ordered.push([name, strToU8(xml)]);
    for (const [name, data] of binaries) ordered.push([name, data]);
    return zipFiles(ordered, deflater);
  }
  const zipped: Record<string, Uint8Array> = { '[Content_Types].xml': strToU8(parts.get('[Content_Types].xml') ?? '') };
  for (const [name, xml] of parts) if (name !== '[Content_Types].xml') zipped[name] = strToU8(xml);
  for (const [name, data] of binaries) zipped[name] = data;
  return zipSync(zipped, { level: LEVEL, mtime: new Date('2026-01-01T00:00:00Z') });
}

function rewrite(parts: PackageParts, name: string, change: (xml: string) => string): void {
  const xml = parts.get(name);
  if (xml !== undefined) parts.set(name, change(xml));
}
