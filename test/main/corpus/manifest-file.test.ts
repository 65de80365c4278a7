import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import type { FileStamp } from '../../../main/corpus/letter-cache';
import { isOldManifest, readManifest, writeManifest } from '../../../main/corpus/manifest-file';

/** Issue 22: a manifest of 100,000 stamps is read as a few sections, never trusted when cut or damaged. */
describe('manifest file', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'dossier-manifest-'));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  const stamps = (n: number): Map<string, FileStamp> =>
    new Map(
      Array.from({ length: n }, (_, i) => [
        `d${i % 7}/brief-${i}${i === 3 ? ' é ş' : ''}.txt`,
        { size: i, mtimeMs: 1_700_000_000_000 + i / 4, hash: `h${i}` },
      ]),
    );

  /** The JSON Lines form written before version 2: a header, then up to 5,000 stamps a line. */
  const jsonLines = (all: Map<string, FileStamp>): string => {
    const entries = [...all];
    const lines = [JSON.stringify({ format: 'dossier-manifest', root: '/corpus', count: all.size })];
    for (let i = 0; i < entries.length; i += 5000) lines.push(JSON.stringify({ files: Object.fromEntries(entries.slice(i, i + 5000)) }));
    return `${lines.join('\n')}\n`;
  };

  it('reads back what it wrote, and the earlier JSON Lines and one-object forms too (said to be old)', async () => {
    const path = join(dir, 'm.manifest');
    const all = stamps(45_678);
    await writeManifest(path, '/corpus', all);
    const bytes = await readFile(path);
    expect(bytes.toString('utf8', 0, bytes.indexOf(10))).toContain('"version":2');
    const back = await readManifest(path);
    expect([...back]).toEqual([...all]);
    expect(isOldManifest(back)).toBe(false);
    for (const old of [jsonLines(all), JSON.stringify({ root: '/corpus', files: Object.fromEntries(all) })]) {
      await writeFile(path, old);
      const read = await readManifest(path);
      expect([...read]).toEqual([...all]);
      expect(isOldManifest(read)).toBe(true);
    }
    await writeManifest(path, '/corpus', new Map());
    expect((await readManifest(path)).size).toBe(0);
  });

  it('is empty when cut short, damaged or foreign', async () => {
    const path = join(dir, 'm.manifest');
    await writeManifest(path, '/corpus', stamps(12_000));
    const bytes = await readFile(path);
    const eol = bytes.indexOf(10);
    const header = bytes.toString('utf8', 0, eol);
    const withHeader = (h: string): Buffer => Buffer.concat([Buffer.from(h), bytes.subarray(eol)]);
    const keys = (JSON.parse(header) as { keys: number }).keys;
    const noSep = Buffer.from(bytes);
    noSep[bytes.indexOf(0, eol)] = 0x41; // two keys run together: one key too few
    for (const [what, bad] of [
      ['cut short', bytes.subarray(0, bytes.byteLength - 8)],
      ['a byte more', Buffer.concat([bytes, Buffer.from([0])])],
      ['another count', withHeader(header.replace('"count":12000', '"count":11999'))],
      ['keys longer', withHeader(header.replace(`"keys":${keys}`, `"keys":${keys + 1}`))],
      ['a key missing', noSep],
      ['a later version', withHeader(header.replace('"version":2', '"version":3'))],
      ['a damaged JSON Lines stamp', jsonLines(stamps(12)).replace('"size":5,', '"size":"5",')],
      ['a JSON Lines line missing', jsonLines(stamps(12_000)).split('\n').slice(0, 2).join('\n')],
      ['no manifest', 'geen manifest'],
    ] as const) {
      await writeFile(path, bad);
      expect((await readManifest(path)).size, what).toBe(0);
    }
    expect((await readManifest(join(dir, 'absent.json'))).size).toBe(0);
  });
});
