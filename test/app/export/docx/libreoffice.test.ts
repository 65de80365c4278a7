import { describe, expect, it } from 'vitest';

import { emptyBriefing } from '../../../../app/briefing/model';
import { briefingToDocx } from '../../../../app/export/docx/index';
import { sampleBriefing } from './fixture';
import { docxToPdfText, libreOfficeMissing } from './libreoffice';

if (libreOfficeMissing) console.warn(`LibreOffice round trip skipped: ${libreOfficeMissing}.`);

describe.skipIf(libreOfficeMissing !== null)('briefingToDocx read by LibreOffice', () => {
  it('renders body text, every footnote text and the footer, "Yeşilgöz" intact', async () => {
    const briefing = sampleBriefing('footnote');
    // LibreOffice 7.4 (Debian 12) pairs footnote references after a comment reference with the
    // wrong note bodies on import (pandoc's .docx shows the same); Word reads them by id. So the
    // annotations are left out of this rendering check; index.test checks them in the XML.
    briefing.annotations = [];
    const text = await docxToPdfText(await briefingToDocx(briefing));

    expect(text).toContain('Een succesvolle uitkomst – duurzame vrede – is nog verre van zeker');
    expect(text).toContain('[…] met inachtneming van de motie Timmermans-Yeşilgöz');
    expect(text).toContain('het ‘Speciaal Tribunaal voor het misdrijf Agressie tegen Oekraïne’');
    for (const note of [
      'Zie ook de geannoteerde agenda.',
      'Tweede alinea – met gedachtestreepje.',
      'Kamerstuk 36 045, nr. 191.',
      'Kamerbrief, 4 maart 2025, alinea 40',
      'Kamerstukken 21 501-20, nr. 1841 en Kamerstuk 21 501-20, nr. 2229.',
      'Kamerbrief "Staat van de oorlog in Europa", alinea 52',
    ]) {
      expect(text).toContain(note);
    }
    expect(text).toContain('Datum 6 januari 2026');
    expect(text).toContain('Departementaal vertrouwelijk');
    expect(text).toMatch(/Pagina 1 van 1/);
    // Each note body follows its own number: LibreOffice prints "2 Kamerstuk 36 045, nr. 191."
    expect(text).toMatch(/2 Kamerstuk 36 045, nr\. 191\. 3 Kamerbrief, 4 maart 2025, alinea 40/);
  });

  // Issue 17: LibreOffice looks footnote and comment contents up by id in one table; comment ids
  // after the footnote ids keep each note with its own text.
  it('shows every note with its own text when a comment stands between note references', async () => {
    const briefing = emptyBriefing();
    briefing.footnotes = Array.from({ length: 9 }, (_, index) => ({
      id: `n${index}`,
      origin: 'user' as const,
      text: `Noottekst ${index + 1}.`,
    }));
    briefing.annotations = [{ id: 'a', author: 'Jan', date: '2026-01-07T09:30:00Z', text: 'Opmerking.' }];
    const sentence = (index: number) => ({
      type: 'paragraph' as const,
      children: [
        { type: 'text' as const, text: `Zin ${index + 1}` },
        { type: 'footnote-ref' as const, footnote: `n${index}` },
      ],
    });
    briefing.body = [
      sentence(0),
      { type: 'paragraph', children: [{ type: 'text', text: 'Hier een opmerking', comments: ['a'] }] },
      ...Array.from({ length: 8 }, (_, index) => sentence(index + 1)),
    ];
    const text = await docxToPdfText(await briefingToDocx(briefing));
    const printed = [...text.matchAll(/(\d) Noottekst (\d)\./g)].map((match) => [match[1], match[2]]);
    expect(printed).toEqual(Array.from({ length: 9 }, (_, index) => [String(index + 1), String(index + 1)]));
  });
});
