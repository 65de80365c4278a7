import type { LetterFormat } from './types';

/**
 * Word (Tika) or PDF extraction? Tika's markers (`[footnoteRef:`, `[endnoteRef:`, `[bookmark:`,
 * `[image:`) mean Word. Otherwise PDF when the text is hard-wrapped: most non-blank lines end
 * with a space and nearly all are at most 100 characters long (FORMATS.md: PDF lines are wrapped
 * at about 65 characters and end with a space), or, as other extractors write it (pdftotext,
 * pdf.js; FORMATS.md "PDF → text"), it has form feeds between pages or most lines run to about
 * the same width (within 70–115% of the 80th percentile of line lengths, at most 130 characters).
 * Anything else is treated as Word (one paragraph per line), the safer reading.
 */
export const detectFormat = (text: string): LetterFormat => {
  if (/\[(?:footnoteRef|endnoteRef):\d|\[bookmark: |\[image: /.test(text)) return 'word';
  const lines = text.split('\n').filter((l) => l.trim() !== '');
  if (lines.length < 5) return 'word';
  const trailing = lines.filter((l) => /[ \u00A0]$/.test(l)).length;
  const short = lines.filter((l) => l.length <= 100).length;
  if (trailing / lines.length >= 0.6 && short / lines.length >= 0.95) return 'pdf';
  return isWrapped(lines) || (text.includes('\f') && lines.length >= 10) ? 'pdf' : 'word';
};

const isWrapped = (lines: string[]): boolean => {
  if (lines.length < 10) return false;
  const lengths = lines.map((l) => l.trim().length).sort((a, b) => a - b);
  const width = lengths[Math.floor(lengths.length * 0.8)]!;
  if (width < 40 || width > 130) return false;
  const full = lengths.filter((n) => n >= width * 0.7 && n <= width * 1.15).length;
  return full / lengths.length >= 0.5;
};
