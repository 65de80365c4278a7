import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { writeParts } from '../../../main/corpus/write-parts';

describe('writeParts (the store and links files: temp file, then rename)', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'dossier-parts-'));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('writes strings and bytes in order, from a list or an async generator, over an existing file', async () => {
    const path = join(dir, 'a.links');
    await writeFile(path, 'oud en langer dan het nieuwe bestand');
    await writeParts(path, ['één ', new Uint8Array([0x74, 0x77, 0x65, 0x65]), '\n']);
    expect(await readFile(path, 'utf8')).toBe('één twee\n');
    async function* lines() {
      yield '{"format":"dossier-links"}\n';
      await new Promise((resolve) => setTimeout(resolve, 1));
      yield '[1,2]\n';
    }
    await writeParts(path, lines());
    expect(await readFile(path, 'utf8')).toBe('{"format":"dossier-links"}\n[1,2]\n');
    expect(await readdir(dir)).toEqual(['a.links']);
  });

  it('leaves the old file as it was and no temp file when a part fails, and throws that error', async () => {
    const path = join(dir, 'a.bin');
    await writeFile(path, 'oud');
    function* parts() {
      yield 'nieuw, half';
      throw new Error('schijf vol');
    }
    await expect(writeParts(path, parts())).rejects.toThrow('schijf vol');
    expect(await readFile(path, 'utf8')).toBe('oud');
    expect(await readdir(dir)).toEqual(['a.bin']);
  });

  it('leaves no temp file when the final rename fails (here: a folder stands at the path), and throws', async () => {
    const path = join(dir, 'a.store');
    await mkdir(path);
    await writeFile(join(path, 'binnen'), 'x');
    await expect(writeParts(path, ['nieuw'])).rejects.toMatchObject({ code: expect.stringMatching(/^E(ISDIR|NOTEMPTY|EXIST|PERM)$/) });
    expect(await readdir(dir)).toEqual(['a.store']);
  });
});
