import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { applySidecar, parseSidecar } from '../../../app/corpus';
import { readableTitle, type TitleFacts } from '../../../app/corpus/title';
import { parseSample, SAMPLE_DIR, type SampleId } from './samples';

const facts = (overrides: Partial<TitleFacts> = {}): TitleFacts => ({
  file: 'brieven/004_ea691d26e1781c0b.txt',
  title: null,
  date: null,
  kind: null,
  ministry: null,
  signatories: [],
  references: [],
  ...overrides,
});

const minister = { name: 'D.M. van Weel', function: 'minister van Buitenlandse Zaken' };

describe('readableTitle', () => {
  it('keeps the title the letter states', () => {
    expect(readableTitle(facts({ title: ' Stand van zaken ', kind: 'Kamerbrief', date: '2026-01-06' }))).toBe('Stand van zaken');
  });

  it('builds one from kind, date and sender', () => {
    expect(readableTitle(facts({ kind: 'Kamerbrief', date: '2026-01-06', signatories: [minister] }))).toBe(
      'Kamerbrief van 6 januari 2026 — minister van Buitenlandse Zaken',
    );
    expect(
      readableTitle(
        facts({
          kind: 'Kamerbrief',
          date: '2026-01-06',
          signatories: [minister, { name: 'R. Brekelmans', function: 'minister van Defensie' }],
        }),
      ),
    ).toBe('Kamerbrief van 6 januari 2026 — minister van Buitenlandse Zaken en minister van Defensie');
  });

  it('uses the ministry, a reference when undated, and Brief for an unknown kind', () => {
    expect(readableTitle(facts({ date: '2025-03-04', ministry: 'Ministerie van Defensie' }))).toBe(
      'Brief van 4 maart 2025 — ministerie van Defensie',
    );
    expect(readableTitle(facts({ kind: 'Antwoorden op Kamervragen', references: ['BZ2519785'], signatories: [minister] }))).toBe(
      'Antwoorden op Kamervragen, kenmerk BZ2519785 — minister van Buitenlandse Zaken',
    );
  });

  it('adds the file name only when nothing else tells letters apart', () => {
    expect(readableTitle(facts({ kind: 'Kamerbrief' }))).toBe('Kamerbrief (004_ea691d26e1781c0b)');
    expect(readableTitle(facts())).toBe('Brief (004_ea691d26e1781c0b)');
  });

  it('gives every sample letter (with its sidecar) a title that is not its file name', () => {
    const sidecar = parseSidecar(readFileSync(`${SAMPLE_DIR}metadata.json`, 'utf8'));
    const ids: SampleId[] = ['000', '001', '002', '003', '004'];
    const titles = ids.map((n) => readableTitle(applySidecar(parseSample(n), sidecar)));
    expect(titles).toEqual([
      'Kamerbrief van 6 januari 2026 — minister van Buitenlandse Zaken en minister van Defensie',
      'Kamerbrief van 4 maart 2025 — minister van Buitenlandse Zaken en minister van Defensie',
      'Kamerbrief van 10 september 2025 — minister van Buitenlandse Zaken en minister van Defensie',
      'Antwoorden op Kamervragen, kenmerk BZ2519785 — minister van Buitenlandse Zaken en minister van Defensie',
      'Kamerbrief, kenmerk 2026Z02395',
    ]);
  });
});
