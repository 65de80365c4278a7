const ROMAN: Array<[number, string]> = [
  [1000, 'm'],
  [900, 'cm'],
  [500, 'd'],
  [400, 'cd'],
  [100, 'c'],
  [90, 'xc'],
  [50, 'l'],
  [40, 'xl'],
  [10, 'x'],
  [9, 'ix'],
  [5, 'v'],
  [4, 'iv'],
  [1, 'i'],
];

/** `n` in lower-case Roman numerals (`iv`), as Word's `lowerRoman`; outside 1–3999 as decimal. */
export function lowerRoman(n: number): string {
  if (!Number.isInteger(n) || n <= 0 || n >= 4000) return decimal(n);
  let rest = n;
  let out = '';
  for (const [value, digits] of ROMAN) {
    while (rest >= value) {
      out += digits;
      rest -= value;
    }
  }
  return out;
}

/**
 * The highest counter shown in letters: 780 (`zzzzzzzzzzzzzzzzzzzzzzzzzzzzzz`, a letter repeated
 * 30 times). Beyond it, and for 0 or less, letters fall back to decimal, as Word does for a value
 * a format cannot show; so no counter (a list may start at 2,000,000,000) makes a long label.
 */
export const MAX_LETTER_COUNTER = 780;

/** `n` as Word's `lowerLetter` numbering: a…z, then aa…zz, aaa… (1-based); outside 1–780 as decimal. */
export function lowerLetter(n: number): string {
  if (!Number.isInteger(n) || n <= 0 || n > MAX_LETTER_COUNTER) return decimal(n);
  return String.fromCharCode(97 + ((n - 1) % 26)).repeat(Math.floor((n - 1) / 26) + 1);
}

/** Note marks of Word's `chicago` format, repeated: *, †, ‡, §, then **, ††, ‡‡, §§, … */
const CHICAGO = ['*', '\u2020', '\u2021', '\u00A7'];
/** The highest counter shown in Chicago marks (a mark repeated at most 10 times); beyond it decimal. */
export const MAX_CHICAGO_COUNTER = 40;

/** `n` as Word's `chicago` note numbering (ECMA-376 §17.18.59): *, †, ‡, §, **, ††, …; outside 1–40 as decimal. */
export function chicago(n: number): string {
  if (!Number.isInteger(n) || n <= 0 || n > MAX_CHICAGO_COUNTER) return decimal(n);
  return CHICAGO[(n - 1) % 4]!.repeat(Math.floor((n - 1) / 4) + 1);
}

/**
 * `n` as a decimal string, bounded to 16 characters: integers of at most 15 digits as they are,
 * anything else (NaN, ±Infinity, 1e300, 2.5) as `0`; a file's counters are 32-bit.
 */
export function decimal(n: number): string {
  return Number.isInteger(n) && Math.abs(n) < 1e15 ? String(n) : '0';
}
