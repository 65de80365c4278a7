import { mkdtemp, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { renameOver } from '../../main/rename-over';

/** Windows' refusal while another program holds the target open, `times` times, then the real rename. */
const refusing = (code: string, times: number) => {
  const calls: string[] = [];
  const move = async (from: string, to: string) => {
    calls.push(code);
    if (calls.length <= times) throw Object.assign(new Error(`${code}: operation not permitted, rename`), { code });
    await rename(from, to);
  };
  return { calls, move };
};

describe('renameOver (the last step of every atomic write in main)', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'dossier-rename-'));
    await writeFile(join(dir, 'brief.dossier'), 'oud');
    await writeFile(join(dir, 'brief.dossier.tmp'), 'nieuw');
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  const paths = () => [join(dir, 'brief.dossier.tmp'), join(dir, 'brief.dossier')] as const;

  it('replaces the file (a plain rename where nothing is in the way)', async () => {
    await renameOver(...paths());
    expect(await readFile(join(dir, 'brief.dossier'), 'utf8')).toBe('nieuw');
    expect(await readdir(dir)).toEqual(['brief.dossier']);
  });

  it('on Windows retries while another program briefly holds the file (EPERM, EBUSY, EACCES)', async () => {
    for (const code of ['EPERM', 'EBUSY', 'EACCES']) {
      await writeFile(join(dir, 'brief.dossier.tmp'), `nieuw ${code}`);
      const { calls, move } = refusing(code, 3);
      await renameOver(...paths(), { platform: 'win32', rename: move, delaysMs: [1, 1, 1, 1] });
      expect(calls).toHaveLength(4);
      expect(await readFile(join(dir, 'brief.dossier'), 'utf8')).toBe(`nieuw ${code}`);
    }
  });

  it('gives up after the last wait: the old file stays, the temporary file is removed, the error is thrown', async () => {
    const { calls, move } = refusing('EPERM', 99);
    await expect(renameOver(...paths(), { platform: 'win32', rename: move, delaysMs: [1, 1] })).rejects.toMatchObject({ code: 'EPERM' });
    expect(calls).toHaveLength(3);
    expect(await readFile(join(dir, 'brief.dossier'), 'utf8')).toBe('oud');
    expect(await readdir(dir)).toEqual(['brief.dossier']);
  });

  it('does not retry on other platforms or for other errors', async () => {
    const linux = refusing('EPERM', 1);
    await expect(renameOver(...paths(), { platform: 'linux', rename: linux.move })).rejects.toMatchObject({ code: 'EPERM' });
    expect(linux.calls).toHaveLength(1);
    await writeFile(join(dir, 'brief.dossier.tmp'), 'nieuw');
    const full = refusing('ENOSPC', 1);
    await expect(renameOver(...paths(), { platform: 'win32', rename: full.move })).rejects.toMatchObject({ code: 'ENOSPC' });
    expect(full.calls).toHaveLength(1);
    expect(await readdir(dir)).toEqual(['brief.dossier']);
  });
});
