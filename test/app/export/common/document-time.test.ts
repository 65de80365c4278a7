import { describe, expect, it } from 'vitest';

import { documentTime } from '../../../../app/export/common/document-time';

describe('documentTime (the time an export writes as the document’s own)', () => {
  it('is the time the caller gives', () => {
    const now = new Date('2026-03-01T09:30:00Z');
    expect(documentTime({ date: '2026-02-20' }, now)).toBe(now);
  });

  it('is the briefing’s own date at 00:00 UTC, never the clock', () => {
    expect(documentTime({ date: '2026-02-20' })?.toISOString()).toBe('2026-02-20T00:00:00.000Z');
    expect(documentTime({ date: ' 2024-02-29 ' })?.toISOString()).toBe('2024-02-29T00:00:00.000Z');
  });

  it('is null for a briefing without a date or with one that is no calendar day', () => {
    for (const date of ['', '2026-02-30', '2025-02-29', '20 februari 2026', '2026-2-20', '2026-02-20T10:00:00Z']) {
      expect(documentTime({ date }), date).toBeNull();
    }
  });
});
