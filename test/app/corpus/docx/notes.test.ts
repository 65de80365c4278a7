import { describe, expect, it } from 'vitest';

import { parseDocx } from '../../../../app/corpus/docx/parse-docx';
import { enRef, fnRef, makeDocx, note, p, run, separators } from './make-docx';

const read = (bytes: Uint8Array) => parseDocx(bytes, 'brief.docx', 'hash');

/** Text of the block holding `footnote`, cut at the anchor: the words the reference stands after. */
const before = (letter: ReturnType<typeof read>, footnote: string) => {
  const block = letter.blocks.find((b) => b.notes.some((n) => n.footnote === footnote))!;
  return block.text.slice(0, block.notes.find((n) => n.footnote === footnote)!.offset);
};

describe('parseDocx: footnotes and endnotes', () => {
  it.each([
    ['Word (separators -1 and 0, notes from 1)', [-1, 0] as [number, number], 1],
    ['Google Docs (notes from 0, separators under other ids)', [98, 99] as [number, number], 0],
    ['LibreOffice (separators 0 and 1, notes from 2)', [0, 1] as [number, number], 2],
  ])('skips separator notes by type, whatever their ids: %s', (_, ids, first) => {
    const letter = read(
      makeDocx({
        body: p('Eerste zin.', fnRef(first), ' Tweede zin.', fnRef(first + 1)),
        footnotes:
          separators('footnote', ids) +
          note('footnote', first, ' Kamerstuk 36 045, nr. 264.') +
          note('footnote', first + 1, 'Tweede noot.'),
      }),
    );
    expect(letter.format).toBe('docx');
    expect(letter.footnotes).toEqual([
      { id: `fn${first}`, label: '1', text: 'Kamerstuk 36 045, nr. 264.' },
      { id: `fn${first + 1}`, label: '2', text: 'Tweede noot.' },
    ]);
    expect(before(letter, `fn${first}`)).toBe('Eerste zin.');
    expect(before(letter, `fn${first + 1}`)).toBe('Eerste zin. Tweede zin.');
  });

  it('numbers notes in order of appearance, not by id, and a note referenced twice once', () => {
    const letter = read(
      makeDocx({
        body: p('A', fnRef(7)) + p('B', fnRef(3), 'C', fnRef(7)),
        footnotes: separators('footnote') + note('footnote', 3, 'drie') + note('footnote', 7, 'zeven'),
      }),
    );
    expect(letter.footnotes.map((f) => [f.id, f.label, f.text])).toEqual([
      ['fn7', '1', 'zeven'],
      ['fn3', '2', 'drie'],
    ]);
  });

  it('keeps footnotes and endnotes apart when they share an id; endnotes in lower-case Roman by default', () => {
    const letter = read(
      makeDocx({
        body: p('Voetnoot hier', fnRef(1), ' en eindnoot hier', enRef(1), ', nog een', enRef(2), '.'),
        footnotes: separators('footnote') + note('footnote', 1, 'De voetnoot.'),
        endnotes: separators('endnote') + note('endnote', 1, 'De eerste eindnoot.') + note('endnote', 2, 'De tweede eindnoot.'),
      }),
    );
    expect(letter.footnotes).toEqual([
      { id: 'fn1', label: '1', text: 'De voetnoot.' },
      { id: 'en1', label: 'i', text: 'De eerste eindnoot.' },
      { id: 'en2', label: 'ii', text: 'De tweede eindnoot.' },
    ]);
    expect(before(letter, 'en1')).toBe('Voetnoot hier en eindnoot hier');
    expect(before(letter, 'en2')).toBe('Voetnoot hier en eindnoot hier, nog een');
  });

  it('follows the number format and start the document sets (settings, then the section)', () => {
    const letter = read(
      makeDocx({
        body: p('a', fnRef(1), 'b', enRef(1)) + '<w:sectPr><w:endnotePr><w:numFmt w:val="upperLetter"/></w:endnotePr></w:sectPr>',
        settings: '<w:footnotePr><w:numFmt w:val="lowerRoman"/><w:numStart w:val="3"/></w:footnotePr>',
        footnotes: separators('footnote') + note('footnote', 1, 'f'),
        endnotes: separators('endnote') + note('endnote', 1, 'e'),
      }),
    );
    expect(letter.footnotes.map((f) => f.label)).toEqual(['iii', 'A']);
  });

  it('labels a note with its custom mark, which takes no number and is not body text', () => {
    const letter = read(
      makeDocx({
        body: p('Zie hier', '<w:r><w:footnoteReference w:customMarkFollows="1" w:id="1"/><w:t>*</w:t></w:r>', ' en daar', fnRef(2), '.'),
        footnotes: separators('footnote') + note('footnote', 1, 'Sterretje.') + note('footnote', 2, 'Genummerd.'),
      }),
    );
    expect(letter.blocks[0]!.text).toBe('Zie hier en daar.');
    expect(letter.footnotes).toEqual([
      { id: 'fn1', label: '*', text: 'Sterretje.' },
      { id: 'fn2', label: '1', text: 'Genummerd.' },
    ]);
  });

  it('joins a note of several paragraphs with newlines and trims its leading tab', () => {
    const letter = read(
      makeDocx({
        body: p('Tekst', fnRef(2)),
        footnotes:
          separators('footnote') +
          `<w:footnote w:id="2"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:tab/><w:t>Eerste alinea,</w:t></w:r></w:p><w:p>${run('tweede alinea.')}</w:p></w:footnote>`,
      }),
    );
    expect(letter.footnotes[0]!.text).toBe('Eerste alinea,\ntweede alinea.');
  });

  it('extracts citations from note text, as for text letters', () => {
    const letter = read(
      makeDocx({
        body: p('Zoals gemeld', fnRef(1), '.'),
        footnotes: separators('footnote') + note('footnote', 1, 'Kamerstuk 36 045, nr. 264.'),
      }),
    );
    expect(letter.citations).toEqual([
      { text: expect.stringContaining('36 045'), key: 'kst-36045-264', block: 'b0', footnote: 'fn1', target: null },
    ]);
  });
});
