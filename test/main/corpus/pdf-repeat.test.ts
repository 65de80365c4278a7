import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import { describe, expect, it } from 'vitest';

import { parsePdfLetter } from '../../../app/corpus/pdf-layout/parse-pdf-letter';
import { decodePdf } from '../../../main/corpus/pdf-decode';
import { dutch } from '../../app/corpus/pdf-text/fixtures';
import { renderRepeat } from '../../fixtures/pdf/repeat-render';
import { REPEATED, repeatReport } from '../../fixtures/pdf/repeat-specs';

/**
 * Native PDFs whose body lines repeat (test/fixtures/pdf/make-repeat-fixtures.ts, repeat-specs.ts):
 * furniture must stand apart from the body, not only sit in the page's top or bottom tenth.
 */
const DIR = fileURLToPath(new URL('../../fixtures/pdf/', import.meta.url));
const read = async (name: string) =>
  parsePdfLetter({ file: `${name}.pdf`, hash: 'h' }, await decodePdf(new Uint8Array(readFileSync(`${DIR}${name}.pdf`))));
const repeat = (name: string) =>
  JSON.parse(readFileSync(`${DIR}${name}.repeat.json`, 'utf8')) as { paragraphs: { text: string; page: number }[]; letterhead: string[] };
const count = (haystack: string, needle: string) => haystack.split(needle).length - 1;

describe('native PDF: body lines that repeat are kept, furniture removed', () => {
  it.each(['repeat-two-column', 'repeat-letter'])(
    '%s: every paragraph whole, in order, on its page; header and footer gone; no warning',
    async (name) => {
      const exp = repeat(name);
      const letter = await read(name);
      const got = letter.blocks.map((b) => ({ text: b.text, page: b.page }));
      expect(got.slice(0, exp.letterhead.length).map((b) => b.text)).toEqual(exp.letterhead);
      expect(got.slice(exp.letterhead.length)).toEqual(exp.paragraphs);
      expect(letter.warnings).toBeUndefined();
    },
  );

  it('repeat-two-column: the closing lines of each right column (in the bottom tenth, on every page) stay', async () => {
    const all = (await read('repeat-two-column')).blocks.map((b) => b.text).join('\n');
    expect(count(all, REPEATED.twoColumnClose.join(' '))).toBe(3);
    expect(count(all, REPEATED.twoColumnSecond)).toBe(30);
  });

  // The tester's report: a line at the same height on every page of a 120-page report, in the top and bottom tenth too.
  it('a 120-page report: all 1,440 occurrences of the repeated body line kept, running header and page numbers removed', async () => {
    const bytes = await renderRepeat(repeatReport(120));
    const letter = parsePdfLetter({ file: 'rapport.pdf', hash: 'h' }, await decodePdf(new Uint8Array(bytes)));
    const all = letter.blocks.map((b) => b.text).join('\n');
    expect(count(all, REPEATED.reportSecond)).toBe(1440);
    expect(letter.blocks).toHaveLength(1440);
    expect(all).not.toContain('Jaarrapportage Rijksoverheid');
    expect(all).not.toMatch(/Pagina \d+ van 120/);
    expect(letter.blocks[1439]!.page).toBe(120);
    expect(letter.warnings).toBeUndefined();
  });

  it('repeat-notice: a repeated one-sentence line set apart at the top of each page goes as furniture, and the letter says so', async () => {
    const exp = repeat('repeat-notice');
    const letter = await read('repeat-notice');
    expect(letter.blocks.map((b) => ({ text: b.text, page: b.page }))).toEqual(exp.paragraphs.filter((p) => p.text !== REPEATED.notice));
    expect(letter.warnings).toEqual([{ key: 'pdf.furniture-removed', params: { count: 3, example: REPEATED.notice } }]);
    expect(dutch(letter.warnings)[0]).toContain(`bijvoorbeeld "${REPEATED.notice}"`);
  });
});
