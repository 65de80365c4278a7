import type { OfficialPaper } from './model';

/**
 * The official publication id of a cited paper (the key app/corpus/citations gives the same
 * paper), from which app/corpus/publication-url makes its link:
 * `{kamerstukken, II, 2025/26, "36 045", "264"}` → `kst-36045-264`, dossier `21 501-02` →
 * `kst-21501-02-…`, `36 800 V` → `kst-36800-V-…`; an Aanhangsel answer
 * `{aanhangsel, II, 2022/23, nr. 3649}` → `ah-tk-20222023-3649`. Null when the key cannot be
 * made (a Kamerstuk without dossier, an Aanhangsel answer without its parliamentary year).
 */
export function paperKey(paper: OfficialPaper): string | null {
  if (paper.series === 'kamerstukken') {
    if (!paper.dossier) return null;
    const dossier = paper.dossier
      .trim()
      .replace(/(\d) (?=\d{3}\b)/g, '$1')
      .replace(/\s+/g, '-');
    return `kst-${dossier}-${paper.number}`;
  }
  const year = /^(\d{4})[/-](\d{2}|\d{4})$/.exec(paper.year ?? '');
  if (!year) return null;
  const start = Number(year[1]);
  return `ah-${paper.chamber === 'I' ? 'ek' : 'tk'}-${start}${start + 1}-${paper.number}`;
}
