import { referenceKeys } from '../corpus/keys';
import type { Letter } from '../corpus/types';
import type { OfficialPaper, SourceRef } from './model';
import { citedYear, parliamentaryYear } from './parliamentary-year';
import { formatDossier, sourceRefOf } from './source';

/** The facts of an official source citation (issue 15), as SourceRef's optional fields hold them. */
export type OfficialSource = Required<Pick<SourceRef, 'paper' | 'sender' | 'addressee' | 'reference' | 'incomplete'>>;

/**
 * The paper a letter is published as, from its own keys (never from papers it merely cites) and
 * an official publication's masthead: `kst-36045-264` → Kamerstukken, dossier `36 045`, nr. `264`;
 * `ah-tk-20222023-3649` → Aanhangsel Handelingen II 2022/23, nr. 3649. The chamber is I for an
 * Eerste Kamer masthead or a lettered number (`C`, `12f`), else II; the parliamentary year comes
 * from the masthead or key, else from the letter's own reference to the paper when it states one
 * (`Kamerstukken II 2025/26, 36 045, nr. 300` in the reference column), else from the letter's date
 * (third Tuesday of September rule).
 */
export function officialPaperOf(
  letter: Pick<Letter, 'keys' | 'date' | 'publication'> & Partial<Pick<Letter, 'references'>>,
): OfficialPaper | null {
  const publication = letter.publication;
  const stated = letter.references?.map((r) => /\b(\d{4}\s*[-–/]\s*(?:\d{2}|\d{4}))\s*,\s*\d{2}\s?\d{3}\b/.exec(r)?.[1]).find(Boolean);
  const dated = citedYear(stated) ?? parliamentaryYear(letter.date ?? publication?.sent ?? null);
  const year = citedYear(publication?.year) ?? dated;
  const eerste = publication?.chamber === 'Eerste Kamer';
  for (const key of letter.keys) {
    const kst = /^kst-(\d{5}(?:-[A-Z]{1,5}|-\d{1,3})?)-([0-9]{1,5}[a-z]?|[A-Z]{1,2})$/.exec(key);
    if (kst) {
      const chamber = eerste || /[A-Za-z]/.test(kst[2]!) ? 'I' : 'II';
      return { series: 'kamerstukken', chamber, year, dossier: formatDossier(kst[1]!), number: kst[2]! };
    }
    const ah = /^ah-(tk|ek)-(\d{8})-(\d+)$/.exec(key);
    if (ah) return { series: 'aanhangsel', chamber: ah[1] === 'ek' ? 'I' : 'II', year: citedYear(ah[2]), dossier: null, number: ah[3]! };
  }
  if (publication?.number && /aanhangsel/i.test(publication.series ?? '')) {
    return { series: 'aanhangsel', chamber: eerste ? 'I' : 'II', year, dossier: null, number: publication.number };
  }
  if (publication?.number && publication.dossier) {
    return { series: 'kamerstukken', chamber: eerste ? 'I' : 'II', year, dossier: publication.dossier, number: publication.number };
  }
  return null;
}

/** `de minister van Buitenlandse Zaken en de minister van Defensie`, from the signatories, a masthead's `Brief van …`, or the ministry. */
export function senderOf(letter: Pick<Letter, 'signatories' | 'ministry' | 'publication'>): string | null {
  const functions = letter.signatories.map((s) => s.function.trim().replace(/,$/, '')).filter(Boolean);
  if (functions.length > 0) {
    const named = [...new Set(functions)].map(
      (f) => `de ${f.replace(/^de\s+/i, '').replace(/^\p{Lu}(?=\p{Ll})/u, (c) => c.toLowerCase())}`,
    );
    return named.length === 1 ? named[0]! : `${named.slice(0, -1).join(', ')} en ${named[named.length - 1]}`;
  }
  const brief = /^Brief van (.+)$/i.exec(letter.publication?.kind?.trim() ?? '');
  if (brief) return brief[1]!;
  return letter.ministry?.trim() ? `het ${letter.ministry.trim()}` : null;
}

/**
 * Whom the letter is addressed to: a masthead's chamber, a chamber named in the reference column
 * or salutation, else the Tweede Kamer for a letter to a chamber (kind `Kamerbrief` or answers
 * to questions: "uw Kamer" without naming it is, in practice, the Tweede Kamer). Null otherwise.
 */
export function addresseeOf(letter: Pick<Letter, 'publication' | 'blocks' | 'kind'>): string | null {
  if (letter.publication?.chamber) return letter.publication.chamber;
  const head = letter.blocks.filter((b) => b.kind === 'reference' || b.kind === 'salutation');
  const named = head.map((b) => /\b(Eerste|Tweede) Kamer\b/.exec(b.text)).find(Boolean);
  if (named) return `${named[1]} Kamer`;
  return letter.kind && /^(Kamerbrief|Antwoord)/.test(letter.kind) ? 'Tweede Kamer' : null;
}

/** The letter's own reference (kenmerk): its first reference that is not a published paper. */
export function kenmerkOf(letter: Pick<Letter, 'references'>): string | null {
  const own = letter.references.find((r) => !referenceKeys(r).some((k) => /^(kst|ah|h|stb|stcrt)-/.test(k)));
  return own?.trim() || null;
}

/**
 * What a passage records about its letter for an official citation: sourceRefOf's fields plus
 * the paper, sender, addressee and kenmerk. `incomplete` when the letter is no published paper
 * and its sender or date is unknown: then the citation says "bron onvolledig".
 */
export function officialSourceRefOf(letter: Letter): SourceRef & OfficialSource {
  const paper = officialPaperOf(letter);
  const sender = senderOf(letter);
  const source = sourceRefOf(letter);
  return {
    ...source,
    paper,
    sender,
    addressee: addresseeOf(letter),
    reference: kenmerkOf(letter),
    incomplete: !paper && (!sender || !source.date),
  };
}
