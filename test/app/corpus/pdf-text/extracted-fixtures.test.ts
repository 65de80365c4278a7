import { describe, expect, it } from 'vitest';

import { detectFormat, parseLetter } from '../../../../app/corpus';
import { sampleText } from '../samples';
import { around, expected, expectedAnchors, extraction, parseFixture, type Variant } from './fixtures';

/**
 * The same letters typeset by LibreOffice and extracted by poppler (plain, -layout, -nopgbrk)
 * and pdf.js: notes and anchors as in the Word text of the sample. Only the combinations that are
 * recovered whole are listed; the rest are covered by the counts below.
 */
const WHOLE: [string, Variant][] = [
  ['letter-000-us', 'pdftotext'],
  ['letter-000-us', 'layout'],
  ['letter-000-us', 'nopgbrk'],
  ['letter-000-us', 'pdfjs'],
  ['letter-001-a4', 'pdfjs'],
  ['answers-aanhangsel', 'pdftotext'],
  ['answers-aanhangsel', 'layout'],
  ['answers-aanhangsel', 'nopgbrk'],
  ['answers-aanhangsel', 'pdfjs'],
];

describe('PDF-extracted text: notes along their numbering', () => {
  it.each(WHOLE)('%s (%s): every note with its exact text and anchor, no phantom', (name, variant) => {
    const exp = expected(name);
    const parsed = parseFixture(name, variant);
    expect(parsed.footnotes.map((f) => f.text)).toEqual(exp.footnotes);
    expect(parsed.footnotes.map((f) => f.label)).toEqual(exp.footnotes.map((_, i) => String(i + 1)));
    const want = expectedAnchors(exp);
    const got = new Map<string, string>();
    for (const p of parsed.paragraphs) for (const n of p.notes) got.set(n.footnote.slice(2), around(p.text, n.offset));
    expect(got).toEqual(want);
    expect(parsed.problems).toEqual([]);
  });

  it.each(['pdftotext', 'layout', 'nopgbrk', 'pdfjs'] as Variant[])(
    'letter 004 (%s): all 34 notes anchored where Word has them',
    (variant) => {
      const exp = expected('letter-004-a4');
      const parsed = parseFixture('letter-004-a4', variant);
      expect(parsed.footnotes).toHaveLength(34);
      const want = expectedAnchors(exp);
      for (const p of parsed.paragraphs) for (const n of p.notes) expect(around(p.text, n.offset)).toBe(want.get(n.footnote.slice(2)));
      expect(parsed.paragraphs.flatMap((p) => p.notes)).toHaveLength(34);
      // The note poppler reads out of order (label 3 after the page's last note) is split back off note 2.
      expect(parsed.footnotes[1]!.text).toBe(exp.footnotes[1]);
      expect(parsed.footnotes[2]!.text).toBe(exp.footnotes[2]);
    },
  );

  it.each(['pdftotext', 'layout', 'nopgbrk', 'pdfjs'] as Variant[])('letter 004 (%s): every note text exact', (variant) => {
    // The Word text has a double space in note 9 that the typeset page cannot show.
    const want = expected('letter-004-a4').footnotes.map((t) => t.replace(/ {2,}/g, ' '));
    const parsed = parseFixture('letter-004-a4', variant);
    expect(parsed.footnotes.map((f) => f.text)).toEqual(want);
    expect(parsed.footnotes.map((f) => f.label)).toEqual(want.map((_, i) => String(i + 1)));
    expect(parsed.problems).toEqual([]);
  });

  it('reads a note body glued to its label when it opens with a document number (pdf.js: `21` + `2026Z00184.`)', () => {
    const parsed = parseFixture('letter-004-a4', 'pdfjs');
    expect(parsed.footnotes[20]).toMatchObject({ label: '21', text: '2026Z00184.' });
    expect(parsed.footnotes[19]!.text).toBe('Kamerstuk 36 045, nr. 265.');
  });

  it('keeps the page of every note (answers: two on page 1, four on page 2)', () => {
    expect(parseFixture('answers-aanhangsel', 'pdftotext').footnotes.map((f) => f.page)).toEqual([1, 1, 2, 2, 2, 2]);
    expect(parseFixture('answers-aanhangsel', 'pdfjs').footnotes.map((f) => f.page)).toEqual([1, 1, 2, 2, 2, 2]);
  });

  it('joins a paragraph cut by the page foot and removes the running footer and page number', () => {
    const exp = expected('answers-aanhangsel');
    const whole = exp.blocks.find((b) => b.text.startsWith('De NAVO is een defensief bondgenootschap'))!.text;
    for (const variant of ['pdftotext', 'layout', 'pdfjs'] as Variant[]) {
      const parsed = parseFixture('answers-aanhangsel', variant);
      expect(parsed.paragraphs.map((p) => p.text)).toContain(whole);
      expect(parsed.paragraphs.some((p) => /ah-tk-20252026|vergaderjaar 2025–2026, Aanhangsel/.test(p.text))).toBe(false);
    }
  });

  it('reads Vraag N / Antwoord as paragraphs of their own', () => {
    const texts = parseFixture('answers-aanhangsel', 'pdfjs').paragraphs.map((p) => p.text);
    expect(texts).toContain('Vraag 7');
    expect(texts.filter((t) => t === 'Antwoord').length).toBeGreaterThanOrEqual(10);
  });

  it('keeps real compound hyphens and drops typographic ones (letter 004 as laid out by poppler)', () => {
    const all = parseFixture('letter-004-a4', 'layout')
      .paragraphs.map((p) => p.text)
      .join('\n');
    expect(all).toContain('F-16-toestellen');
    expect(all).toContain('Drone Line-initiatief');
    expect(all).toContain('maximalistische eisen');
    expect(all).toContain('tegelijkertijd duidelijk');
    expect(all).not.toMatch(/maximalisti-|tegelij-/);
  });

  it('parseLetter reads the extraction as PDF with the page of every block and note', () => {
    const letter = parseLetter({ file: 'a.txt', text: extraction('answers-aanhangsel', 'pdftotext'), hash: 'h' });
    expect(letter.format).toBe('pdf');
    expect(letter.footnotes.map((f) => f.page)).toEqual([1, 1, 2, 2, 2, 2]);
    expect(letter.blocks.every((b) => typeof b.page === 'number')).toBe(true);
    expect(letter.blocks.find((b) => b.text === 'Vraag 7')!.page).toBe(2);
    expect(letter.blocks.filter((b) => b.kind === 'question').length).toBeGreaterThanOrEqual(10);
  });
});

describe('PDF-extracted text is told from Word text by what a printed page leaves', () => {
  const NAMES = ['letter-000-us', 'letter-001-a4', 'letter-004-a4', 'answers-aanhangsel', 'notes-continued', 'notes-gap', 'two-column'];
  const VARIANTS: Variant[] = ['pdftotext', 'layout', 'nopgbrk', 'pdfjs'];
  it.each(NAMES.flatMap((n) => VARIANTS.map((v) => [n, v] as const)))('%s (%s) is PDF', (name, variant) => {
    expect(detectFormat(extraction(name, variant))).toBe('pdf');
  });

  it('published answers without page breaks (pdftotext -nopgbrk): PDF by the running footer and the page-foot notes', () => {
    const text = extraction('answers-aanhangsel', 'nopgbrk');
    expect(detectFormat(text)).toBe('pdf');
  });

  it('Word text with many short lines (questions and answers) and no page furniture stays Word', () => {
    const word = sampleText('003').replace(/\[(?:footnoteRef|endnoteRef|footnote|endnote|bookmark|image):[^\]]*\]/g, '');
    expect(detectFormat(word)).toBe('word');
  });
});
