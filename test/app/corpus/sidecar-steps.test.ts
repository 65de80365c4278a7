import { describe, expect, it } from 'vitest';

import { parseSidecar } from '../../../app/corpus/sidecar';
import { parseSidecarSteps } from '../../../app/corpus/sidecar-steps';
import { DossierError } from '../../../app/ipc/errors';
import { largeSidecar } from './large-sidecar';

const run = (text: string) => {
  const steps = parseSidecarSteps(text);
  let pauses = 0;
  for (let step = steps.next(); ; step = steps.next()) {
    if (step.done) return { sidecar: step.value, pauses };
    pauses += 1;
  }
};

const failure = (parse: () => unknown): DossierError => {
  try {
    parse();
  } catch (error) {
    return error as DossierError;
  }
  throw new Error('parsed');
};

describe('parseSidecarSteps (the sidecar validated in slices)', () => {
  it('gives the same sidecar as parseSidecar on a large generated sidecar, key order included, pausing in between', () => {
    const text = `\uFEFF${JSON.stringify(largeSidecar(5000))}`;
    const { sidecar, pauses } = run(text);
    const whole = parseSidecar(text);
    expect(JSON.stringify(sidecar)).toBe(JSON.stringify(whole));
    expect(sidecar.letters).toHaveLength(5000);
    expect(sidecar.letters[1]!.signatories).toEqual(['Minister 1, minister van Financiën']);
    expect(sidecar.letters[0]!.signatories).toEqual([{ name: 'Staatssecretaris 0', function: '' }]);
    expect(sidecar.source).toBe('generated');
    expect(pauses).toBeGreaterThan(5000 / 64);
  });

  it('throws the same keyed error as parseSidecar for every kind of fault', () => {
    const big = largeSidecar(3000);
    const at = (index: number, change: Record<string, unknown>) =>
      JSON.stringify({ ...big, letters: big.letters.map((e, i) => (i === index ? { ...e, ...change } : e)) });
    const texts = [
      '{ niet json',
      '{\n  "letters": x',
      '[]',
      'null',
      '{"brieven": []}',
      '{"letters": {}}',
      '{"letters": [null]}',
      at(2500, { date: '6-1-2026' }),
      at(2999, { file: '' }),
      at(1700, { signatories: [{ function: 'minister' }] }),
      at(10, { references: 'Kamerstuk' }),
      JSON.stringify({ letters: [...big.letters, big.letters[1234]] }),
      // An invalid entry after a duplicate: the invalid entry is reported, as in the whole-file check.
      JSON.stringify({ letters: [big.letters[0], big.letters[0], { file: 'x.txt', kind: 3 }] }),
    ];
    for (const text of texts) {
      const whole = failure(() => parseSidecar(text));
      const sliced = failure(() => run(text));
      expect(sliced).toBeInstanceOf(DossierError);
      expect(sliced.code).toBe('sidecar-invalid');
      expect(sliced.message).toBe(whole.message);
      expect(sliced.toIpc('en').message).toBe(whole.toIpc('en').message);
    }
    expect(failure(() => run(at(2500, { date: '6-1-2026' }))).message).toBe(
      'metadata.json heeft niet de verwachte opbouw: het veld "metadata.json.letters[2500].date" is ongeldig (verwacht een datum als JJJJ-MM-DD).',
    );
  });
});
