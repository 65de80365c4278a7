import { existsSync, openSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { docText, ShardBuilder } from '../../../app/search/index-shard';
import { toEntry } from '../../../app/search/letter-entry';
import { LetterCache } from '../../../main/corpus/letter-cache';
import { StoreText } from '../../../main/corpus/store-text';
import { letterOf } from '../../app/search/shard-fixtures';

const storeFile = async (cache: LetterCache): Promise<string> => {
  const dir = join(cache.dir, 'stores');
  const [name] = (await readdir(dir)).filter((n) => n.endsWith('.bin'));
  return join(dir, name!);
};

describe('warm-start store with texts read after opening', () => {
  let dir: string;
  let cache: LetterCache;
  const letters = [
    letterOf('a.txt', ['Eerste alinea over Oekraïne.', 'Tweede alinea.'], ['Kamerstuk 36 045, nr. 264.']),
    letterOf('b.txt', ['De wederopbouw van café’s.']),
  ];
  const texts = ['Eerste alinea over Oekraïne.', 'Tweede alinea.', 'Kamerstuk 36 045, nr. 264.', 'De wederopbouw van café’s.'];

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'dossier-store-'));
    cache = new LetterCache(dir);
    const builder = new ShardBuilder();
    letters.forEach((l) => builder.add(l));
    await cache.saveStore('/corpus', { entries: letters.map(toEntry), shards: [{ data: builder.build(), dead: new Uint8Array(2) }] });
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('serves every document text at once, before and after the background read', async () => {
    const store = await cache.loadStore('/corpus');
    const shard = store!.shards[0]!.data;
    // Straight after opening: each text is read at its position on demand.
    expect([0, 1, 2, 3].map((d) => docText(shard, d))).toEqual(texts);
    expect(await shard.lazyText!.loaded).toBe(true);
    expect(new TextDecoder().decode(shard.text)).toBe(texts.join(''));
    expect(store!.entries.map((e) => e.file)).toEqual(['a.txt', 'b.txt']);
  });

  it('writes the store again only once its texts are in, and byte for byte the same', async () => {
    const path = await storeFile(cache);
    const before = await readFile(path);
    const store = await cache.loadStore('/corpus');
    await cache.saveStore('/corpus', store!);
    expect(Buffer.compare(await readFile(path), before)).toBe(0);
  });

  it('gives up on texts that cannot be read: the file is removed, the store not written back', async () => {
    // A text region longer than the file: the background read comes up short.
    const path = join(dir, 'kort.bin');
    await writeFile(path, 'abcdef');
    const texts = new StoreText(openSync(path, 'r'), new Uint8Array(64), 2, path);
    expect(await texts.loaded).toBe(false);
    expect(new TextDecoder().decode(texts.text.subarray(0, 4))).toBe('cdef');
    expect(existsSync(path)).toBe(false);

    const store = (await cache.loadStore('/corpus'))!;
    await store.shards[0]!.data.lazyText!.loaded;
    store.shards[0]!.data.lazyText = { ensure: () => undefined, loaded: Promise.resolve(false) };
    await rm(await storeFile(cache));
    await cache.saveStore('/corpus', store);
    expect(await readdir(join(cache.dir, 'stores'))).toEqual([]);
  });

  it('treats a file that is not a store as no store', async () => {
    await truncate(await storeFile(cache), 10);
    expect(await cache.loadStore('/corpus')).toBeUndefined();
  });
});
