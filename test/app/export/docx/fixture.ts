import type { Briefing, Passage } from '../../../../app/briefing/model';
import { emptyBriefing } from '../../../../app/briefing/model';

/**
 * A small briefing holding real corpus text: two quoted passages (001 with "Yeşilgöz", 004 with
 * ‘ ’) and their notes verbatim, a user note of two paragraphs, a list, annotations on words and
 * on a passage. Notes in document order: user note, 001's note, citation, 004's note, citation.
 * Block indexes and offsets are illustrative (the exporter prints only text); the five-letter
 * test builds its passages from the parsed corpus.
 */
export function sampleBriefing(citationStyle: Briefing['citationStyle'] = 'footnote'): Briefing {
  const briefing = emptyBriefing();
  briefing.citationStyle = citationStyle;
  briefing.properties = {
    title: 'Steun aan Oekraïne',
    to: 'De minister van Buitenlandse Zaken',
    from: 'Directie Oost-Europa',
    date: '2026-01-06',
    subject: 'Stand van zaken steun en wederopbouw',
    reference: 'BZ2519785',
    classification: 'Departementaal vertrouwelijk',
    author: 'A. de Vries',
    keywords: ['Oekraïne', 'wederopbouw'],
  };
  briefing.footnotes = [
    { id: 'n-user', origin: 'user', text: 'Zie ook de geannoteerde agenda.\nTweede alinea – met gedachtestreepje.' },
    { id: 'n-001', origin: 'quote', text: 'Kamerstuk 36 045, nr. 191.', source: { file: '001_57334ae9a84e2305.txt', footnote: 'fn4' } },
    {
      id: 'n-004',
      origin: 'quote',
      text: 'Kamerstukken 21 501-20, nr. 1841 en Kamerstuk 21 501-20, nr. 2229.',
      source: { file: '004_ea691d26e1781c0b.txt', footnote: 'fn27' },
    },
  ];
  briefing.annotations = [
    { id: 'a-words', author: 'Jan de Vries', date: '2026-01-07T09:30:00Z', text: 'Klopt dit bedrag?' },
    { id: 'a-passage', author: 'Fatma Yılmaz', date: '2026-01-08T14:00:00Z', text: 'Citaat inkorten.\nOf weglaten.' },
  ];
  briefing.body = [
    { type: 'heading', level: 1, children: [{ type: 'text', text: 'Inleiding' }] },
    {
      type: 'paragraph',
      children: [
        { type: 'text', text: 'Een succesvolle uitkomst – duurzame vrede – is ' },
        { type: 'text', text: 'nog verre', bold: true, comments: ['a-words'] },
        { type: 'text', text: ' van zeker', italic: true, comments: ['a-words'] },
        { type: 'footnote-ref', footnote: 'n-user' },
        { type: 'text', text: '.' },
      ],
    },
    {
      type: 'list',
      ordered: true,
      items: [{ children: [{ type: 'text', text: 'Herstel' }] }, { children: [{ type: 'text', text: 'Wederopbouw' }] }],
    },
    { type: 'heading', level: 2, children: [{ type: 'text', text: 'Herstel en wederopbouw' }] },
    passage001(),
    { type: 'list', ordered: false, items: [{ children: [{ type: 'text', text: 'Agressietribunaal' }] }] },
    passage004(),
  ];
  return briefing;
}

function source(file: string, date: string | null, kind: string | null) {
  return { file, hash: 'f'.repeat(64), title: null, date, kind, kamerstuk: null };
}

function passage001(): Passage {
  const text = 'met inachtneming van de motie Timmermans-Yeşilgöz';
  return {
    type: 'passage',
    id: 'p-001',
    source: source('001_57334ae9a84e2305.txt', '2025-03-04', 'Kamerbrief'),
    citation: 'Kamerbrief, 4 maart 2025, alinea 40',
    parts: [
      {
        block: 'b40',
        blockIndex: 40,
        blockKind: 'paragraph',
        start: 205,
        end: 205 + text.length,
        text,
        children: [
          { type: 'text', text },
          { type: 'footnote-ref', footnote: 'n-001' },
        ],
        omittedBefore: true,
        omittedAfter: true,
      },
    ],
  };
}

function passage004(): Passage {
  const text =
    'In 2025 is belangrijke vooruitgang geboekt met de oprichting van het ‘Speciaal Tribunaal voor het misdrijf Agressie tegen Oekraïne’ (het agressietribunaal) en het Oprichtingsverdrag voor de Claimscommissie, in lijn met de moties van de leden Sjoerdsma en Yesilgoz-Omtzigt.';
  return {
    type: 'passage',
    id: 'p-004',
    source: source('004_ea691d26e1781c0b.txt', null, 'Kamerbrief'),
    citation: 'Kamerbrief "Staat van de oorlog in Europa", alinea 52',
    comments: ['a-passage'],
    parts: [
      {
        block: 'b52',
        blockIndex: 52,
        blockKind: 'paragraph',
        start: 240,
        end: 240 + text.length,
        text,
        children: [
          { type: 'text', text },
          { type: 'footnote-ref', footnote: 'n-004' },
        ],
        omittedBefore: true,
        omittedAfter: false,
      },
    ],
  };
}
