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
});
