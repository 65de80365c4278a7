import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { cachedLetterOf, letterCachePath, readCachedLetter } from '../../../main/corpus/cache-file';
import { LetterCache, manifestStamps } from '../../../main/corpus/letter-cache';

const letter = {
  file: 'a.txt',
  format: 'word',
  hash: 'abc',
  title: 'Titel',
  date: null,
  kind: null,
  ministry: null,
  signatories: [],
  references: [],
  keys: [],
  blocks: [{ id: 'b0', kind: 'paragraph', text: 'Tekst', notes: [] }],
  footnotes: [],
  citations: [],
  citedBy: [],
};

describe('the parse cache is validated when read back', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'dossier-cache-file-'));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('returns a letter of the right shape and content, re-keyed to the file asked for', () => {
    expect(cachedLetterOf(JSON.stringify(letter), 'abc', 'b.txt')).toEqual({ ...letter, file: 'b.txt' });
    expect(cachedLetterOf(JSON.stringify(letter), 'other', 'b.txt')).toBeUndefined();
  });

  it('refuses JSON that is not a letter (a damaged or foreign file)', () => {
    expect(cachedLetterOf('{"hash":"abc"}', 'abc', 'a.txt')).toBeUndefined();
    expect(cachedLetterOf(JSON.stringify({ ...letter, blocks: [{ id: 'b0', kind: 'poem', text: 1 }] }), 'abc', 'a.txt')).toBeUndefined();
    expect(cachedLetterOf('{not json', 'abc', 'a.txt')).toBeUndefined();
  });

  it('reads a damaged cache file as absent, synchronously and asynchronously', async () => {
    const path = letterCachePath(dir, 'abc');
    await mkdir(join(path, '..'), { recursive: true });
    await writeFile(path, JSON.stringify({ ...letter, blocks: 'x' }));
    expect(readCachedLetter(dir, 'abc', 'a.txt')).toBeUndefined();
    const cache = new LetterCache(dir);
    await mkdir(join(letterCachePath(cache.dir, 'abc'), '..'), { recursive: true });
    await writeFile(letterCachePath(cache.dir, 'abc'), JSON.stringify({ ...letter, footnotes: null }));
    expect(await cache.get('abc', 'a.txt')).toBeUndefined();
  });

  it('reads a manifest of the wrong shape as empty', async () => {
    const cache = new LetterCache(dir);
    await cache.saveManifest('/corpus', new Map([['a.txt', { size: 1, mtimeMs: 2, hash: 'abc' }]]));
    expect([...(await cache.manifest('/corpus'))]).toEqual([['a.txt', { size: 1, mtimeMs: 2, hash: 'abc' }]]);
    await cache.saveManifest('/corpus', new Map([['a.txt', { size: 'groot' } as never]]));
    expect((await cache.manifest('/corpus')).size).toBe(0);
  });

  it('trusts no damaged or foreign manifest (manifestStamps)', () => {
    const stamp = { size: 1, mtimeMs: 2, hash: 'abc' };
    expect([...manifestStamps({ root: '/c', files: { 'a.txt': stamp } })!]).toEqual([['a.txt', stamp]]);
    for (const bad of [null, 3, 'x', {}, { files: null }, { files: [stamp] }, { files: { 'a.txt': null } }]) {
      expect(manifestStamps(bad)).toBeUndefined();
    }
    for (const field of ['size', 'mtimeMs', 'hash'] as const) {
      expect(manifestStamps({ files: { 'a.txt': stamp, 'b.txt': { ...stamp, [field]: undefined } } })).toBeUndefined();
      expect(manifestStamps({ files: { 'b.txt': { ...stamp, [field]: field === 'hash' ? 7 : '7' } } })).toBeUndefined();
    }
  });
});
