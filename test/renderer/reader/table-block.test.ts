// @vitest-environment happy-dom
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';

import type { Block } from '../../../app/corpus/types';
import { blockTextLength, offsetInBlock } from '../../../renderer/reader/selection-range';
import { TableBlock } from '../../../renderer/reader/TableBlock';

const block: Block = {
  id: 'b3',
  kind: 'table',
  text: 'Jaar\tBedrag\n2025\t3,5 mld\nregel 2',
  notes: [],
  cells: [
    [
      { start: 0, end: 4 },
      { start: 5, end: 11 },
    ],
    [
      { start: 12, end: 16 },
      { start: 17, end: 33 },
    ],
  ],
};
const context = { notes: new Map(), titleOf: () => null, onOpenLetter: () => undefined };

describe('TableBlock', () => {
  it('shows rows and cells, and keeps offsets in the DOM equal to Block.text offsets', () => {
    document.body.innerHTML = `<div data-block="b3">${renderToStaticMarkup(createElement(TableBlock, { block, citations: [], context }))}</div>`;
    const el = document.querySelector('[data-block]')!;
    const cells = [...el.querySelectorAll('tr')].map((tr) => [...tr.querySelectorAll('td')].map((td) => td.firstChild!.textContent));
    expect(cells).toEqual([
      ['Jaar', 'Bedrag'],
      ['2025', '3,5 mld\nregel 2'],
    ]);
    expect(blockTextLength(el)).toBe(block.text.length);
    const secondRowSecondCell = el.querySelectorAll('td')[3]!.querySelector('span')!.firstChild!;
    expect(offsetInBlock(el, secondRowSecondCell, 4)).toBe(block.text.indexOf('3,5 mld') + 4);
  });

  it('shows header rows as th in thead, merged cells with colSpan/rowSpan, a covered cell not at all, offsets kept', () => {
    // As parseDocx reads libreoffice-merged.docx (test/app/corpus/docx/tables.test.ts).
    const text = 'Jaar\tSoort\tBedrag\n2025\tMilitair\t3,5 miljard\n\tCiviel\t0,4 miljard\nTotaal over beide jaren\t7,8 miljard';
    const at = (word: string, from = 0) => ({ start: text.indexOf(word, from), end: text.indexOf(word, from) + word.length });
    const merged: Block = {
      id: 'b4',
      kind: 'table',
      text,
      notes: [],
      headerRows: 1,
      cells: [
        [at('Jaar'), at('Soort'), at('Bedrag')],
        [{ ...at('2025'), rowSpan: 2 }, at('Militair'), at('3,5 miljard')],
        [{ start: text.indexOf('\tCiviel'), end: text.indexOf('\tCiviel'), covered: true }, at('Civiel'), at('0,4 miljard')],
        [{ ...at('Totaal over beide jaren'), colSpan: 2 }, at('7,8 miljard')],
      ],
    };
    document.body.innerHTML = `<div data-block="b4">${renderToStaticMarkup(createElement(TableBlock, { block: merged, citations: [], context }))}</div>`;
    const el = document.querySelector('[data-block]')!;
    const head = [...el.querySelectorAll('thead tr')].map((tr) =>
      [...tr.children].map((c) => [c.tagName, c.getAttribute('scope'), c.firstChild!.textContent]),
    );
    expect(head).toEqual([
      [
        ['TH', 'col', 'Jaar'],
        ['TH', 'col', 'Soort'],
        ['TH', 'col', 'Bedrag'],
      ],
    ]);
    const body = [...el.querySelectorAll('tbody tr')].map((tr) =>
      [...tr.children].map((c) => [c.tagName, c.getAttribute('rowspan') ?? c.getAttribute('colspan') ?? '', c.firstChild!.textContent]),
    );
    expect(body).toEqual([
      [
        ['TD', '2', '2025'],
        ['TD', '', 'Militair'],
        ['TD', '', '3,5 miljard'],
      ],
      [
        ['TD', '', 'Civiel'],
        ['TD', '', '0,4 miljard'],
      ],
      [
        ['TD', '2', 'Totaal over beide jaren'],
        ['TD', '', '7,8 miljard'],
      ],
    ]);
    expect(el.querySelector('td[colspan]')!.getAttribute('colspan')).toBe('2');
    expect(el.querySelector('td[rowspan]')!.firstChild!.textContent).toBe('2025');
    expect(blockTextLength(el)).toBe(text.length);
    const civiel = [...el.querySelectorAll('td')].find((td) => td.firstChild!.textContent === 'Civiel')!.querySelector('span')!.firstChild!;
    expect(offsetInBlock(el, civiel, 2)).toBe(text.indexOf('Civiel') + 2);
    const total = [...el.querySelectorAll('td')]
      .find((td) => td.firstChild!.textContent === 'Totaal over beide jaren')!
      .querySelector('span')!.firstChild!;
    expect(offsetInBlock(el, total, 0)).toBe(text.indexOf('Totaal'));
  });
});
