import { describe, expect, it } from 'vitest';

import type { List } from '../../../../app/briefing/model';
import { formatNumber, listItemMarks } from '../../../../app/export/common/list-marks';

describe('listItemMarks', () => {
  it('counts per level, continues after a sub-list and restarts under a new parent or kind', () => {
    const list: List = {
      type: 'list',
      ordered: true,
      items: [
        { children: [] },
        { children: [], level: 1 },
        { children: [], level: 2 },
        { children: [], level: 1 },
        { children: [] },
        { children: [], level: 1, ordered: false },
        { children: [], level: 1 },
      ],
    };
    expect(listItemMarks(list).map((mark) => `${mark.level}:${mark.label}:${mark.sequence}`)).toEqual([
      '0:1.:0',
      '1:a.:1',
      '2:i.:2',
      '1:b.:1',
      '0:2.:0',
      '1:–:3',
      '1:a.:4',
    ]);
  });

  it('formats numbers as Word does: letters repeat past z, roman numerals', () => {
    expect([formatNumber(1, 'lowerLetter'), formatNumber(26, 'lowerLetter'), formatNumber(27, 'lowerLetter')]).toEqual(['a', 'z', 'aa']);
    expect([4, 9, 14, 40].map((n) => formatNumber(n, 'lowerRoman'))).toEqual(['iv', 'ix', 'xiv', 'xl']);
    expect(formatNumber(12, 'decimal')).toBe('12');
  });
});
