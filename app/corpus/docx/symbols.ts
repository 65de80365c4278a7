/**
 * Characters of `w:sym` (ECMA-376 §17.3.3.30): a font and a code in that font. Symbol and
 * Wingdings codes are stored in the private-use range F000–F0FF; the common ones are mapped to
 * the Unicode characters they show, others keep their code point (F0xx becomes xx for Symbol's
 * ASCII digits and punctuation, which look the same).
 */
const SYMBOL: Record<number, string> = {
  0x61: 'α',
  0x62: 'β',
  0x64: 'δ',
  0x65: 'ε',
  0x6d: 'μ',
  0x70: 'π',
  0x73: 'σ',
  0x44: 'Δ',
  0x53: 'Σ',
  0x57: 'Ω',
  0xa3: '≤',
  0xa5: '∞',
  0xac: '←',
  0xad: '↑',
  0xae: '→',
  0xaf: '↓',
  0xb0: '°',
  0xb1: '±',
  0xb3: '≥',
  0xb4: '×',
  0xb7: '•',
  0xb9: '≠',
  0xbb: '≈',
  0xd6: '√',
  0xd7: '·',
  0xe0: '◊',
  0xe3: '©',
  0xe2: '®',
  0xe4: '™',
};
const WINGDINGS: Record<number, string> = {
  0x6c: '●',
  0x6e: '■',
  0x71: '❑',
  0x76: '❖',
  0x77: '◆',
  0xa7: '▪',
  0xa8: '◻',
  0xd8: '➢',
  0xe0: '→',
  0xe8: '➔',
  0xef: '⇦',
  0xf0: '⇨',
  0xfb: '✗',
  0xfc: '✓',
  0xfd: '☒',
  0xfe: '☑',
};

/** The character `w:sym` with `w:font` = `font` and `w:char` = `hex` shows; empty for a malformed code. */
export const symbolChar = (font: string, hex: string): string => {
  const code = Number.parseInt(hex, 16);
  if (!Number.isInteger(code) || code <= 0 || code > 0x10ffff) return '';
  const low = code >= 0xf000 && code <= 0xf0ff ? code - 0xf000 : code;
  const table = /^symbol$/i.test(font) ? SYMBOL : /^wingdings/i.test(font) ? WINGDINGS : undefined;
  const mapped = table?.[low];
  if (mapped) return mapped;
  if (table === SYMBOL && low >= 0x20 && low < 0x40) return String.fromCharCode(low);
  return String.fromCodePoint(code);
};
