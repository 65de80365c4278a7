import { recoverNotes } from './pdf-text/note-backbone';
import { footPageNumbers } from './pdf-text/page-breaks';
import { pageLines } from './pdf-text/pages';
import type { LetterFormat } from './types';

/**
 * Word (Tika) or PDF extraction? Tika's markers (`[footnoteRef:`, `[endnoteRef:`, `[bookmark:`,
 * `[image:`) mean Word. Otherwise PDF when the text is hard-wrapped: most non-blank lines end
 * with a space and nearly all are at most 100 characters long (FORMATS.md: PDF lines are wrapped
 * at about 65 characters and end with a space), or, as other extractors write it (pdftotext,
 * pdf.js; FORMATS.md "PDF → text"), it has form feeds between pages, or page numbers at the page
 * feet counting 1..k to its last line (a page break each, as `pdftotext -nopgbrk` leaves them:
 * pdf-text/page-breaks.ts), or most lines run to about
 * the same width (within 70–115% of the 80th percentile of line lengths, at most 130 characters).
 * Text with many short lines (questions and answers: `Vraag 1`, `Antwoord`, `Ja.`) is PDF when
 * nearly all lines are at most 130 characters (9 in 10) and it shows what only a printed page
 * leaves in extracted text: a running footer (a line with a number repeated at least twice, at
 * least five lines apart, the same or counting up: pdf-text/pages.ts) or page-foot notes that
 * pair with references along their numbering 1..n without a gap (pdf-text/note-backbone.ts), or,
 * when the extractor removed both, lines broken inside sentences (hardWrapped).
 * Anything else is treated as Word (one paragraph per line), the safer reading.
 */
export const detectFormat = (text: string): LetterFormat => {
  if (/\[(?:footnoteRef|endnoteRef):\d|\[bookmark: |\[image: /.test(text)) return 'word';
  const lines = text.split('\n').filter((l) => l.trim() !== '');
  if (lines.length < 5) return 'word';
  const trailing = lines.filter((l) => /[ \u00A0]$/.test(l)).length;
  const short = lines.filter((l) => l.length <= 100).length;
  if (trailing / lines.length >= 0.6 && short / lines.length >= 0.95) return 'pdf';
  if (isWrapped(lines) || (text.includes('\f') && lines.length >= 10)) return 'pdf';
  // Page numbers at the page feet, counting 1..k down to the text's last line (-nopgbrk): pages.
  if (lines.length >= 10 && footPageNumbers(text.replace(/\r/g, '').split('\n')) !== null) return 'pdf';
  return lines.length >= 10 &&
    lines.filter((l) => l.trim().length <= 130).length / lines.length >= 0.9 &&
    (hardWrapped(lines) || printed(text))
    ? 'pdf'
    : 'word';
};

/**
 * Lines broken inside a sentence, as only a typeset page leaves them (Word text has one paragraph
 * a line): at least 5 lines, and a fifth of them, that end in a letter or a comma before a line
 * opening in lower case, or end in a hyphen after a letter before a line opening with a letter.
 * Evidence that holds when an extractor removed the page footers and wrote no page breaks
 * (`pdftotext -nopgbrk` with furniture removed), where the page-foot notes no longer pair.
 */
const hardWrapped = (lines: string[]): boolean => {
  let wraps = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    const line = lines[i]!.trimEnd();
    const next = lines[i + 1]!.trimStart();
    if ((/[\p{L},]$/u.test(line) && /^\p{Ll}/u.test(next)) || (/\p{L}-$/u.test(line) && /^\p{L}/u.test(next))) wraps++;
  }
  return wraps >= 5 && wraps >= lines.length * 0.2;
};

const isWrapped = (lines: string[]): boolean => {
  if (lines.length < 10) return false;
  const lengths = lines.map((l) => l.trim().length).sort((a, b) => a - b);
  const width = lengths[Math.floor(lengths.length * 0.8)]!;
  if (width < 40 || width > 130) return false;
  const full = lengths.filter((n) => n >= width * 0.7 && n <= width * 1.15).length;
  return full / lengths.length >= 0.5;
};

/**
 * A running footer (a line with a digit, at least 12 characters, repeated at least five lines
 * apart: identical, or counting as pdf-text/pages.ts removes it; or one without a digit beside a
 * bare page number counting up, which pages.ts reads as a page end), or at least two page-foot notes
 * paired with references along their numbering, without numbering problems.
 */
const printed = (text: string): boolean => {
  const at = new Map<string, number[]>();
  text.split('\n').forEach((raw, i) => {
    const l = raw.trim();
    if (l.length >= 12 && /\d/.test(l)) at.set(l, [...(at.get(l) ?? []), i]);
  });
  for (const idx of at.values()) if (idx.length >= 2 && idx.slice(1).every((v, k) => v - idx[k]! >= 5)) return true;
  const body = pageLines(text, false);
  if (body.some((l) => l.page > 1)) return true;
  const { notes, problems } = recoverNotes(body);
  return notes.length >= 2 && problems.length === 0;
};
