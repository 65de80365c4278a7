import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { letterCachePath } from '../../../main/corpus/cache-file';
import { CACHE_VERSION } from '../../../main/corpus/letter-cache';
import { F001, F004, service, tempCorpus } from './helpers';

describe('CorpusService.letter', () => {
  let tmp: Awaited<ReturnType<typeof tempCorpus>>;
  beforeEach(async () => {
    tmp = await tempCorpus();
  });
  afterEach(async () => {
    await tmp.cleanup();
  });

  it('parses a letter from its file when first asked, caches it, and reads it from the cache after', async () => {
    const cacheDir = join(tmp.data, 'corpus-cache', `v${CACHE_VERSION}`);
    const first = service(tmp.data);
    await first.open([tmp.corpus]);
    await first.updateMeta(F004, { title: 'Eigen titel' });
    const parsed = first.letter(F004);
    expect(parsed.title).toBe('Eigen titel');
    expect(parsed.footnotes.find((f) => f.label === '2')?.text).toBe('Kamerstuk 36 045, nr. 264.');
    await first.close();
    expect(existsSync(letterCachePath(cacheDir, parsed.hash))).toBe(true);
    expect(existsSync(letterCachePath(cacheDir, first.state().letters.find((l) => l.file === F001)!.hash))).toBe(false);

    const second = service(tmp.data);
    await second.open([tmp.corpus]);
    expect(second.lastLoad).toMatchObject({ parsed: 0, fromCache: 5 });
    // Same letter, metadata edit and citation links included, now from the cache.
    expect(second.letter(F004)).toEqual(parsed);
    await rm(join(cacheDir, 'letters'), { recursive: true });
    expect(second.letter(F001).blocks.length).toBe(second.state().letters.find((l) => l.file === F001)!.blockCount);
    await second.close();
  });
});
