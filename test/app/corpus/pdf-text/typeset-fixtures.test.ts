import { describe, expect, it } from 'vitest';

import { parseLetter } from '../../../../app/corpus';
import { dutch, extraction, parseFixture, typeset, type Variant, withRefs } from './fixtures';

/**
 * Letters typeset by hand with pdfkit (make-typeset-fixtures.ts) where the layout is exact, and
 * extracted by poppler (plain, -layout, -nopgbrk) and pdf.js: a note running over to the next
 * page, a numbering gap and a number printed twice.
 */
const VARIANTS: Variant[] = ['pdftotext', 'layout', 'nopgbrk', 'pdfjs'];

describe('PDF-extracted text: notes across pages and a checked numbering', () => {
  it.each(VARIANTS)('notes-continued (%s): the note continued on page 2 joined, the paragraph cut by the page break whole', (variant) => {
    const exp = typeset('notes-continued');
    const parsed = parseFixture('notes-continued', variant);
    expect(parsed.footnotes.map((f) => ({ label: f.label, text: f.text, page: f.page }))).toEqual(exp.notes);
    expect(parsed.paragraphs.map((p) => ({ text: withRefs(p), page: p.page }))).toEqual(
      exp.paragraphs.map((p) => ({ text: p.text, page: p.page })),
    );
    expect(parsed.problems).toEqual([]);
  });

  it.each(VARIANTS)('notes-gap (%s): a missing number and a number printed twice reported, nothing guessed', (variant) => {
    const exp = typeset('notes-gap');
    const parsed = parseFixture('notes-gap', variant);
    expect(parsed.footnotes.map((f) => ({ label: f.label, text: f.text, page: f.page }))).toEqual(exp.notes);
    expect(parsed.paragraphs.map((p) => withRefs(p))).toEqual(exp.paragraphs.map((p) => p.text));
    expect(dutch(parsed.problems).sort()).toEqual([...exp.problems].sort());
  });

  it('the letter carries the numbering problems as warnings', () => {
    const letter = parseLetter({ file: 'gap.txt', text: extraction('notes-gap', 'pdftotext'), hash: 'h' });
    expect(letter.format).toBe('pdf');
    expect(dutch(letter.warnings).sort()).toEqual([...typeset('notes-gap').problems].sort());
    expect(letter.warnings).toContainEqual({ key: 'pdf.note-duplicate', params: { number: 5, page: 1 } });
    expect(letter.footnotes.map((f) => f.id)).toEqual(['fn1', 'fn2', 'fn4', 'fn5', 'fn6']);
  });

  // poppler's -layout prints the columns side by side: read column by column (layout-columns.ts).
  it.each(VARIANTS)('two-column (%s): the extractor read the columns in order; paragraphs and notes whole', (variant) => {
    const exp = typeset('two-column');
    const parsed = parseFixture('two-column', variant);
    expect(parsed.paragraphs.map((p) => ({ text: withRefs(p), page: p.page }))).toEqual(
      exp.paragraphs.map((p) => ({ text: p.text, page: p.page })),
    );
    expect(parsed.footnotes.map((f) => ({ label: f.label, text: f.text, page: f.page }))).toEqual(exp.notes);
    expect(parsed.problems).toEqual([]);
  });
});

/** Issue 14 (a): a second two-column letter (US Letter, wider gutter, a paragraph running into the right column, a title). */
describe('PDF-extracted text: two-column-letter and tables (typeset-specs-layout.ts)', () => {
  it.each(VARIANTS)('two-column-letter (%s): columns read in order, the paragraph across the column break whole', (variant) => {
    const exp = typeset('two-column-letter');
    const parsed = parseFixture('two-column-letter', variant);
    const texts = parsed.paragraphs.map((p) => ({ text: withRefs(p), page: p.page }));
    // The title across the page stands on the line before the first paragraph with nothing between in
    // extracted text: it is read as the paragraph's start (only the native PDF says it is bold and larger).
    expect(texts[0]!.text).toBe(`${exp.paragraphs[0]!.text} ${exp.paragraphs[1]!.text}`);
    expect(texts.slice(1)).toEqual(exp.paragraphs.slice(2).map((p) => ({ text: p.text, page: p.page })));
    expect(parsed.footnotes.map((f) => ({ label: f.label, text: f.text, page: f.page }))).toEqual(exp.notes);
    expect(parsed.problems).toEqual([]);
  });

  // Extracted text has no cells: the rows are read as text (tables are recognised in native PDF only).
  it.each(VARIANTS)('tables (%s): no text lost around the tables, the notes (one referenced in a cell) whole', (variant) => {
    const exp = typeset('tables');
    const parsed = parseFixture('tables', variant);
    const all = parsed.paragraphs.map((p) => withRefs(p)).join(' ');
    for (const p of exp.paragraphs.filter((e) => !e.table)) expect(all).toContain(p.text);
    expect(parsed.footnotes.map((f) => ({ label: f.label, text: f.text, page: f.page }))).toEqual(exp.notes);
    expect(parsed.problems).toEqual([]);
  });
});
