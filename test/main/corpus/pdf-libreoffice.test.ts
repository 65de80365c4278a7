import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import { describe, expect, it } from 'vitest';

import { parsePdfLetter } from '../../../app/corpus/pdf-layout/parse-pdf-letter';
import type { Letter } from '../../../app/corpus/types';
import { decodePdf } from '../../../main/corpus/pdf-decode';

const DIR = fileURLToPath(new URL('../../fixtures/pdf/libreoffice/', import.meta.url));
const read = async (name: string) =>
  parsePdfLetter({ file: `${name}.pdf`, hash: 'h' }, await decodePdf(new Uint8Array(readFileSync(`${DIR}${name}.pdf`))));

/** Each note: its page, the three words its reference follows, and its text. */
const notes = (letter: Letter) =>
  letter.footnotes.map((f) => {
    const block = letter.blocks.find((b) => b.notes.some((n) => n.footnote === f.id))!;
    const offset = block.notes.find((n) => n.footnote === f.id)!.offset;
    return { id: f.id, page: f.page, after: block.text.slice(0, offset).split(' ').slice(-3).join(' '), text: f.text };
  });
const repeat = (s: string, n: number) => Array<string>(n).fill(s).join(' ');

/** LibreOffice's own PDF export of letters in two columns, notes under each column (issue 14, fixtures made by make-fixtures.sh). */
describe('native PDF from LibreOffice: two columns, notes per column', () => {
  it('A4: notes per column, a note running on into the next column, a two-line heading, a sentence across the page break', async () => {
    const letter = await read('lo-two-column-a4');
    const raming =
      'De raming gaat uit van het aantal ontheemden op 1 januari 2026 en van de gemiddelde kosten per opvangplaats in het voorgaande jaar.';
    expect(notes(letter)).toEqual([
      { id: 'fn1', page: 1, after: 'ontheemden uit Oekraïne', text: 'Kamerstuk 19 637, nr. 3100.' },
      {
        id: 'fn2',
        page: 1,
        after: 'nog om aandacht.',
        text: 'Zie de evaluatie van de regeling (Kamerstuk 19 637, nr. 3050), in het bijzonder hoofdstuk 2.',
      },
      {
        id: 'fn3',
        page: 1,
        after: '1,2 miljard euro',
        text: `Deze raming is een eerste schatting en wordt bij de Najaarsnota bijgesteld. ${repeat(raming, 7)} Tot zover de toelichting op de raming.`,
      },
      { id: 'fn4', page: 2, after: 'richtlijn tijdelijke bescherming', text: 'Richtlijn 2001/55/EG van de Raad van 20 juli 2001.' },
      { id: 'fn5', page: 2, after: 'Brussel overleg gevoerd', text: 'Raad Justitie en Binnenlandse Zaken van 13 juni 2026.' },
    ]);
    expect(letter.blocks[0]).toMatchObject({ kind: 'paragraph', text: 'Den Haag, 3 april 2026', page: 1 });
    expect(letter.date).toBe('2026-04-03');
    expect(letter.blocks.filter((b) => b.kind === 'heading').map((b) => b.text)).toEqual([
      "1. De opvang in gemeenten en de rol van de veiligheidsregio's",
      '2. Onderwijs',
      '3. Vervolg',
    ]);
    const across = letter.blocks.find((b) => b.text.startsWith('Over de verlenging'))!;
    expect([across.text, across.page]).toEqual([
      'Over de verlenging van de richtlijn tijdelijke bescherming wordt in Brussel overleg gevoerd.',
      1,
    ]);
    expect(letter.blocks.some((b) => b.text.includes('raming gaat uit'))).toBe(false);
    expect(letter.signatories).toEqual([{ name: 'M.H. Keijzer', function: 'Minister van Asiel en Migratie' }]);
    expect(letter.warnings).toBeUndefined();
  });

  it('US Letter: a last page with only the signature in the right column, a note running on over the page', async () => {
    const letter = await read('lo-two-column-letter');
    const bedrag =
      'Het bedrag is opgebouwd uit bijdragen van verschillende departementen, waarbij de verdeling is vastgelegd in de Voorjaarsnota en de bijbehorende suppletoire begroting.';
    expect(notes(letter).map((n) => [n.id, n.page, n.after])).toEqual([
      ['fn1', 1, 'steun aan Oekraïne'],
      ['fn2', 1, 'Duitsland en Polen.'],
      ['fn3', 1, 'miljoen euro beschikbaar'],
      ['fn4', 2, 'door de Douane'],
      ['fn5', 2, 'de volgende voortgangsbrief'],
      ['fn6', 2, 'van de rijksoverheid'],
    ]);
    expect(letter.footnotes.map((f) => f.text)).toEqual([
      'Kamerstuk 36 045, nr. 200.',
      'Zie ook de brief van 14 februari 2025 over de steun aan Oekraïne (Kamerstuk 36 045, nr. 180).',
      `Deze toelichting is bewust lang, zodat zij over de paginagrens heen loopt. ${repeat(bedrag, 9)} Einde van de lange noot.`,
      'Aanhangsel Handelingen II 2024/25, nr. 1234.',
      'Raad van de Europese Unie, conclusies van 20 januari 2026, punt 7.',
      'https://www.rijksoverheid.nl/onderwerpen/oekraine',
    ]);
    const fund = letter.blocks.find((b) => b.text.startsWith('Het Rijk stelt'))!;
    expect([fund.text, fund.page]).toEqual([
      'Het Rijk stelt hiervoor 250 miljoen euro beschikbaar. De middelen worden via het Oekraïnefonds besteed.',
      1,
    ]);
    expect(letter.blocks.filter((b) => b.kind === 'heading').map((b) => b.text)).toContain('2. Humanitaire hulp en wederopbouw');
    expect(letter.blocks.filter((b) => b.text.startsWith('Daarbij')).map((b) => b.text.slice(0, 60))).toEqual([
      'Daarbij is de bescherming van het NAVO-luchtruim aan de oost',
      'Daarbij is de bescherming van het NAVO-luchtruim aan de oost',
      'Daarbij is de bescherming van het NAVO-luchtruim aan de oost',
    ]);
    expect(letter.blocks.some((b) => b.kind === 'table')).toBe(false);
    expect(letter.signatories).toEqual([{ name: 'C.C.J. van Dam', function: 'Minister van Buitenlandse Zaken' }]);
    expect(letter.warnings).toBeUndefined();
  });

  it('notes set at body size (pandoc → Word → LibreOffice): known by the raised label, the gap and the numbering', async () => {
    const letter = await read('lo-body-size-notes');
    const raming =
      'De raming gaat uit van het aantal ontheemden op 1 januari 2026 en van de gemiddelde kosten per opvangplaats in het voorgaande jaar.';
    expect(notes(letter)).toEqual([
      { id: 'fn1', page: 1, after: 'ontheemden uit Oekraïne.', text: 'Kamerstuk 19 637, nr. 3100.' },
      { id: 'fn2', page: 1, after: 'nog om aandacht.', text: 'Zie de evaluatie van de regeling (Kamerstuk 19 637, nr. 3050).' },
      {
        id: 'fn3',
        page: 2,
        after: '1,2 miljard euro.',
        text: `Deze raming is een eerste schatting. ${repeat(raming, 8)} Tot zover de raming.`,
      },
      { id: 'fn4', page: 2, after: 'Brussel overleg gevoerd.', text: 'Richtlijn 2001/55/EG van de Raad van 20 juli 2001.' },
    ]);
    expect(letter.blocks.some((b) => /Kamerstuk 19 637|raming gaat/.test(b.text))).toBe(false);
    expect(letter.warnings).toBeUndefined();
  });

  it('a note at body size running over the page joined, the body paragraph above it on the next page kept apart', async () => {
    const letter = await read('lo-body-size-over-page');
    const bedrag =
      'Het bedrag is opgebouwd uit bijdragen van verschillende departementen, waarbij de verdeling is vastgelegd in de Voorjaarsnota.';
    expect(letter.footnotes.map((f) => [f.id, f.page, f.text])).toEqual([
      ['fn1', 1, 'Kamerstuk 36 045, nr. 210.'],
      ['fn2', 1, 'Zie de brief van 2 maart 2026 (Kamerstuk 36 045, nr. 211).'],
      ['fn3', 1, `${repeat(bedrag, 12)} Einde noot drie.`],
      ['fn4', 2, 'Raad van de Europese Unie, conclusies van 20 januari 2026.'],
    ]);
    expect(letter.footnotes[2]!.text).toHaveLength(1540);
    const last = letter.blocks.filter((b) => b.page === 2 && b.text.startsWith('Het kabinet')).at(-1)!;
    expect(last.text.endsWith('waar mogelijk versneld.')).toBe(true);
    expect(letter.warnings).toBeUndefined();
  });
});
