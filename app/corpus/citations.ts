/**
 * Citations of parliamentary papers (shared/corpus/FORMATS.md, "Citations of parliamentary
 * papers") and their normalised keys:
 * - `Kamerstuk(ken) [I|II] [2009/10,] 36 045[, ]nr. 215` → `kst-36045-215`; the dossier's space is
 *   removed and a suffix joined by a hyphen: `21 501-02` → `21501-02`, `36 800 V` / `36 410-V` →
 *   `36800-V` / `36410-V`; `nrs. 243 en 261` (also `211en 261`) gives one citation per number;
 *   Eerste Kamer papers are letters: `Kamerstukken I 2008/09, 31 700 VI, D` → `kst-31700-VI-D`;
 *   a page (`, p. 3`) is consumed but kept out of the citation text and key.
 * - a list continued by bare numbers: `…; 21 112, nr. 3758` → `kst-21112-3758`.
 * - typo rule: a dossier written `NN NN` (4 digits) is read as the 5-digit `NN 0NN` with its zero
 *   dropped (`36 45` → `36045`): Kamerstuk dossiers of this era all have 5 digits.
 * - `motie 36 045-191`, `motie 21501-02-3047`: dossier[-suffix]-number.
 * - Tweede Kamer case and document numbers, bare or after `Kamerstuk`/`kenmerk`:
 *   `2025Z15748` → `zaak-2025Z15748`, `2025.D.08281` → `tkdoc-2025D08281`.
 * - `Handelingen II 2010/11, nr. 108, item 5` → `h-tk-20102011-108-5` (I → `ek`);
 *   `Aanhangsel Handelingen II 2024/25, nr. 1016` → `ah-tk-20242025-1016`.
 * All patterns are anchored at a keyword and bounded, so scanning stays linear.
 */

export interface FoundCitation {
  text: string;
  key: string;
  start: number;
  end: number;
}

const ANCHOR =
  /(?<![\p{L}\d])(?:Aanhangsel (?:van de )?Handelingen|Handelingen|[Kk]amerstukken|[Kk]amerstuk|[Mm]oties|[Mm]otie|[Kk]enmerk)(?![\p{L}])|(?<![\p{L}\d])\d{4}\.?[DZ]\.?\d{5}(?!\d)/gu;

const DOSSIER = String.raw`(\d{2} ?\d{3}(?!\d)|\d{2} \d{2}(?!\d))((?:[- ][IVXL]{1,5}|-[A-Z]{1,3}|-\d{1,3})(?![\p{L}\d]))?`;
const KST = new RegExp(
  String.raw`(?: (I|II|EK|TK))?(?: (\d{4})[/-](\d{2}|\d{4}))?,? ${DOSSIER},? (?:nr(s)?\.? ?(\d{1,5})(?!\d)|([A-Z]{1,2})(?![\p{L}\d]))(?:, p\. ?\d{1,4}(?:-\d{1,4})?)?`,
  'duy',
);
const MORE_NRS = /(?:\s?(?:,|en|&)\s?)(\d{1,5})(?![\d/])/dy;
const CONTINUED = new RegExp(String.raw`[;,] (?:en )?${DOSSIER},? nrs?\.? ?(\d{1,5})(?!\d)`, 'duy');
const MOTIE = new RegExp(String.raw` (\d{2} ?\d{3})((?:-(?:\d{1,3}|[IVXL]{1,5}|[A-Z]{1,3}))?)-(\d{1,5})(?!\d)`, 'duy');
const CASE = /:?\s{0,3}(\d{4})\.?([DZ])\.?(\d{5})(?!\d)/dy;
const BARE_CASE = /(\d{4})\.?([DZ])\.?(\d{5})/y;
const HANDELINGEN = /(?: (I|II|EK|TK))? (\d{4})[/-](\d{2}|\d{4}),? nr\.? ?(\d{1,5})(?!\d)(?:,? item ?(\d{1,4}))?/y;

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

/** Parses from a `Kamerstuk(ken)` anchor; returns the citations and where parsing stopped. */
const parseKamerstuk = (text: string, start: number, at: number, out: FoundCitation[]): number | null => {
  const m = sticky(KST, text, at);
  if (!m) {
    const c = sticky(CASE, text, at);
    if (!c || c[0].startsWith(':') || !c[0].startsWith(' ')) return null;
    const end = at + c[0].length;
    out.push({
      text: text.slice(start, end),
      key: caseKey(c[1]!, c[2]!, c[3]!),
      start,
      end,
    });
    return end;
  }
  const chamber = m[1];
  const [, , , , dossier, suffix, plural, nr, letter] = m;
  if (letter && chamber !== 'I' && chamber !== 'EK') return null;
  const base = `kst-${dossierKey(dossier!, suffix)}`;
  const firstEnd = m.indices![nr ? 7 : 8]![1];
  out.push({
    text: text.slice(start, firstEnd),
    key: `${base}-${nr ?? letter}`,
    start,
    end: firstEnd,
  });
  let end = at + m[0].length;
  if (plural) {
    for (let more = sticky(MORE_NRS, text, end); more; more = sticky(MORE_NRS, text, end)) {
      const [s, e] = more.indices![1]!;
      out.push({
        text: text.slice(s, e),
        key: `${base}-${more[1]}`,
        start: s,
        end: e,
      });
      end = e;
    }
  }
  for (let cont = sticky(CONTINUED, text, end); cont; cont = sticky(CONTINUED, text, end)) {
    const s = cont.indices![1]![0];
    const e = end + cont[0].length;
    out.push({
      text: text.slice(s, e),
      key: `kst-${dossierKey(cont[1]!, cont[2])}-${cont[3]}`,
      start: s,
      end: e,
    });
    end = e;
  }
  return end;
};

const parseAt = (text: string, word: string, start: number, out: FoundCitation[]): number | null => {
  const at = start + word.length;
  const lower = word.toLowerCase();
  if (lower.startsWith('kamerstuk')) return parseKamerstuk(text, start, at, out);
  if (lower.startsWith('motie')) {
    const m = sticky(MOTIE, text, at);
    if (!m) return parseKamerstuk(text, start, at, out);
    const end = at + m[0].length;
    out.push({
      text: text.slice(start, end),
      key: `kst-${dossierKey(m[1]!, m[2] || undefined)}-${m[3]}`,
      start,
      end,
    });
    return end;
  }
  if (lower === 'kenmerk') {
    const m = sticky(CASE, text, at);
    if (!m) return null;
    const end = at + m[0].length;
    out.push({
      text: text.slice(start, end),
      key: caseKey(m[1]!, m[2]!, m[3]!),
      start,
      end,
    });
    return end;
  }
  if (lower.endsWith('handelingen')) {
    const m = sticky(HANDELINGEN, text, at);
    if (!m) return null;
    const end = at + m[0].length;
    const house = m[1] === 'I' || m[1] === 'EK' ? 'ek' : 'tk';
    const prefix = lower.startsWith('aanhangsel') ? 'ah' : 'h';
    const key = `${prefix}-${house}-${sessionKey(m[2]!, m[3]!)}-${m[4]}${m[5] ? `-${m[5]}` : ''}`;
    out.push({ text: text.slice(start, end), key, start, end });
    return end;
  }
  const m = sticky(BARE_CASE, text, start);
  if (!m) return null;
  const end = start + m[0].length;
  out.push({ text: m[0], key: caseKey(m[1]!, m[2]!, m[3]!), start, end });
  return end;
};

/**
 * A necessary condition for an ANCHOR match, without look-behinds or Unicode classes: most blocks
 * cite nothing, and this test rejects them several times faster than scanning with ANCHOR.
 */
const MAYBE_ANCHOR = /andelingen|amerstuk|otie|enmerk|\d{4}\.?[DZ]\.?\d{5}/;

/** Finds every citation in `text`, in order, with UTF-16 offsets `[start, end)`. */
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
