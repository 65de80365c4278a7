import { describe, expect, it } from 'vitest';

import { ShardBuilder } from '../../../app/search/index-shard';
import { SearchIndex } from '../../../app/search/search-index';
import { letterOf } from './shard-fixtures';

const factOf = (file: string) => ({ title: file, keys: [], kind: null, date: null, signatories: [] });

describe('SearchIndex.searchLetters with a capped phrase count', () => {
  // 3,000 letters with "ten minste" once each; the first also has it in a long paragraph that
  // ranks last, so its own count is cut off while the others' are complete.
  const long = `Dit kost ten minste ${'heel veel geld en tijd voor iedereen, '.repeat(40)}.`;
  const b = new ShardBuilder();
  b.add(letterOf('brief-0000.txt', ['Het kost ten minste tien euro.', long]));
  for (let i = 1; i < 3000; i++) b.add(letterOf(`brief-${String(i).padStart(4, '0')}.txt`, ['Het kost ten minste tien euro.']));
  const index = new SearchIndex();
  index.addShard(b.build());

  it('marks the totals as lower bounds and only the letters whose own count was cut off', () => {
    const result = index.searchLetters({ query: '"ten minste"', limit: 5000 }, factOf);
    expect(result.exact).toBe(false);
    expect(result.totalHits).toBe(2000);
    expect(result.totalLetters).toBe(2000);
    const first = result.groups.find((g) => g.file === 'brief-0000.txt')!;
    expect(first).toMatchObject({ hitCount: 1, partial: true });
    const others = result.groups.filter((g) => g.file !== 'brief-0000.txt');
    expect(others).toHaveLength(1999);
    expect(others.every((g) => g.hitCount === 1 && g.partial === undefined)).toBe(true);
  });

  it('says nothing is partial when every candidate was checked', () => {
    const result = index.searchLetters({ query: '"ten minste"', file: 'brief-0001.txt' }, factOf);
    expect(result.groups[0]).toMatchObject({ hitCount: 1 });
    expect(result.groups[0]!.partial).toBeUndefined();
  });
});
