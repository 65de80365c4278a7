import type { Briefing, Table } from '../../../app/briefing/model';
import type { Letter } from '../../../app/corpus/types';
import { sampleLetter } from './letter-fixture';

/** `Land\tSteun\nOekraïne\t€ 3,5 mrd\nMoldavië\t€ 0,2 mrd`: a 3×2 table block with a note after "€ 3,5 mrd". */
export function tableLetter(): Letter {
  const text = 'Land\tSteun\nOekraïne\t€ 3,5 mrd\nMoldavië\t€ 0,2 mrd';
  const letter = sampleLetter();
  letter.blocks.push({
    id: 'b3',
    kind: 'table',
    text,
    notes: [{ footnote: 'fn3', offset: 29 }],
    cells: [
      [
        { start: 0, end: 4 },
        { start: 5, end: 10 },
      ],
      [
        { start: 11, end: 19 },
        { start: 20, end: 29 },
      ],
      [
        { start: 30, end: 38 },
        { start: 39, end: 48 },
      ],
    ],
  });
  return letter;
}

/** A 3×2 own table with a header row and a user note in the second row. */
export function ownTable(): Table {
  const cell = (text: string, note?: string) => ({
    paragraphs: [{ children: [{ type: 'text' as const, text }, ...(note ? [{ type: 'footnote-ref' as const, footnote: note }] : [])] }],
  });
  return {
    type: 'table',
    header: true,
    rows: [
      { cells: [cell('Maatregel'), cell('Bedrag')] },
      { cells: [cell('Luchtverdediging', 'u9'), cell('€ 1 mrd')] },
      { cells: [cell('Ontmijning'), cell('€ 0,1 mrd')] },
    ],
  };
}

/** The own table with its note in a briefing (version 1 otherwise). */
export function withOwnTable(briefing: Briefing, table: Table = ownTable()): Briefing {
  briefing.body.push(table);
  briefing.footnotes.push({ id: 'u9', origin: 'user', text: 'Toegezegd in december.' });
  return briefing;
}
