import type { Letter } from '../corpus/types';
import type { SourceRef } from './model';

/**
 * The letter's own Kamerstuk reference ("Kamerstuk 36 045, nr. 264") when known: first an own
 * reference written as a Kamerstuk, else a `kst-<dossier>-<nr>` key (see shared/corpus/FORMATS.md).
 * Null when the letter has none; never guessed from papers the letter merely cites.
 */
export function kamerstukOf(letter: Pick<Letter, 'references' | 'keys'>): string | null {
  for (const reference of letter.references) {
    const match = /^\s*Kamerstuk(?:ken)?\s+(.+?)[,\s]+nr\.?\s*(\d+)\s*\.?\s*$/i.exec(reference);
    if (match) return `Kamerstuk ${match[1]!.trim()}, nr. ${match[2]}`;
  }
  for (const key of letter.keys) {
    const match = /^kst-(.+)-(\d+)$/.exec(key);
    if (match) return `Kamerstuk ${formatDossier(match[1]!)}, nr. ${match[2]}`;
  }
  return null;
}

/** `36045` → `36 045`, `21501-02` → `21 501-02`, `36800-V` → `36 800 V` (the official spellings). */
export function formatDossier(dossier: string): string {
  const [head = '', ...rest] = dossier.split('-');
  const grouped = /^\d+$/.test(head) ? head.replace(/\B(?=(\d{3})+$)/g, ' ') : head;
  return rest.reduce((text, segment) => (/^\d+$/.test(segment) ? `${text}-${segment}` : `${text} ${segment}`), grouped);
}

/** What a passage records about its letter: known metadata only, unknown stays null. */
export function sourceRefOf(letter: Letter): SourceRef {
  return {
    file: letter.file,
    hash: letter.hash,
    title: letter.title,
    date: letter.date,
    kind: letter.kind,
    kamerstuk: kamerstukOf(letter),
  };
}
