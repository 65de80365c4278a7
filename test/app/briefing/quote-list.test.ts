import { describe, expect, it } from 'vitest';

import { parseBriefingFile, serializeBriefing } from '../../../app/briefing/file-format';
import { fileVersionOf } from '../../../app/briefing/file-version';
import { counterIds } from '../../../app/briefing/ids';
import type { Passage } from '../../../app/briefing/model';
import { createPassage } from '../../../app/briefing/passage';
import { noteTextSegments, partIndentLevel, partLabel } from '../../../app/briefing/passage-label';
import { checkQuotes } from '../../../app/briefing/quotes';
import { trimPassage } from '../../../app/briefing/trim';
import { richBriefing } from './briefing-fixture';
import { sampleLetter } from './letter-fixture';
import { quoteListBriefing, quoteListLetter } from './quote-list-fixture';

// Issue 13 (session 9 tester): quoted list items keep their label and level, quoted notes their links.

const passageAt = (index: number): Passage => quoteListBriefing().body[index] as Passage;

describe('quoting a Word list', () => {
  it('each part keeps its item label verbatim and its level; a number label in the quoted text is not printed twice', () => {
    const letter = quoteListLetter();
    const parts = passageAt(0).parts;
    expect(parts.map((part) => [part.block, part.text, part.label, part.level])).toEqual(
      ['b2', 'b3', 'b4', 'b5', 'b6'].map((id) => {
        const block = letter.blocks.find((b) => b.id === id)!;
        return [id, block.text, block.label, block.level];
      }),
    );
    expect(parts.map((part) => part.text)).toEqual([
      '1. Meer steun voor luchtverdediging.',
      '2. Een fonds voor de wederopbouw:',
      'herstel van de energie-infrastructuur;',
      'herbouw van scholen.',
      '3. Verlenging van de sancties.',
    ]);
    expect(parts.map((part) => [part.label, part.level])).toEqual(
      expect.arrayContaining([
        ['1.', undefined],
        ['3.', undefined],
      ]),
    );
    expect(parts.map(partIndentLevel)).toEqual([0, 0, 1, 1, 0]);
    // Numbers are in the quoted text already; the bullets (labels from the letter's numbering) are printed apart.
    expect(parts.map(partLabel)).toEqual([null, null, parts[2]!.label ?? null, parts[3]!.label ?? null, null]);
  });

  it('a quote starting after the number leaves it out (the user cut it); the part still records the label', () => {
    const letter = quoteListLetter();
    const { passage } = createPassage(letter, { start: { block: 'b6', offset: 3 }, end: { block: 'b6', offset: 13 } }, counterIds());
    expect(passage.parts[0]).toMatchObject({ text: 'Verlenging', label: '3.' });
    expect(partLabel(passage.parts[0]!)).toBeNull();
    expect(fileVersionOf({ ...quoteListBriefing(letter), body: [passage], footnotes: [] })).toBe(1);
  });

  it('a bullet item of a hand-made letter: its label is printed, its level indents (at most four steps)', () => {
    const letter = sampleLetter({
      blocks: [
        { id: 'b0', kind: 'list-item', text: 'Eerste punt', notes: [], label: '•' },
        { id: 'b1', kind: 'list-item', text: 'Diep punt', notes: [], label: '▪', level: 7 },
        { id: 'b2', kind: 'heading', text: '1 Inleiding', notes: [], label: '1' },
      ],
    });
    const { passage } = createPassage(letter, { start: { block: 'b0', offset: 0 }, end: { block: 'b2', offset: 11 } }, counterIds());
    expect(passage.parts.map(partLabel)).toEqual(['•', '▪', null]);
    expect(passage.parts.map(partIndentLevel)).toEqual([0, 4, 0]);
    expect(passage.parts[1]!.level).toBe(7);
  });

  it('trimming keeps the label field (a cut number is not printed again); the quote check is unaffected by labels', () => {
    const letter = quoteListLetter();
    const { passage } = trimPassage(passageAt(0), 4, 3, 13);
    expect(passage.parts.at(-1)).toMatchObject({ label: '3.', text: 'Verlenging', omittedBefore: true });
    expect(partLabel(passage.parts.at(-1)!)).toBeNull();
    const briefing = quoteListBriefing(letter);
    const lookup = (file: string) => (file === letter.file ? letter : undefined);
    expect(checkQuotes(briefing, lookup).map((result) => result.status)).toEqual(['faithful', 'faithful']);
  });
});

describe('quoted notes keep their links', () => {
  it('the note of a quoted paragraph holds the Word note link as a range of its text', () => {
    const briefing = quoteListBriefing();
    expect(briefing.footnotes).toEqual([
      {
        id: expect.any(String),
        origin: 'quote',
        text: 'Rapport op rijksoverheid.nl, blz. 4.',
        source: { file: 'maatregelen.docx', footnote: expect.any(String) },
        links: [{ start: 11, end: 27, href: 'https://www.rijksoverheid.nl/rapport' }],
      },
    ]);
    expect(noteTextSegments(briefing.footnotes[0]!)).toEqual([
      { text: 'Rapport op ' },
      { text: 'rijksoverheid.nl', href: 'https://www.rijksoverheid.nl/rapport' },
      { text: ', blz. 4.' },
    ]);
  });

  it('a link to a bookmark or a disallowed scheme is left out; damaged ranges never lose or repeat words', () => {
    const letter = sampleLetter({
      footnotes: [
        {
          id: 'fn2',
          label: '1',
          text: 'Zie bijlage en site.',
          links: [
            { start: 4, end: 11, href: '#bijlage' },
            { start: 15, end: 19, href: 'javascript:alert(1)' },
          ],
        },
        { id: 'fn3', label: '2', text: 'Kamerstuk', links: [{ start: 0, end: 9, href: 'https://zoek.officielebekendmakingen.nl/' }] },
      ],
    });
    const { footnotes } = createPassage(letter, { start: { block: 'b1', offset: 0 }, end: { block: 'b1', offset: 52 } }, counterIds());
    expect(footnotes.map((note) => note.links)).toEqual([
      undefined,
      [{ start: 0, end: 9, href: 'https://zoek.officielebekendmakingen.nl/' }],
    ]);
    const damaged = {
      text: 'abcdef',
      links: [
        { start: 2, end: 4, href: 'https://a.nl' },
        { start: 3, end: 9, href: 'https://b.nl' },
      ],
    };
    expect(
      noteTextSegments(damaged)
        .map((s) => s.text)
        .join(''),
    ).toBe('abcdef');
    expect(noteTextSegments(damaged).filter((s) => s.href)).toEqual([{ text: 'cd', href: 'https://a.nl' }]);
  });
});

describe('.dossier version 4', () => {
  it('labels, levels and note links are saved as version 4 and read back unchanged', () => {
    const briefing = quoteListBriefing();
    expect(fileVersionOf(briefing)).toBe(4);
    const text = serializeBriefing(briefing);
    expect(JSON.parse(text).version).toBe(4);
    expect(text).toContain('"links": [');
    expect(parseBriefingFile(text)).toEqual({ briefing: { ...briefing, version: 4 }, notices: [] });
    expect(serializeBriefing(parseBriefingFile(text).briefing)).toBe(text);
  });

  it('a note link alone makes version 4; without labels, levels and links the version stays as it was', () => {
    const briefing = quoteListBriefing();
    const list = briefing.body[0] as Passage;
    const plain = {
      ...briefing,
      body: [{ ...list, parts: list.parts.map(({ label: _label, level: _level, ...part }) => part) }, briefing.body[1]!],
    };
    expect(fileVersionOf(plain)).toBe(4);
    expect(fileVersionOf({ ...plain, footnotes: plain.footnotes.map(({ links: _links, ...note }) => note) })).toBe(1);
    expect(fileVersionOf(richBriefing())).toBe(1);
  });

  it('an old (version 3) file with a quoted list item opens as it was: no label, no level', () => {
    const old = JSON.parse(serializeBriefing(quoteListBriefing()));
    old.version = 3;
    old.briefing.version = 3;
    for (const block of old.briefing.body) {
      for (const part of block.parts) {
        delete part.label;
        delete part.level;
      }
    }
    for (const note of old.briefing.footnotes) delete note.links;
    const { briefing, notices } = parseBriefingFile(JSON.stringify(old));
    expect(notices).toEqual([]);
    const parts = (briefing.body[0] as Passage).parts;
    expect(parts.map(partLabel)).toEqual([null, null, null, null, null]);
    expect(parts[0]!.text).toBe('1. Meer steun voor luchtverdediging.');
    expect(fileVersionOf(briefing)).toBe(1);
  });

  it('a note link to a disallowed address is refused when reading, naming the field', () => {
    const file = JSON.parse(serializeBriefing(quoteListBriefing()));
    file.briefing.footnotes[0].links[0].href = 'javascript:alert(1)';
    expect(() => parseBriefingFile(JSON.stringify(file))).toThrow(/footnotes\[0\]\.links\[0\]\.href/);
  });
});
