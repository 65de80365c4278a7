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
});
