// @vitest-environment happy-dom
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { beforeAll, describe, expect, it } from 'vitest';

import { parseDocx } from '../../../app/corpus/docx/parse-docx';
import type { Block } from '../../../app/corpus/types';
import { initI18n } from '../../../renderer/i18n';
import { BlockView } from '../../../renderer/reader/BlockView';
import { makeDocx, p } from '../../app/corpus/docx/make-docx';

const context = { file: 'a.docx', citations: [], hit: null, notes: new Map(), titleOf: () => null, onOpenLetter: () => undefined };
const labelled = (block: Block) => {
  document.body.innerHTML = `<ul>${renderToStaticMarkup(createElement(BlockView, { block, context }))}</ul>`;
  return document.querySelector('li')!.classList.contains('block-labelled');
};

const lvl = (ilvl: number, fmt: string, text: string) =>
  `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${fmt}"/><w:lvlText w:val="${text}"/></w:lvl>`;
const list = (id: number, ...levels: string[]) =>
  `<w:abstractNum w:abstractNumId="${id}">${levels.join('')}</w:abstractNum><w:num w:numId="${id}"><w:abstractNumId w:val="${id}"/></w:num>`;
const item = (numId: number, text: string, ilvl = 0) =>
  `<w:p><w:pPr><w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr></w:pPr><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;

describe('BlockView: a numbered item shows no bullet, a bullet item its own bullet, by its label in the model', () => {
  beforeAll(async () => {
    await initI18n();
  });

  it('labels without "." or ")" (IV, 2.b.1, Vraag 1, legal 1.1) are numbered; a bullet item is not, whatever its text', () => {
    const numbering =
      list(1, lvl(0, 'upperRoman', '%1')) +
      list(2, lvl(0, 'decimal', '%1.'), lvl(1, 'lowerLetter', '%1.%2.'), lvl(2, 'decimal', '%1.%2.%3')) +
      list(3, lvl(0, 'decimal', 'Vraag %1')) +
      list(4, lvl(0, 'decimal', '%1'), lvl(1, 'decimal', '%1.%2')) +
      list(5, lvl(0, 'bullet', '•'));
    const body =
      p('Geachte voorzitter,') +
      [1, 2, 3, 4].map((k) => item(1, `Romeins ${k}`)).join('') +
      item(2, 'Een') +
      item(2, 'Een b', 1) +
      item(2, 'Een b één', 2) +
      item(3, 'Is dit zo?') +
      item(4, 'Artikel') +
      item(4, 'Lid', 1) +
      item(5, '1. Een bullet die met een getal begint') +
      item(5, 'Gewone bullet') +
      p('Hoogachtend,');
    const letter = parseDocx(makeDocx({ body, numbering }), 'a.docx', 'h');
    const items = letter.blocks.filter((b) => b.kind === 'list-item');
    expect(items.map((b) => [b.text, b.label ?? null, labelled(b)])).toEqual([
      ['I Romeins 1', 'I', true],
      ['II Romeins 2', 'II', true],
      ['III Romeins 3', 'III', true],
      ['IV Romeins 4', 'IV', true],
      ['1. Een', '1.', true],
      ['1.a. Een b', '1.a.', true],
      ['1.a.1 Een b één', '1.a.1', true],
      ['Vraag 1 Is dit zo?', 'Vraag 1', true],
      ['1 Artikel', '1', true],
      ['1.1 Lid', '1.1', true],
      // Session 10: a bullet item carries its bullet as label too, outside its text (shown as the list marker).
      ['1. Een bullet die met een getal begint', '•', false],
      ['Gewone bullet', '•', false],
    ]);
    document.body.innerHTML = `<ul>${renderToStaticMarkup(createElement(BlockView, { block: items[11]!, context }))}</ul>`;
    expect(document.querySelector('li')!.getAttribute('style')).toContain('list-style-type:"• "');
  });

  it('a Courier New o bullet whose words begin with "o " keeps its bullet as the list marker (not taken for a number in the text)', () => {
    const numbering = list(
      6,
      lvl(0, 'bullet', 'o').replace('</w:lvl>', '<w:rPr><w:rFonts w:ascii="Courier New" w:hAnsi="Courier New"/></w:rPr></w:lvl>'),
    );
    const letter = parseDocx(
      makeDocx({ body: p('Inleiding.') + item(6, 'o ja, ook voor huurders') + p('Slot.'), numbering }),
      'a.docx',
      'h',
    );
    const block = letter.blocks.find((b) => b.kind === 'list-item')!;
    expect([block.text, block.label, labelled(block)]).toEqual(['o ja, ook voor huurders', 'o', false]);
    expect(document.querySelector('li')!.getAttribute('style')).toContain('list-style-type:"o "');
  });
});
