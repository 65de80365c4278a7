import { blankLinePages, blankPageFurniture } from './blank-pages';
import { readLayoutColumns } from './layout-columns';
import { tableRows } from './layout-rows';
import { edgeFurniture } from './page-edges';

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
  /** A table row printed with its cells in columns (layout-rows.ts): a line of its own, never a heading. */
  row?: boolean;
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
const pagedFurniture = (pages: string[][], allow?: (texts: readonly string[]) => boolean): Set<string> => {
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
    if (on.size >= min && s !== '#' && (new Set(texts).size === 1 || countsPages(texts)) && (!allow || allow(texts))) out.add(s);
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

/**
 * Without page breaks: a line without a number that repeats unchanged (12 to 160 characters, five
 * lines apart or more) and stands each time right next to a bare page number (the line after or
 * before it) with a blank line or the text's edge on its other side, those numbers counting up by
 * one: a running footer or header whose page number poppler writes on a line of its own. Its
 * shapes, and the indices of those page numbers.
 */
const besidePageNumbers = (lines: string[]): { shapes: Set<string>; numbers: Set<number> } => {
  const at = new Map<string, number[]>();
  lines.forEach((l, i) => {
    const s = shape(l);
    if (s.length < 12 || s.length > 160 || /\d/.test(s) || s.includes('#') || STRUCTURE.test(s)) return;
    at.set(s, [...(at.get(s) ?? []), i]);
  });
  const shapes = new Set<string>();
  const numbers = new Set<number>();
  for (const [s, idx] of at) {
    if (idx.length < 2 || idx.slice(1).some((v, k) => v - idx[k]! < 5)) continue;
    for (const step of [1, -1]) {
      const found = idx.map((i) => i + step);
      // Apart on its other side (a blank line, the text's start or end): not a body line above or below the number.
      const values = found.map((j) => (/^\d{1,4}$/.test(lines[j] ?? '') && !lines[j - 2 * step] ? Number(lines[j]) : NaN));
      if (values.every((v, k) => !Number.isNaN(v) && (k === 0 || v === values[k - 1]! + 1))) {
        shapes.add(s);
        for (const j of found) numbers.add(j);
        break;
      }
    }
  }
  return { shapes, numbers };
};

/** The text of a furniture line up to its trailing page number, to find it glued to a next line. */
const prefixOf = (line: string): string => line.replace(/\s*\d{1,4}\s*$/, '');

/**
 * Without page breaks, where a furniture line that repeats unchanged (no page counter in it)
 * stands: `apart` with a blank line, the text's start or end on one side of it (past other
 * furniture and bare numbers); `between` text lines, yet after a sentence's end and not opening
 * in lower case (a header that pdf.js put between two pages' text); or `inside` a sentence that
 * runs through it: a body line that recurs, never removed.
 */
const standing = (lines: readonly string[], i: number, furniture: Set<string>): 'apart' | 'between' | 'inside' => {
  const skip = (j: number) =>
    j >= 0 && j < lines.length && lines[j] !== '' && (furniture.has(shape(lines[j]!)) || /^\d{1,4}$/.test(lines[j]!));
  let before = i - 1;
  while (skip(before)) before--;
  let after = i + 1;
  while (skip(after)) after++;
  if (before < 0 || after >= lines.length || lines[before] === '' || lines[after] === '') return 'apart';
  return /[.!?:]$/.test(lines[before]!) && !/^\p{Ll}/u.test(lines[i]!) ? 'between' : 'inside';
};

/**
 * The text's pages, each read into lines (layout-columns.ts): split at form feeds; else at blank
 * lines when they are the only page breaks (blank-pages.ts: pdf.js text), `allow` then narrowing
 * what may be furniture there (blankPageFurniture); else one sheet, `paged` false.
 */
const sheetsOf = (
  raw: string,
  blankPages: boolean,
): { paged: boolean; read: string[][]; allow?: (texts: readonly string[]) => boolean } => {
  const split = (texts: string[]) => texts.map((p) => readLayoutColumns(p.split('\n')));
  if (raw.includes('\f')) return { paged: true, read: split(raw.split('\f')) };
  const sheets = blankPages ? blankLinePages(raw) : null;
  return sheets ? { paged: true, read: split(sheets), allow: blankPageFurniture(raw.split('\n')) } : { paged: false, read: split([raw]) };
};

/** A line removed as page furniture: its text, page, and whether it is obviously furniture (page-edges.ts). */
export interface RemovedLine {
  text: string;
  page: number;
  obvious: boolean;
}

/**
 * Splits extracted text into body lines with page numbers, furniture removed, and reports what
 * was removed. Blank lines are kept (`text: ''`): some extractors mark paragraph ends with them.
 * With form feeds, furniture goes only at the page edges (page-edges.ts). Text with neither form
 * feeds nor furniture (`pdftotext -nopgbrk` by a program that dropped the footers) takes two
 * blank lines in a row for a page end, as such extractors leave after a page's foot
 * (`blankPages`; the format detector turns it off: blank lines are no evidence of a page).
 */
export const readPages = (input: string, blankPages = true): { lines: PageLine[]; removed: RemovedLine[] } => {
  const raw = input.replace(/\r\n?/g, '\n');
  const { paged, read, allow } = sheetsOf(raw, blankPages);
  const rows = read.map(tableRows);
  const pages = read.map((lines) => lines.map(clean));
  const beside = paged ? { shapes: new Set<string>(), numbers: new Set<number>() } : besidePageNumbers(pages[0]!);
  const furniture = paged ? pagedFurniture(pages, allow) : new Set([...unpagedFurniture(pages[0]!), ...beside.shapes]);
  const bare = blankPages && !paged && furniture.size === 0;
  const offset = paged ? pageNumberOffset(pages) : null;
  // Page counters: shapes whose occurrences count up (`Pagina 3`), obviously furniture wherever they stand.
  const counting = new Set<string>();
  const texts = new Map<string, string[]>();
  for (const lines of pages) for (const l of lines) if (furniture.has(shape(l))) texts.set(shape(l), [...(texts.get(shape(l)) ?? []), l]);
  for (const [s, t] of texts) if (new Set(t).size > 1 && countsPages(t)) counting.add(s);
  const removed: RemovedLine[] = [];
  const edgesOf = (apart: Set<string>) =>
    pages.map((lines, p) =>
      paged
        ? new Map(
            edgeFurniture(
              lines,
              (i) => furniture.has(shape(lines[i]!)) || (offset !== null && lines[i] === String(p + offset)),
              (i) => counting.has(shape(lines[i]!)) || (offset !== null && lines[i] === String(p + offset)),
              (i) => apart.has(shape(lines[i]!)),
            ).map((r) => [r.index, r]),
          )
        : null,
    );
  // Furniture that stands in blocks of its own somewhere is looked for again glued under a page's last line (page-edges.ts).
  const first = edgesOf(new Set());
  const apart = new Set(first.flatMap((e, p) => [...(e?.keys() ?? [])].map((i) => shape(pages[p]![i]!)).filter((s) => s !== '#')));
  const edges = paged && apart.size > 0 ? edgesOf(apart) : first;
  const samples = new Set<string>();
  pages.forEach((lines, p) => {
    for (const [i, l] of lines.entries())
      if (
        shape(l) !== '#' &&
        (paged ? edges[p]!.has(i) : furniture.has(shape(l)) && (counting.has(shape(l)) || standing(lines, i, furniture) !== 'inside'))
      )
        samples.add(prefixOf(l));
  });
  const prefixes = [...samples].filter((p) => p.length >= 12);
  const out: PageLine[] = [];
  let page = 1;
  let ended: { page: number; line: number } | null = null;
  pages.forEach((lines, p) => {
    if (paged) page = p + 1;
    const edge = edges[p];
    // With form feeds, a glued footer is looked for only on the first and last text line left at the page's edges.
    const kept = lines.flatMap((l, i) => (l !== '' && !edge?.has(i) ? [i] : []));
    const boundary = new Set([kept[0], kept[kept.length - 1]]);
    for (const [i, line] of lines.entries()) {
      // Neither page breaks nor furniture (an extractor that removed both): two blank lines end a page.
      if (bare && line === '' && lines[i - 1] === '' && lines[i - 2] !== '' && out.length > 0 && out[out.length - 1]!.page === page) page++;
      // A page number beside an unchanging running footer or header (besidePageNumbers).
      if (beside.numbers.has(i)) {
        removed.push({ text: line, page, obvious: true });
        continue;
      }
      if (edge?.has(i)) {
        removed.push({ text: line, page, obvious: edge.get(i)!.obvious });
        continue;
      }
      const s = shape(line);
      const where = !paged && furniture.has(s) && !counting.has(s) ? standing(lines, i, furniture) : null;
      if (!paged && furniture.has(s) && where !== 'inside') {
        removed.push({ text: line, page, obvious: counting.has(s) || (where === 'apart' && !/[.!?]$/.test(line)) });
        if (out.length > 0 && out[out.length - 1]!.page === page) {
          page++;
          ended = { page: page - 1, line: i };
        }
        continue;
      }
      // The page number poppler writes after an unchanging running footer.
      if (ended && i - ended.line <= 3 && line === String(ended.page)) continue;
      const glued = (!paged || boundary.has(i)) && prefixes.find((pre) => line.startsWith(pre) && line.length > pre.length);
      if (glued) {
        if (!paged) page++;
        const rest = line.slice(glued.length).replace(/^\s*\d{1,4}(?!\d)\s*/, '');
        if (rest) out.push({ text: rest, page });
        continue;
      }
      out.push(rows[p]!.has(i) ? { text: line, page, row: true } : { text: line, page });
    }
  });
  return { lines: out, removed };
};

/** Body lines with page numbers, furniture removed (readPages without the report). */
export const pageLines = (input: string, blankPages = true): PageLine[] => readPages(input, blankPages).lines;
