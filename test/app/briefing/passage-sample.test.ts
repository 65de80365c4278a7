import { describe, expect, it } from 'vitest';

import { counterIds } from '../../../app/briefing/ids';
import { bodyParagraphNumbers } from '../../../app/briefing/locator';
import { emptyBriefing } from '../../../app/briefing/model';
import { createPassage } from '../../../app/briefing/passage';
import { checkQuotes } from '../../../app/briefing/quotes';
import { trimPassage } from '../../../app/briefing/trim';
import { loadSampleCorpus } from './sample-corpus';

const letters = loadSampleCorpus();
const letter = (prefix: string) => letters.find((candidate) => candidate.file.startsWith(prefix))!;

describe('createPassage on the sample letters', () => {
  const brief000 = letter('000');
  const statement = brief000.footnotes.find((note) => note.text.startsWith('Joint Statement of European Leaders'))!;
  const block = brief000.blocks.find((candidate) => candidate.notes.some((anchor) => anchor.footnote === statement.id))!;
  const anchor = block.notes.find((candidate) => candidate.footnote === statement.id)!.offset;

  it('quotes the paragraph of 000 holding the Joint Statement note, with that note verbatim', () => {
    const { passage, footnotes } = createPassage(
      brief000,
      { start: { block: block.id, offset: 0 }, end: { block: block.id, offset: block.text.length } },
      counterIds(),
    );
    expect(footnotes).toEqual([
      {
        id: 'n1',
        origin: 'quote',
        text: 'Joint Statement of European Leaders from the Meeting in Berlin, 15 december 2025',
        source: { file: '000_b4e4b4ff528499ed.txt', footnote: statement.id },
      },
    ]);
    expect(passage.parts[0]!.text).toBe(block.text);
    expect(passage.parts[0]!.text.slice(0, anchor).endsWith('economische herstelmaatregelen.')).toBe(true);
    expect(passage.parts[0]!.children).toEqual([
      { type: 'text', text: block.text.slice(0, anchor) },
      { type: 'footnote-ref', footnote: 'n1' },
      { type: 'text', text: block.text.slice(anchor) },
    ]);
    expect(passage.citation).toBe(
      `Kamerstukken II 2025/26, 36 045, nr. 264, alinea ${bodyParagraphNumbers(brief000.blocks)[brief000.blocks.indexOf(block)]}`,
    );
  });

  it('a selection across the marker takes the note along; one ending before it does not', () => {
    const across = createPassage(
      brief000,
      { start: { block: block.id, offset: anchor - 31 }, end: { block: block.id, offset: anchor + 7 } },
      counterIds(),
    );
    expect(across.passage.parts[0]!.children).toEqual([
      { type: 'text', text: 'economische herstelmaatregelen.' },
      { type: 'footnote-ref', footnote: 'n1' },
      { type: 'text', text: ' De VS ' },
    ]);
    expect(across.footnotes[0]!.text).toBe(statement.text);
    const before = createPassage(
      brief000,
      { start: { block: block.id, offset: anchor - 31 }, end: { block: block.id, offset: anchor - 1 } },
      counterIds(),
    );
    expect(before.footnotes).toEqual([]);
  });

  it('a selection across two blocks of 000 gives two verbatim parts', () => {
    const first = brief000.blocks[1]!;
    const second = brief000.blocks[2]!;
    const { passage, footnotes } = createPassage(
      brief000,
      { start: { block: first.id, offset: 0 }, end: { block: second.id, offset: 25 } },
      counterIds(),
    );
    expect(passage.parts.map((part) => part.text)).toEqual([first.text, 'De afgelopen weken is het']);
    expect(footnotes.map((note) => note.text)).toEqual(['Kamerstuk 36 045 nr. 215']);
    // Blocks 1 and 2 are the first two body paragraphs (block 0, the salutation, is not counted).
    expect(passage.citation).toBe("Kamerstukken II 2025/26, 36 045, nr. 264, alinea's 1–2");
  });

  it('a paragraph of 004 with three notes keeps them in order, and checks as faithful once trimmed', () => {
    const brief004 = letter('004');
    const busy = brief004.blocks.find((candidate) => candidate.notes.length === 3)!;
    const created = createPassage(
      brief004,
      { start: { block: busy.id, offset: 0 }, end: { block: busy.id, offset: busy.text.length } },
      counterIds(),
    );
    expect(created.footnotes.map((note) => note.source!.footnote)).toEqual(busy.notes.map((anchor) => anchor.footnote));
    expect(created.footnotes.map((note) => note.text)).toEqual(
      busy.notes.map((anchor) => brief004.footnotes.find((note) => note.id === anchor.footnote)!.text),
    );
    const { passage, droppedFootnotes } = trimPassage(created.passage, 0, busy.notes[1]!.offset + 1, busy.text.length);
    expect(droppedFootnotes).toEqual(['n1', 'n2']);
    const briefing = { ...emptyBriefing(), body: [passage], footnotes: created.footnotes.slice(2) };
    const byFile = new Map(letters.map((candidate) => [candidate.file, candidate]));
    expect(checkQuotes(briefing, (file) => byFile.get(file))).toEqual([
      { passage: passage.id, status: 'faithful', message: 'Het citaat klopt met de brief.' },
    ]);
  });
});
