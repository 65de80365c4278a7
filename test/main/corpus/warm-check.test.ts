import { appendFile, rm } from 'node:fs/promises';
import { join } from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import type { CorpusService } from '../../../main/corpus/corpus-service';
import { F002, F004, SAMPLE_FILES, service, tempCorpus } from './helpers';

/** Issue 22: a warm start is usable before the files are checked; the check then reads what changed. */
describe('warm start: usable first, files checked after', () => {
  let tmp: Awaited<ReturnType<typeof tempCorpus>>;
  const open: CorpusService[] = [];
  beforeEach(async () => {
    tmp = await tempCorpus();
  });
  afterEach(async () => {
    for (const s of open.splice(0)) await s.close();
    await tmp.cleanup();
  });

  it('lists and searches the stored letters at once; a file changed meanwhile is then read again, a removed one is not listed', async () => {
    const first = service(tmp.data);
    open.push(first);
    await first.open([tmp.corpus]);
    await first.close();
    await appendFile(join(tmp.corpus, F002), '\nNieuwe slotalinea over wederopbouw. \n');
    await rm(join(tmp.corpus, F004));

    // At the `usable` step: every stored letter listed (the removed one too) and searchable, as stored.
    let atUsable: { listed: string[]; old: string[]; fresh: string[] } | undefined;
    const second = service(tmp.data, {
      onLoadStep: (step) => {
        if (step !== 'usable') return;
        atUsable = {
          listed: second.state().letters.map((l) => l.file),
          old: [...new Set(second.search({ query: 'Yesilgoz', limit: 100 }).map((h) => h.file))].sort(),
          fresh: second.search({ query: 'wederopbouw slotalinea' }).map((h) => h.file),
        };
      },
    });
    open.push(second);
    const live: string[] = [];
    second.onLetters((batch) => live.push(...batch.letters.map((l) => l.file)));
    const state = await second.open([tmp.corpus]);
    // The folder is listed first: the removed file is not among them; the changed one is, as stored.
    const kept = SAMPLE_FILES.filter((f) => f !== F004).sort();
    expect([...atUsable!.listed].sort()).toEqual(kept);
    expect(atUsable!.old).toEqual(expect.arrayContaining([F002]));
    expect(atUsable!.fresh).toEqual([]);
    // The check: the changed file read again (its letter replaced), the removed one gone.
    expect(second.lastLoad).toMatchObject({ parsed: 1, indexed: 1 });
    expect(state.letters.map((l) => l.file).sort()).toEqual(kept);
    expect(second.search({ query: 'wederopbouw slotalinea' }).map((h) => h.file)).toEqual([F002]);
    expect(second.search({ query: 'Yesilgoz', limit: 100 }).some((h) => h.file === F004)).toBe(false);
    expect(live.slice(0, 4).sort()).toEqual(kept);
  });
});
