import { describe, expect, it } from 'vitest';

import { extractCitations } from '../../../app/corpus';
import { parseSample } from './samples';

const keys = (text: string) => extractCitations(text).map((c) => c.key);

describe('extractCitations', () => {
  it.each([
    ['Kamerstuk 36 045 nr. 215', ['kst-36045-215']],
    ['Kamerstuk 36 045, nr. 264.', ['kst-36045-264']],
    ['Kamerstukken 36 045, nrs. 243 en 261', ['kst-36045-243', 'kst-36045-261']],
    ['Kamerstukken 36 045, nrs. 211en 261.', ['kst-36045-211', 'kst-36045-261']],
    ['Kamerstuk 21 501-02, nr. 3047', ['kst-21501-02-3047']],
    ['Kamerstuk 36 800 V, nr. 49', ['kst-36800-V-49']],
    ['Kamerstuk 36 410-V, nr. 65', ['kst-36410-V-65']],
    ['(motie 36 045-191, 18 februari 2025)', ['kst-36045-191']],
    ['(Motie 21501-02-3047, 18 februari jl.)', ['kst-21501-02-3047']],
    [
      'Kamerstukken 21 112, nr. 3520; Kamerstuk 22 112, nr. 3557; 21 112, nr. 3758 en Kamerstuk 36 045, nr. 186.',
      ['kst-21112-3520', 'kst-22112-3557', 'kst-21112-3758', 'kst-36045-186'],
    ],
    ['Kamerstuk 36 45, nr. 262.', ['kst-36045-262']],
    ['Kamerstuk 2025.D.08281', ['tkdoc-2025D08281']],
    ['ingezonden met kenmerk\u00A0 2025Z15748.', ['zaak-2025Z15748']],
    ['(Kamerstuk 2025Z15788, 10 september jl.)', ['zaak-2025Z15788']],
    ['Kamerstukken II 2009/10, 27 858, nr. 88, p. 3', ['kst-27858-88']],
    ['Kamerstukken I 2008/09, 31 700 VI, D', ['kst-31700-VI-D']],
    ['Handelingen II 2010/11, nr. 108, item 5', ['h-tk-20102011-108-5']],
    ['Aanhangsel Handelingen II 2024/25, nr. 1016', ['ah-tk-20242025-1016']],
    ['2026Z00184.', ['zaak-2026Z00184']],
    ['Kamerstuk 36 045, nrs. 240 en 225.', ['kst-36045-240', 'kst-36045-225']],
  ])('%s', (text, expected) => {
    expect(keys(text)).toEqual(expected);
  });

  it('reports the text as written with its offsets', () => {
    const text = 'Zie Kamerstukken 36 045, nrs. 243 en 261 en de motie 36 045-191.';
    expect(extractCitations(text)).toEqual([
      {
        text: 'Kamerstukken 36 045, nrs. 243',
        key: 'kst-36045-243',
        start: 4,
        end: 33,
      },
      { text: '261', key: 'kst-36045-261', start: 37, end: 40 },
      { text: 'motie 36 045-191', key: 'kst-36045-191', start: 47, end: 63 },
    ]);
    for (const c of extractCitations(text)) expect(text.slice(c.start, c.end)).toBe(c.text);
  });

  it('ignores numbers that are no citations', () => {
    expect(keys('Op 24 februari 2026, 36 045 mensen, nr. 5 van de lijst; de motie van het lid Klaver.')).toEqual([]);
  });
});

describe('citations of the samples', () => {
  it('finds citations in blocks and in footnotes, with block and footnote ids', () => {
    const letter = parseSample('000');
    expect(letter.citations).toEqual([
      {
        text: 'Kamerstuk 36 045 nr. 215',
        key: 'kst-36045-215',
        block: 'b1',
        footnote: 'fn2',
        target: null,
      },
      {
        text: 'motie 36 045-191',
        key: 'kst-36045-191',
        block: 'b8',
        target: null,
      },
      {
        text: 'motie 21 501-02-3047',
        key: 'kst-21501-02-3047',
        block: 'b8',
        target: null,
      },
      {
        text: 'Kamerstuk 36 045 nr. 215',
        key: 'kst-36045-215',
        block: 'b8',
        footnote: 'fn4',
        target: null,
      },
    ]);
  });

  it("reads every citation of 004's notes", () => {
    const letter = parseSample('004');
    const inNote = (label: string) => {
      const id = letter.footnotes.find((f) => f.label === label)!.id;
      return letter.citations.filter((c) => c.footnote === id).map((c) => c.key);
    };
    expect(inNote('14')).toEqual(['kst-21112-3520', 'kst-22112-3557', 'kst-21112-3758', 'kst-36045-186']);
    expect(inNote('16')).toEqual(['kst-36410-V-65', 'kst-21501-02-2962', 'kst-36045-248']);
    expect(inNote('17')).toEqual(['kst-36045-262']);
    expect(inNote('25')).toEqual(['kst-36800-V-49']);
    expect(inNote('31')).toEqual(['kst-21501-02-3052']);
    expect(letter.citations.filter((c) => c.footnote !== undefined)).toHaveLength(46);
  });
});
