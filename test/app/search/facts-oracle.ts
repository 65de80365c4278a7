import { MIN_PREFIX, parseQuery, tokenize } from '../../../app/corpus/search-text';
import { DOSSIER_BOOST, KEY_BOOST, type LetterBoost, type LetterFact, TITLE_BOOST } from '../../../app/search/letter-facts';
import { paperQuery } from '../../../app/search/paper-query';

/**
 * The boosts as main computed them before the term index (session 7): every title scanned per
 * query, dossiers by key prefix. The indexed LetterFacts must give exactly this map.
 */
export const scanBoosts = (letters: readonly LetterFact[], query: string): Map<number, LetterBoost> => {
  const out = new Map<number, LetterBoost>();
  const give = (letter: number, boost: number, match: LetterBoost['match']): void => {
    if ((out.get(letter)?.boost ?? 0) < boost) out.set(letter, { boost, match });
  };
  const q = parseQuery(query);
  const paper = paperQuery(query);
  for (const { letter, keys } of letters) {
    for (const key of keys.map((k) => k.toLowerCase())) {
      if (paper.exact.includes(key)) give(letter, KEY_BOOST, 'key');
      if (paper.dossier && key.startsWith(paper.dossier)) give(letter, DOSSIER_BOOST, 'dossier');
    }
  }
  const needles = [...q.words.map((w) => (w.length >= MIN_PREFIX ? ` ${w}` : ` ${w} `)), ...q.phrases.map((p) => ` ${p.join(' ')} `)];
  if (needles.length === 0) return out;
  for (const { letter, title } of letters) {
    const terms = ` ${tokenize(title)
      .map((t) => t.norm)
      .join(' ')} `;
    if (needles.every((n) => terms.includes(n))) give(letter, TITLE_BOOST, 'title');
  }
  return out;
};
