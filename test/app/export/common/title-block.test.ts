import { describe, expect, it } from 'vitest';

import { emptyBriefing } from '../../../../app/briefing/model';
import { titleBlockRows } from '../../../../app/export/common/title-block';

describe('titleBlockRows', () => {
  it('lists Aan, Van, Datum, Betreft, Kenmerk in order, the date the Dutch way', () => {
    const properties = {
      ...emptyBriefing().properties,
      to: 'De minister van Defensie',
      from: 'DGB',
      date: '2026-01-06',
      subject: 'Coalition of the Willing',
      reference: 'BZ2519785',
    };
    expect(titleBlockRows(properties)).toEqual([
      { label: 'Aan', value: 'De minister van Defensie' },
      { label: 'Van', value: 'DGB' },
      { label: 'Datum', value: '6 januari 2026' },
      { label: 'Betreft', value: 'Coalition of the Willing' },
      { label: 'Kenmerk', value: 'BZ2519785' },
    ]);
  });

  it('leaves out empty rows and keeps a freely typed date as typed', () => {
    const properties = { ...emptyBriefing().properties, to: '  ', date: 'medio maart', subject: 'Steun' };
    expect(titleBlockRows(properties)).toEqual([
      { label: 'Datum', value: 'medio maart' },
      { label: 'Betreft', value: 'Steun' },
    ]);
  });
});
