import type { LetterEntry } from './letter-entry';

/**
 * Letter entries as the warm-start store keeps them (corpus-store.ts): a chunk of entries as
 * `strings`, the chunk's distinct strings, each once (stored as a JSON array), and `numbers` (a
 * Uint32Array, stored as its bytes), every entry's fields in a fixed order: a string as its index
 * in `strings`, a nullable string as index + 1 (0 for null), a list as its length followed by its
 * items:
 *
 *   file format hash title? date? kind? ministry? n (name function)×n n reference×n n key×n
 *   blockCount footnoteCount n cite×n
 *
 * Parsing numbers and a few distinct strings is several times faster than parsing the entries as
 * objects (100,000 letters: 63 MB of JSON whose signatories, kinds and citation keys repeat,
 * against 25 MB of strings and numbers; measured on the bench archive: 1.0–2.7 s → 0.25 s on a
 * loaded 2-core machine), and entries share their repeated strings. Written for LetterEntry as it is: a field added to it must
 * be added here (the round-trip test compares whole entries).
 */
export interface EntryTable {
  strings: string[];
  numbers: Uint32Array;
}

/** The table of `entries` (see EntryTable). */
export const entryTable = (entries: LetterEntry[]): EntryTable => {
  const strings: string[] = [];
  const ids = new Map<string, number>();
  const numbers: number[] = [];
  const str = (s: string): void => {
    let id = ids.get(s);
    if (id === undefined) {
      id = strings.length;
      strings.push(s);
      ids.set(s, id);
    }
    numbers.push(id);
  };
  const maybe = (s: string | null): void => {
    if (s === null) numbers.push(0);
    else {
      str(s);
      numbers[numbers.length - 1]! += 1;
    }
  };
  const list = (items: string[]): void => {
    numbers.push(items.length);
    items.forEach(str);
  };
  for (const e of entries) {
    str(e.file);
    str(e.format);
    str(e.hash);
    maybe(e.title);
    maybe(e.date);
    maybe(e.kind);
    maybe(e.ministry);
    numbers.push(e.signatories.length);
    for (const s of e.signatories) {
      str(s.name);
      str(s.function);
    }
    list(e.references);
    list(e.keys);
    numbers.push(e.blockCount, e.footnoteCount);
    list(e.cites);
  }
  return { strings, numbers: Uint32Array.from(numbers) };
};

/**
 * The entries of a table (see EntryTable); `strings` as parsed from its JSON. Throws 'indexbestand
 * is afgebroken' when it is not such a table: `strings` not an array of strings, a string index
 * out of range, a list longer than the numbers left, or numbers that end inside an entry.
 */
export const entriesOfTable = (strings: unknown, numbers: Uint32Array): LetterEntry[] => {
  const broken = (): never => {
    throw new Error('indexbestand is afgebroken');
  };
  if (!Array.isArray(strings) || !strings.every((s) => typeof s === 'string')) return broken();
  let at = 0;
  const num = (): number => (at < numbers.length ? numbers[at++]! : broken());
  const str = (): string => (strings[num()] as string | undefined) ?? broken();
  const maybe = (): string | null => {
    const n = num();
    return n === 0 ? null : ((strings[n - 1] as string | undefined) ?? broken());
  };
  /** A list's length: never more than the numbers left. */
  const count = (): number => {
    const n = num();
    return n <= numbers.length - at ? n : broken();
  };
  const list = (): string[] => {
    const items = new Array<string>(count());
    for (let i = 0; i < items.length; i++) items[i] = str();
    return items;
  };
  const entries: LetterEntry[] = [];
  while (at < numbers.length) {
    const file = str();
    const format = str() as LetterEntry['format'];
    const hash = str();
    const title = maybe();
    const date = maybe();
    const kind = maybe();
    const ministry = maybe();
    const signatories = new Array<{ name: string; function: string }>(count());
    for (let i = 0; i < signatories.length; i++) signatories[i] = { name: str(), function: str() };
    const references = list();
    const keys = list();
    const blockCount = num();
    const footnoteCount = num();
    const cites = list();
    entries.push({ file, format, hash, title, date, kind, ministry, signatories, references, keys, blockCount, footnoteCount, cites });
  }
  if (at !== numbers.length) broken();
  return entries;
};
