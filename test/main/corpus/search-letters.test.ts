import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { readableTitle } from '../../../app/corpus/title';
import type { CorpusProgress } from '../../../app/ipc/contract';
import { QuickLetterIndex } from '../../../app/search/quick-letters';
import type { CorpusService } from '../../../main/corpus/corpus-service';
import { F000, F002, F004, service, tempCorpus } from './helpers';

/** Issue 21, finding 2, on the sample corpus: search `36 045` finds letters, not 23 loose cards. */
describe('CorpusService.searchLetters on the sample corpus', () => {
  let svc: CorpusService;
  beforeAll(async () => {
    svc = service((await tempCorpus()).data);
    await svc.openSample();
  });
  afterAll(() => svc.close());

  it('gives the letter that is 36 045 nr. 264 first, as one entry, and footnote hits under their letter', () => {
    const result = svc.searchLetters({ query: '36 045' });
    expect(result.groups[0]!.file).toBe(F000);
    const files = result.groups.map((g) => g.file);
    expect(new Set(files).size).toBe(files.length);
    expect(files).toContain(F002);
    const cites = result.groups.find((g) => g.file === F004)!;
    expect(cites.hitCount).toBeGreaterThan(cites.hits.length);
    expect(cites.hits.every((h) => h.footnote !== undefined && /^\d+$/.test(h.footnoteLabel ?? ''))).toBe(true);
    expect(result.totalHits).toBe(result.groups.reduce((n, g) => n + g.hitCount, 0));
  });

  it('finds 36 045 nr. 264 by each way of writing its number', () => {
    for (const query of ['36 045, nr. 264', '36045-264', 'kst-36045-264']) {
      expect(svc.searchLetters({ query }).groups[0]).toMatchObject({ file: F000, match: 'key' });
    }
  });
});

describe("LetterSummary.keys (the renderer's quick answer)", () => {
  it('carries a sidecar request key, so the quick answer names the letter main ranks first for it', async () => {
    const tmp = await tempCorpus();
    const path = join(tmp.corpus, 'metadata.json');
    const sidecar = JSON.parse(await readFile(path, 'utf8')) as { letters: Array<Record<string, unknown>> };
    sidecar.letters.find((l) => l.file === F002)!.request = '2025Z99123';
    await writeFile(path, JSON.stringify(sidecar));
    const svc = service(tmp.data);
    try {
      const state = await svc.open([tmp.corpus]);
      const summary = state.letters.find((l) => l.file === F002)!;
      expect(summary.keys).toContain('zaak-2025Z99123');
      expect(summary.references).not.toContain('2025Z99123');
      const quick = new QuickLetterIndex();
      for (const l of state.letters) quick.add({ file: l.file, title: readableTitle(l), keys: l.keys });
      expect(quick.find('2025Z99123', 20)).toEqual([{ file: F002, match: 'key' }]);
      expect(svc.searchLetters({ query: '2025Z99123' }).groups[0]).toMatchObject({ file: F002, match: 'key' });
    } finally {
      await svc.close();
      await tmp.cleanup();
    }
  });
});

describe('CorpusService.cancelLoad', () => {
  it('stops a large load; the letters read so far are open and searchable, progress says cancelled', { timeout: 60_000 }, async () => {
    const tmp = await tempCorpus();
    const folder = join(tmp.dir, 'groot');
    await mkdir(folder);
    const total = 600;
    for (let i = 0; i < total; i++) {
      const text = `Kamerbrief nummer ${i}\n\nDe minister schrijft over steun aan Oekraïne en over wederopbouw ${i}.\n`;
      await writeFile(join(folder, `brief-${String(i).padStart(4, '0')}.txt`), text);
    }
    const svc = service(tmp.data, { workers: 1 });
    expect(svc.cancelLoad()).toBe(false);
    const seen: CorpusProgress[] = [];
    const off = svc.onProgress((p) => {
      seen.push(p);
      if (p.phase === 'parsing' && p.done > 0) svc.cancelLoad();
    });
    const state = await svc.open([folder]);
    off();
    expect(state.progress.phase).toBe('cancelled');
    expect(state.letters.length).toBeGreaterThan(0);
    expect(state.letters.length).toBeLessThan(total);
    expect(state.progress.done).toBe(state.letters.length);
    expect(state.errors).toEqual([]);
    const found = svc.searchLetters({ query: 'wederopbouw' });
    expect(found.totalLetters).toBe(state.letters.length);
    expect(seen.at(-1)!.phase).toBe('cancelled');
    // Opened again, the rest is read (the cancelled part came from the cache).
    const again = await svc.open([folder]);
    expect(again.letters).toHaveLength(total);
    expect(again.progress.phase).toBe('ready');
    await svc.close();
    await tmp.cleanup();
  });
});
