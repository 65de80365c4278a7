import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import { describe, expect, it } from 'vitest';

import { counterIds } from '../../../../app/briefing/ids';
import { createPassage } from '../../../../app/briefing/passage';
import { labelInText, partLabel } from '../../../../app/briefing/passage-label';
import { bulletLabel } from '../../../../app/corpus/docx/numbering';
import { parseDocx } from '../../../../app/corpus/docx/parse-docx';
import { parseLetter } from '../../../../app/corpus/parse-letter';
import { makeDocx, p, run } from './make-docx';

const fixture = (name: string) => new Uint8Array(readFileSync(fileURLToPath(new URL(`../../../fixtures/docx/${name}`, import.meta.url))));
const items = (bytes: Uint8Array) =>
  parseDocx(bytes, 'brief.docx', 'hash')
    .blocks.filter((b) => b.kind === 'list-item')
    .map((b) => [b.text, b.label, b.level]);

/** A bullet level as Word writes it: the code in `lvlText`, the font in the level's run properties. */
const bulletLevel = (ilvl: number, text: string, font?: string) =>
  `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="${text}"/>` +
  `<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="${720 * (ilvl + 1)}" w:hanging="360"/></w:pPr>` +
  (font ? `<w:rPr><w:rFonts w:ascii="${font}" w:hAnsi="${font}" w:hint="default"/></w:rPr>` : '') +
  '</w:lvl>';
const item = (numId: number, ilvl: number, text: string) =>
  `<w:p><w:pPr><w:pStyle w:val="Lijstalinea"/><w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr></w:pPr>${run(text)}</w:p>`;

describe('bullet list items carry the bullet Word prints as their label', () => {
  it('maps Symbol and Wingdings codes in the level font to the character shown; other bullets as written', () => {
    const numbering =
      `<w:abstractNum w:abstractNumId="1">${bulletLevel(0, '\uF0B7', 'Symbol')}${bulletLevel(1, 'o', 'Courier New')}` +
      `${bulletLevel(2, '\uF0A7', 'Wingdings')}${bulletLevel(3, '–', 'Calibri')}${bulletLevel(4, '\uF0D8', 'Wingdings')}</w:abstractNum>` +
      '<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>';
    const body = [
      p('Het kabinet neemt de volgende maatregelen.'),
      item(1, 0, 'Subsidie voor zonnepanelen'),
      item(1, 1, 'voor huurders'),
      item(1, 2, 'in sociale huur'),
      item(1, 3, 'met een streepje'),
      item(1, 4, 'met een pijlpunt'),
      item(1, 0, 'Een tweede maatregel'),
      p('Daarmee sluit ik af.'),
    ].join('');
    expect(items(makeDocx({ body, numbering }))).toEqual([
      ['Subsidie voor zonnepanelen', '•', undefined],
      ['voor huurders', 'o', 1],
      ['in sociale huur', '▪', 2],
      ['met een streepje', '–', 3],
      ['met een pijlpunt', '➢', 4],
      ['Een tweede maatregel', '•', undefined],
    ]);
  });

  it('keeps the number label in the text and the bullet out of it', () => {
    const numbering =
      `<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>${bulletLevel(1, '\uF0B7', 'Symbol')}</w:abstractNum>` +
      '<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>';
    const body = p('Inleiding.') + item(1, 0, 'Eerste punt') + item(1, 1, 'toelichting') + p('Slot.');
    expect(items(makeDocx({ body, numbering }))).toEqual([
      ['1. Eerste punt', '1.', undefined],
      ['toelichting', '•', 1],
    ]);
  });

  // Session 10 Word tester: an `o` item whose words begin with "o " was taken for a number label in its text, its bullet lost.
  it('a Courier New o bullet stays a bullet when the item’s text begins with "o ": printed apart in the reader and a quote', () => {
    const numbering =
      `<w:abstractNum w:abstractNumId="1">${bulletLevel(0, '\uF0B7', 'Symbol')}${bulletLevel(1, 'o', 'Courier New')}</w:abstractNum>` +
      '<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>';
    const body = p('Inleiding.') + item(1, 0, 'Subsidie') + item(1, 1, 'o ja, ook voor huurders') + item(1, 1, 'voor kopers') + p('Slot.');
    const letter = parseDocx(makeDocx({ body, numbering }), 'brief.docx', 'hash');
    const block = letter.blocks.find((b) => b.text === 'o ja, ook voor huurders')!;
    expect([block.label, block.level]).toEqual(['o', 1]);
    expect(labelInText(block.label!, block.text)).toBe(false);
    const { passage } = createPassage(letter, { start: { block: block.id, offset: 0 }, end: { block: 'b3', offset: 11 } }, counterIds());
    expect(passage.parts.map((part) => [partLabel(part), part.text])).toEqual([
      ['o', 'o ja, ook voor huurders'],
      ['o', 'voor kopers'],
    ]);
    // A number label is still read as part of the text, a letter label with its punctuation too.
    expect([labelInText('1.', '1. Eerste punt'), labelInText('b)', 'b) Tweede punt'), labelInText('•', 'Punt')]).toEqual([
      true,
      true,
      false,
    ]);
  });

  it('reads the bullets LibreOffice writes (Symbol U+F0B7 and U+F02D) with their levels', () => {
    expect(items(fixture('libreoffice-lists.docx'))).toEqual([
      ['Eerste maatregel', '•', undefined],
      ['Onderdeel met streepje', '–', 1],
      ['Tweede maatregel', '•', undefined],
    ]);
  });

  it('gives a blank bullet (pandoc writes a space) no label, and the item stays a list item', () => {
    const numbering = `<w:abstractNum w:abstractNumId="1">${bulletLevel(0, ' ')}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>`;
    expect(items(makeDocx({ body: p('Tekst.') + item(1, 0, 'Punt') + p('Slot.'), numbering }))).toEqual([['Punt', undefined, undefined]]);
  });

  it('gives a bullet of text extracted from Word its bullet as label (Tika writes Symbol’s bullet as ·)', () => {
    const letter = parseLetter({
      file: 'a.txt',
      hash: 'h',
      text: 'Geachte voorzitter,\n\n· Eerste punt\n\n• Tweede punt\n\nHoogachtend,\n',
    });
    expect(letter.blocks.filter((b) => b.kind === 'list-item').map((b) => [b.text, b.label])).toEqual([
      ['Eerste punt', '•'],
      ['Tweede punt', '•'],
    ]);
  });

  it('maps a bullet code by its font (bulletLabel)', () => {
    expect(bulletLabel('\uF0B7', 'Symbol')).toBe('•');
    expect(bulletLabel('\u00B7', 'Symbol')).toBe('•');
    expect(bulletLabel('\uF0FC', 'Wingdings')).toBe('✓');
    expect(bulletLabel('\uF0B7', '')).toBe('•');
    expect(bulletLabel('o', 'Courier New')).toBe('o');
    expect(bulletLabel('-', 'Arial')).toBe('-');
  });
});
