import { describe, expect, it } from 'vitest';

import { assembleBriefing } from '../../../../app/briefing/assemble';
import { numberNotes } from '../../../../app/briefing/notes';
import { briefingToDocx } from '../../../../app/export/docx/index';
import { loadSampleLetters } from '../../../../bench/fixtures/large-briefing';
import { docxToPdfText, libreOfficeMissing } from './libreoffice';
import { commentedText, footnoteReferenceIds, footnotesOf, paragraphsOf, readDocx } from './read-docx';

const letters = loadSampleLetters();

/** Every block with footnotes from all five letters, plus the first plain paragraph of each, quoted whole. */
function fiveLetterBriefing() {
  const quotes = letters.flatMap((letter) =>
    letter.blocks.flatMap((block, blockIndex) =>
      block.notes.length > 0 || blockIndex === letter.blocks.findIndex((b) => b.kind === 'paragraph' && b.notes.length === 0)
        ? [{ file: letter.file, blockIndex }]
        : [],
    ),
  );
  return assembleBriefing(letters, quotes, [{ quote: 1, text: 'Eerst deze brief lezen.' }], {
    title: 'Vijf brieven over Oekraïne',
    author: 'Test',
    now: '2026-02-01T12:00:00Z',
  });
}

describe('briefingToDocx with passages from all five sample letters', () => {
  const briefing = fiveLetterBriefing();
  const notes = numberNotes(briefing);

  it('quotes from every letter, with each letter footnote verbatim as a Word footnote in document order', async () => {
    expect(new Set(briefing.body.map((block) => (block.type === 'passage' ? block.source.file : '')))).toEqual(
      new Set(letters.map((letter) => letter.file)),
    );
    const parts = readDocx(await briefingToDocx(briefing));
    const document = parts['word/document.xml']!;
    expect(footnoteReferenceIds(document)).toEqual(notes.map((note) => note.number));

    const footnotes = footnotesOf(parts['word/footnotes.xml']!);
    const letterNotes = new Map(letters.flatMap((letter) => letter.footnotes.map((note) => [`${letter.file}#${note.id}`, note.text])));
    const byBriefingId = new Map(briefing.footnotes.map((note) => [note.id, note]));
    let quoted = 0;
    for (const note of notes) {
      const lines = footnotes.get(note.number)!;
      if (note.kind === 'quote') {
        const source = byBriefingId.get(note.ref)!.source!;
        // The letter's own note text, straight from the parsed corpus.
        expect(lines.join('\n')).toBe(` ${letterNotes.get(`${source.file}#${source.footnote}`)}`);
        quoted += 1;
      } else {
        expect(lines.join('\n')).toBe(` ${note.text}`);
      }
    }
    expect(quoted).toBe(
      letters.reduce((sum, letter) => sum + new Set(letter.blocks.flatMap((b) => b.notes.map((n) => n.footnote))).size, 0),
    );

    const quoteTexts = paragraphsOf(document)
      .filter((paragraph) => paragraph.style === 'Quote')
      .map((paragraph) => paragraph.text);
    expect(quoteTexts.some((text) => text.includes('de motie Timmermans-Yeşilgöz, zal het kabinet'))).toBe(true);
    // The annotation covers the whole first passage.
    const first = briefing.body.find((block) => block.type === 'passage')!;
    // Comment ids follow the footnote ids (issue 17).
    expect(commentedText(document, footnoteReferenceIds(document).length + 1)).toBe(
      first.type === 'passage' ? first.parts.map((part) => part.text).join('') : '',
    );
  });

  it.skipIf(libreOfficeMissing !== null)('renders in LibreOffice with the passages and all note texts', async () => {
    const withoutComments = { ...fiveLetterBriefing(), annotations: [] }; // see libreoffice.test.ts
    const text = await docxToPdfText(await briefingToDocx(withoutComments));
    expect(text).toContain('Timmermans-Yeşilgöz');
    for (const note of notes) expect(text).toContain(note.text.replace(/\s+/g, ' ').trim());
  });
});
