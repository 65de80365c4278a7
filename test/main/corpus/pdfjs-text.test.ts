import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import { describe, expect, it } from 'vitest';

import { parseLetter } from '../../../app/corpus';
import { parsePdfLetter } from '../../../app/corpus/pdf-layout/parse-pdf-letter';
import type { Letter } from '../../../app/corpus/types';
import { decodePdf } from '../../../main/corpus/pdf-decode';
import { pdfjsText } from '../../fixtures/pdf/pdfjs-text';

/**
 * Text that a user's tool extracted from a LibreOffice-made PDF with pdf.js (items joined at
 * their line ends, pages joined by a blank line: no blank line inside a page) reads as the native
 * PDF does (issue 14, fresh tester of session 9): the blank lines are the page breaks, so a body
 * line that recurs between body lines is never removed as furniture, the notes at each page's
 * foot are paired with their references, and every block keeps its real page.
 */
const DIR = fileURLToPath(new URL('../../fixtures/pdf/', import.meta.url));
const bytes = (path: string) => new Uint8Array(readFileSync(`${DIR}${path}`));

/** What must agree between the native parse and the text's: notes, anchors, pages, repeated lines. */
const summary = (letter: Letter) => ({
  notes: letter.footnotes.map((f) => ({ label: f.label, text: f.text, page: f.page })),
  anchors: letter.blocks.flatMap((b) =>
    b.notes.map((n) => ({ note: n.footnote, before: b.text.slice(Math.max(0, n.offset - 20), n.offset), page: b.page })),
  ),
  pages: [...new Set(letter.blocks.map((b) => b.page))],
  warnings: letter.warnings ?? [],
});

/** The ways a tool may write the page break: a blank line, two, a line of spaces, Windows line ends. */
const JOINS: [string, (text: string) => string][] = [
  ['one blank line', (t) => t],
  ['two blank lines', (t) => t.replace(/\n\n/g, '\n\n\n')],
  ['a line of spaces', (t) => t.replace(/\n\n/g, '\n   \n')],
  ['CRLF line ends', (t) => t.replace(/\n/g, '\r\n')],
];

const CASES = [
  // Masthead, running header and a counting footer (kst-… 1); a note running over the page; A4 and A5.
  'lo-brief-a4.pdf',
  'lo-brief-a5.pdf',
  // No running header or footer at all (notes set at body size): nothing tells the pages but the blank lines.
  'libreoffice/lo-body-size-notes.pdf',
];

describe('pdf.js-extracted text of LibreOffice-made letters reads as the native PDF', () => {
  it.each(CASES.flatMap((file) => JOINS.map(([how, join]) => [file, how, join] as const)))(
    '%s, pages joined by %s: notes, anchors, pages and no furniture warning as in the PDF',
    async (file, _how, join) => {
      const pdf = bytes(file);
      const native = summary(parsePdfLetter({ file: 'x.pdf', hash: 'h' }, await decodePdf(pdf.slice())));
      const text = join(await pdfjsText(pdf.slice()));
      const letter = parseLetter({ file: 'x.txt', text, hash: 'h' });
      expect(letter.format).toBe('pdf');
      expect(summary(letter)).toEqual(native);
    },
  );

  it('without running header or footer, a note running over the page: pages, notes and anchors kept', async () => {
    const pdf = bytes('libreoffice/lo-body-size-over-page.pdf');
    const native = summary(parsePdfLetter({ file: 'x.pdf', hash: 'h' }, await decodePdf(pdf.slice())));
    const got = summary(parseLetter({ file: 'x.txt', text: await pdfjsText(pdf.slice()), hash: 'h' }));
    expect(got.pages).toEqual(native.pages);
    expect(got.anchors).toEqual(native.anchors);
    expect(got.warnings).toEqual([]);
    expect(got.notes.map((n) => [n.label, n.page])).toEqual(native.notes.map((n) => [n.label, n.page]));
    // Still open: note 3's lines on page 2 (set at body size, before note 4) are not joined to it.
    expect(native.notes[2]!.text.startsWith(got.notes[2]!.text.slice(0, -1))).toBe(true);
  });

  it('a body line that recurs between body lines is kept each time (lo-brief-a4: four times, as printed)', async () => {
    const line = 'De wapenleveranties worden afgestemd met de G7-partners.';
    const letter = parseLetter({ file: 'x.txt', text: await pdfjsText(bytes('lo-brief-a4.pdf')), hash: 'h' });
    expect(letter.blocks.filter((b) => b.text.startsWith(line))).toHaveLength(4);
    expect(letter.blocks.some((b) => /kst-36045-212|vergaderjaar 2025–2026, 36 045/.test(b.text))).toBe(false);
    // References no longer glued to their words, notes no longer in the text.
    expect(letter.blocks.some((b) => /beschikbaar3|\b1Kamerstuk|Douane4/.test(b.text))).toBe(false);
  });

  it('an Aanhangsel (lo-aanhangsel): number, title and date received from the masthead, native and every extraction alike', async () => {
    const pdf = bytes('lo-aanhangsel.pdf');
    const facts = (l: Letter) => ({ title: l.title, date: l.date, number: l.publication?.number, received: l.publication?.received });
    const want = { title: 'De bescherming van het NAVO-luchtruim', date: '2026-02-20', number: '1502', received: '2026-02-20' };
    const native = parsePdfLetter({ file: 'x.pdf', hash: 'h' }, await decodePdf(pdf.slice()));
    expect(facts(native)).toEqual(want);
    expect(native.blocks.some((b) => b.text === '1502' || b.text.startsWith('Vragen gesteld door de leden'))).toBe(false);
    for (const variant of ['pdfjs', 'layout', 'pdftotext', 'nopgbrk']) {
      const text = readFileSync(`${DIR}lo-aanhangsel.${variant}.txt`, 'utf8');
      const letter = parseLetter({ file: 'x.txt', text, hash: 'h' });
      // Poppler's plain text prints the broken `NAVO-` + `luchtruim` as `NAVOluchtruim` itself.
      expect({ ...facts(letter), title: letter.title?.replace('NAVOluchtruim', 'NAVO-luchtruim') }, variant).toEqual(want);
      expect(letter.blocks.some((b) => /^1502$|^Vragen gesteld door de leden/.test(b.text))).toBe(false);
    }
  });
});
