import { chicago, decimal, lowerLetter, lowerRoman } from '../../common/numerals';
import { symbolChar } from './symbols';
import { child, childrenNamed, val, type XmlElement } from './xml';

/**
 * List labels as Word prints them, from `word/numbering.xml` (ECMA-376 §17.9): a paragraph's
 * `w:numId` names a `w:num`, which names a `w:abstractNum` whose `w:lvl`s give each level's
 * start, format (`w:numFmt`: decimal, lowerLetter, upperRoman, bullet, …) and text (`w:lvlText`,
 * `%1.%2.` standing for the counters of levels 1 and 2). Counters belong to the abstract list, so
 * lists that share one continue each other; a `w:num` with a `w:startOverride` restarts its level
 * the first time it is used. Using a level resets the levels below it (unless `w:lvlRestart`
 * says otherwise).
 */

interface Level {
  start: number;
  format: string;
  text: string;
  /** The level's label font (`w:rPr/w:rFonts`), for a bullet set in Symbol or Wingdings; empty when not stated. */
  font: string;
  /** Resets after a use of this (0-based) level or any above it; -1: never. */
  restartAfter: number;
}

interface Num {
  abstractId: string;
  levels: Map<number, Level>;
  starts: Map<number, number>;
}

export type LabelPicker = (numId: string, ilvl: number) => { label: string; bullet: boolean } | null;

/**
 * A counter value stated in a file (`w:start`, `w:startOverride`, `w:numStart`): a decimal
 * integer clamped to ST_DecimalNumber's 32-bit range; anything else gives `fallback`.
 */
export const counterValue = (text: string | undefined, fallback: number): number => {
  const n = Math.trunc(Number(text));
  return text === undefined || !Number.isFinite(n) ? fallback : Math.min(2147483647, Math.max(-2147483648, n));
};

const readLevel = (lvl: XmlElement): Level => {
  const ilvl = Number(lvl.attrs.ilvl) || 0;
  const restart = val(lvl, 'lvlRestart');
  return {
    start: counterValue(val(lvl, 'start'), 1),
    format: val(lvl, 'numFmt') ?? 'decimal',
    text: val(lvl, 'lvlText') ?? '',
    font: child(child(lvl, 'rPr'), 'rFonts')?.attrs.ascii ?? child(child(lvl, 'rPr'), 'rFonts')?.attrs.hAnsi ?? '',
    restartAfter: restart === undefined ? ilvl - 1 : Number(restart) - 1,
  };
};

/**
 * Formats counter `n` in a `w:numFmt` (ECMA-376 §17.18.59); formats Dossier does not render
 * fall back to decimal, and so does a counter a format cannot show (letters beyond 780, Roman
 * numerals beyond 3999, Chicago marks beyond 40; see common/numerals.ts). Never longer than 30
 * characters, whatever `n`.
 */
export const formatNumber = (n: number, format: string): string => {
  switch (format) {
    case 'lowerRoman':
      return lowerRoman(n);
    case 'upperRoman':
      return lowerRoman(n).toUpperCase();
    case 'lowerLetter':
      return lowerLetter(n);
    case 'upperLetter':
      return lowerLetter(n).toUpperCase();
    case 'chicago':
      return chicago(n);
    case 'decimalZero':
      return n >= 0 && n < 10 ? `0${n}` : decimal(n);
    case 'none':
      return '';
    default:
      return decimal(n);
  }
};

/** Bullets in a private-use code point (Symbol, Wingdings) when the level states no symbol font. */
const SYMBOL_BULLETS: Record<string, string> = {
  '\uF0B7': '•',
  '\uF0A7': '▪',
  '\uF0D8': '➢',
  '\uF0FC': '✓',
  '\uF076': '❖',
  '\uF06E': '■',
};

/**
 * The character a bullet level prints: its `w:lvlText` in the level's font. A code in Symbol or
 * Wingdings (stored as U+F0xx, or as the font's own code such as Symbol's `·` U+00B7) is mapped to
 * the Unicode character it shows (symbols.ts: U+F0B7 in Symbol → `•`, U+F0A7 in Wingdings → `▪`,
 * Symbol's dash U+F02D → `–`);
 * a private-use bullet without such a font to the usual one (SYMBOL_BULLETS); any other text, such
 * as Courier New's `o` or an en dash `–`, is printed as it stands.
 */
export const bulletLabel = (text: string, font: string): string => {
  const code = text.length === 1 ? text.charCodeAt(0) : -1;
  // Symbol's 0x2D is a dash as wide as an en dash: the dash bullet LibreOffice and Word write.
  if ((code === 0xf02d || code === 0x2d) && /^symbol$/i.test(font)) return '–';
  if (code >= 0x80 && code <= 0xf0ff && /^(?:symbol|wingdings)/i.test(font)) {
    const shown = symbolChar(font, code.toString(16));
    if (shown && !/[\uE000-\uF8FF]/.test(shown)) return shown;
  }
  return SYMBOL_BULLETS[text] ?? text;
};

/**
 * Reads a numbering part and returns a picker that gives the next label for a paragraph with
 * `numId`/`ilvl` (advancing the counters), or null when the paragraph is not numbered.
 */
export const readNumbering = (root: XmlElement | undefined): LabelPicker => {
  const abstracts = new Map<string, Map<number, Level>>();
  const nums = new Map<string, Num>();
  for (const a of root ? childrenNamed(root, 'abstractNum') : []) {
    const levels = new Map<number, Level>();
    for (const lvl of childrenNamed(a, 'lvl')) levels.set(Number(lvl.attrs.ilvl) || 0, readLevel(lvl));
    abstracts.set(a.attrs.abstractNumId ?? '', levels);
  }
  for (const n of root ? childrenNamed(root, 'num') : []) {
    const abstractId = val(n, 'abstractNumId') ?? '';
    const levels = new Map(abstracts.get(abstractId) ?? []);
    const starts = new Map<number, number>();
    for (const o of childrenNamed(n, 'lvlOverride')) {
      const ilvl = Number(o.attrs.ilvl) || 0;
      const start = val(o, 'startOverride');
      if (start !== undefined) starts.set(ilvl, counterValue(start, 0));
      const lvl = child(o, 'lvl');
      if (lvl) levels.set(ilvl, readLevel({ ...lvl, attrs: { ...lvl.attrs, ilvl: String(ilvl) } }));
    }
    nums.set(n.attrs.numId ?? '', { abstractId, levels, starts });
  }
  const counters = new Map<string, (number | undefined)[]>();
  const overridden = new Set<string>();
  return (numId, ilvl) => {
    const num = nums.get(numId);
    const level = num?.levels.get(ilvl);
    if (!num || !level || numId === '0') return null;
    const counts = counters.get(num.abstractId) ?? [];
    counters.set(num.abstractId, counts);
    const start = num.starts.get(ilvl);
    if (start !== undefined && !overridden.has(`${numId}/${ilvl}`)) {
      overridden.add(`${numId}/${ilvl}`);
      counts[ilvl] = start - 1;
    }
    counts[ilvl] = (counts[ilvl] ?? level.start - 1) + 1;
    for (let deeper = ilvl + 1; deeper < 9; deeper++) {
      const d = num.levels.get(deeper);
      if (d && d.restartAfter >= ilvl) counts[deeper] = undefined;
    }
    if (level.format === 'bullet') return { label: bulletLabel(level.text, level.font), bullet: true };
    const label = level.text.replace(/%([1-9])/g, (_, k: string) => {
      const i = Number(k) - 1;
      const l = num.levels.get(i);
      return formatNumber(counts[i] ?? l?.start ?? 1, i === ilvl ? level.format : (l?.format ?? 'decimal'));
    });
    return { label, bullet: false };
  };
};
