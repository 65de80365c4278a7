import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';

import { emptyBriefing } from '../../../../app/briefing/model';
import { briefingToDocx } from '../../../../app/export/docx';
import { briefingToOdt } from '../../../../app/export/odt';
import { breakOpportunities } from '../../../../app/export/pdf/break-opportunities';
import { readDocx } from '../docx/read-docx';

const URL_TEXT = 'https://zoek.officielebekendmakingen.nl/kst-36045-264.html';
const PLAIN = `Zie ${URL_TEXT}, bel 070\u2011456 7890 of 070-456 7890 (2025-2026); Nr. 264 en nr 264 van Kamerstuk 21 501-20.`;

/** A briefing with one paragraph: plain text (address, phone, years, numbers) and a link whose text holds a Kamerstuk number. */
function briefing() {
  const value = emptyBriefing();
  value.body = [
    {
      type: 'paragraph',
      children: [
        { type: 'text', text: PLAIN },
        { type: 'text', text: ' ' },
        { type: 'text', text: 'Kamerstuk 36 045-XV, nr. 7', link: 'https://www.tweedekamer.nl/36045' },
      ],
    },
  ];
  return value;
}

describe('no-break characters in the produced exports (issue 17, session 8)', () => {
  it('Word: binds only the parliamentary numbers; address, phone, years and link text as typed', async () => {
    const document = readDocx(await briefingToDocx(briefing()))['word/document.xml']!;
    expect(document).toContain(URL_TEXT);
    expect(document).toContain(
      '456 7890 of 070-456 7890 (2025-2026); Nr.\u00a0264 en nr\u00a0264 van Kamerstuk 21\u00a0501</w:t><w:noBreakHyphen/>',
    );
    expect(document).toContain('Kamerstuk 36 045-XV, nr. 7');
    expect(document.match(/<w:noBreakHyphen\/>/g)).toHaveLength(2);
  });

  it('OpenDocument: the same, as U+00A0 and U+2011 characters', () => {
    const content = strFromU8(unzipSync(briefingToOdt(briefing()))['content.xml']!);
    expect(content).toContain(URL_TEXT);
    expect(content).toContain('070-456 7890 (2025-2026); Nr.\u00a0264 en nr\u00a0264 van Kamerstuk 21\u00a0501\u201120.');
    expect(content).toContain('>Kamerstuk 36 045-XV, nr. 7<');
  });

  it('PDF: never breaks inside the same numbers', () => {
    const breaks = breakOpportunities(PLAIN);
    const inside = (needle: string) => {
      const start = PLAIN.indexOf(needle);
      return [...breaks].filter((position) => position > start && position < start + needle.length);
    };
    for (const needle of ['Nr. 264', 'nr 264', '21 501-20']) expect(inside(needle)).toEqual([]);
  });
});
