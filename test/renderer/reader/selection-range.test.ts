// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';

import { blockTextLength, offsetInBlock, selectionToRange } from '../../../renderer/reader/selection-range';

/** A reader as ReaderPane renders it: block text in spans, markers and handles marked non-text. */
const HTML = `
<article data-file="004_ea691d26e1781c0b.txt">
  <h2>Titel</h2>
  <p data-block="b5"><button data-nontext aria-label="Sleep">⠿</button><span>Coalition of the Willing.</span><sup data-nontext><a tabindex="0">2</a><span role="tooltip">Kamerstuk 36 045, nr. 264.</span></sup><span> Hoewel duurzame vrede</span></p>
  <ul><li data-block="b6"><span>Eerste punt</span></li><li data-block="b7"><span>Tweede </span><a href="#">Kamerstuk 1</a><span> punt</span></li></ul>
</article>`;

let root: HTMLElement;
const text = (selector: string, index = 0): Text => root.querySelectorAll(selector)[index]!.firstChild as Text;
const select = (startNode: Node, startOffset: number, endNode: Node, endOffset: number): Selection => {
  const range = document.createRange();
  range.setStart(startNode, startOffset);
  range.setEnd(endNode, endOffset);
  const selection = window.getSelection()!;
  selection.removeAllRanges();
  selection.addRange(range);
  return selection;
};

beforeEach(() => {
  document.body.innerHTML = HTML;
  root = document.querySelector('article')!;
});

describe('selectionToRange', () => {
  it('counts only block text: the handle, the note number and its tooltip add nothing', () => {
    const b5 = root.querySelector('[data-block="b5"]')!;
    expect(blockTextLength(b5)).toBe('Coalition of the Willing. Hoewel duurzame vrede'.length);
    expect(offsetInBlock(b5, text('p > span', 1), 7)).toBe(25 + 7);
  });

  it('maps a selection across a footnote marker to offsets in Block.text', () => {
    const range = selectionToRange(select(text('p > span', 0), 17, text('p > span', 1), 7), root);
    expect(range).toEqual({ file: '004_ea691d26e1781c0b.txt', start: { block: 'b5', offset: 17 }, end: { block: 'b5', offset: 32 } });
  });

  it('treats a boundary inside the marker as standing at the anchor', () => {
    const sup = root.querySelector('sup a')!.firstChild!;
    expect(selectionToRange(select(text('p > span', 0), 0, sup, 1), root)?.end).toEqual({ block: 'b5', offset: 25 });
  });

  it('spans blocks, counting link text and element boundaries', () => {
    const b7 = root.querySelector('[data-block="b7"]')!;
    const range = selectionToRange(select(text('li span', 0), 7, b7, 2), root);
    expect(range?.start).toEqual({ block: 'b6', offset: 7 });
    expect(range?.end).toEqual({ block: 'b7', offset: 'Tweede Kamerstuk 1'.length });
  });

  it('snaps a start outside any block to the first block and an end at offset 0 back to the previous block', () => {
    const title = root.querySelector('h2')!.firstChild!;
    const range = selectionToRange(select(title, 2, text('li span', 1), 0), root);
    expect(range?.start).toEqual({ block: 'b5', offset: 0 });
    expect(range?.end).toEqual({ block: 'b6', offset: 'Eerste punt'.length });
  });

  it('returns null for a collapsed selection or one outside the reader', () => {
    expect(selectionToRange(select(text('p > span', 0), 3, text('p > span', 0), 3), root)).toBeNull();
    const outside = document.createElement('p');
    outside.textContent = 'elders';
    document.body.append(outside);
    expect(selectionToRange(select(outside.firstChild!, 0, outside.firstChild!, 3), root)).toBeNull();
  });
});
