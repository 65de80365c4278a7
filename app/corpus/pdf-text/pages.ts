import { readLayoutColumns } from './layout-columns';

/**
 * Pages and page furniture of text extracted from PDF by any program (shared/corpus/FORMATS.md,
 * "PDF → text, as different programs produce it"). Pages are separated by a form feed, or by
 * nothing; running headers and footers, page numbers and colophon lines are recognised by
 * repeating across pages at the page edge (not by a list of phrases), and they mark the page
 * boundary when no form feed does. A footer glued to the next page's first line
 * (`… vergaderjaar 2023–2024, Aanhangsel 5Vraag 4`) is cut off that line. Columns printed side by
 * side (`pdftotext -layout`) are read one after the other first (layout-columns.ts).
 */

/** One line of body text with its 1-based page number; `text` trimmed, space runs collapsed. */
export interface PageLine {
  text: string;
  page: number;
}

/** Digits as `#`, lower case, single spaces: lines that differ only in a page number match. */
const shape = (line: string): string =>
  line
    .toLowerCase()
    .replace(/\d+/g, '#')
    .replace(/[\s\u00A0]+/g, ' ')
    .trim();

/** Labels the block classifier reads as structure, not furniture, although they repeat with a counter. */
const STRUCTURE = /^(?:vraag|antwoord)(?: (?:op )?(?:vraag )?#[a-z]?)? ?[:.]?$/;
const EDGE = 4;

const clean = (line: string): string =>
  line
    .replace(/^[●○■]\s/, '• ')
    .replace(/[\s\u00A0]{2,}/g, ' ')
    .replace(/\t/g, ' ')
    .trim();

/** Indices of the first and last `EDGE` non-blank lines of a page. */
const edgeIndices = (lines: string[]): Set<number> => {
  const filled = lines.flatMap((l, i) => (l.trim() === '' ? [] : [i]));
  return new Set([...filled.slice(0, EDGE), ...filled.slice(-EDGE)]);
};

/**
 * Shapes that repeat at the page edge on at least two pages and 40% of them, the same text each
 * time or with a page counter (a note body of the same shape on two pages is not furniture).
 */
const pagedFurniture = (pages: string[][]): Set<string> => {
  const seen = new Map<string, Map<number, string>>();
  pages.forEach((lines, p) => {
    for (const i of edgeIndices(lines)) {
      const s = shape(lines[i]!);
      if (s.length < 1 || STRUCTURE.test(s)) continue;
      if (!seen.has(s)) seen.set(s, new Map());
      if (!seen.get(s)!.has(p)) seen.get(s)!.set(p, lines[i]!);
    }
  });
  const min = Math.max(2, Math.ceil(pages.length * 0.4));
  const out = new Set<string>();
  for (const [s, on] of seen) {
    const texts = [...on.values()];
    if (on.size >= min && s !== '#' && (new Set(texts).size === 1 || countsPages(texts))) out.add(s);
  }
  return out;
};

/**
 * Bare numbers at page edges are page numbers when they follow the page index at one offset on
 * most pages: that offset, or null. Other bare numbers there are note labels.
 */
const pageNumberOffset = (pages: string[][]): number | null => {
  const offsets = new Map<number, number>();
  pages.forEach((lines, p) => {
    for (const i of edgeIndices(lines)) {
      const t = lines[i]!.trim();
      if (/^\d{1,4}$/.test(t)) offsets.set(Number(t) - p, (offsets.get(Number(t) - p) ?? 0) + 1);
    }
  });
  const best = [...offsets].find(([, n]) => n >= Math.max(2, pages.length * 0.5));
  return best ? best[0] : null;
};

/**
 * Whether successive occurrences count up in a single number, the rest the same (`Pagina 2`,
 * `Pagina 3`); a step of two allows for one occurrence glued to a next line.
 */
const countsPages = (texts: string[]): boolean =>
  texts.slice(1).every((t, k) => {
    const a = (texts[k]!.match(/\d+/g) ?? []).map(Number);
    const b = (t.match(/\d+/g) ?? []).map(Number);
    const differ = a.flatMap((v, i) => (v === b[i] ? [] : [b[i]! - v]));
    return a.length === b.length && differ.length === 1 && (differ[0] === 1 || differ[0] === 2);
  });

/**
 * Without page breaks: lines with a number that repeat at least twice, spread out like pages (five
 * lines apart or more), counting up (a page counter) or the same each time (12 characters or more;
 * the page number then stands on a line of its own right after it).
 */
const unpagedFurniture = (lines: string[]): Set<string> => {
  const at = new Map<string, number[]>();
  lines.forEach((l, i) => {
    const s = shape(l);
    if (!s.includes('#') || s.length > 160 || STRUCTURE.test(s)) return;
    if (!at.has(s)) at.set(s, []);
    at.get(s)!.push(i);
  });
  const out = new Set<string>();
  for (const [s, idx] of at) {
    if (idx.length < 2 || s === '#') continue;
    const gaps = idx.slice(1).map((v, k) => v - idx[k]!);
    const texts = idx.map((i) => lines[i]!);
    if (Math.min(...gaps) >= 5 && (countsPages(texts) || (new Set(texts).size === 1 && s.length >= 12))) out.add(s);
  }
  return out;
};

/** The text of a furniture line up to its trailing page number, to find it glued to a next line. */
const prefixOf = (line: string): string => line.replace(/\s*\d{1,4}\s*$/, '');

/**
 * Splits extracted text into body lines with page numbers, furniture removed. Blank lines are
 * kept (`text: ''`): some extractors mark paragraph ends with them. Text with neither form feeds
 * nor furniture (`pdftotext -nopgbrk` by a program that dropped the footers) takes two blank lines
 * in a row for a page end, as such extractors leave after a page's foot (`blankPages`; the format
 * detector turns it off: blank lines are no evidence of a page).
 */
export const pageLines = (input: string, blankPages = true): PageLine[] => {
  const raw = input.replace(/\r\n?/g, '\n');
  const paged = raw.includes('\f');
  const pages = (paged ? raw.split('\f') : [raw]).map((p) => readLayoutColumns(p.split('\n')).map(clean));
  const furniture = paged ? pagedFurniture(pages) : unpagedFurniture(pages[0]!);
  const bare = blankPages && !paged && furniture.size === 0;
  const offset = paged ? pageNumberOffset(pages) : null;
  const samples = new Set<string>();
  for (const lines of pages) for (const l of lines) if (furniture.has(shape(l)) && shape(l) !== '#') samples.add(prefixOf(l));
  const prefixes = [...samples].filter((p) => p.length >= 12);
  const out: PageLine[] = [];
  let page = 1;
  let ended: { page: number; line: number } | null = null;
  pages.forEach((lines, p) => {
    if (paged) page = p + 1;
    const edges = edgeIndices(lines);
    for (const [i, line] of lines.entries()) {
      // Neither page breaks nor furniture (an extractor that removed both): two blank lines end a page.
      if (bare && line === '' && lines[i - 1] === '' && lines[i - 2] !== '' && out.length > 0 && out[out.length - 1]!.page === page) page++;
      if (offset !== null && edges.has(i) && line === String(p + offset)) continue;
      if (furniture.has(shape(line))) {
        if (!paged && out.length > 0 && out[out.length - 1]!.page === page) {
          page++;
          ended = { page: page - 1, line: i };
        }
        continue;
      }
      // The page number poppler writes after an unchanging running footer.
      if (ended && i - ended.line <= 3 && line === String(ended.page)) continue;
      const glued = prefixes.find((pre) => line.startsWith(pre) && line.length > pre.length);
      if (glued) {
        if (!paged) page++;
        const rest = line.slice(glued.length).replace(/^\s*\d{1,4}(?!\d)\s*/, '');
        if (rest) out.push({ text: rest, page });
        continue;
      }
      out.push({ text: line, page });
    }
  });
  return out;
};
