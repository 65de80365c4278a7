import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { RecentList } from '../../main/recent-list';

let dir: string;
beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'dossier-recent-'))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('RecentList', () => {
  it('keeps the most recent first, one entry per path, at most `max`, and persists', async () => {
    const file = join(dir, 'sub', 'recent.json');
    const list = new RecentList(file, { max: 2 });
    await list.add('/a', 'a', new Date('2026-01-01T00:00:00Z'));
    await list.add('/b', 'b', new Date('2026-01-02T00:00:00Z'));
    await list.add('/a', 'a', new Date('2026-01-03T00:00:00Z'));
    await list.add('/c', 'c', new Date('2026-01-04T00:00:00Z'));
    expect(list.list().map((entry) => entry.path)).toEqual(['/c', '/a']);
    expect(new RecentList(file).list()).toEqual(list.list());
    expect(readFileSync(file, 'utf8').endsWith('\n')).toBe(true);
  });

  it('treats a missing or malformed file and malformed entries as absent; `keep` filters', () => {
    expect(new RecentList(join(dir, 'none.json')).list()).toEqual([]);
    const file = join(dir, 'recent.json');
    writeFileSync(
      file,
      JSON.stringify([{ path: '/x', name: 'x', openedAt: 't' }, { path: 3 }, 'y', { path: '/z', name: 'z', openedAt: 't' }]),
    );
    expect(new RecentList(file).list().map((entry) => entry.path)).toEqual(['/x', '/z']);
    expect(new RecentList(file, { keep: (entry) => entry.path !== '/x' }).list().map((entry) => entry.path)).toEqual(['/z']);
    writeFileSync(file, '{nope');
    expect(new RecentList(file).load()).toEqual([]);
  });
});
