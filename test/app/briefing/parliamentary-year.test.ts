import { describe, expect, it } from 'vitest';

import { citedYear, parliamentaryYear, thirdTuesdayOfSeptember } from '../../../app/briefing/parliamentary-year';

describe('thirdTuesdayOfSeptember', () => {
  it.each([
    [2019, 17],
    [2020, 15],
    [2024, 17],
    [2025, 16],
    [2026, 15],
  ])('Prinsjesdag %i is 2019-09-%i', (year, day) => {
    expect(thirdTuesdayOfSeptember(year)).toBe(day);
  });
});

describe('parliamentaryYear', () => {
  it.each([
    ['2025-09-15', '2024/25', 'the Monday before the third Tuesday of September 2025'],
    ['2025-09-16', '2025/26', 'the third Tuesday of September 2025'],
    ['2026-09-14', '2025/26', 'the Monday before the third Tuesday of September 2026'],
    ['2026-09-15', '2026/27', 'the third Tuesday of September 2026'],
    ['2019-09-16', '2018/19', 'the Monday before the third Tuesday of September 2019'],
    ['2019-09-17', '2019/20', 'the third Tuesday of September 2019'],
    ['2026-01-06', '2025/26', 'a January letter'],
    ['2025-12-31', '2025/26', 'the last day of a calendar year'],
    ['1999-10-01', '1999/00', 'across a century'],
    ['2026-01-06T10:00:00Z', '2025/26', 'a date-time'],
  ])('%s → %s (%s)', (date, year) => {
    expect(parliamentaryYear(date)).toBe(year);
  });

  it('gives null for what is not a date', () => {
    for (const value of [null, undefined, '', '6 januari 2026', '2026-13-01', '2026-00-10']) expect(parliamentaryYear(value)).toBeNull();
  });
});

describe('citedYear', () => {
  it('writes a masthead or key year the citation way', () => {
    expect(citedYear('2023–2024')).toBe('2023/24');
    expect(citedYear('2023-2024')).toBe('2023/24');
    expect(citedYear('20222023')).toBe('2022/23');
    expect(citedYear('2025/26')).toBe('2025/26');
    expect(citedYear('vorig jaar')).toBeNull();
  });
});
