import { formatPaper } from './official-citation';
import { officialPaperOf } from './official-source';

/**
 * The official citation of a paper known only by a citation's key (a paper outside the corpus):
 * `kst-36045-264` → `Kamerstukken II, 36 045, nr. 264`, `ah-tk-20222023-3649` →
 * `Aanhangsel Handelingen II 2022/23, nr. 3649` (formatPaper; the year only where the key holds
 * it). Null for keys that name no numbered paper (case numbers, Staatsblad, own references).
 */
export function paperCitationOfKey(key: string): string | null {
  const paper = officialPaperOf({ keys: [key], date: null, publication: undefined });
  return paper ? formatPaper(paper) : null;
}
