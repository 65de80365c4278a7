import { describe, expect, it } from 'vitest';

import { parseDocx } from '../../../../app/corpus/docx/parse-docx';
import { makeDocx, p } from './make-docx';

/** Session 8 tester, finding 13: headings come from the file's styles, not from a guess on short lines. */

const read = (bytes: Uint8Array) => parseDocx(bytes, 'brief.docx', 'hash');
const shown = (bytes: Uint8Array) => read(bytes).blocks.map((b) => [b.kind, b.text]);
const STYLES =
  '<w:style w:type="paragraph" w:default="1" w:styleId="Standaard"><w:name w:val="Normal"/></w:style>' +
  '<w:style w:type="paragraph" w:styleId="Kop1"><w:name w:val="heading 1"/><w:basedOn w:val="Standaard"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>';
const heading = (text: string) => `<w:p><w:pPr><w:pStyle w:val="Kop1"/></w:pPr><w:r><w:t>${text}</w:t></w:r></w:p>`;

describe('Word reader: headings by evidence', () => {
  const body = [
    p('Ministerie van Buitenlandse Zaken'),
    p('Datum: 1 april 2025'),
    p('Onderwerp: Antwoorden op schriftelijke vragen'),
    p('Vraag 1'),
    p('Bent u bekend met het bericht?'),
    p('Antwoord 1'),
    p('Ja.'),
    p('Opmerking begint hier'),
    p('en eindigt hier nadien.'),
    heading('Echte kop'),
    p('Tekst onder de kop.'),
    '<w:sectPr/>',
  ].join('');

  it('a file with styles: short Normal-style lines are not guessed headings, a Heading 1 is a heading, Vraag/Antwoord labels give questions and answers', () => {
    expect(shown(makeDocx({ body, styles: STYLES }))).toEqual([
      ['paragraph', 'Ministerie van Buitenlandse Zaken'],
      ['reference', 'Datum: 1 april 2025'],
      ['reference', 'Onderwerp: Antwoorden op schriftelijke vragen'],
      // Question and answer labels on lines of their own are the structure of answers to Kamervragen
      // (typed in Normal style), not guessed headings: the labels head their question and answer.
      ['heading', 'Vraag 1'],
      ['question', 'Bent u bekend met het bericht?'],
      ['heading', 'Antwoord 1'],
      ['answer', 'Ja.'],
      ['answer', 'Opmerking begint hier'],
      ['answer', 'en eindigt hier nadien.'],
      ['heading', 'Echte kop'],
      ['paragraph', 'Tekst onder de kop.'],
    ]);
  });

  it('a file without any style: guessed, but not before a paragraph running on in lower case', () => {
    const kinds = new Map(shown(makeDocx({ body })).map(([kind, text]) => [text, kind]));
    expect(kinds.get('Opmerking begint hier')).toBe('answer');
    expect(kinds.get('Vraag 1')).toBe('heading');
    expect(kinds.get('Bent u bekend met het bericht?')).toBe('question');
    expect(kinds.get('Echte kop')).toBe('heading');
  });

  it('a Heading 1 before the salutation stays in the body; the reference column keeps its lines', () => {
    const letter = read(
      makeDocx({
        styles: STYLES,
        body: [
          p('Ministerie van Defensie'),
          p('Betreft: Inzet F-16'),
          heading('Voortgang steun Oekraïne'),
          p('Geachte voorzitter,'),
          p('Hierbij de brief.'),
          '<w:sectPr/>',
        ].join(''),
      }),
    );
    expect(letter.blocks.map((b) => [b.kind, b.text])).toEqual([
      ['reference', 'Ministerie van Defensie'],
      ['reference', 'Betreft: Inzet F-16'],
      ['heading', 'Voortgang steun Oekraïne'],
      ['salutation', 'Geachte voorzitter,'],
      ['paragraph', 'Hierbij de brief.'],
    ]);
    expect([letter.title, letter.ministry]).toEqual(['Inzet F-16', 'Ministerie van Defensie']);
  });
});
