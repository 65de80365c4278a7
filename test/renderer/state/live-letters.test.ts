import { describe, expect, it } from 'vitest';

import type { LetterSummary } from '../../../app/corpus/types';
import type { CorpusLetters, CorpusState } from '../../../app/ipc/contract';
import { withLiveLetters } from '../../../renderer/state/useCorpus';

const letter = (file: string) => ({ file, title: file, date: null, kind: null, signatories: [] }) as unknown as LetterSummary;
const batch = (from: number, files: string[], root = '/brieven'): CorpusLetters => ({
  name: 'brieven',
  root,
  sample: false,
  from,
  letters: files.map(letter),
});
const old: CorpusState = {
  name: 'oud',
  root: '/oud',
  sample: false,
  letters: [letter('x.txt')],
  errors: [{ file: 'kapot.txt', message: 'kapot' }],
  progress: { phase: 'parsing', done: 1, total: 9 },
};

describe('withLiveLetters (a load under way, issue 21)', () => {
  it('starts the new corpus at from 0 and appends batches that continue it', () => {
    const first = withLiveLetters(old, batch(0, ['a.txt', 'b.txt']))!;
    expect(first).toMatchObject({ name: 'brieven', root: '/brieven', errors: [] });
    expect(first.letters.map((l) => l.file)).toEqual(['a.txt', 'b.txt']);
    const second = withLiveLetters(first, batch(2, ['c.txt']))!;
    expect(second.letters.map((l) => l.file)).toEqual(['a.txt', 'b.txt', 'c.txt']);
  });

  it('ignores a batch out of step or of another corpus', () => {
    const first = withLiveLetters(null, batch(0, ['a.txt']))!;
    expect(withLiveLetters(first, batch(5, ['z.txt']))).toBe(first);
    expect(withLiveLetters(first, batch(1, ['z.txt'], '/elders'))).toBe(first);
    expect(withLiveLetters(null, batch(1, ['z.txt']))).toBeNull();
  });
});
