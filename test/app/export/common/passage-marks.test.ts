import { describe, expect, it } from 'vitest';

import type { PassagePart } from '../../../../app/briefing/model';
import { OMISSION_MARK, omissionAfter, omissionBefore } from '../../../../app/export/common/passage-marks';

const part = (omittedBefore: boolean, omittedAfter: boolean): PassagePart => ({
  block: 'b1',
  blockIndex: 1,
  blockKind: 'paragraph',
  start: 0,
  end: 5,
  text: 'Tekst',
  children: [{ type: 'text', text: 'Tekst' }],
  omittedBefore,
  omittedAfter,
});

describe('passage marks', () => {
  it('shows "[…]" only where words were left out', () => {
    expect(OMISSION_MARK).toBe('[…]');
    expect([omissionBefore(part(true, false)), omissionAfter(part(true, false))]).toEqual(['[…] ', '']);
    expect([omissionBefore(part(false, true)), omissionAfter(part(false, true))]).toEqual(['', ' […]']);
  });
});
