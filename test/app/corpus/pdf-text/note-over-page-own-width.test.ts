import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import { describe, expect, it } from 'vitest';

import { parseExtractedPdf } from '../../../../app/corpus/pdf-text';

const DIR = fileURLToPath(new URL('../../../fixtures/pdf/libreoffice/', import.meta.url));

/**
 * A note running over to the next page in extracted text when the notes are long (issue 14, session 12:
 * note-continuation-own.ts, bodyWidth over the pages' upper halves). lo-sans-b5-longnote (sans-fodt.ts): note 3 of
 * 24 sentences runs from page 1 to the foot of page 2, under the letter's signature; the truth's body and notes are
 * what the letter holds (by hand; the native parse reads it since session 12, test/main/corpus/pdf-sans.test.ts).
 */
describe('a long note over the page in extracted text', () => {
  const truth = JSON.parse(readFileSync(`${DIR}lo-sans-b5-longnote.truth.json`, 'utf8')) as {
    notes: { label: string; text: string }[];
    body: string[];
  };

  it.each(['pdfjs', 'pdftotext', 'nopgbrk', 'layout'])('%s: note 3 whole, its rest on page 2 not in the body', (variant) => {
    const parsed = parseExtractedPdf(readFileSync(`${DIR}lo-sans-b5-longnote.${variant}.txt`, 'utf8'));
    // Poppler's plain text itself drops the hyphen of note 2's URL at its line end (`provincie-` + `2026`).
    const notes =
      variant === 'pdfjs' || variant === 'layout' ? truth.notes : truth.notes.map((n) => ({ ...n, text: n.text.replace('-2026', '2026') }));
    expect(parsed.footnotes.map((f) => ({ label: f.label, text: f.text }))).toEqual(notes);
    expect(parsed.footnotes[2]!.text).toHaveLength(5184);
    expect(parsed.problems).toEqual([]);
    const body = parsed.paragraphs.map((p) => p.text).join('\n');
    expect(body).not.toContain('uitvoeringsorganisaties');
    expect(body).toContain('De Minister van Volkshuisvesting en Ruimtelijke Ordening,');
  });

  // pdf.js-style text (lines joined as pdf.js does, test/fixtures/pdf/pdfjs-text.ts): note 2 breaks off at page 1's
  // foot and ends with one short line at page 2's foot, between a body line that goes on and the next note; page 3
  // goes on with the body's sentence in lower case.
  const ONE_LINE = [
    'Ministerie van Infrastructuur — Kenmerk IenW-2026/118',
    'Den Haag, 2 november 2026',
    'Geachte voorzitter,',
    'Met deze brief informeer ik uw Kamer over de stand van het onderhoud',
    'aan de bruggen en sluizen in het hoofdwatersysteem, zoals toegezegd',
    'in het commissiedebat van 4 juni1 over de instandhouding van de',
    'natte infrastructuur. De opgave is groot en neemt de komende jaren',
    'verder toe, omdat veel kunstwerken aan het einde van hun levensduur',
    'komen en tegelijk zwaarder worden belast door de scheepvaart.',
    'Rijkswaterstaat heeft daarom een programma opgesteld2 dat de',
    'vervanging over een periode van twintig jaar spreidt, zodat de',
    'hinder voor de scheepvaart beperkt blijft en de kosten beheersbaar.',
    '1Kamerstuk 35 570 A, nr. 88.',
    '2Het programma is opgesteld met de vaarwegbeheerders van de provincies en de havenbedrijven, die elk hun eigen',
    'planning hebben ingebracht; de onderlinge afstemming daarvan vergde meer tijd dan voorzien, omdat de planningen',
    'Pagina 1',
    '',
    'Ministerie van Infrastructuur — Kenmerk IenW-2026/118',
    'De eerste sluizen die worden vervangen, liggen in het Amsterdam-',
    'Rijnkanaal en het Julianakanaal. Voor beide zijn de voorbereidingen',
    'gestart en de aanbesteding volgt in het voorjaar van 2027, waarna',
    'de uitvoering naar verwachting drie jaar in beslag neemt en de',
    'scheepvaart tijdelijk over een omleiding wordt geleid3. De kosten',
    'daarvan zijn in de raming opgenomen en met de sector besproken,',
    'die heeft aangegeven de omleiding te kunnen dragen als uw Kamer',
    'en de vaarweggebruikers over de planning van de werken tijdig zijn',
    'verschillende begrotingsjaren en looptijden kenden.',
    '3Zie de bijlage bij deze brief voor de omleidingsroutes.',
    'Pagina 2',
    '',
    'Ministerie van Infrastructuur — Kenmerk IenW-2026/118',
    'geïnformeerd. Over de voortgang bericht ik uw Kamer jaarlijks in',
    'de voortgangsrapportage over het programma.',
    'De Minister van Infrastructuur en Waterstaat,',
    'B. Jansen',
    'Pagina 3',
    '',
  ].join('\n');

  it('pdf.js text, the note’s rest one short line: joined when reading it as body would break the body’s sentence', () => {
    const parsed = parseExtractedPdf(ONE_LINE);
    expect(parsed.footnotes.map((f) => [f.label, f.page, f.text])).toEqual([
      ['1', 1, 'Kamerstuk 35 570 A, nr. 88.'],
      [
        '2',
        1,
        'Het programma is opgesteld met de vaarwegbeheerders van de provincies en de havenbedrijven, die elk hun eigen planning hebben ingebracht; de onderlinge afstemming daarvan vergde meer tijd dan voorzien, omdat de planningen verschillende begrotingsjaren en looptijden kenden.',
      ],
      ['3', 2, 'Zie de bijlage bij deze brief voor de omleidingsroutes.'],
    ]);
    expect(parsed.problems).toEqual([]);
    expect(parsed.paragraphs.map((p) => p.text).join('\n')).not.toContain('looptijden');
  });

  it('the same short line when the next page opens a new sentence (it may be the body’s): left as is, and said', () => {
    const parsed = parseExtractedPdf(ONE_LINE.replace('geïnformeerd. Over de voortgang', 'Over de voortgang'));
    expect(parsed.footnotes[1]!.text.endsWith('omdat de planningen')).toBe(true);
    expect(parsed.problems).toEqual([{ key: 'pdf.note-continuation', params: { number: 2, page: 2 } }]);
  });
});
