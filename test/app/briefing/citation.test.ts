import { describe, expect, it } from 'vitest';

import { formatAlinea, formatCitation } from '../../../app/briefing/citation';
import type { SourceRef } from '../../../app/briefing/model';
import { kamerstukOf } from '../../../app/briefing/source';

const full: SourceRef = {
  file: '000.txt',
  hash: 'h',
  title: 'Vredesonderhandelingen',
  date: '2026-01-06',
  kind: 'Kamerbrief',
  kamerstuk: 'Kamerstuk 36 045, nr. 264',
};

describe('formatCitation', () => {
  it('writes kind, quoted title, Dutch date, Kamerstuk and alinea', () => {
    expect(formatCitation(full, [{ blockIndex: 3 }])).toBe(
      'Kamerbrief "Vredesonderhandelingen", 6 januari 2026, Kamerstuk 36 045, nr. 264, alinea 4',
    );
  });

  it('leaves unknown fields out instead of inventing them', () => {
    expect(formatCitation({ ...full, title: null, date: null }, [{ blockIndex: 0 }])).toBe(
      'Kamerbrief, Kamerstuk 36 045, nr. 264, alinea 1',
    );
    expect(formatCitation({ ...full, kamerstuk: null, date: null }, [{ blockIndex: 1 }])).toBe(
      'Kamerbrief "Vredesonderhandelingen", alinea 2',
    );
    expect(formatCitation({ ...full, kind: null, title: null, kamerstuk: null, date: null }, [{ blockIndex: 1 }])).toBe(
      '000.txt, alinea 2',
    );
  });

  it('short style drops the title', () => {
    expect(formatCitation(full, [{ blockIndex: 3 }], 'short')).toBe('Kamerbrief, 6 januari 2026, Kamerstuk 36 045, nr. 264, alinea 4');
  });

  it('names ranges of blocks', () => {
    expect(formatCitation(full, [{ blockIndex: 3 }, { blockIndex: 4 }, { blockIndex: 5 }])).toMatch(/, alinea's 4–6$/);
    expect(formatAlinea([3, 5, 8])).toBe("alinea's 4, 6 en 9");
    expect(formatAlinea([])).toBeNull();
  });
});

describe('kamerstukOf', () => {
  it('prefers an own reference written as a Kamerstuk', () => {
    expect(kamerstukOf({ references: ['BZ1', 'Kamerstuk 36 045 nr. 215'], keys: [] })).toBe('Kamerstuk 36 045, nr. 215');
  });

  it('derives the spelling from a kst- key', () => {
    expect(kamerstukOf({ references: [], keys: ['zaak-2025Z15788', 'kst-36045-264'] })).toBe('Kamerstuk 36 045, nr. 264');
    expect(kamerstukOf({ references: [], keys: ['kst-21501-02-3047'] })).toBe('Kamerstuk 21 501-02, nr. 3047');
    expect(kamerstukOf({ references: [], keys: ['kst-36800-V-49'] })).toBe('Kamerstuk 36 800 V, nr. 49');
    expect(kamerstukOf({ references: ['BZ2519785'], keys: ['zaak-2025Z15748'] })).toBeNull();
  });
});
