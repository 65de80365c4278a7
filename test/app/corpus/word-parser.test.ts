import { describe, expect, it } from 'vitest';

import { parseWordText } from '../../../app/corpus/word-parser';
import { anchorOf, parseSample, type SampleId, sampleText } from './samples';

/** Every note of the Word samples, in printed order: [Word id, exact text]. */
const NOTES: Record<'000' | '001' | '003' | '004', [string, string][]> = {
  '000': [
    ['fn2', 'Kamerstuk 36 045 nr. 215'],
    ['fn3', 'Joint Statement of European Leaders from the Meeting in Berlin, 15 december 2025'],
    ['fn4', 'Kamerstuk 36 045 nr. 215'],
  ],
  '001': [
    ['fn2', 'Kamerstuk 2025.D.08281'],
    ['fn3', 'Verzonden op 4 maart 2025.'],
    ['fn4', 'Kamerstuk 36 045, nr. 191.'],
  ],
  '003': [['fn2', 'Zoals aan uw Kamer gecommuniceerd tijdens het plenair debat op 18 februari 2025.']],
  '004': [
    ['fn1', 'Kenmerk 2026Z02395.'],
    ['fn2', 'Kamerstuk 36 045, nr. 264.'],
    ['fn3', 'Kamerstukken 21 501-02, nrs. 3052 en 3055.'],
    ['fn4', 'Kamerstuk 36 045, nr. 264.'],
    ['fn5', 'Kamerstukken 36 045, nr. 191 en Kamerstuk 21 501-02, nr. 3047.'],
    ['fn6', 'Kamerstuk 36 045, nr. 215.'],
    ['fn7', 'Kamerstuk 22 054, nr. 463.'],
    ['fn8', 'Kamerstukken 36 045, nrs. 243 en 261.'],
    [
      'fn9',
      'De brief over de levering van militaire goederen aan Oekraïne wordt verstuurd door de  minister van Defensie en komt u vandaag toe.',
    ],
    ['fn10', 'Kamerstuk 22 054, nr. 453.'],
    ['fn11', 'Kamerstukken 36 045, nrs. 211en 261.'],
    ['fn12', 'Kamerstuk 36 045, nr. 242.'],
    ['fn13', 'Kamerstuk 36 045, nr. 212.'],
    ['fn14', 'Kamerstukken 21 112, nr. 3520; Kamerstuk 22 112, nr. 3557; 21 112, nr. 3758 en Kamerstuk 36 045, nr. 186.'],
    ['fn15', 'Kamerstuk 21 501-20, nr. 2361.'],
    ['fn16', 'Kamerstukken 36 410-V, nr. 65, Kamerstuk 21 501-02, nr. 2962 en Kamerstuk 36045, nr. 248.'],
    ['fn17', 'Kamerstuk 36 45, nr. 262.'],
    ['fn18', 'Kamerstuk 36 045, nr. 100.'],
    ['fn19', 'Kamerstuk 36 045, nr. 239.'],
    ['fn20', 'Kamerstuk 36 045, nr. 265.'],
    ['fn21', '2026Z00184.'],
    ['fn22', 'Kamerstuk 36 180, nr. 189.'],
    ['fn23', 'Kamerstuk 36 045, nr. 254'],
    ['fn24', 'Kamerstuk 21 501-02, nr. 3327.'],
    ['fn25', 'Kamerstuk 36 800 V, nr. 49.'],
    ['fn26', 'Kamerstuk 23 987, nr. 398.'],
    ['fn27', 'Kamerstukken 21 501-20, nr. 1841 en Kamerstuk 21 501-20, nr. 2229.'],
    ['fn28', 'Kamerstuk 36 045, nr. 210.'],
    ['fn29', 'Kamerstuk 36 045, nrs. 240 en 225.'],
    ['fn30', 'Kamerstuk 36 045, nr. 263.'],
    ['fn31', 'In lijn met de motie van de leden Kahraman en Van Campen, Kamerstuk 21501-02, nr. 3052.'],
    [
      'fn32',
      'In lijn met de moties van het lid Boswijk, Kamerstuk 21 501-02, nr. 3207 en het lid Boswijk c.s., Kamerstuk 36 045, nr. 250.',
    ],
    ['fn33', 'Kamerstukken 36 045, nr. 253 en Kamerstuk 21 501-20, nr. 2335.'],
    ['fn34', 'Kamerstuk 36 045, nr. 269.'],
  ],
};

/**
 * The raw text before each `[footnoteRef:N]` marker, markers removed, on the marker's line:
 * the anchor must sit right after exactly that text.
 */
const rawContexts = (raw: string): Map<string, string> => {
  const out = new Map<string, string>();
  for (const m of raw.matchAll(/\[footnoteRef:(\d+)\]/g)) {
    const lineStart = raw.lastIndexOf('\n', m.index) + 1;
    const before = raw.slice(lineStart, m.index).replace(/\[(?:footnoteRef:\d+|bookmark: [^\]]*)\]/g, '');
    out.set(`fn${m[1]}`, before.trimStart().slice(-30));
  }
  return out;
};

describe('Word (Tika) parser on the samples', () => {
  it('finds all 41 notes of 000, 001, 003 and 004', () => {
    const total = (['000', '001', '003', '004'] as const).reduce((n, id) => n + parseSample(id).footnotes.length, 0);
    expect(total).toBe(41);
  });

  for (const id of ['000', '001', '003', '004'] as const satisfies readonly SampleId[]) {
    it(`${id}: every note numbered in order, with its exact text, anchored after the word its marker followed`, () => {
      const letter = parseSample(id);
      const expected = NOTES[id];
      expect(letter.footnotes).toEqual(
        expected.map(([fid, text], i) => ({
          id: fid,
          label: String(i + 1),
          text,
        })),
      );
      const contexts = rawContexts(sampleText(id));
      expect(contexts.size).toBe(expected.length);
      for (const [fid] of expected) {
        const { block, offset } = anchorOf(letter, fid);
        const before = contexts.get(fid)!;
        expect(block.text.slice(0, offset).endsWith(before)).toBe(true);
        expect(block.text).not.toMatch(/\[|footnoteRef|bookmark/);
      }
    });
  }

  it("000's first note is anchored right after `(hierna: CotW)` and the sentence's full stop follows", () => {
    const letter = parseSample('000');
    const { block, offset } = anchorOf(letter, 'fn2');
    expect(block.text.slice(offset - 14, offset)).toBe('(hierna: CotW)');
    expect(block.text.slice(offset)).toBe('.');
  });

  it("004's note 2 reads `Kamerstuk 36 045, nr. 264.` and is anchored after `Coalition of the Willing.`", () => {
    const letter = parseSample('004');
    const note = letter.footnotes.find((f) => f.label === '2')!;
    expect(note.text).toBe('Kamerstuk 36 045, nr. 264.');
    const { block, offset } = anchorOf(letter, note.id);
    expect(block.text.slice(0, offset)).toMatch(/in het bijzonder over de inzet van de Coalition of the Willing\.$/);
    expect(block.text.slice(offset)).toMatch(/^ Hoewel duurzame vrede/);
  });

  it("004's note 24 sits between the two full stops of `Ceulemans..`", () => {
    const { block, offset } = anchorOf(parseSample('004'), 'fn24');
    expect(block.text.slice(offset - 10, offset + 14)).toBe('Ceulemans.. Tegelijkerti');
  });
});

describe('Word marker grammar', () => {
  it('matches bodies by id, not at the first `]`, and keeps newlines of multi-paragraph notes', () => {
    const text =
      ' Tekst[footnoteRef:2] en meer[footnoteRef:3].  [2:  Zie [a] en ]b[ hier] [3:  Eerste alinea]\nTweede alinea [x]] \n\n\nVolgende alinea.\n';
    const { paragraphs, footnotes } = parseWordText(text);
    expect(footnotes).toEqual([
      { id: 'fn2', label: '1', text: 'Zie [a] en ]b[ hier' },
      { id: 'fn3', label: '2', text: 'Eerste alinea]\nTweede alinea [x]' },
    ]);
    expect(paragraphs.map((p) => p.text)).toEqual(['Tekst en meer.', 'Volgende alinea.']);
    expect(paragraphs[0]!.notes).toEqual([
      { footnote: 'fn2', offset: 5 },
      { footnote: 'fn3', offset: 13 },
    ]);
  });

  it('drops bookmarks, images and comments; keeps a missing note with empty text', () => {
    const text = [
      '[bookmark: _Hlk1][bookmark: _Toc2]Kop',
      'Zin met beeld[image: logo rijksoverheid] en tekst.\tComment by Jansen: nakijken',
      'Noot hier[endnoteRef:7] klaar.',
      '!!! End note with ID "7" not found in document.',
      '',
    ].join('\n');
    const { paragraphs, footnotes } = parseWordText(text);
    expect(paragraphs.map((p) => p.text)).toEqual(['Kop', 'Zin met beeld en tekst.', 'Noot hier klaar.']);
    expect(footnotes).toEqual([{ id: 'en7', label: '1', text: '' }]);
    expect(paragraphs[2]!.notes).toEqual([{ footnote: 'en7', offset: 9 }]);
  });

  it('keeps a referenced note whose body is absent, with empty text', () => {
    const { paragraphs, footnotes } = parseWordText('Zin[footnoteRef:5] zonder noot.\nVolgende.');
    expect(footnotes).toEqual([{ id: 'fn5', label: '1', text: '' }]);
    expect(paragraphs.map((p) => p.text)).toEqual(['Zin zonder noot.', 'Volgende.']);
  });
});
