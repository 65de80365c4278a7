import type { Letter } from '../corpus/types';
import { type CitationFormat, formatAlinea, formatCitation } from './citation';
import { formatLocator } from './locator';
import type { Passage, PassagePart } from './model';
import { officialSourceRefOf } from './official-source';

type Located = ReadonlyArray<Pick<PassagePart, 'blockIndex' | 'page' | 'paragraph'>>;

/** The forms a stored citation is tried against, the current one (issue 15) first. */
const FORMATS: readonly CitationFormat[] = ['official', 'full', 'short'];

/**
 * The citation of `passage` once its parts are `parts` (after a trim, app/briefing/trim-range.ts):
 * the locator follows the parts kept, e.g. `…, alinea's 3–5` → `…, alinea 4` when only alinea 4 is
 * kept. The form is the one that reproduces the stored citation from the old parts (`official`,
 * `full` or `short`, see ./citation); a citation in no known form has its old locator (`alinea's
 * 3–5`, `p. 2`; the last occurrence) replaced by the new one, and is kept as it is when that
 * locator is not in it. Pure; never throws.
 */
export function recomputedCitation(passage: Pick<Passage, 'source' | 'parts' | 'citation'>, parts: Located): string {
  const format = FORMATS.find((candidate) => formatCitation(passage.source, passage.parts, candidate) === passage.citation);
  if (format) return formatCitation(passage.source, parts, format);
  const before = locatorOf(passage.parts);
  const after = locatorOf(parts);
  const at = before ? passage.citation.lastIndexOf(before) : -1;
  if (!before || !after || at < 0) return passage.citation;
  return `${passage.citation.slice(0, at)}${after}${passage.citation.slice(at + before.length)}`;
}

/**
 * The passage with its source facts and official citation made again from `letter` as the corpus
 * now describes it (after its metadata was completed in the sidecar form: "bron onvolledig" goes
 * once sender and date are known). Only for an `official` citation of the same letter file with
 * the same content (`letter.hash` equal to the recorded sha-256), so the quoted words and the
 * parts' locators still hold; returns null otherwise, and null when nothing would change. The
 * recorded hash is kept. Pure; never throws.
 */
export function refreshedPassage(passage: Passage, letter: Letter): Passage | null {
  const official = passage.source.paper !== undefined;
  if (!official || letter.file !== passage.source.file || letter.hash !== passage.source.hash) return null;
  const source = { ...officialSourceRefOf(letter), file: passage.source.file, hash: passage.source.hash };
  const citation = formatCitation(source, passage.parts, 'official');
  if (citation === passage.citation && JSON.stringify(source) === JSON.stringify(passage.source)) return null;
  return { ...passage, source, citation };
}

function locatorOf(parts: Located): string | null {
  return formatLocator(parts) ?? formatAlinea(parts.map((part) => part.blockIndex));
}
