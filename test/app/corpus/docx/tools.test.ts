import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import { describe, expect, it } from 'vitest';

import { DocxError, MESSAGES } from '../../../../app/corpus/docx/errors';
import { parseDocx } from '../../../../app/corpus/docx/parse-docx';

/** Files made by pandoc and LibreOffice from test/fixtures/docx (see make-fixtures.sh there). */
const fixture = (name: string) => new Uint8Array(readFileSync(fileURLToPath(new URL(`../../../fixtures/docx/${name}`, import.meta.url))));
const read = (name: string) => parseDocx(fixture(name), name, 'hash');
const shown = (letter: ReturnType<typeof read>) => letter.blocks.map((b) => [b.kind, b.text]);
const before = (letter: ReturnType<typeof read>, footnote: string) => {
  const block = letter.blocks.find((b) => b.notes.some((n) => n.footnote === footnote))!;
  return block.text.slice(0, block.notes.find((n) => n.footnote === footnote)!.offset);
};

const FROM_MARKDOWN = [
  ['salutation', 'Geachte voorzitter,'],
  ['paragraph', 'Hierbij informeer ik uw Kamer over de steun aan Oekraïne. Dit volgt op de motie van het lid Boswijk.'],
  ['heading', 'Militaire steun'],
  ['list-item', '1. Luchtverdediging'],
  ['list-item', '2. Munitie'],
  ['list-item', 'a. Artillerie'],
  ['list-item', 'b. Drones'],
  ['list-item', '3. Training'],
  ['list-item', 'Nederland levert.'],
  ['list-item', 'Partners leveren.'],
  ['table', 'Jaar\tBedrag\n2025\t3,5 miljard\n2026\t3,5 miljard'],
  ['paragraph', 'Zie de website van de Tweede Kamer voor de stukken.'],
  ['closing', 'Hoogachtend,'],
];
const NOTES = ['Kamerstuk 36 045, nr. 264.', 'Motie 36 045-191.\nTweede alinea van de noot.', 'Kamerstuk 36 800 V, nr. 49.'];

describe('parseDocx on files made by pandoc and LibreOffice', () => {
  it.each(['pandoc.docx', 'libreoffice-from-pandoc.docx'])('%s: headings, list labels, table, link, notes', (name) => {
    const letter = read(name);
    expect(shown(letter)).toEqual(FROM_MARKDOWN);
    expect(letter.footnotes.map((f) => [f.label, f.text])).toEqual(NOTES.map((t, i) => [String(i + 1), t]));
    const [first, second, third] = letter.footnotes.map((f) => f.id);
    expect(before(letter, first!)).toBe('Hierbij informeer ik uw Kamer over de steun aan Oekraïne.');
    expect(before(letter, second!)).toMatch(/van het lid Boswijk\.$/);
    expect(before(letter, third!)).toBe('Jaar\tBedrag\n2025\t3,5 miljard');
    const link = letter.blocks[11]!.links![0]!;
    expect([letter.blocks[11]!.text.slice(link.start, link.end), link.href]).toEqual([
      'de website van de Tweede Kamer',
      expect.stringMatching(/^https:\/\/www\.tweedekamer\.nl\/?$/),
    ]);
  });

  it('libreoffice.docx: tracked changes accepted, a footnote and an endnote sharing an id, a comment', () => {
    const letter = read('libreoffice.docx');
    expect(shown(letter)).toEqual([
      ['salutation', 'Geachte voorzitter,'],
      ['paragraph', 'De steun wordt verhoogd. Zie ook de bijlage. En de eerdere brief.'],
      ['closing', 'Hoogachtend,'],
    ]);
    expect(letter.trackedChanges).toBe(true);
    expect(letter.footnotes).toEqual([
      { id: 'fn2', label: '1', text: 'Kamerstuk 36 045, nr. 264.' },
      { id: 'en2', label: 'i', text: 'Bijlage bij Kamerstuk 36 045, nr. 265.' },
      { id: 'fn3', label: '2', text: 'Kamerstuk 36 045, nr. 215.' },
    ]);
    expect(before(letter, 'fn2')).toBe('De steun wordt verhoogd.');
    expect(before(letter, 'en2')).toBe('De steun wordt verhoogd. Zie ook de bijlage.');
    const comment = letter.blocks[1]!.comments![0]!;
    expect([letter.blocks[1]!.text.slice(comment.start, comment.end), comment.author, comment.text]).toEqual([
      'eerdere brief',
      'J. Jansen',
      'Bron toevoegen?',
    ]);
    expect(letter.title).toBe('Voortgang steun Oekraïne');
  });

  it('an old .doc and an .odt written by LibreOffice get their Dutch messages', () => {
    const message = (name: string) => {
      try {
        read(name);
      } catch (error) {
        expect(error).toBeInstanceOf(DocxError);
        return (error as DocxError).message;
      }
      return null;
    };
    expect(message('old-word.doc')).toBe(MESSAGES.oldWord);
    expect(message('opendocument.odt')).toBe(MESSAGES.odt);
  });

  it('a Betreft or Onderwerp line is the title whatever its style (pandoc: a heading, the Title style)', () => {
    const nota = read('pandoc-nota.docx');
    // The labelled lines of the nota's head are reference lines, not headings, whatever their style.
    expect(shown(nota).slice(0, 2)).toEqual([
      ['reference', 'Betreft: Steun aan Oekraïne in 2026'],
      ['reference', 'Datum: 6 januari 2026'],
    ]);
    expect([nota.title, nota.date]).toEqual(['Steun aan Oekraïne in 2026', '2026-01-06']);
    expect(nota.footnotes).toEqual([{ id: expect.any(String), label: '1', text: 'Kamerstuk 36 045, nr. 264.' }]);
    expect(read('pandoc-onderwerp.docx').title).toBe('Wederopbouw van Oekraïne');
  });

  it('libreoffice-memo.docx: a text box read once, endnotes in lowerRoman beside a footnote, tracked changes accepted, a comment', () => {
    const letter = read('libreoffice-memo.docx');
    expect(shown(letter)).toEqual([
      ['salutation', 'Geachte voorzitter,'],
      ['paragraph', 'De munitie wordt dit jaar nog geleverd. Daarna volgt de tweede tranche.'],
      ['paragraph', 'Kenmerk in kader: BS2026000123'],
      ['paragraph', 'De training gaat door. Ook in 2027.'],
      ['closing', 'Hoogachtend,'],
    ]);
    expect(letter.trackedChanges).toBe(true);
    expect(letter.footnotes.map((f) => [f.label, f.text])).toEqual([
      ['i', 'Kamerstuk 36 045, nr. 264.'],
      ['1', 'Zie de bijlage.'],
      ['ii', 'Kamerstuk 36 045, nr. 265.'],
      ['iii', 'Motie 36 045-191.'],
    ]);
    const [i, one, ii, iii] = letter.footnotes.map((f) => f.id);
    expect(before(letter, i!)).toBe('De munitie wordt dit jaar nog geleverd.');
    expect(before(letter, one!)).toBe('De munitie wordt dit jaar nog geleverd. Daarna volgt de tweede tranche.');
    expect(before(letter, ii!)).toBe('De training gaat door.');
    expect(before(letter, iii!)).toBe('De training gaat door. Ook in 2027.');
    const block = letter.blocks[1]!;
    const comment = block.comments![0]!;
    expect([block.text.slice(comment.start, comment.end), comment.author, comment.text]).toEqual([
      'tweede tranche',
      'J. Jansen',
      'Datum nagaan.',
    ]);
    expect(letter.title).toBe('Memo munitieleveranties');
  });
});
