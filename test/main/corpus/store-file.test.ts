import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { docText, postingsOf, ShardBuilder } from '../../../app/search/index-shard';
import { toEntry } from '../../../app/search/letter-entry';
import { SearchIndex } from '../../../app/search/search-index';
import { CACHE_VERSION, LetterCache } from '../../../main/corpus/letter-cache';
import { letterOf } from '../../app/search/shard-fixtures';

const storeFile = async (cache: LetterCache): Promise<string> => {
  const dir = join(cache.dir, 'stores');
  const [name] = (await readdir(dir)).filter((n) => n.endsWith('.bin'));
  return join(dir, name!);
};

describe('warm-start store with postings and texts left on disk', () => {
  let dir: string;
  let cache: LetterCache;
  const letters = [
    letterOf('a.txt', ['Eerste alinea over Oekraïne.', 'Tweede alinea.'], ['Kamerstuk 36 045, nr. 264.']),
    letterOf('b.txt', ['De wederopbouw van café’s in Oekraïne.']),
  ];
  const texts = ['Eerste alinea over Oekraïne.', 'Tweede alinea.', 'Kamerstuk 36 045, nr. 264.', 'De wederopbouw van café’s in Oekraïne.'];
  let built: ReturnType<ShardBuilder['build']>;

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'dossier-store-'));
    cache = new LetterCache(dir);
    const builder = new ShardBuilder();
    letters.forEach((l) => builder.add(l));
    built = builder.build();
    await cache.saveStore('/corpus', { entries: letters.map(toEntry), shards: [{ data: built, dead: new Uint8Array(2) }] });
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('reads only the head: postings and texts come from the file when asked for, as written', async () => {
    const store = (await cache.loadStore('/corpus'))!;
    const shard = store.shards[0]!.data;
    expect(shard.postDoc.length + shard.postTf.length + shard.text.length).toBe(0);
    expect(shard.disk).toBeDefined();
    expect([0, 1, 2, 3].map((d) => docText(shard, d))).toEqual(texts);
    const all = built.termStart[built.termStart.length - 1]!;
    const { doc, tf } = postingsOf(shard, 0, all);
    expect([...doc]).toEqual([...built.postDoc]);
    expect([...tf]).toEqual([...built.postTf]);
    // A slice in the middle (one term's postings).
    const t = built.terms.indexOf('oekraine');
    const slice = postingsOf(shard, built.termStart[t]!, built.termStart[t + 1]!);
    expect([...slice.doc]).toEqual([0, 3]);
    expect(store.entries.map((e) => e.file)).toEqual(['a.txt', 'b.txt']);

    const index = new SearchIndex();
    index.addShard(shard, store.shards[0]!.dead);
    const hits = index.search({ query: '"wederopbouw van cafe"' }, () => ({ kind: null, date: null, signatories: [] }));
    expect(hits.map((h) => [h.file, h.block, h.snippet])).toEqual([['b.txt', 'b0', 'De wederopbouw van café’s in Oekraïne.']]);
    store.close!();
  });

  it('writes the store again from its own file, byte for byte the same, also after the file was replaced', async () => {
    const path = await storeFile(cache);
    const before = await readFile(path);
    const store = (await cache.loadStore('/corpus'))!;
    await cache.saveStore('/corpus', store);
    expect(Buffer.compare(await readFile(path), before)).toBe(0);
    // The open store reads from the file it opened, not the one renamed over it.
    await cache.saveStore('/corpus', store);
    expect(Buffer.compare(await readFile(path), before)).toBe(0);
    expect(docText(store.shards[0]!.data, 3)).toBe(texts[3]);
    store.close!();
  });

  it('gives up on a file cut short after opening: nothing read, the file removed, no store written back from it', async () => {
    const path = await storeFile(cache);
    const store = (await cache.loadStore('/corpus'))!;
    const shard = store.shards[0]!.data;
    await truncate(path, 200);
    expect(docText(shard, 3)).toBe('');
    expect(postingsOf(shard, 0, 3).doc.length).toBe(0);
    expect(existsSync(path)).toBe(false);
    await expect(cache.saveStore('/corpus', store)).rejects.toThrow('onleesbaar');
    expect(await readdir(join(cache.dir, 'stores'))).toEqual([]);
    store.close!();
  });

  it('treats a truncated file, random bytes or a store of another version as no store', async () => {
    const path = await storeFile(cache);
    const good = await readFile(path);
    await truncate(path, 10);
    expect(await cache.loadStore('/corpus')).toBeUndefined();
    // Cut in the middle, trailer kept: the sections point past the head or the tail.
    await writeFile(path, Buffer.concat([good.subarray(0, good.byteLength - 80), good.subarray(good.byteLength - 16)]));
    expect(await cache.loadStore('/corpus')).toBeUndefined();
    const random = Buffer.alloc(4096);
    for (let i = 0; i < random.length; i++) random[i] = (i * 2654435761) >>> 24;
    await writeFile(path, random);
    expect(await cache.loadStore('/corpus')).toBeUndefined();
    // The previous format (DSX3) is not read.
    const old = Buffer.from(good);
    old.write('DSX3', old.byteLength - 16, 'latin1');
    await writeFile(path, old);
    expect(await cache.loadStore('/corpus')).toBeUndefined();
    expect(CACHE_VERSION).toBeGreaterThanOrEqual(14);
  });
});
