import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import { describe, expect, it } from 'vitest';

import { parseLetter } from '../../../../app/corpus';
import { parseExtractedPdf } from '../../../../app/corpus/pdf-text';
import { REPEATED } from '../../../fixtures/pdf/repeat-specs';
import { dutch, extraction, type Variant } from './fixtures';

/**
 * Letters whose body lines repeat (test/fixtures/pdf/make-repeat-fixtures.ts, issue 14): page
 * furniture is removed only at the page edges, never a body line that recurs between text, and
 * whatever is removed that may be body text is said on the letter.
 */
const DIR = fileURLToPath(new URL('../../../fixtures/pdf/', import.meta.url));
const VARIANTS: Variant[] = ['pdftotext', 'layout', 'nopgbrk', 'pdfjs'];

interface Repeat {
  paragraphs: { text: string; page: number }[];
  furniture: string[];
  letterhead: string[];
}
const repeat = (name: string): Repeat => JSON.parse(readFileSync(`${DIR}${name}.repeat.json`, 'utf8')) as Repeat;
const count = (haystack: string, needle: string) => haystack.split(needle).length - 1;
const FURNITURE_KEY = 'pdf.furniture-removed';

describe('PDF-extracted text: body lines that repeat are kept (repeat-two-column, repeat-letter)', () => {
  // poppler marks blocks with blank lines: the paragraphs come out exactly, the header and footer go.
  it.each(['repeat-two-column', 'repeat-letter'].flatMap((name) => (['pdftotext', 'layout'] as const).map((v) => [name, v] as const)))(
    '%s (%s): every paragraph whole, on its page; header and footer removed; no warning',
    (name, variant) => {
      const exp = repeat(name);
      const parsed = parseExtractedPdf(extraction(name, variant));
      const got = parsed.paragraphs.map((p) => ({ text: p.text, page: p.page }));
      expect(got.slice(0, exp.letterhead.length).map((p) => p.text)).toEqual(exp.letterhead);
      // Plain pdftotext reads two side-by-side columns paragraph by paragraph, alternating: the same paragraphs, in its order.
      const order = (ps: { text: string; page: number }[]) =>
        name === 'repeat-two-column' && variant === 'pdftotext'
          ? [...ps].sort((a, b) => a.page - b.page || a.text.localeCompare(b.text))
          : ps;
      expect(order(got.slice(exp.letterhead.length))).toEqual(order(exp.paragraphs));
      expect(parsed.problems).toEqual([]);
    },
  );

  // Without page breaks or blank lines no block tells a header from text: nothing of the body may be lost all the same.
  it.each(['repeat-two-column', 'repeat-letter'].flatMap((name) => VARIANTS.map((v) => [name, v] as const)))(
    '%s (%s): no body line lost, each repeated line as often as printed',
    (name, variant) => {
      const exp = repeat(name);
      const all = parseExtractedPdf(extraction(name, variant))
        .paragraphs.map((p) => p.text)
        .join('\n');
      for (const p of exp.paragraphs) expect(all).toContain(p.text);
      const printed = exp.paragraphs.map((p) => p.text).join('\n');
      for (const line of [
        REPEATED.twoColumnSecond,
        ...REPEATED.twoColumnClose,
        REPEATED.letterOpening,
        REPEATED.letterNumbers,
        ...REPEATED.letterClose,
      ])
        expect(count(all, line)).toBe(count(printed, line));
      // A page counter goes wherever it stands (a fixed line under 12 characters, `Kenmerk …`, stays without page breaks).
      expect(all).not.toMatch(/Pagina \d van \d/);
    },
  );

  it("the tester's case: the -layout text of the two-column letter keeps the 2nd line of all 30 left-column paragraphs and both closing lines", () => {
    const parsed = parseExtractedPdf(extraction('repeat-two-column', 'layout'));
    const all = parsed.paragraphs.map((p) => p.text).join('\n');
    expect(count(all, REPEATED.twoColumnSecond)).toBe(30);
    expect(count(all, REPEATED.twoColumnClose.join(' '))).toBe(3);
    expect(parsed.paragraphs).toHaveLength(60);
  });
});

describe('PDF-extracted text: a warning when what was removed may be body text', () => {
  // Each page opens with the same one-sentence notice: taken for furniture where it stands as a block of its own, and then said.
  it.each(VARIANTS)('repeat-notice (%s): the notice is kept, or removed with a warning naming it', (variant) => {
    const exp = repeat('repeat-notice');
    const letter = parseLetter({ file: 'notice.txt', text: extraction('repeat-notice', variant), hash: 'h' });
    const all = letter.blocks.map((b) => b.text).join('\n');
    for (const p of exp.paragraphs.filter((q) => q.text !== REPEATED.notice)) expect(all).toContain(p.text);
    const warning = letter.warnings?.find((w) => w.key === FURNITURE_KEY);
    if (count(all, REPEATED.notice) === 3) expect(warning).toBeUndefined();
    else {
      expect(count(all, REPEATED.notice)).toBe(0);
      expect(warning).toEqual({ key: FURNITURE_KEY, params: { count: 3, example: REPEATED.notice } });
      expect(dutch([warning!])).toEqual([
        `3 herhaalde regels aan de paginarand zijn weggelaten als kop- of voettekst, maar kunnen lopende tekst zijn, bijvoorbeeld "${REPEATED.notice}".`,
      ]);
    }
    expect(all).not.toMatch(/- \d -/);
  });

  it('repeat-notice (layout): poppler sets the notice apart, so it goes, with the warning', () => {
    const parsed = parseExtractedPdf(extraction('repeat-notice', 'layout'));
    expect(parsed.problems).toEqual([{ key: FURNITURE_KEY, params: { count: 3, example: REPEATED.notice } }]);
  });

  it('no furniture warning on the other PDF fixtures (every extraction) nor on the sample letters', () => {
    // Still open (issue 14, session 9): -nopgbrk text of the A5 LibreOffice publication (pdftext engineer).
    const open = new Set(['lo-brief-a5.nopgbrk.txt']);
    const texts = readdirSync(DIR).filter((f) => f.endsWith('.txt') && !f.startsWith('repeat-') && !open.has(f));
    const corpus = fileURLToPath(new URL('../../../../assets/corpus/', import.meta.url));
    const samples = readdirSync(corpus).filter((f) => f.endsWith('.txt'));
    expect(texts.length).toBeGreaterThan(30);
    expect(samples).toHaveLength(5);
    for (const [dir, file] of [...texts.map((f) => [DIR, f]), ...samples.map((f) => [corpus, f])]) {
      const letter = parseLetter({ file: file!, text: readFileSync(`${dir}${file}`, 'utf8'), hash: 'h' });
      expect(letter.warnings?.filter((w) => w.key === FURNITURE_KEY) ?? [], file).toEqual([]);
    }
  });
});
