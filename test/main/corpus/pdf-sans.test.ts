import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import { describe, expect, it } from 'vitest';

import { parsePdfLetter } from '../../../app/corpus/pdf-layout/parse-pdf-letter';
import type { Letter } from '../../../app/corpus/types';
import { decodePdf } from '../../../main/corpus/pdf-decode';

const DIR = fileURLToPath(new URL('../../fixtures/pdf/libreoffice/', import.meta.url));
const read = async (name: string) =>
  parsePdfLetter({ file: `${name}.pdf`, hash: 'h' }, await decodePdf(new Uint8Array(readFileSync(`${DIR}${name}.pdf`))));

/** Each note: its page and the three words its reference follows. */
const anchors = (letter: Letter) =>
  letter.footnotes.map((f) => {
    const block = letter.blocks.find((b) => b.notes.some((n) => n.footnote === f.id));
    const offset = block?.notes.find((n) => n.footnote === f.id)!.offset ?? 0;
    return [f.id, f.page, block?.text.slice(0, offset).split(' ').slice(-3).join(' ')];
  });

/** The three words before each of the letter's six references (sans-fodt.ts), in order. */
const AFTER = [
  'van maatschappelijk vastgoed',
  'van de uitvoerder',
  'van de maatregelen',
  'in de kennisbank',
  'Cultureel Erfgoed uitwerk',
  'van het jaar',
];

/** The texts of the six notes. */
const NOTES = [
  'Kamerstuk 32 813, nr. 1402.',
  'https://www.rvo.nl/subsidies-financiering/duurzaam-maatschappelijk-vastgoed/toekenningen-per-provincie-2026',
  'Brief van de Vereniging van Nederlandse Gemeenten van 2 september 2026.',
  'https://www.kennisbank-vastgoed.nl/zoeken?onderwerp=verduurzaming&doelgroep=gemeenten&jaar=2026',
  'Zie ook https://www.cultureelerfgoed.nl/onderwerpen/verduurzaming-van-monumenten/documenten/publicaties/2026/handreiking.',
  'Motie van het lid Bikker, Kamerstuk 32 813, nr. 1398.',
];

/** Native PDF of one-column letters in a sans face, made by LibreOffice (issue 14, session 12: sans-fodt.ts, make-fixtures.sh). */
describe('native PDF, sans face: references raised high, the page number under the notes', () => {
  it('B5 in Liberation Sans: each reference after its own word, not the line above (the raised number nearer the line above than its own)', async () => {
    const letter = await read('lo-sans-b5');
    // Notes 1-6, then the middle of the letter again with notes 7-11; page 2 starts at note 9.
    const want = [...AFTER, ...AFTER.slice(1)].map((after, i) => [`fn${i + 1}`, i < 8 ? 1 : 2, after]);
    expect(anchors(letter)).toEqual(want);
    // The URLs wrapped inside themselves (at `/`, `?`, `-`) joined without a space (url-wrap.ts).
    expect(letter.footnotes.map((f) => f.text)).toEqual(['Kamerstuk 32 813, nr. 1402.', ...NOTES.slice(1), ...NOTES.slice(1)]);
    expect(letter.blocks.filter((b) => /\s\d$/.test(b.text))).toEqual([]);
    expect(letter.warnings).toBeUndefined();
  });

  it('one-page A5 in DejaVu Sans: the page number under the last note is furniture, not the note’s end', async () => {
    const letter = await read('lo-sans-a5-onepage');
    expect(anchors(letter)).toEqual(AFTER.map((after, i) => [`fn${i + 1}`, 1, after]));
    expect(letter.footnotes.map((f) => f.text)).toEqual(NOTES);
    expect(letter.footnotes.filter((f) => /\s\d$/.test(f.text))).toEqual([]);
    expect(letter.blocks.at(-1)).toMatchObject({ text: 'De Minister van Volkshuisvesting en Ruimtelijke Ordening,\nM.C.G. Keijzer' });
    expect(letter.warnings).toBeUndefined();
  });

  it('a note longer than the body running over the page (B5, Liberation Sans): the body size is the upper halves’, the note’s rest on page 2 joined', async () => {
    const letter = await read('lo-sans-b5-longnote');
    const truth = JSON.parse(readFileSync(`${DIR}lo-sans-b5-longnote.truth.json`, 'utf8')) as { notes: unknown[]; body: string[] };
    expect(letter.footnotes.map((f) => ({ label: f.label, text: f.text }))).toEqual(truth.notes);
    expect(letter.footnotes.map((f) => f.page)).toEqual([1, 1, 1, 2, 2, 2]);
    expect(anchors(letter)).toEqual(AFTER.map((after, i) => [`fn${i + 1}`, i < 3 ? 1 : 2, after]));
    expect(letter.blocks.map((b) => b.text)).toEqual(truth.body);
    expect(letter.warnings).toBeUndefined();
  });

  // The two-column letters (two-column-fodt.ts): the native parse is the truth the extracted text is held to
  // (two-column-letters.test.ts); the page-wide notes' page number and the B5 sans references were corrected there by hand.
  it.each([
    'lo-two-column-a4',
    'lo-two-column-letter',
    'lo-two-column-a5',
    'lo-two-column-b5-sans',
    'lo-two-column-pagewide',
    'lo-two-column-pagewide-long',
  ])('%s: notes and body as in its truth', async (name) => {
    const truth = JSON.parse(readFileSync(`${DIR}${name}.truth.json`, 'utf8')) as { notes: unknown[]; body: string[] };
    const letter = await read(name);
    expect(letter.footnotes.map((f) => ({ label: f.label, text: f.text }))).toEqual(truth.notes);
    expect(letter.blocks.map((b) => b.text)).toEqual(truth.body);
    expect(letter.warnings).toBeUndefined();
  });
});
