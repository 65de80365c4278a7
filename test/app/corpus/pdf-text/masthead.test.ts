import { describe, expect, it } from 'vitest';

import { parseLetter } from '../../../../app/corpus';
import { readMasthead } from '../../../../app/corpus/pdf-text/masthead';

const FULL = 'Dit is een regel tekst die tot aan de rechterrand van de kolom doorloopt en daar';

describe('masthead of an official publication', () => {
  it('becomes metadata and leaves the text: chamber, year, dossier, number, kind, date, title', () => {
    const text = [
      'Tweede Kamer der Staten-Generaal',
      'Vergaderjaar 2023–2024',
      '',
      '36 045 Situatie in Oekraïne',
      'Nr. 215 BRIEF VAN DE MINISTER VAN BUITENLANDSE ZAKEN',
      'Aan de Voorzitter van de Tweede Kamer der Staten-Generaal',
      'Den Haag, 12 maart 2024',
      '',
      ...Array.from({ length: 8 }, () => FULL),
      'eindigt hier.',
    ].join('\n');
    const letter = parseLetter({ file: 'kst.txt', text, hash: 'h' });
    expect(letter.format).toBe('pdf');
    expect(letter.publication).toEqual({
      chamber: 'Tweede Kamer',
      year: '2023–2024',
      series: null,
      dossier: '36 045',
      dossierTitle: 'Situatie in Oekraïne',
      number: '215',
      kind: 'Brief van de minister van buitenlandse zaken',
      sent: '2024-03-12',
      received: null,
    });
    expect(letter.title).toBe('Situatie in Oekraïne');
    expect(letter.date).toBe('2024-03-12');
    expect(letter.keys).toContain('kst-36045-215');
    expect(letter.blocks.some((b) => /Staten-Generaal$|^Vergaderjaar|^Nr\. 215/.test(b.text))).toBe(false);
  });

  it('reads the dates of answers to questions and leaves a letter without masthead alone', () => {
    const paragraphs = [
      { text: 'Tweede Kamer der Staten-Generaal', notes: [] },
      { text: 'Aanhangsel van de Handelingen', notes: [] },
      { text: 'Vergaderjaar 2024–2025', notes: [] },
      { text: 'Vragen van het lid Dobbe (SP) aan de minister van Defensie (ingezonden 2 september 2025).', notes: [] },
      { text: 'Antwoord van minister Brekelmans (ontvangen 23 september 2025).', notes: [] },
    ];
    const { publication, paragraphs: rest } = readMasthead(paragraphs);
    expect(publication).toMatchObject({ series: 'Aanhangsel van de Handelingen', sent: '2025-09-02', received: '2025-09-23' });
    expect(rest.map((p) => p.text)).toEqual(paragraphs.slice(3).map((p) => p.text));
    expect(readMasthead([{ text: 'Geachte voorzitter,', notes: [] }]).publication).toBeNull();
  });

  // The Aanhangsel's own layout (ah-tk-…): series, the line about questions and answers, the number alone, then the questions.
  const AANHANGSEL = [
    'Tweede Kamer der Staten-Generaal',
    'Vergaderjaar 2024–2025',
    'Aanhangsel van de Handelingen',
    'Vragen gesteld door de leden der Kamer, met de daarop door de regering gegeven antwoorden',
    '2345',
    'Vragen van de leden Dobbe (SP) en Van Dijk (SP) aan de Minister van Defensie over het bericht dat er plannen zijn voor militaire inzet in Oekraïne (ingezonden 2 september 2025).',
    'Antwoord van Minister Brekelmans (Defensie) (ontvangen 23 september 2025).',
    'Vraag 1',
  ];
  const asParagraphs = (lines: string[]) => lines.map((text) => ({ text, notes: [] }));

  it('an Aanhangsel: the number alone is its number, the subject of the questions its title, the answers dated when received', () => {
    const { publication, paragraphs, title } = readMasthead(asParagraphs(AANHANGSEL));
    expect(publication).toEqual({
      chamber: 'Tweede Kamer',
      year: '2024–2025',
      series: 'Aanhangsel van de Handelingen',
      dossier: null,
      dossierTitle: null,
      number: '2345',
      kind: null,
      sent: '2025-09-02',
      received: '2025-09-23',
    });
    expect(title).toBe('Het bericht dat er plannen zijn voor militaire inzet in Oekraïne');
    expect(paragraphs.map((p) => p.text)).toEqual(AANHANGSEL.slice(5));
    // An extractor that glued the number to the line above (pdf.js, -layout): the same facts.
    const glued = [...AANHANGSEL.slice(0, 3), `${AANHANGSEL[3]} 2345`, ...AANHANGSEL.slice(5)];
    expect(readMasthead(asParagraphs(glued)).publication?.number).toBe('2345');
    expect(readMasthead(asParagraphs(glued)).paragraphs.map((p) => p.text)).toEqual(AANHANGSEL.slice(5));
    // As a letter: title and date from the masthead.
    const letter = parseLetter({
      file: 'ah.txt',
      text: [...AANHANGSEL, ...Array.from({ length: 8 }, () => FULL), 'eindigt hier.'].join('\n'),
      hash: 'h',
    });
    expect([letter.title, letter.date, letter.publication?.number]).toEqual([
      'Het bericht dat er plannen zijn voor militaire inzet in Oekraïne',
      '2025-09-23',
      '2345',
    ]);
  });

  it('a number alone outside an Aanhangsel masthead, or a bare number in its text, is no publication number', () => {
    const kst = ['Tweede Kamer der Staten-Generaal', 'Vergaderjaar 2023–2024', '2345', '36 045 Situatie in Oekraïne', 'Nr. 215 BRIEF'];
    expect(readMasthead(asParagraphs(kst)).publication?.number).toBe('215');
    const noNumber = [...AANHANGSEL.slice(0, 4), ...AANHANGSEL.slice(5), 'Ja.', '12'];
    expect(readMasthead(asParagraphs(noNumber)).publication?.number).toBeNull();
  });
});
