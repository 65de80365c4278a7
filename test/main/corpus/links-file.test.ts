import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import type { Letter } from '../../../app/corpus/types';
import { skeletonOf, toEntry } from '../../../app/search/letter-entry';
import { encodeLinks, readLinks } from '../../../main/corpus/links-file';
import { letterOf } from '../../app/search/shard-fixtures';

const cites = (l: Letter, keys: string[]): Letter => ({
  ...l,
  citations: keys.map((key) => ({ text: key, key, block: 'b0', target: null })),
});

describe('links file', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'dossier-links-'));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  const entries = [
    toEntry(cites(letterOf('d000/a brief.txt', ['Een.']), ['kst-1', 'kst-2', 'kst-3'])),
    toEntry(letterOf('d001/b.txt', ['Twee.'])),
  ];
  const linkedA: Letter = {
    ...skeletonOf(entries[0]!),
    title: 'Titel uit de sidecar',
    citations: skeletonOf(entries[0]!).citations.map((c, i) => ({ ...c, target: ['d001/b.txt', null, 'elders/c.txt'][i]! })),
  };
  const linkedB: Letter = { ...skeletonOf(entries[1]!), citedBy: ['d000/a brief.txt'] };
  const linked = new Map([
    ['d000/a brief.txt', linkedA],
    ['d001/b.txt', linkedB],
  ]);

  const write = async (): Promise<string> => {
    const path = join(dir, 'x.links');
    const parts: Buffer[] = [];
    for await (const part of encodeLinks('store-1', entries, linked, 'sidecar-1', null)) parts.push(Buffer.from(part));
    await writeFile(path, Buffer.concat(parts));
    return path;
  };

  it('names linked letters by their number in the entries and reads them back as files', async () => {
    const path = await write();
    const text = (await readFile(path)).toString('latin1');
    // Letters of the corpus by number; a file outside it by name.
    expect(text).not.toContain('d001/b.txt');
    expect(text).toContain('"elders/c.txt"');
    expect(text).toContain('"Titel uit de sidecar"');
    const back = (await readLinks(path, 'store-1', entries, 'sidecar-1'))!;
    expect(back.letters.get('d000/a brief.txt')).toEqual(linkedA);
    expect(back.letters.get('d001/b.txt')).toEqual(linkedB);
  });

  it('does not trust a number that is no entry, a cut or foreign file, nor a file of the previous version', async () => {
    const path = await write();
    const bytes = await readFile(path);
    const withLast = (n: number): Buffer => {
      const copy = Buffer.from(bytes);
      copy.writeUInt32LE(n, copy.byteLength - 4); // the last number: b's citer, letter 0 (2 × 0 + 1)
      return copy;
    };
    expect(bytes.readUInt32LE(bytes.byteLength - 4)).toBe(1);
    for (const [what, damaged] of [
      ['a letter number past the entries', withLast(5)],
      ['no letter', withLast(0)],
      ['cut short', bytes.subarray(0, bytes.byteLength - 4)],
      ['a byte more', Buffer.concat([bytes, Buffer.from([0])])],
      ['version 2', Buffer.from(bytes.toString('latin1').replace('"version":3', '"version":2'), 'latin1')],
    ] as const) {
      await writeFile(path, damaged);
      expect(await readLinks(path, 'store-1', entries, 'sidecar-1'), what).toBeUndefined();
    }
    await writeFile(path, bytes);
    expect(await readLinks(path, 'store-2', entries, 'sidecar-1')).toBeUndefined();
    expect(await readLinks(path, 'store-1', entries, 'sidecar-2')).toBeUndefined();
    expect(await readLinks(path, 'store-1', entries, 'sidecar-1')).toBeDefined();
  });
});
