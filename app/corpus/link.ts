import type { Letter } from './types';

/**
 * Resolves citations between corpus letters: a citation's `target` is the `file` of the letter
 * whose `keys` contain the citation key (several candidates: the first file in path order), and
 * every cited letter's `citedBy` lists the files citing it (sorted, unique). A letter never
 * targets itself (e.g. answers quoting their own case number): such citations keep `target: null`.
 * Pure: returns new letter objects; `citedBy` is recomputed from scratch.
 */
export const linkCorpus = (letters: Letter[]): Letter[] => {
  const steps = linkSteps(letters);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
};

/** Letters linked between two pauses of linkSteps. */
const STEP = 64;

/**
 * linkCorpus in steps: yields after every few dozen letters, so a caller can give the event loop
 * a turn in between (at 10,000 letters linking takes 100–400 ms); returns the same letters
 * linkCorpus returns. The input must not change until it is done.
 */
export function* linkSteps(letters: Letter[]): Generator<void, Letter[]> {
  const byKey = new Map<string, string>();
  for (const letter of [...letters].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0)))
    for (const key of letter.keys) if (!byKey.has(key)) byKey.set(key, letter.file);
  yield;
  const citedBy = new Map<string, Set<string>>();
  const linked: Letter[] = [];
  for (const letter of letters) {
    linked.push({
      ...letter,
      citations: letter.citations.map((c) => {
        const target = byKey.get(c.key);
        if (!target || target === letter.file) return { ...c, target: null };
        const set = citedBy.get(target) ?? new Set<string>();
        set.add(letter.file);
        citedBy.set(target, set);
        return { ...c, target };
      }),
    });
    if (linked.length % STEP === 0) yield;
  }
  const out: Letter[] = [];
  for (const letter of linked) {
    out.push({ ...letter, citedBy: [...(citedBy.get(letter.file) ?? [])].sort() });
    if (out.length % STEP === 0) yield;
  }
  return out;
}
