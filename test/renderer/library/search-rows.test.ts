import { describe, expect, it } from 'vitest';

import type { SearchGroup, SearchHit } from '../../../app/ipc/contract';
import { formatCount, hitOfRow, resultRows } from '../../../renderer/library/search-rows';
import { roundedTime, timeLeftMs, withSample } from '../../../renderer/library/time-left';

const hit = (file: string, block: string): SearchHit => ({ file, block, score: 1, snippet: block, highlights: [] });
const group = (file: string, hits: SearchHit[], hitCount = hits.length): SearchGroup => ({ file, score: 1, hitCount, match: null, hits });

describe('resultRows', () => {
  const groups = [group('a', [hit('a', 'b1')], 3), group('b', [], 0)];

  it('gives one row per letter, and under an expanded letter one row per hit', () => {
    expect(resultRows(groups, new Map()).map((r) => r.kind)).toEqual(['letter', 'letter']);
    const all = [hit('a', 'b1'), hit('a', 'b2'), hit('a', 'b3')];
    const rows = resultRows(groups, new Map([['a', all]]));
    expect(rows.map((r) => (r.kind === 'hit' ? r.hit.block : r.group.file))).toEqual(['a', 'b1', 'b2', 'b3', 'b']);
    expect(rows[0]).toMatchObject({ kind: 'letter', expanded: true });
  });

  it('opens a letter at its best hit, and a letter found by number alone as itself', () => {
    const rows = resultRows(groups, new Map());
    expect(hitOfRow(rows[0]!)?.block).toBe('b1');
    expect(hitOfRow(rows[1]!)).toBeNull();
  });

  it('writes counts as the language does', () => {
    expect(formatCount(1234, 'nl')).toBe('1.234');
    expect(formatCount(1234, 'en')).toBe('1,234');
  });
});

describe('time left', () => {
  const mark = withSample([], { phase: 'parsing', done: 100, total: 1300 }, 0);
  const later = withSample(mark, { phase: 'parsing', done: 300, total: 1300 }, 2000);

  it('estimates from the recent rate', () => {
    expect(timeLeftMs({ phase: 'parsing', done: 300, total: 1300 }, later, 2000)).toBe(10_000);
    expect(
      timeLeftMs({ phase: 'parsing', done: 300, total: 1300 }, withSample(mark, { phase: 'parsing', done: 300, total: 1300 }, 500), 500),
    ).toBeNull();
    expect(timeLeftMs({ phase: 'indexing', done: 0, total: 1300 }, later, 2000)).toBeNull();
    expect(timeLeftMs({ phase: 'parsing', done: 100, total: 1300 }, mark, 2000)).toBeNull();
  });

  it('rounds as people say it', () => {
    expect(roundedTime(4_200)).toEqual({ unit: 'seconds', count: 5 });
    expect(roundedTime(41_000)).toEqual({ unit: 'seconds', count: 45 });
    expect(roundedTime(150_000)).toEqual({ unit: 'minutes', count: 3 });
  });
});
