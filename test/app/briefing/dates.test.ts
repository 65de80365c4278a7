import { describe, expect, it } from 'vitest';

import { formatDutchDate } from '../../../app/briefing/dates';

describe('formatDutchDate', () => {
  it('writes day, Dutch month name and year', () => {
    expect(formatDutchDate('2026-01-06')).toBe('6 januari 2026');
    expect(formatDutchDate('2025-09-10')).toBe('10 september 2025');
    expect(formatDutchDate('2025-03-04T10:00:00Z')).toBe('4 maart 2025');
  });

  it('returns null for unknown or impossible dates', () => {
    expect(formatDutchDate(null)).toBeNull();
    expect(formatDutchDate('')).toBeNull();
    expect(formatDutchDate('2025-02-29')).toBeNull();
    expect(formatDutchDate('2024-02-29')).toBe('29 februari 2024');
    expect(formatDutchDate('6 januari 2026')).toBeNull();
  });
});
