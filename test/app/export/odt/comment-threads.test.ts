import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';

import { briefingToOdt } from '../../../../app/export/odt';
import { sampleBriefing } from '../docx/fixture';

describe('ODT comment threads', () => {
  it('writes replies as annotations after their comment, linked by loext:parent-name; resolved as loext:resolved', () => {
    const briefing = sampleBriefing();
    briefing.annotations[0] = {
      ...briefing.annotations[0]!,
      resolved: true,
      replies: [
        { id: 'r1', author: 'Fatma Yılmaz', date: '2026-01-07T10:00:00Z', text: 'Ja.' },
        { id: 'r2', author: 'Jan de Vries', date: '2026-01-07T11:00:00Z', text: 'Dank.' },
      ],
    };
    const content = strFromU8(unzipSync(briefingToOdt(briefing, { now: new Date('2026-01-09T10:00:00Z') }))['content.xml']!);
    const annotations = [...content.matchAll(/<office:annotation ([^>]*)><dc:creator>([^<]*)<\/dc:creator>/g)].map((m) => [m[1], m[2]]);
    expect(annotations).toEqual([
      ['office:name="opmerking-1" loext:resolved="true"', 'Jan de Vries'],
      ['office:name="opmerking-1-1" loext:parent-name="opmerking-1" loext:resolved="true"', 'Fatma Yılmaz'],
      ['office:name="opmerking-1-2" loext:parent-name="opmerking-1" loext:resolved="true"', 'Jan de Vries'],
      ['office:name="opmerking-2"', 'Fatma Yılmaz'],
    ]);
    // Only the comments have a range; the replies stand at their comment's start.
    expect(content.match(/<office:annotation-end /g)).toHaveLength(2);
    expect(content).toMatch(/<\/office:annotation><office:annotation office:name="opmerking-1-1"/);
  });
});
