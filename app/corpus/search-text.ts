/**
 * Pure text helpers for corpus search: term normalisation, query parsing, match finding and
 * snippets. Shared by the main-process index and (potentially) the renderer, so no Node, no DOM.
 *
 * Normalisation rule: Unicode NFD, drop combining marks (\p{M}), lower-case. So `Yesilgoz`,
 * `YEŞILGÖZ` and `Yeşilgöz` all become `yesilgoz`. A term is a run of letters and digits;
 * everything else (spaces, punctuation, hyphens) separates terms.
 */

/** Splits text into raw terms (the index and the query use the same rule). */
const SEPARATOR = /[^\p{L}\p{N}\p{M}]+/u;
const TERM = /[\p{L}\p{N}\p{M}]+/gu;
const MARKS = /\p{M}+/gu;

/** Prefix matching starts at this many characters: shorter prefixes match too much to be useful. */
export const MIN_PREFIX = 3;

const PLAIN = /^[a-z0-9]*$/;

/** NFD, strip combining marks, lower-case (see module comment). Plain ASCII, most terms, skips NFD. */
export const normalizeTerm = (term: string): string => {
  const lower = term.toLowerCase();
  return PLAIN.test(lower) ? lower : lower.normalize('NFD').replace(MARKS, '');
};

/** The tokenizer handed to MiniSearch: raw terms, normalised later by `normalizeTerm`. */
export const splitTerms = (text: string): string[] => text.split(SEPARATOR).filter((t) => t.length > 0);

export interface Token {
  /** Normalised form. */
  norm: string;
  /** UTF-16 offsets of the raw term in the original text. */
  start: number;
  end: number;
}

/** Terms of `text` with their positions in the original (un-normalised) string. */
export const tokenize = (text: string): Token[] => {
  const tokens: Token[] = [];
  for (const m of text.matchAll(TERM)) {
    tokens.push({ norm: normalizeTerm(m[0]), start: m.index, end: m.index + m[0].length });
  }
  return tokens;
};

export interface ParsedQuery {
  /** Free words, normalised; matched as prefixes when at least MIN_PREFIX long. */
  words: string[];
  /** Quoted phrases, each as its normalised terms in order; matched exactly and adjacently. */
  phrases: string[][];
}

/** Splits a query into quoted phrases (`"vrede in Oekraïne"`) and free words. An unclosed quote counts as plain words. */
export const parseQuery = (query: string): ParsedQuery => {
  const phrases: string[][] = [];
  const rest = query.replace(/"([^"]*)"/g, (_all, inner: string) => {
    const terms = splitTerms(inner)
      .map(normalizeTerm)
      .filter((t) => t.length > 0);
    if (terms.length > 0) phrases.push(terms);
    return ' ';
  });
  const words = splitTerms(rest.replace(/"/g, ' '))
    .map(normalizeTerm)
    .filter((t) => t.length > 0);
  return { words: [...new Set(words)], phrases };
};

export const isEmptyQuery = (q: ParsedQuery): boolean => q.words.length === 0 && q.phrases.length === 0;

/** Whether a normalised document term matches a normalised query word (exact, or prefix when long enough). */
export const wordMatches = (term: string, word: string): boolean => term === word || (word.length >= MIN_PREFIX && term.startsWith(word));

/** Start indexes (into `tokens`) where `phrase` occurs as adjacent terms. */
const phraseStarts = (tokens: Token[], phrase: string[]): number[] => {
  const starts: number[] = [];
  for (let i = 0; i + phrase.length <= tokens.length; i++) {
    if (phrase.every((p, k) => tokens[i + k]!.norm === p)) starts.push(i);
  }
  return starts;
};

/** Whether `text` contains every phrase of the query. */
export const containsPhrases = (tokens: Token[], phrases: string[][]): boolean =>
  phrases.every((phrase) => phraseStarts(tokens, phrase).length > 0);

/** Ranges `[start, end)` in the original text to highlight: each phrase occurrence and each matching word. */
export const matchRanges = (tokens: Token[], q: ParsedQuery): Array<[number, number]> => {
  const ranges: Array<[number, number]> = [];
  for (const phrase of q.phrases) {
    for (const i of phraseStarts(tokens, phrase)) ranges.push([tokens[i]!.start, tokens[i + phrase.length - 1]!.end]);
  }
  for (const t of tokens) {
    if (q.words.some((w) => wordMatches(t.norm, w))) ranges.push([t.start, t.end]);
  }
  ranges.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  // Drop ranges nested in or overlapping an earlier one, so highlights never overlap.
  const merged: Array<[number, number]> = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r[0] < last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  return merged;
};

export interface Snippet {
  snippet: string;
  /** UTF-16 offsets into `snippet`. */
  highlights: Array<[number, number]>;
}

/**
 * A window of `text` around the first match: up to `before` characters ahead of it and `width`
 * in total, cut at spaces, with `…` where text was left out. Highlights are shifted into the
 * snippet; ranges that fall outside the window are dropped, one that is cut off is clipped.
 */
export const makeSnippet = (
  text: string,
  ranges: Array<[number, number]>,
  { before = 60, width = 220 }: { before?: number; width?: number } = {},
): Snippet => {
  const first = ranges[0]?.[0] ?? 0;
  let start = Math.max(0, first - before);
  if (start > 0) {
    const space = text.indexOf(' ', start);
    start = space >= 0 && space < first ? space + 1 : start;
  }
  let end = Math.min(text.length, start + width);
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    end = space > (ranges[0]?.[1] ?? start) ? space : end;
  }
  const lead = start > 0 ? '…' : '';
  const tail = end < text.length ? '…' : '';
  const highlights: Array<[number, number]> = [];
  for (const [s, e] of ranges) {
    if (s >= end || e <= start) continue;
    highlights.push([Math.max(s, start) - start + lead.length, Math.min(e, end) - start + lead.length]);
  }
  return { snippet: lead + text.slice(start, end) + tail, highlights };
};
