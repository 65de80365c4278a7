import { rmSync, writeFileSync } from 'node:fs';
import { mkdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import type { CorpusService } from '../../../main/corpus/corpus-service';
import { CorpusWatcher } from '../../../main/corpus/corpus-watcher';
import { readLetterFileSync } from '../../../main/corpus/letter-file';
import { F000, F001, nextChange, SAMPLE_FILES, service, tempCorpus } from './helpers';

/** Issue 16, items 4, 6 and 7: what the probes did, on real links in a temp folder. */
describe('a corpus folder with symbolic links', () => {
  let tmp: Awaited<ReturnType<typeof tempCorpus>>;
  let svc: CorpusService;
  let outside: string;
  beforeEach(async () => {
    tmp = await tempCorpus();
    svc = service(tmp.data, { watch: true, watchDebounceMs: 100 });
    outside = join(tmp.dir, 'buiten');
    await mkdir(outside);
    await writeFile(join(outside, 'geheim.txt'), 'Het wachtwoord is zwaardvis.\n');
    // Two nested loops (the probe that never finished) and links leading out of the folder.
    await mkdir(join(tmp.corpus, 'a', 'b'), { recursive: true });
    await symlink('..', join(tmp.corpus, 'a', 'b', 'omhoog'), 'dir');
    await symlink('../../a', join(tmp.corpus, 'a', 'b', 'rond'), 'dir');
    await symlink(outside, join(tmp.corpus, 'naar-buiten'), 'dir');
    await symlink(join(outside, 'geheim.txt'), join(tmp.corpus, 'koppeling.txt'));
  });
  afterEach(async () => {
    await svc.close();
    await tmp.cleanup();
  });

  it('loads and watches without following a link: loops end, nothing outside is read', async () => {
    const state = await svc.open([tmp.corpus]);
    expect(state.letters.map((l) => l.file).sort()).toEqual(SAMPLE_FILES);
    expect(svc.search({ query: 'zwaardvis' })).toEqual([]);

    // A link added later is not followed by the watcher either; a plain letter is picked up.
    const change = nextChange(svc, (s) => s.letters.some((l) => l.file === 'nieuw.txt'));
    await symlink(join(outside, 'geheim.txt'), join(tmp.corpus, 'later.txt'));
    await writeFile(join(tmp.corpus, 'nieuw.txt'), await readFile(join(tmp.corpus, F000), 'utf8'));
    const after = await change;
    expect(after.letters.map((l) => l.file)).not.toContain('later.txt');
    expect(svc.search({ query: 'zwaardvis' })).toEqual([]);
  });

  it('refuses to read a letter file that is a link', () => {
    const read = readLetterFileSync({ path: join(tmp.corpus, 'koppeling.txt'), file: 'koppeling.txt' });
    expect(read).toEqual({
      file: 'koppeling.txt',
      message: expect.stringMatching(/^Dit is een symbolische koppeling/),
      problem: expect.objectContaining({ key: 'problem.symlink' }),
    });
  });
});

describe('watching from the start of a load', () => {
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

  it('shows a file added and drops a file deleted after the folder was listed', async () => {
    const source = await readFile(join(tmp.corpus, F000), 'utf8');
    let done = false;
    svc.onProgress((p) => {
      // 'scanning' is reported once the folder is listed, before any letter is read.
      if (p.phase !== 'scanning' || done) return;
      done = true;
      writeFileSync(join(tmp.corpus, 'tijdens.txt'), `${source}\nDe walvisvaart is verboden. \n`);
      rmSync(join(tmp.corpus, F001));
    });
    const settled = nextChange(svc, (s) => s.letters.some((l) => l.file === 'tijdens.txt') && !s.letters.some((l) => l.file === F001));
    await svc.open([tmp.corpus]);
    const state = await settled;
    expect(done).toBe(true);
    expect(state.errors).toEqual([]);
    expect(svc.search({ query: 'walvisvaart' }).map((h) => h.file)).toEqual(['tijdens.txt']);
  });
});

describe('watcher errors', () => {
  it('go to the error handler instead of being thrown', async () => {
    const tmp = await tempCorpus();
    const failures: unknown[] = [];
    const watcher = new CorpusWatcher(
      tmp.corpus,
      () => undefined,
      100,
      (f) => failures.push(f),
    );
    await watcher.ready();
    const error = Object.assign(new Error('ELOOP: too many symbolic links encountered'), { code: 'ELOOP', path: join(tmp.corpus, 'a') });
    (watcher as unknown as { watcher: { emit: (name: string, e: unknown) => boolean } }).watcher.emit('error', error);
    expect(failures).toEqual([{ folder: 'a', error }]);
    await watcher.close();
    await tmp.cleanup();
  });
});
