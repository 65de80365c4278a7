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
  if (n <= 0 || n >= 4000) return String(n);
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

/** `n` as Word's `lowerLetter` numbering: a…z, then aa…zz, aaa… (1-based); 0 or less as decimal. */
export function lowerLetter(n: number): string {
  return n <= 0 ? String(n) : String.fromCharCode(97 + ((n - 1) % 26)).repeat(Math.floor((n - 1) / 26) + 1);
}
