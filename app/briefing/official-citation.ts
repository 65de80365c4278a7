import { formatDutchDate } from './dates';
import { formatLocator } from './locator';
import type { OfficialPaper, PassagePart, SourceRef } from './model';

/** What the citation of a source that is too little known ends with (issue 15). */
export const INCOMPLETE_SOURCE = 'bron onvolledig';

/**
 * A published paper as the Aanwijzingen voor de regelgeving and the Leidraad voor juridische
 * auteurs cite it: `Kamerstukken II 2025/26, 36 045, nr. 264`, an Eerste Kamer letter
 * `Kamerstukken I 2019/20, 35 300, C`, `Aanhangsel Handelingen II 2022/23, nr. 3649`. An
 * unknown year is left out (`Kamerstukken II, 36 045, nr. 264`).
 */
export function formatPaper(paper: OfficialPaper): string {
  const series = paper.series === 'aanhangsel' ? 'Aanhangsel Handelingen' : 'Kamerstukken';
  const head = `${series} ${paper.chamber}${paper.year ? ` ${paper.year}` : ''}`;
  const number = /^[A-Z]{1,2}$/.test(paper.number) ? paper.number : `nr. ${paper.number}`;
  return [head, paper.dossier, number].filter(Boolean).join(', ');
}

/**
 * A letter that is not (yet) a numbered paper, by what identifies it:
 * `Brief van de minister van Buitenlandse Zaken aan de Tweede Kamer van 6 januari 2026, kenmerk BZ2519785`
 * (`Antwoorden van …` for answers to questions). Unknown pieces are left out; a source marked
 * `incomplete` also names its title (or, lacking one, its file) and ends `(bron onvolledig)`.
 */
export function formatLetterSource(source: SourceRef): string {
  const noun = /^Antwoord/.test(source.kind ?? '') ? 'Antwoorden' : 'Brief';
  const date = formatDutchDate(source.date);
  const head = [
    noun,
    source.sender ? `van ${source.sender}` : null,
    source.addressee ? `aan de ${source.addressee}` : null,
    date ? `van ${date}` : null,
  ]
    .filter(Boolean)
    .join(' ');
  const pieces = [head, source.reference ? `kenmerk ${source.reference}` : null];
  if (!source.incomplete) return pieces.filter(Boolean).join(', ');
  const identify = source.title?.trim() ? `"${source.title.trim()}"` : source.file;
  return `${[...pieces, identify].filter(Boolean).join(', ')} (${INCOMPLETE_SOURCE})`;
}

/**
 * The official source citation of a passage (issue 15): the paper or the letter, then the
 * locator (`p. 3` for letters with pages, else `alinea 4` over body paragraphs; see ./locator),
 * e.g. `Kamerstukken II 2025/26, 36 045, nr. 264, p. 3`,
 * `Brief van de minister van Buitenlandse Zaken aan de Tweede Kamer van 6 januari 2026, kenmerk BZ1, alinea 2`.
 */
export function formatOfficialCitation(source: SourceRef, parts: ReadonlyArray<Pick<PassagePart, 'page' | 'paragraph'>>): string {
  const locator = formatLocator(parts);
  if (source.paper) return [formatPaper(source.paper), locator].filter(Boolean).join(', ');
  const letter = formatLetterSource(source);
  if (!locator) return letter;
  // "(bron onvolledig)" stays last, after the locator.
  const mark = ` (${INCOMPLETE_SOURCE})`;
  return source.incomplete ? `${letter.slice(0, -mark.length)}, ${locator}${mark}` : `${letter}, ${locator}`;
}

/**
 * The short form of a repeated source (issue 15, optional): `t.a.p.` when the passage cites the
 * same letter (same file and hash) as the previous one at the same place, `t.a.p., alinea 6`
 * at another place; null when the previous passage cites another source (cite in full).
 */
export function repeatedCitation(
  previous: { source: Pick<SourceRef, 'file' | 'hash'>; parts: ReadonlyArray<Pick<PassagePart, 'page' | 'paragraph'>> } | null,
  current: { source: Pick<SourceRef, 'file' | 'hash'>; parts: ReadonlyArray<Pick<PassagePart, 'page' | 'paragraph'>> },
): string | null {
  if (!previous || previous.source.file !== current.source.file || previous.source.hash !== current.source.hash) return null;
  const before = formatLocator(previous.parts);
  const now = formatLocator(current.parts);
  return now && now !== before ? `t.a.p., ${now}` : 't.a.p.';
}
