import { paperCitationOfKey } from './paper-citation';
import { citedYear } from './parliamentary-year';

/**
 * A cited paper named in its official citation form from its normalised key alone (issue 15: the
 * reader lists papers outside the corpus "by their official citation"), as the Leidraad writes
 * them: `kst-36045-264` → `Kamerstukken II, 36 045, nr. 264` (a key has no parliamentary year;
 * a lettered number such as `C` or `12f` is an Eerste Kamer paper: `Kamerstukken I, 35 300, C`),
 * `h-tk-20192020-45-7` → `Handelingen II 2019/20, nr. 45, item 7`,
 * `ah-tk-20182019-1234` → `Aanhangsel Handelingen II 2018/19, nr. 1234`,
 * `stb-2021-123` → `Stb. 2021, 123`, `stcrt-2020-4567` → `Stcrt. 2020, 4567`. Numbered papers
 * through paperCitationOfKey (./paper-citation); this adds the Handelingen and the gazettes.
 * Null for keys that are no official publication (case numbers, own references). Never throws.
 */
export function officialCitationOfKey(key: string): string | null {
  const paper = paperCitationOfKey(key);
  if (paper) return paper;
  const h = /^h-(tk|ek)-(\d{8})-(\d{1,5})(?:-(\d{1,4}))?$/.exec(key);
  if (h) return `Handelingen ${h[1] === 'ek' ? 'I' : 'II'} ${citedYear(h[2])}, nr. ${h[3]}${h[4] ? `, item ${h[4]}` : ''}`;
  const gazette = /^(stb|stcrt)-(\d{4})-(\d{1,6})$/.exec(key);
  if (gazette) return `${gazette[1] === 'stb' ? 'Stb.' : 'Stcrt.'} ${gazette[2]}, ${gazette[3]}`;
  return null;
}
