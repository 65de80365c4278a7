import { describe, expect, it } from 'vitest';

import type { Para, Run } from '../../../../app/export/pdf/layout';
import { breakLines } from '../../../../app/export/pdf/line-break';
import type { Measure } from '../../../../app/export/pdf/measure';

/** Every character 1 pt wide at size 1: widths are character counts. */
const measure: Measure = (text, _font, size) => text.length * size;
const run = (text: string, extra: Partial<Run> = {}): Run => ({ text, font: 'regular', size: 1, color: '#000000', ...extra });
const para = (runs: Run[]): Para => ({ style: 'body', tag: 'P', parents: [], runs });
const texts = (lines: ReturnType<typeof breakLines>) => lines.map((l) => l.fragments.map((f) => f.text).join(''));

describe('breakLines', () => {
  it('fills each line with as many words as fit and drops the spaces at the breaks', () => {
    const lines = breakLines(para([run('Op 15 december jl. spraken Europese leiders in Berlijn')]), 72, 20, 12, measure);
    expect(texts(lines)).toEqual(['Op 15 december jl.', 'spraken Europese', 'leiders in Berlijn']);
    expect(lines.map((l) => [l.first, l.last])).toEqual([
      [true, false],
      [false, false],
      [false, true],
    ]);
  });

  it('keeps a footnote number with the word before it and records it on its line', () => {
    const lines = breakLines(
      para([run('de Coalition of the Willing (hierna: CotW)'), run('1', { noteNumber: 1, size: 0.5 }), run('. Daarna')]),
      72,
      42,
      12,
      measure,
    );
    expect(texts(lines)).toEqual(['de Coalition of the Willing (hierna:', 'CotW)1. Daarna']);
    expect(lines.map((l) => l.notes)).toEqual([[], [1]]);
    const fragments = lines[1]!.fragments;
    expect(fragments.map((f) => [f.text, f.x, f.width])).toEqual([
      ['CotW)', 0, 5],
      ['1', 5, 0.5],
      ['. Daarna', 5.5, 8],
    ]);
  });

  // Issue 17: a URL breaks after its slashes (UAX #14) before it is cut between characters.
  it('breaks a URL after a slash, cuts a part longer than the line, and starts a new line at a newline', () => {
    const lines = breakLines(para([run('https://www.tweedekamer.nl/kamerstukken\nZie ook')]), 72, 16, 12, measure);
    expect(texts(lines)).toEqual(['https://', 'www.tweedekamer.', 'nl/kamerstukken', 'Zie ook']);
  });

  // Fresh export tester (session 10): the PDF broke this URL inside "resultIndex=12".
  it('breaks a URL only after / ? & = # or before %, never inside a run of letters or digits', () => {
    const url =
      'https://zoek.officielebekendmakingen.nl/kst-36045-264.html?zoekcriteria=%3fzkt%3dUitgebreid%26pst%3dKamerstukken%26vrt%3doekraine&resultIndex=12&sorttype=1&sortorder=4';
    const lines = texts(breakLines(para([run(`Zie ${url}.`)]), 72, 34, 12, measure));
    expect(lines.join('')).toBe(`Zie ${url}.`);
    expect(lines).toEqual([
      'Zie https://',
      'zoek.officielebekendmakingen.nl/',
      'kst-36045-264.html?zoekcriteria=',
      '%3fzkt%3dUitgebreid%26pst',
      '%3dKamerstukken%26vrt%3doekraine&',
      'resultIndex=12&sorttype=1&',
      'sortorder=4.',
    ]);
  });

  it('breaks after a hyphen, never inside a parliamentary number or at a no-break space', () => {
    const lines = breakLines(para([run('De Oost-Europese landen, Kamerstuk 21 501-20, nr. 264 en 5\u00a0km')]), 72, 12, 12, measure);
    // Width 12: "21 501-20, nr." would fit by spaces alone; "nr. 264 en 5" would too, but 5 and km are bound.
    expect(texts(lines)).toEqual(['De Oost-', 'Europese', 'landen,', 'Kamerstuk', '21 501-20,', 'nr. 264 en', '5\u00a0km']);
  });

  it('writes a superscript comma between consecutive footnote numbers', () => {
    const lines = breakLines(
      para([run('woord'), run('1', { noteNumber: 1 }), run('2', { noteNumber: 2 }), run(' verder')]),
      72,
      40,
      12,
      measure,
    );
    expect(texts(lines)).toEqual(['woord1,2 verder']);
    expect(lines[0]!.fragments.find((f) => f.text === ',')?.run.superscript).toBe(true);
    expect(lines[0]!.notes).toEqual([1, 2]);
  });

  it('cuts an unbroken word of two million characters by character, in linear time, across runs and surrogate pairs', () => {
    const word = 'x'.repeat(2_000_000);
    const start = performance.now();
    const lines = breakLines(para([run(word), run('😀😀😀', { font: 'bold' }), run('yy')]), 72, 100, 12, measure);
    expect(performance.now() - start).toBeLessThan(5000);
    expect(lines).toHaveLength(20_001);
    expect(texts(lines).join('')).toBe(`${word}😀😀😀yy`);
    expect(lines.every((line) => line.fragments.reduce((sum, f) => sum + f.width, 0) <= 100)).toBe(true);
    expect(lines.at(-1)!.fragments.map((f) => [f.text, f.x, f.width])).toEqual([
      ['😀😀😀', 0, 6],
      ['yy', 6, 2],
    ]);
  });
});
