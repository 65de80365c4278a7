import { appendFile, copyFile, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import type { CorpusService } from '../../../main/corpus/corpus-service';
import { F000, F002, F004, nextChange, SAMPLE_FILES, service, tempCorpus } from './helpers';

describe('parse cache', () => {
  let tmp: Awaited<ReturnType<typeof tempCorpus>>;
  const open: CorpusService[] = [];
  beforeEach(async () => {
    tmp = await tempCorpus();
  });
  afterEach(async () => {
    for (const s of open.splice(0)) await s.close();
    await tmp.cleanup();
  });

  it('re-parses only changed files on a second start', async () => {
    const first = service(tmp.data);
    open.push(first);
    const cold = await first.open([tmp.corpus]);
    expect(first.lastLoad).toMatchObject({ parsed: 5, fromCache: 0, indexed: 5 });
    await first.close();

    const second = service(tmp.data);
    open.push(second);
    const warm = await second.open([tmp.corpus]);
    // Letters and the search index both come from the cache.
    expect(second.lastLoad).toMatchObject({ parsed: 0, fromCache: 5, indexed: 0 });
    expect(second.search({ query: 'Yesilgoz', limit: 100 })).toEqual(first.search({ query: 'Yesilgoz', limit: 100 }));
    expect(warm.letters).toEqual(cold.letters);
    expect(second.letter(F004).footnotes.find((f) => f.label === '2')?.text).toBe('Kamerstuk 36 045, nr. 264.');
    await second.close();

    await appendFile(join(tmp.corpus, F002), '\nNieuwe slotalinea over wederopbouw. \n');
    // A copy has the same content hash as its source: served from the cache, not parsed.
    await copyFile(join(tmp.corpus, F000), join(tmp.corpus, 'kopie.txt'));
    const third = service(tmp.data);
    open.push(third);
    const state = await third.open([tmp.corpus]);
    expect(third.lastLoad).toMatchObject({ parsed: 1, fromCache: 5, indexed: 2 });
    expect(state.letters).toHaveLength(6);
    expect(third.search({ query: 'wederopbouw slotalinea' }).map((h) => h.file)).toEqual([F002]);
  });
});

describe('watching an open folder', () => {
  let tmp: Awaited<ReturnType<typeof tempCorpus>>;
  let svc: CorpusService;
  beforeEach(async () => {
    tmp = await tempCorpus();
    svc = service(tmp.data, { watch: true, watchDebounceMs: 100 });
  });
  afterEach(async () => {
    await svc.close();
    await tmp.cleanup();
  });

  it('adds, changes and removes letters without a restart', async () => {
    await svc.open([tmp.corpus]);
    const source = await readFile(join(tmp.corpus, F000), 'utf8');

    let change = nextChange(svc, (s) => s.letters.some((l) => l.file === 'sub/nieuw.txt'));
    await mkdir(join(tmp.corpus, 'sub'));
    await writeFile(join(tmp.corpus, 'sub', 'nieuw.txt'), `${source}\nDe zeppelinhaven is gesloten. \n`);
    let state = await change;
    expect(svc.lastLoad.changed).toEqual(['sub/nieuw.txt']);
    expect(state.letters.map((l) => l.file).sort()).toEqual([...SAMPLE_FILES, 'sub/nieuw.txt'].sort());
    expect(svc.search({ query: 'zeppelinhaven' }).map((h) => h.file)).toEqual(['sub/nieuw.txt']);

    change = nextChange(svc, () => svc.lastLoad.changed.includes(F004));
    await appendFile(join(tmp.corpus, F004), '\nHet luchtschip landde veilig. \n');
    await change;
    expect(svc.search({ query: 'luchtschip' }).map((h) => h.file)).toEqual([F004]);

    change = nextChange(svc, (s) => !s.letters.some((l) => l.file === 'sub/nieuw.txt'));
    await rm(join(tmp.corpus, 'sub', 'nieuw.txt'));
    state = await change;
    expect(svc.lastLoad.removed).toEqual(['sub/nieuw.txt']);
    expect(state.letters).toHaveLength(5);
    expect(svc.search({ query: 'zeppelinhaven' })).toEqual([]);
  });
});
