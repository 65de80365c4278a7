import {
  ANCHOR,
  BARE_CASE,
  CASE,
  CONTINUED,
  GAZETTE,
  HANDELINGEN,
  KST,
  MAYBE_ANCHOR,
  MORE_NRS,
  MOTIE,
  PAGES,
  SAME_DOSSIER,
} from './citation-forms';

/**
 * Citations of parliamentary papers (shared/corpus/FORMATS.md, "Citations of parliamentary
 * papers"; issue 15) and their normalised keys, which are the official publication ids:
 * - `Kamerstuk(ken) [I|II][,] [2009/10|2019-2020,] 36 045[, ]nr. 215` → `kst-36045-215`; the
 *   dossier's space is removed and a suffix joined by a hyphen: `21 501-02` → `21501-02`,
 *   `36 800 V` / `36 410-V` → `36800-V` / `36410-V`, `35 000-A` → `35000-A`; a Rijkswet number
 *   (`34 775 (R 2100)`) is read but not part of the key, and such a dossier is recognised without
 *   a keyword too; `nrs. 243 en 261` (also `211en 261`) gives one citation per number; Eerste
 *   Kamer papers are lettered: `Kamerstukken I 2008/09, 31 700 VI, D` → `kst-31700-VI-D`,
 *   `nr. 12f` → `kst-…-12f`. A note label glued before the keyword (`7Kamerstukken`) is skipped.
 * - a list continued by another dossier (`…; 21 112, nr. 3758` → `kst-21112-3758`) or in the same
 *   dossier (`…, nr. 5, p. 10; nr. 8` → `kst-33400-8`; `nr. 4, p. 3 en 5, en nr. 6`).
 * - a page reference (`, p. 10`, `blz. 7-8`, `p. 3 en 5`) after a citation is kept in `pages`
 *   (`10`, `7-8`, `3 en 5`), outside the citation's text and key.
 * - typo rule: a dossier written `NN NN` (4 digits) is read as the 5-digit `NN 0NN` with its zero
 *   dropped (`36 45` → `36045`): Kamerstuk dossiers of this era all have 5 digits.
 * - `motie 36 045-191`, `motie 21501-02-3047`: dossier[-suffix]-number.
 * - Tweede Kamer case and document numbers, bare or after `Kamerstuk`/`kenmerk`:
 *   `2025Z15748` → `zaak-2025Z15748`, `2025.D.08281` → `tkdoc-2025D08281`.
 * - `Handelingen II 2010/11, nr. 108, item 5` → `h-tk-20102011-108-5` (I → `ek`);
 *   `Aanhangsel Handelingen II 2024/25, nr. 1016` → `ah-tk-20242025-1016`.
 * - `Stb. 2021, 123` → `stb-2021-123`, `Stcrt. 2020, 4567` → `stcrt-2020-4567` (also written out).
 * All patterns are anchored at a keyword and bounded, so scanning stays linear.
 */
export interface FoundCitation {
  text: string;
  key: string;
  /** UTF-16 offsets `[start, end)` of `text`. */
  start: number;
  end: number;
  /** The pages referred to, as written after `p.`/`blz.`: `10`, `7-8`, `3 en 5`. */
  pages?: string;
}

/** `36 045` → `36045`; the typo `36 45` → `36045` (dropped zero). */
const dossierKey = (dossier: string, suffix: string | undefined): string => {
  let digits = dossier.replace(/ /g, '');
  if (digits.length === 4) digits = `${digits.slice(0, 2)}0${digits.slice(2)}`;
  const s = suffix ? suffix.slice(1).toUpperCase() : '';
  return s ? `${digits}-${s}` : digits;
};

const caseKey = (year: string, letter: string, num: string) =>
  `${letter.toUpperCase() === 'Z' ? 'zaak' : 'tkdoc'}-${year}${letter.toUpperCase()}${num}`;

/** `2010`,`11` → `20102011`. */
const sessionKey = (y1: string, y2: string): string => {
  if (y2.length === 4) return `${y1}${y2}`;
  const century = Number(y1.slice(0, 2)) + (Number(y2) < Number(y1.slice(2)) ? 1 : 0);
  return `${y1}${century}${y2}`;
};

const sticky = (re: RegExp, text: string, at: number): RegExpExecArray | null => {
  re.lastIndex = at;
  return re.exec(text);
};

/** Pushes a citation `[start, end)`, reads a page reference after it; returns where it stopped. */
const push = (text: string, start: number, end: number, key: string, out: FoundCitation[]): number => {
  const page = sticky(PAGES, text, end);
  out.push({ text: text.slice(start, end), key, start, end, ...(page ? { pages: page[1]! } : {}) });
  return page ? end + page[0].length : end;
};

/** Further numbers of a `nrs.` list: `nrs. 12 en 14`. */
const moreNumbers = (text: string, end: number, base: string, out: FoundCitation[]): number => {
  for (let more = sticky(MORE_NRS, text, end); more; more = sticky(MORE_NRS, text, end)) {
    const [s, e] = more.indices![1]!;
    end = push(text, s, e, `${base}-${more[1]}`, out);
  }
  return end;
};

/** Parses from a `Kamerstuk(ken)` anchor; returns the citations and where parsing stopped. */
const parseKamerstuk = (text: string, start: number, at: number, out: FoundCitation[]): number | null => {
  const m = sticky(KST, text, at);
  if (!m) {
    const c = sticky(CASE, text, at);
    if (!c || c[0].startsWith(':') || !c[0].startsWith(' ')) return null;
    return push(text, start, at + c[0].length, caseKey(c[1]!, c[2]!, c[3]!), out);
  }
  const chamber = m[1];
  const [, , , , dossier, suffix, plural, nr, letter] = m;
  if (letter && chamber !== 'I' && chamber !== 'EK') return null;
  const base = `kst-${dossierKey(dossier!, suffix)}`;
  let end = push(text, start, m.indices![nr ? 7 : 8]![1], `${base}-${nr ?? letter}`, out);
  if (plural) end = moreNumbers(text, end, base, out);
  for (;;) {
    const same = sticky(SAME_DOSSIER, text, end);
    if (same) {
      end = push(text, same.indices![0]![0] + same[0].search(/nr/), same.indices![2]![1], `${base}-${same[2]}`, out);
      if (same[1]) end = moreNumbers(text, end, base, out);
      continue;
    }
    const cont = sticky(CONTINUED, text, end);
    if (!cont) return end;
    const other = `kst-${dossierKey(cont[1]!, cont[2])}`;
    end = push(text, cont.indices![1]![0], cont.indices![4]![1], `${other}-${cont[4]}`, out);
    if (cont[3]) end = moreNumbers(text, end, other, out);
  }
};

const parseAt = (text: string, word: string, start: number, out: FoundCitation[]): number | null => {
  const at = start + word.length;
  const lower = word.toLowerCase();
  if (lower.startsWith('kamerstuk')) return parseKamerstuk(text, start, at, out);
  if (/^\d{2} ?\d{3} \(/.test(word)) return parseKamerstuk(text, start, start, out);
  if (lower.startsWith('motie')) {
    const m = sticky(MOTIE, text, at);
    if (!m) return parseKamerstuk(text, start, at, out);
    return push(text, start, at + m[0].length, `kst-${dossierKey(m[1]!, m[2] || undefined)}-${m[3]}`, out);
  }
  if (lower === 'kenmerk') {
    const m = sticky(CASE, text, at);
    return m ? push(text, start, at + m[0].length, caseKey(m[1]!, m[2]!, m[3]!), out) : null;
  }
  if (lower.endsWith('handelingen')) {
    const m = sticky(HANDELINGEN, text, at);
    if (!m) return null;
    const house = m[1] === 'I' || m[1] === 'EK' ? 'ek' : 'tk';
    const prefix = lower.startsWith('aanhangsel') ? 'ah' : 'h';
    const key = `${prefix}-${house}-${sessionKey(m[2]!, m[3]!)}-${m[4]}${m[5] ? `-${m[5]}` : ''}`;
    return push(text, start, at + m[0].length, key, out);
  }
  if (lower.startsWith('st')) {
    const m = sticky(GAZETTE, text, at);
    const series = lower.startsWith('stb') || lower === 'staatsblad' ? 'stb' : 'stcrt';
    return m ? push(text, start, at + m[0].length, `${series}-${m[1]}-${m[2]}`, out) : null;
  }
  const m = sticky(BARE_CASE, text, start);
  if (!m) return null;
  return push(text, start, start + m[0].length, caseKey(m[1]!, m[2]!, m[3]!), out);
};

/** Finds every citation in `text`, in order, with UTF-16 offsets `[start, end)` and any page reference. */
export const extractCitations = (original: string): FoundCitation[] => {
  if (!MAYBE_ANCHOR.test(original)) return [];
  // Non-breaking spaces count as spaces; replacing them one for one keeps the offsets.
  const text = original.replace(/[\u00A0\u2007\u202F]/g, ' ');
  const out: FoundCitation[] = [];
  const anchor = new RegExp(ANCHOR.source, ANCHOR.flags);
  for (let m = anchor.exec(text); m; m = anchor.exec(text)) {
    const end = parseAt(text, m[0], m.index, out);
    if (end !== null && end > anchor.lastIndex) anchor.lastIndex = end;
  }
  return out.map((c) => ({ ...c, text: original.slice(c.start, c.end) }));
};
