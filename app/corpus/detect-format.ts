import type { LetterFormat } from './types';

/**
 * Word (Tika) or PDF extraction? Tika's markers (`[footnoteRef:`, `[endnoteRef:`, `[bookmark:`,
 * `[image:`) mean Word. Otherwise PDF when the text is hard-wrapped: most non-blank lines end
 * with a space and nearly all are at most 100 characters long (FORMATS.md: PDF lines are wrapped
 * at about 65 characters and end with a space). Anything else is treated as Word (one paragraph
 * per line), the safer reading.
 */
export const detectFormat = (text: string): LetterFormat => {
  if (/\[(?:footnoteRef|endnoteRef):\d|\[bookmark: |\[image: /.test(text)) return 'word';
  const lines = text.split('\n').filter((l) => l.trim() !== '');
  if (lines.length < 5) return 'word';
  const trailing = lines.filter((l) => /[ \u00A0]$/.test(l)).length;
  const short = lines.filter((l) => l.length <= 100).length;
  return trailing / lines.length >= 0.6 && short / lines.length >= 0.95 ? 'pdf' : 'word';
};
