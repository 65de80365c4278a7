import { describe, expect, it } from 'vitest';

import { decodeStore, encodeStore } from '../../../app/search/corpus-store';
import { ShardBuilder } from '../../../app/search/index-shard';
import { toEntry } from '../../../app/search/letter-entry';
import { SearchIndex } from '../../../app/search/search-index';
import { letterOf } from './shard-fixtures';

const noMeta = () => ({ kind: null, date: null, signatories: [] });

const concat = (iterable: Iterable<Uint8Array>): Uint8Array => {
  const parts = [...iterable];
  const out = new Uint8Array(parts.reduce((n, p) => n + p.byteLength, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.byteLength;
  }
  return out;
};

describe('corpus store', () => {
  it('reads back entries, shards and tombstones exactly as written', async () => {
    const letters = [letterOf('a.txt', ['Één brief over café’s.'], ['Voetnoot met 2025Z15748.']), letterOf('b.txt', ['Tweede brief.'])];
    const builder = new ShardBuilder();
    letters.forEach((l) => builder.add(l));
    const data = builder.build();
    const bytes = concat(encodeStore({ entries: letters.map(toEntry), shards: [{ data, dead: Uint8Array.of(0, 1) }] }));
    expect(bytes.byteLength % 8).toBe(0);

    const back = await decodeStore(bytes);
    expect(back.entries).toEqual(letters.map(toEntry));
    expect(back.entries[0]!.footnoteCount).toBe(1);
    const [shard] = back.shards;
    expect([...shard!.dead]).toEqual([0, 1]);
    expect(shard!.data.terms).toEqual(data.terms);
    expect(shard!.data.docNote).toEqual(['', 'fn1', '']);
    expect(shard!.data.files).toEqual(['a.txt', 'b.txt']);
    expect(shard!.data.hashes).toEqual(data.hashes);
    expect(shard!.data.docLabel).toEqual(data.docLabel);
    expect(shard!.data.docLabel).toHaveLength(3);
    for (const key of ['termStart', 'postDoc', 'postTf', 'docLetter', 'docBlock', 'docLen', 'textStart', 'text'] as const) {
      expect([...shard!.data[key]]).toEqual([...data[key]]);
    }
    expect(new TextDecoder().decode(shard!.data.text)).toBe('Één brief over café’s.Voetnoot met 2025Z15748.Tweede brief.');
  });

  it('refuses a file that is not a store, or is cut short', async () => {
    await expect(decodeStore(new TextEncoder().encode('{"version":1}   '))).rejects.toThrow('geen indexbestand');
    const bytes = concat(encodeStore({ entries: [toEntry(letterOf('a.txt', ['Tekst.']))], shards: [] }));
    const cut = new Uint8Array(bytes.byteLength - 8);
    cut.set(bytes.subarray(0, bytes.byteLength - 24));
    cut.set(bytes.subarray(bytes.byteLength - 16), cut.byteLength - 16);
    await expect(decodeStore(cut)).rejects.toThrow('indexbestand is afgebroken');
  });

  it('refuses a shard whose files, hashes and tombstones disagree in number', async () => {
    const letters = [letterOf('a.txt', ['Een.']), letterOf('b.txt', ['Twee.'])];
    const builder = new ShardBuilder();
    letters.forEach((l) => builder.add(l));
    const data = builder.build();
    const ok = concat(encodeStore({ entries: letters.map(toEntry), shards: [{ data, dead: new Uint8Array(2) }] }));
    expect((await decodeStore(ok)).shards[0]!.data.hashes).toEqual(data.hashes);
    const extraFile = { ...data, files: [...data.files, 'c.txt'] };
    await expect(decodeStore(concat(encodeStore({ entries: [], shards: [{ data: extraFile, dead: new Uint8Array(2) }] })))).rejects.toThrow(
      'indexbestand is afgebroken',
    );
    const fewerHashes = { ...data, hashes: data.hashes.slice(0, 1) };
    await expect(
      decodeStore(concat(encodeStore({ entries: [], shards: [{ data: fewerHashes, dead: new Uint8Array(2) }] }))),
    ).rejects.toThrow('indexbestand is afgebroken');
  });

  it('keeps a stored term dictionary packed: searched without splitting it, split only when read, written back as read', async () => {
    const letters = [letterOf('a.txt', ['Een brief over steun.']), letterOf('b.txt', ['Twee brieven.'])];
    const builder = new ShardBuilder();
    letters.forEach((l) => builder.add(l));
    const data = builder.build();
    const bytes = concat(encodeStore({ entries: letters.map(toEntry), shards: [{ data, dead: new Uint8Array(2) }] }));
    const lazy = (await decodeStore(bytes)).shards[0]!.data;
    const packed = lazy.packedTerms!;
    expect(Array.from({ length: packed.length }, (_, i) => packed.at(i))).toEqual(data.terms);
    // The same hits, scores and snippets as the shard as built, for words, prefixes and phrases.
    const found = new SearchIndex();
    found.addShard(lazy);
    const built = new SearchIndex();
    built.addShard(data);
    for (const query of ['brie', 'steun', 'brieven', 'twee', '"over steun"', 'xyz']) {
      expect(found.search({ query }, noMeta)).toEqual(built.search({ query }, noMeta));
    }
    expect(
      found
        .search({ query: 'brie' }, noMeta)
        .map((h) => h.file)
        .sort(),
    ).toEqual(['a.txt', 'b.txt']);
    expect(Object.getOwnPropertyDescriptor(lazy, 'terms')!.get).toBeDefined(); // not split by the searches
    const again = (await decodeStore(concat(encodeStore({ entries: [], shards: [{ data: lazy, dead: new Uint8Array(2) }] })))).shards[0]!
      .data;
    expect(Object.getOwnPropertyDescriptor(lazy, 'terms')!.get).toBeDefined(); // nor by writing the store
    expect(again.terms).toEqual(data.terms);
    expect(lazy.terms).toEqual(data.terms);
    expect(Object.getOwnPropertyDescriptor(lazy, 'terms')!.value).toEqual(data.terms);
    const fewerTerms = { ...data, terms: data.terms.slice(1) };
    await expect(
      decodeStore(concat(encodeStore({ entries: [], shards: [{ data: fewerTerms, dead: new Uint8Array(2) }] }))),
    ).rejects.toThrow('indexbestand is afgebroken');
  });
});
