import { describe, expect, it } from 'vitest';

import { letterFilter } from '../../../app/search/search-filters';

type Meta = { kind: string; date: string | null; signatories: { name: string; function: string }[] };
const meta: Record<string, Meta> = {
  'a.txt': { kind: 'Kamerbrief', date: '2025-10-01', signatories: [{ name: 'Ruben Brekelmans', function: '' }] },
  'b.txt': { kind: 'Kamerbrief', date: null, signatories: [{ name: 'R.P. Brekelmans', function: '' }] },
  'c.txt': { kind: 'Kamerbrief', date: '2025-01-01', signatories: [{ name: 'J. Brekelmans', function: '' }] },
};
const pass = (request: Parameters<typeof letterFilter>[0]) => Object.keys(meta).filter(letterFilter(request, (file) => meta[file]));

describe('search filters for issue 21.3', () => {
  it('lets letters without a date through a date bound only when asked', () => {
    expect(pass({ query: 'x', dateFrom: '2025-09-01' })).toEqual(['a.txt']);
    expect(pass({ query: 'x', dateFrom: '2025-09-01', undated: true })).toEqual(['a.txt', 'b.txt']);
  });

  it('takes one person as every form of the name, exactly', () => {
    expect(pass({ query: 'x', signatories: ['Ruben Brekelmans', 'R.P. Brekelmans'] })).toEqual(['a.txt', 'b.txt']);
  });
});
