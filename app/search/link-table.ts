import type { Letter } from '../corpus/types';
import { type LetterEntry, skeletonOf } from './letter-entry';
import type { LinkDiff } from './stored-links';

/**
 * Stored links (links file v3, main/corpus/links-file.ts) as the entry table keeps entries
 * (entry-table.ts): a chunk of LinkDiffs as `strings`, the chunk's distinct strings once each
 * (stored as a JSON array), and `numbers` (u32), per letter a mask of what it holds, then each
 * part in a fixed order:
 *
 *   mask  title? date? kind? ministry? (n (name function)×n)? (n reference×n)? (n key×n)?
 *         (n target×n)? (n citer×n)?
 *
 * A nullable string is its index + 1 (0 for null). A letter (a target, a citer) is `ref`: 2 × its
 * number in the store's entries + 1, or 2 × a string's index + 2 for a file outside them (which
 * linking never gives), 0 for no target. Parsing numbers and a few distinct strings is several
 * times faster than parsing the diffs as JSON objects (v2: 21 MB of JSON at 100,000 letters, ~0.5 s
 * to read back on the 2-core machine).
 */
export interface LinkTable {
  strings: string[];
  numbers: Uint32Array;
}

/** The metadata fields of a LinkDiff, in mask bit order (bits 0–6); targets bit 7, citedBy bit 8. */
const META = ['title', 'date', 'kind', 'ministry', 'signatories', 'references', 'keys'] as const;
const TARGETS = 1 << 7;
const CITED_BY = 1 << 8;
const ALL = (1 << 9) - 1;

/** The table of `diffs` (one per entry, in order); `number` gives a file's number in the store's entries. */
export const linkTable = (diffs: LinkDiff[], number: Map<string, number>): LinkTable => {
  const strings: string[] = [];
  const ids = new Map<string, number>();
  const numbers: number[] = [];
  const id = (s: string): number => {
    let at = ids.get(s);
    if (at === undefined) {
      at = strings.length;
      strings.push(s);
      ids.set(s, at);
    }
    return at;
  };
  const ref = (file: string | null): number => {
    if (file === null) return 0;
    const n = number.get(file);
    return n === undefined ? 2 * id(file) + 2 : 2 * n + 1;
  };
  const list = (items: string[]): void => {
    numbers.push(items.length);
    for (const s of items) numbers.push(id(s));
  };
  for (const diff of diffs) {
    const meta = (diff.meta ?? {}) as Partial<Record<(typeof META)[number], unknown>>;
    let mask = 0;
    META.forEach((field, bit) => {
      if (field in meta) mask |= 1 << bit;
    });
    if (diff.targets) mask |= TARGETS;
    if (diff.citedBy) mask |= CITED_BY;
    numbers.push(mask);
    for (const field of ['title', 'date', 'kind', 'ministry'] as const) {
      if (!(field in meta)) continue;
      const value = meta[field] as string | null;
      numbers.push(value === null ? 0 : id(value) + 1);
    }
    if (meta.signatories) {
      const signatories = meta.signatories as Letter['signatories'];
      numbers.push(signatories.length);
      for (const s of signatories) numbers.push(id(s.name), id(s.function));
    }
    if (meta.references) list(meta.references as string[]);
    if (meta.keys) list(meta.keys as string[]);
    if (diff.targets) {
      numbers.push(diff.targets.length);
      for (const t of diff.targets) numbers.push(ref(t));
    }
    if (diff.citedBy) {
      numbers.push(diff.citedBy.length);
      for (const f of diff.citedBy) numbers.push(ref(f));
    }
  }
  return { strings, numbers: Uint32Array.from(numbers) };
};

/**
 * The linked skeletons of `entries[from…from + count)` from their table (the inverse of
 * linkTable with linkDiff applied to each entry's skeleton). Throws 'geen koppeling' when the
 * table is not one linkTable can have written for these entries: `strings` not strings, an index
 * or a letter number out of range, an unknown mask bit, as many targets as citations not given,
 * numbers left over or missing (a damaged file is never trusted).
 */
export const linkedOfTable = (strings: unknown, numbers: Uint32Array, entries: LetterEntry[], from: number, count: number): Letter[] => {
  const broken = (): never => {
    throw new Error('geen koppeling');
  };
  if (!Array.isArray(strings) || !strings.every((s) => typeof s === 'string')) return broken();
  const table = strings as string[];
  let at = 0;
  const num = (): number => (at < numbers.length ? numbers[at++]! : broken());
  const str = (): string => table[num()] ?? broken();
  const count_ = (): number => {
    const n = num();
    return n <= numbers.length - at ? n : broken();
  };
  const list = (): string[] => {
    const items = new Array<string>(count_());
    for (let i = 0; i < items.length; i++) items[i] = str();
    return items;
  };
  const file = (v: number): string => (v % 2 === 1 ? (entries[(v - 1) / 2]?.file ?? broken()) : (table[(v - 2) / 2] ?? broken()));
  const letters: Letter[] = [];
  for (let i = from; i < from + count; i++) {
    const letter = skeletonOf(entries[i] ?? broken());
    const mask = num();
    if ((mask & ~ALL) !== 0) broken();
    for (const [bit, field] of (['title', 'date', 'kind', 'ministry'] as const).entries()) {
      if (!(mask & (1 << bit))) continue;
      const v = num();
      letter[field] = v === 0 ? null : (table[v - 1] ?? broken());
    }
    if (mask & (1 << 4)) {
      const signatories = new Array<Letter['signatories'][number]>(count_());
      for (let k = 0; k < signatories.length; k++) signatories[k] = { name: str(), function: str() };
      letter.signatories = signatories;
    }
    if (mask & (1 << 5)) letter.references = list();
    if (mask & (1 << 6)) letter.keys = list();
    if (mask & TARGETS) {
      if (count_() !== letter.citations.length) broken();
      for (const c of letter.citations) {
        const v = num();
        c.target = v === 0 ? null : file(v);
      }
    }
    if (mask & CITED_BY) {
      const citedBy = new Array<string>(count_());
      for (let k = 0; k < citedBy.length; k++) {
        const v = num();
        citedBy[k] = v === 0 ? broken() : file(v);
      }
      letter.citedBy = citedBy;
    }
    letters.push(letter);
  }
  if (at !== numbers.length) broken();
  return letters;
};
