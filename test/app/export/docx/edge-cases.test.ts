import { describe, expect, it } from 'vitest';

import { emptyBriefing } from '../../../../app/briefing/model';
import { briefingToDocx } from '../../../../app/export/docx/index';
import { footnoteReferenceIds, footnotesOf, paragraphsOf, readDocx } from './read-docx';

describe('briefingToDocx edge cases', () => {
  it('writes an empty briefing as a document without notes, comments or title block', async () => {
    const parts = readDocx(await briefingToDocx(emptyBriefing()));
    expect(paragraphsOf(parts['word/document.xml']!).filter((paragraph) => paragraph.text !== '')).toEqual([]);
    expect(footnoteReferenceIds(parts['word/document.xml']!)).toEqual([]);
    expect(footnotesOf(parts['word/footnotes.xml'] ?? '').size).toBe(0);
    expect(parts['word/comments.xml'] ?? '').not.toContain('<w:comment ');
    expect(parts['docProps/core.xml']).toContain('<dc:creator>Dossier</dc:creator>');
  });

  it('skips references to unknown notes without breaking the numbering, and leaves unanchored annotations out', async () => {
    const briefing = emptyBriefing();
    briefing.footnotes = [
      { id: 'a', origin: 'user', text: 'Eerste noot.' },
      { id: 'b', origin: 'user', text: 'Tweede noot.' },
    ];
    briefing.annotations = [
      { id: 'loose', author: 'X', date: '2026-01-01T00:00:00Z', text: 'Nergens verankerd.' },
      { id: 'kept', author: 'Y', date: 'geen datum', text: 'Verankerd.' },
    ];
    briefing.body = [
      {
        type: 'paragraph',
        children: [
          { type: 'text', text: 'Een' },
          { type: 'footnote-ref', footnote: 'a' },
          { type: 'text', text: ' twee', comments: ['kept', 'unknown'] },
          { type: 'footnote-ref', footnote: 'weg' },
          { type: 'text', text: '\nregel drie' },
          { type: 'footnote-ref', footnote: 'b' },
        ],
      },
    ];
    const before = Date.now();
    const parts = readDocx(await briefingToDocx(briefing));
    const after = Date.now();
    const document = parts['word/document.xml']!;
    expect(footnoteReferenceIds(document)).toEqual([1, 2]);
    expect([...footnotesOf(parts['word/footnotes.xml']!).values()]).toEqual([[' Eerste noot.'], [' Tweede noot.']]);
    // The soft line break inside a run becomes w:br, not a new paragraph.
    expect(paragraphsOf(document)).toHaveLength(1);
    expect(document).toContain('<w:r><w:br/><w:t xml:space="preserve">regel drie</w:t></w:r>');
    // Only the anchored annotation is written; an unreadable date becomes the time of export (docx's default).
    const comments = [
      ...parts['word/comments.xml']!.matchAll(/<w:comment w:id="(\d+)" w:initials="(\w*)" w:author="(\w*)" w:date="([^"]+)">/g),
    ];
    // The comment id follows the two footnote ids (issue 17: LibreOffice confuses equal ids).
    expect(comments.map((match) => match.slice(1, 4))).toEqual([['3', 'Y', 'Y']]);
    const written = Date.parse(comments[0]![4]!);
    expect(written >= before && written <= after).toBe(true);
    expect(document.match(/<w:commentRangeStart w:id="\d+"\/>/g)).toEqual(['<w:commentRangeStart w:id="3"/>']);
  });
});
