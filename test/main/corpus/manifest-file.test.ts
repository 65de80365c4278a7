import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import type { FileStamp } from '../../../main/corpus/letter-cache';
import { isOldManifest, readManifest, writeManifest } from '../../../main/corpus/manifest-file';

/** Issue 22: a manifest of 100,000 stamps is read and written a line at a time, never trusted when cut or damaged. */
describe('manifest file (JSON Lines)', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'dossier-manifest-'));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  const stamps = (n: number): Map<string, FileStamp> =>
    new Map(
      Array.from({ length: n }, (_, i) => [`d${i % 7}/brief-${i}.txt`, { size: i, mtimeMs: 1_700_000_000_000 + i / 4, hash: `h${i}` }]),
    );

  it('reads back what it wrote, over several lines, and an old one-object manifest too', async () => {
    const path = join(dir, 'm.json');
    const all = stamps(12_345);
    await writeManifest(path, '/corpus', all);
    const text = await readFile(path, 'utf8');
    expect(text.split('\n').filter(Boolean)).toHaveLength(1 + 3);
    expect([...(await readManifest(path))]).toEqual([...all]);
    await writeFile(path, JSON.stringify({ root: '/corpus', files: Object.fromEntries(all) }));
    expect([...(await readManifest(path))]).toEqual([...all]);
  });

  it('is empty when cut short, damaged or foreign', async () => {
    const path = join(dir, 'm.json');
    await writeManifest(path, '/corpus', stamps(12_000));
    const text = await readFile(path, 'utf8');
    const lines = text.split('\n');
    for (const bad of [
      lines.slice(0, 3).join('\n'), // a line missing
      text.slice(0, text.length - 100), // cut inside a line
      text.replace('"size":5,', '"size":"5",'), // a stamp of the wrong shape
      'geen manifest',
    ]) {
      await writeFile(path, bad);
      expect((await readManifest(path)).size).toBe(0);
    }
    expect((await readManifest(join(dir, 'absent.json'))).size).toBe(0);
  });
});

describe('manifest written before the JSON Lines form', () => {
  it('is said to be old, so a load writes it again', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'dossier-manifest-'));
    const path = join(dir, 'm.json');
    await writeFile(path, JSON.stringify({ root: '/c', files: { 'a.txt': { size: 1, mtimeMs: 2, hash: 'h' } } }));
    expect(isOldManifest(await readManifest(path))).toBe(true);
    await writeManifest(path, '/c', await readManifest(path));
    expect(isOldManifest(await readManifest(path))).toBe(false);
    await rm(dir, { recursive: true, force: true });
  });
});
