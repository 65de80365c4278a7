import { describe, expect, it } from 'vitest';

import { counterIds } from '../../../app/briefing/ids';
import { createPassage } from '../../../app/briefing/passage';
import { DossierError } from '../../../app/ipc/errors';
import { sampleLetter } from './letter-fixture';

const letter = sampleLetter();
const range = (startBlock: string, start: number, endBlock: string, end: number) => ({
  start: { block: startBlock, offset: start },
  end: { block: endBlock, offset: end },
});

describe('createPassage', () => {
  it('quotes a slice of one block verbatim, with the note whose marker follows the last word', () => {
    const { passage, footnotes } = createPassage(letter, range('b1', 3, 'b1', 30), counterIds('x'));
    expect(passage.parts).toHaveLength(1);
    const part = passage.parts[0]!;
    expect(part.text).toBe('leiders spraken in Berlijn.');
    expect(part.children).toEqual([
      { type: 'text', text: 'leiders spraken in Berlijn.' },
      { type: 'footnote-ref', footnote: 'x1' },
    ]);
    expect(footnotes).toEqual([
      { id: 'x1', origin: 'quote', text: 'Joint Statement, 15 december 2025', source: { file: 'brief.txt', footnote: 'fn2' } },
    ]);
    expect(passage.id).toBe('x2');
    expect(part).toMatchObject({
      block: 'b1',
      blockIndex: 1,
      blockKind: 'paragraph',
      start: 3,
      end: 30,
      omittedBefore: false,
      omittedAfter: false,
    });
    expect(passage.source).toEqual({
      file: 'brief.txt',
      hash: 'aaa111',
      title: 'Stand van zaken',
      date: '2026-01-06',
      kind: 'Kamerbrief',
      kamerstuk: 'Kamerstuk 36 045, nr. 264',
      paper: { series: 'kamerstukken', chamber: 'II', year: '2025/26', dossier: '36 045', number: '264' },
      sender: 'het Ministerie van Buitenlandse Zaken',
      addressee: 'Tweede Kamer',
      reference: 'BZ123',
      incomplete: false,
    });
    // The official form by default (issue 15); the salutation (block 0) is no body paragraph.
    expect(passage.citation).toBe('Kamerstukken II 2025/26, 36 045, nr. 264, alinea 1');
  });

  it('leaves out a note whose marker stands right before the selection', () => {
    const { passage, footnotes } = createPassage(letter, range('b1', 30, 'b1', 40), counterIds());
    expect(passage.parts[0]!.children).toEqual([{ type: 'text', text: ' Daarna vo' }]);
    expect(footnotes).toEqual([]);
  });

  it('splits the runs at a marker inside the selection', () => {
    const { passage, footnotes } = createPassage(letter, range('b1', 19, 'b1', 52), counterIds());
    expect(passage.parts[0]!.children).toEqual([
      { type: 'text', text: 'in Berlijn.' },
      { type: 'footnote-ref', footnote: 'n1' },
      { type: 'text', text: ' Daarna volgde Parijs.' },
      { type: 'footnote-ref', footnote: 'n2' },
    ]);
    expect(footnotes.map((note) => note.text)).toEqual(['Joint Statement, 15 december 2025', 'Kamerstuk 36 045, nr. 215']);
  });

  it('makes one part per block across blocks, one note per source note', () => {
    const { passage, footnotes } = createPassage(letter, range('b1', 31, 'b2', 23), counterIds());
    expect(passage.parts.map((part) => [part.block, part.start, part.end, part.text])).toEqual([
      ['b1', 31, 52, 'Daarna volgde Parijs.'],
      ['b2', 0, 23, 'Het kabinet steunt dit.'],
    ]);
    expect(passage.parts[1]!.children).toEqual([
      { type: 'text', text: 'Het kabinet steunt dit.' },
      { type: 'footnote-ref', footnote: 'n2' },
    ]);
    expect(footnotes.map((note) => [note.id, note.source?.footnote])).toEqual([
      ['n1', 'fn3'],
      ['n2', 'fn2'],
    ]);
    expect(passage.citation).toMatch(/alinea's 1–2$/);
  });

  it('rejects an unknown block and bad ranges with Dutch messages', () => {
    expect(() => createPassage(letter, range('b9', 0, 'b9', 1), counterIds())).toThrow(/Alinea "b9" bestaat niet in de brief "brief.txt"/);
    expect(() => createPassage(letter, range('b1', 10, 'b1', 10), counterIds())).toThrow(/selectie in alinea 2 is leeg/);
    expect(() => createPassage(letter, range('b1', 0, 'b1', 99), counterIds())).toThrow(/positie 99 ligt buiten alinea 2/);
    expect(() => createPassage(letter, range('b2', 0, 'b1', 5), counterIds())).toThrow(DossierError);
  });
});
