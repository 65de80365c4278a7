import type { Letter } from './types';

/**
 * Resolves citations between corpus letters: a citation's `target` is the `file` of the letter
 * whose `keys` contain the citation key (several candidates: the first file in path order), and
 * every cited letter's `citedBy` lists the files citing it (sorted, unique). A letter never
 * targets itself (e.g. answers quoting their own case number): such citations keep `target: null`.
 * Pure: returns new letter objects; `citedBy` is recomputed from scratch.
 */
export const linkCorpus = (letters: Letter[]): Letter[] => {
  const byKey = new Map<string, string>();
  for (const letter of [...letters].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0)))
    for (const key of letter.keys) if (!byKey.has(key)) byKey.set(key, letter.file);
  const citedBy = new Map<string, Set<string>>();
  const linked = letters.map((letter) => ({
    ...letter,
    citations: letter.citations.map((c) => {
      const target = byKey.get(c.key);
      if (!target || target === letter.file) return { ...c, target: null };
      const set = citedBy.get(target) ?? new Set<string>();
      set.add(letter.file);
      citedBy.set(target, set);
      return { ...c, target };
    }),
  }));
  return linked.map((letter) => ({
    ...letter,
    citedBy: [...(citedBy.get(letter.file) ?? [])].sort(),
  }));
};
