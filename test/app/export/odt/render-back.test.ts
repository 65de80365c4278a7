import { beforeAll, describe, expect, it } from 'vitest';

import type { BodyBlock, Briefing } from '../../../../app/briefing/model';
import { numberNotes } from '../../../../app/briefing/notes';
import { briefingToOdt } from '../../../../app/export/odt';
import { briefingToPdf } from '../../../../app/export/pdf';
import { loadSampleLetters } from '../../../../bench/fixtures/large-briefing';
import { libreOfficeMissing, odtToPdfPages, pdfFilePages } from '../docx/libreoffice';
import { HEADING_PREFIX, paginationBriefing } from '../docx/pagination-fixture';
import { loadFonts, writePdf } from '../pdf/pdf-tools';

if (libreOfficeMissing) console.warn(`ODT render-back (LibreOffice) skipped: ${libreOfficeMissing}.`);

const SECTIONS = 24;

/**
 * The pagination briefing (headings, paragraphs of varying length, long passages over page ends)
 * with citations as footnotes, a user note in every third paragraph, a comment on one paragraph,
 * and every fourth heading followed directly by its passage.
 */
function parityBriefing(): Briefing {
  const briefing = paginationBriefing(loadSampleLetters(), SECTIONS);
  briefing.citationStyle = 'footnote';
  briefing.annotations = [{ id: 'a1', author: 'Jan de Vries', date: '2026-01-07T09:30:00Z', text: 'Klopt dit?' }];
  const body: BodyBlock[] = [];
  let paragraphs = 0;
  briefing.body.forEach((block, index) => {
    const next = briefing.body[index + 1];
    const previous = briefing.body[index - 1];
    // Heading → passage: the paragraph between them left out every fourth section.
    if (block.type === 'paragraph' && previous?.type === 'heading' && next?.type === 'passage' && index % 4 === 1) return;
    if (block.type === 'paragraph') {
      paragraphs++;
      if (paragraphs % 3 === 0) {
        const id = `n${paragraphs}`;
        briefing.footnotes.push({ id, origin: 'user', text: `Eigen noot bij alinea ${paragraphs}.` });
        block.children.push({ type: 'footnote-ref', footnote: id });
      }
      if (paragraphs === 2)
        block.children = block.children.map((child) => (child.type === 'text' ? { ...child, comments: ['a1'] } : child));
    }
    body.push(block);
  });
  briefing.body = body;
  return briefing;
}

/**
 * Text as compared here: NFC, white space collapsed, and no space after a hyphen (a line broken
 * after "F-" reads "F- 35" once lines are joined; applied to both sides, it only stops telling
 * "herstel- en" from "herstel-en").
 */
const collapse = (text: string) => text.normalize('NFC').replace(/\s+/g, ' ').replace(/- /g, '-');
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Where each note ("N text", LibreOffice may print no space after the number) first appears in `text`, in order; -1 when missing. */
function notePositions(text: string, notes: ReadonlyArray<{ number: number; text: string }>): number[] {
  let from = 0;
  return notes.map((note) => {
    const match = new RegExp(`(?<!\\d)${note.number} ?${escape(collapse(note.text))}`).exec(text.slice(from));
    if (!match) return -1;
    from += match.index + match[0].length;
    return from;
  });
}

describe.skipIf(libreOfficeMissing !== null)('the ODT export rendered by LibreOffice (parity with the PDF export)', () => {
  const briefing = parityBriefing();
  const notes = numberNotes(briefing);
  let odtPages: string[][] = [];
  let odtText = '';
  let pdfText = '';
  beforeAll(async () => {
    odtPages = await odtToPdfPages(briefingToOdt(briefing, { now: new Date('2026-01-09T10:00:00Z') }));
    odtText = collapse(odtPages.flat().join(' '));
    const pdf = writePdf(await briefingToPdf(briefing, loadFonts()), 'odt-parity.pdf');
    pdfText = collapse((await pdfFilePages(pdf)).flat().join(' '));
  }, 120_000);

  it('prints every note under its own number, in order, as the PDF export does', () => {
    expect(notes.length).toBeGreaterThan(SECTIONS / 2);
    expect(notes.filter((note) => note.kind === 'user').length).toBeGreaterThan(3);
    for (const [name, text] of [
      ['ODT', odtText],
      ['PDF', pdfText],
    ] as const) {
      const positions = notePositions(text, notes);
      notes.forEach((note, index) => expect(positions[index], `${name}: note ${note.number} "${note.text}"`).toBeGreaterThan(-1));
    }
  });

  it('never ends a page with a heading: its next block starts on the same page (keep-with-next)', () => {
    expect(odtPages.length).toBeGreaterThan(3);
    const blocks = briefing.body;
    blocks.forEach((block, index) => {
      if (block.type !== 'heading') return;
      const heading = (block.children[0] as { text: string }).text;
      const next = blocks[index + 1]!;
      const nextText =
        next.type === 'passage' ? next.parts[0]!.text : next.type === 'paragraph' ? (next.children[0] as { text: string }).text : '';
      const opening = collapse(nextText).split(' ').slice(0, 3).join(' ');
      const page = odtPages.findIndex((lines) => lines.includes(heading));
      expect(page, heading).toBeGreaterThan(-1);
      expect(collapse(odtPages[page]!.join(' ')), `${heading} (page ${page + 1}) is followed on its page by "${opening}"`).toContain(
        opening,
      );
    });
    expect(odtPages.flat().filter((line) => line.startsWith(HEADING_PREFIX))).toHaveLength(SECTIONS);
  });

  it('prints every passage verbatim, a passage broken over a page end too', () => {
    // Page furniture and the notes at the page foot stand between a page's last line and the next page's first.
    let body = odtPages.map((lines) => lines.filter((line) => !/^Pagina \d+ van \d+$/.test(line)).join(' ')).join(' ');
    body = collapse(body);
    for (const note of [...notes].reverse()) body = body.replace(new RegExp(`(?<!\\d)${note.number} ?${escape(collapse(note.text))}`), ' ');
    body = collapse(body);
    const passages = briefing.body.filter((block) => block.type === 'passage');
    expect(passages.length).toBeGreaterThan(5);
    for (const passage of passages) expect(body, passage.id).toContain(collapse(passage.parts[0]!.text));
    // At least one passage runs over a page end (its first and last words on different pages).
    const pageOf = (words: string) => odtPages.findIndex((lines) => collapse(lines.join(' ')).includes(words));
    const broken = passages.filter((passage) => {
      const words = collapse(passage.parts[0]!.text).split(' ');
      return pageOf(words.slice(0, 4).join(' ')) < pageOf(words.slice(-4).join(' '));
    });
    expect(broken.length).toBeGreaterThan(0);
  });
});
