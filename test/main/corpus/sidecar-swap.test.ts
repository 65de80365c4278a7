import type * as FsPromises from 'node:fs/promises';
import { mkdtemp, rm, symlink, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/** Runs once, right after the next `lstat` the sidecar reader makes: the moment an attacker would swap the file. */
const afterLstat = vi.hoisted(() => ({ run: null as null | (() => Promise<void>) }));

vi.mock('node:fs/promises', async (importOriginal) => {
  const fs = await importOriginal<typeof FsPromises>();
  return {
    ...fs,
    lstat: async (...args: Parameters<typeof fs.lstat>) => {
      const seen = await fs.lstat(...args);
      const run = afterLstat.run;
      afterLstat.run = null;
      if (run) await run();
      return seen;
    },
  };
});

const { readSidecarText } = await import('../../../main/corpus/sidecar-file');

/** Issue 16: a sidecar is never read through a symbolic link, not even one put in its place after the check. */
describe('sidecar read against a swap between check and read', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'dossier-swap-'));
  });
  afterEach(async () => {
    afterLstat.run = null;
    await rm(dir, { recursive: true, force: true });
  });

  it('refuses a symbolic link that replaced the regular file after lstat', async () => {
    const sidecar = join(dir, 'metadata.json');
    const outside = join(dir, 'elders.json');
    await writeFile(sidecar, '{"letters": []}');
    await writeFile(outside, '{"letters": [{"file": "a.txt", "title": "Van elders"}]}');
    afterLstat.run = async () => {
      await unlink(sidecar);
      await symlink(outside, sidecar);
    };
    const read = await readSidecarText(sidecar);
    expect(read.state).toBe('unusable');
    expect(read).toMatchObject({ problem: { key: 'sidecar.symlink' } });
  });

  it('refuses a different regular file put in place after lstat', async () => {
    const sidecar = join(dir, 'metadata.json');
    await writeFile(sidecar, '{"letters": []}');
    afterLstat.run = async () => {
      await unlink(sidecar);
      await writeFile(join(dir, 'filler'), 'x'); // keeps the old inode number from being reused at once
      await writeFile(sidecar, '{"letters": [{"file": "a.txt", "title": "Ander bestand"}]}');
    };
    const read = await readSidecarText(sidecar);
    expect(read.state).toBe('unusable');
  });

  it('reads the regular file when nothing changes', async () => {
    const sidecar = join(dir, 'metadata.json');
    await writeFile(sidecar, '{"letters": []}');
    const read = await readSidecarText(sidecar);
    expect(read).toMatchObject({ state: 'text', text: '{"letters": []}' });
  });
});
