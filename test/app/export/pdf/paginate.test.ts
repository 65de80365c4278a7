import { beforeAll, describe, expect, it } from 'vitest';

import type { Briefing } from '../../../../app/briefing/model';
import { numberNotes } from '../../../../app/briefing/notes';
import { briefingToPdf } from '../../../../app/export/pdf';
import type { Line, Para } from '../../../../app/export/pdf/layout';
import { paginate } from '../../../../app/export/pdf/paginate';
import { BODY_BOTTOM, MARGIN, NOTE_BAND } from '../../../../app/export/pdf/styles';
import type { Word } from './pdf-tools';
import { collapse, loadFonts, loadLetters, pageCount, pageText, pageWords, writePdf } from './pdf-tools';
import { blocksWithNotes, passageOf, sampleBriefing } from './sample-briefing';

const para: Para = { style: 'body', tag: 'P', parents: [], runs: [], spaceAfter: 0 };
const line = (notes: number[] = [], height = 12): Line => ({ para, fragments: [], x: 72, height, notes, first: true, last: true });

describe('paginate', () => {
  it('moves a line to the next page when its notes do not fit below it', () => {
    const notes = new Map([[1, Array.from({ length: 10 }, () => line([], 10))]]);
    const filler = Array.from({ length: 50 }, () => ({ para, lines: [line()] }));
    const pages = paginate([...filler, { para, lines: [line([1])] }], notes);
    // 50 lines of 12 pt fill 600 of the 697.9 pt page; the note band needs 110 pt more.
    expect(pages).toHaveLength(2);
    expect(pages[0]!.lines).toHaveLength(50);
    expect(pages[1]!.lines).toHaveLength(1);
    expect(pages[1]!.noteLines.map((l) => l.note)).toEqual(Array(10).fill(1));
    expect(pages[1]!.bandTop).toBeCloseTo(BODY_BOTTOM - NOTE_BAND.gap - 100);
  });

  it('continues a note longer than a page on the next page, before any later note', () => {
    const notes = new Map([
      [1, Array.from({ length: 100 }, () => line([], 10))],
      [2, [line([], 10)]],
    ]);
    const pages = paginate([{ para, lines: [line([1]), line(), line([2])] }], notes);
    const first = pages[0]!.noteLines.length;
    expect(first).toBeGreaterThan(30);
    expect(pages[0]!.lines).toHaveLength(1);
    expect(pages[1]!.noteLines[0]!.note).toBe(1);
    const onPage = pages.map((p) => p.noteLines.length);
    expect(onPage.reduce((a, b) => a + b, 0)).toBe(101);
    // Note 2 stands on the page of its reference, after the end of note 1.
    const refPage = pages.findIndex((p) => p.lines.some((l) => l.line.notes.includes(2)));
    expect(pages[refPage]!.noteLines.at(-1)!.note).toBe(2);
    for (const page of pages) {
      const bodyEnd = Math.max(MARGIN.top, ...page.lines.map((l) => l.y + l.line.height));
      if (page.bandTop !== undefined) expect(bodyEnd).toBeLessThanOrEqual(page.bandTop);
    }
  });
});

const isDigits = (w: Word) => /^\d+$/.test(w.text);
/** Superscript reference numbers: 6.5 pt digits in the text column; consecutive ones read `7,8`. */
const refsOn = (words: Word[]) =>
  words
    .filter((w) => /^\d+(,\d+)*$/.test(w.text) && w.yMax - w.yMin < 8 && w.xMax < 524 && w.yMin > 60)
    .flatMap((w) => w.text.split(',').map(Number));
/** Note numbers: 8 pt digits in the notes' label column. */
const noteLabelsOn = (words: Word[]) =>
  words.filter((w) => isDigits(w) && w.xMin < 73 && w.yMax - w.yMin > 8.5 && w.yMax - w.yMin < 9.5).map((w) => Number(w.text));

describe('footnotes in the PDF', () => {
  let briefing: Briefing;
  let path: string;
  let pages: number;

  beforeAll(async () => {
    briefing = sampleBriefing(loadLetters());
    path = writePdf(await briefingToPdf(briefing, loadFonts()), 'footnotes.pdf');
    pages = pageCount(path);
  });

  it('puts every footnote, verbatim, at the foot of the page that holds its reference', () => {
    const notes = numberNotes(briefing);
    expect(notes.length).toBeGreaterThanOrEqual(20);
    expect(pages).toBeGreaterThanOrEqual(3);
    const refPage = new Map<number, number>();
    const notePage = new Map<number, number>();
    for (let page = 1; page <= pages; page++) {
      const words = pageWords(path, page);
      for (const n of refsOn(words)) refPage.set(n, page);
      for (const n of noteLabelsOn(words)) notePage.set(n, page);
    }
    for (const note of notes) {
      expect(refPage.get(note.number), `reference ${note.number}`).toBeDefined();
      expect(notePage.get(note.number), `note ${note.number}`).toBe(refPage.get(note.number));
      expect(pageText(path, notePage.get(note.number))).toContain(collapse(note.text));
    }
    // The first note of the first passage quoted from letter 000 is its "Kamerstuk 36 045 nr. 215".
    expect(notes.find((n) => n.text === 'Kamerstuk 36 045 nr. 215')).toBeDefined();
  });

  it('keeps the body above the note band on every page', () => {
    for (let page = 1; page <= pages; page++) {
      const words = pageWords(path, page).filter((w) => w.yMin > 60 && w.yMin < 780 && w.xMax < 524);
      const noteWords = words.filter((w) => w.yMax - w.yMin > 8.5 && w.yMax - w.yMin < 9.5);
      const bodyWords = words.filter((w) => !noteWords.includes(w));
      if (!noteWords.length) continue;
      const bodyBottom = Math.max(...bodyWords.map((w) => w.yMax));
      const notesTop = Math.min(...noteWords.map((w) => w.yMin));
      expect(bodyBottom, `page ${page}`).toBeLessThan(notesTop);
    }
  });

  it('continues a very long note on the next page', async () => {
    const letters = loadLetters();
    const long = letters[4]!;
    const paragraphs = long.blocks
      .filter((b) => b.kind === 'paragraph' && b.text.length > 300)
      .slice(0, 12)
      .map((b) => b.text);
    const text = paragraphs.join('\n');
    const ids = (() => {
      let n = 0;
      return () => `l${++n}`;
    })();
    const { passage, footnotes } = passageOf(letters[0]!, blocksWithNotes(letters[0]!)[0]!, ids);
    const b: Briefing = { ...sampleBriefing(letters), body: [], footnotes: [...footnotes, { id: 'long', origin: 'user', text }] };
    b.annotations = [];
    b.body = [
      {
        type: 'paragraph',
        children: [
          { type: 'text', text: 'Een toelichting met een zeer lange eigen noot' },
          { type: 'footnote-ref', footnote: 'long' },
          { type: 'text', text: '.' },
        ],
      },
      passage,
    ];
    const file = writePdf(await briefingToPdf(b, loadFonts()), 'long-note.pdf');
    const first = collapse(paragraphs[0]!);
    const last = collapse(paragraphs.at(-1)!);
    expect(pageText(file, 1)).toContain(first);
    expect(pageText(file, 1)).not.toContain(last);
    expect(pageText(file, 2)).toContain(last);
    expect(noteLabelsOn(pageWords(file, 1))).toContain(1);
    // The continuation has no number of its own; the passage's notes (2 …) follow on page 2 or later.
    expect(noteLabelsOn(pageWords(file, 2))).not.toContain(1);
  });
});
