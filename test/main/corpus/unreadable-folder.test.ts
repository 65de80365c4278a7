import type * as FsPromises from 'node:fs/promises';
import { chmod, copyFile, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { DossierError } from '../../../app/ipc/errors';
import { parsePath } from '../../../main/cli/parse-command';
import type { CorpusService } from '../../../main/corpus/corpus-service';
import { F000, SAMPLE_FILES, service, tempCorpus } from './helpers';

/**
 * Issue 16, item 5. The tests run as root, for whom `chmod 000` changes nothing, so an unreadable
 * folder is simulated: readdir of a folder named `geheim` fails with EACCES, as it does for a
 * normal user on a folder without read permission (the folder is also chmod 000, which takes
 * effect when the tests run as a normal user).
 */
vi.mock('node:fs/promises', async (original) => {
  const fs = await original<typeof FsPromises>();
  const readdir = (async (path: string, ...rest: unknown[]) => {
    if (String(path).endsWith('geheim'))
      throw Object.assign(new Error(`EACCES: permission denied, scandir '${String(path)}'`), { code: 'EACCES' });
    return (fs.readdir as (...args: unknown[]) => Promise<unknown>)(path, ...rest);
  }) as typeof fs.readdir;
  return { ...fs, readdir, default: { ...fs, readdir } };
});

describe('a folder that cannot be read', () => {
  let tmp: Awaited<ReturnType<typeof tempCorpus>>;
  let svc: CorpusService;
  beforeEach(async () => {
    tmp = await tempCorpus();
    svc = service(tmp.data);
    await mkdir(join(tmp.corpus, 'sub', 'geheim'), { recursive: true });
    await copyFile(join(tmp.corpus, F000), join(tmp.corpus, 'sub', 'geheim', 'brief.txt'));
    await chmod(join(tmp.corpus, 'sub', 'geheim'), 0o000);
  });
  afterEach(async () => {
    await chmod(join(tmp.corpus, 'sub', 'geheim'), 0o755);
    await svc.close();
    await tmp.cleanup();
  });

  it('is reported in Dutch while the rest of the corpus loads', async () => {
    const state = await svc.open([tmp.corpus]);
    expect(state.letters.map((l) => l.file).sort()).toEqual(SAMPLE_FILES);
    expect(state.errors).toEqual([
      {
        file: 'sub/geheim/',
        message: expect.stringMatching(/^Deze map kon niet worden gelezen: geen toegang.*De brieven erin ontbreken\.$/),
        problem: { key: 'problem.folder-unreadable', params: { reason: { key: 'io.EACCES', params: {} } } },
      },
    ]);
  });

  it('as the corpus folder itself, fails the open with a Dutch reason', async () => {
    const error = await svc.open([join(tmp.corpus, 'sub', 'geheim')]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DossierError);
    expect((error as Error).message).toMatch(/^De map kon niet worden gelezen: geen toegang/);
  });
});

describe('loose files (issue 16, item 1)', () => {
  it('reads only letter formats; any other file is listed, not read', async () => {
    const tmp = await tempCorpus();
    const secret = join(tmp.dir, 'wachtwoorden.json');
    await writeFile(secret, '{"wachtwoord": "zwaardvis"}');
    const { letters, errors } = await parsePath(secret);
    expect(letters).toEqual([]);
    expect(errors).toEqual([
      {
        file: 'wachtwoorden.json',
        message: expect.stringMatching(/^Dit is geen brief/),
        problem: { key: 'corpus.not-a-letter', params: {} },
      },
    ]);
    expect(JSON.stringify(errors)).not.toContain('zwaardvis');
    const svc = service(tmp.data);
    const state = await svc.open([join(tmp.corpus, F000), secret]);
    expect(state.letters.map((l) => l.file)).toEqual([`corpus/${F000}`]);
    expect(state.errors.map((e) => e.file)).toEqual(['wachtwoorden.json']);
    await svc.close();
    await tmp.cleanup();
  });
});
