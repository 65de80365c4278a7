import type { PassagePayload } from '../editor/plugins/Passages/passage-transfer';

/** A selection in the reader: the range of a letter the briefing quotes (the passage payload). */
export type ReaderRange = PassagePayload;

/** Attribute marking rendered elements whose text is not block text (footnote markers, tooltips, handles). */
export const NON_TEXT_ATTR = 'data-nontext';

const isCounted = (text: Text, block: Element): boolean => {
  const skip = text.parentElement?.closest(`[${NON_TEXT_ATTR}]`);
  return !skip || !block.contains(skip);
};

const countedTexts = (block: Element): Text[] => {
  const walker = block.ownerDocument.createTreeWalker(block, 4 /* NodeFilter.SHOW_TEXT */);
  const out: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if (isCounted(n as Text, block)) out.push(n as Text);
  return out;
};

/** Length of a block element's text as `Block.text` has it: only counted text nodes. */
export function blockTextLength(block: Element): number {
  return countedTexts(block).reduce((sum, t) => sum + t.data.length, 0);
}

/**
 * The UTF-16 offset into the block's text of a DOM boundary point inside `block`: the length of
 * the counted text before that point. A point inside a non-text element (a footnote marker)
 * counts as standing at the marker, i.e. at the anchor's offset.
 */
export function offsetInBlock(block: Element, node: Node, offset: number): number {
  const before = block.ownerDocument.createRange();
  before.setStart(block, 0);
  before.setEnd(node, offset);
  let count = 0;
  for (const text of countedTexts(block)) {
    if (!before.intersectsNode(text)) continue;
    count += text === before.endContainer ? Math.min(before.endOffset, text.data.length) : text.data.length;
  }
  return count;
}

/**
 * Maps a DOM selection in the reader to (letter, block, offset) points: the first and last
 * `[data-block]` elements the selection touches, with offsets counted over block text only, so
 * superscript note numbers, tooltips and drag handles never shift them. A selection that starts
 * or ends outside block text snaps to the nearest block edge; one ending at offset 0 of the next
 * block (a triple click) ends at the end of the previous one. Null when nothing is selected in `root`.
 */
export function selectionToRange(selection: Selection | null, root: HTMLElement): ReaderRange | null {
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  const file = root.closest<HTMLElement>('[data-file]')?.dataset.file ?? root.querySelector<HTMLElement>('[data-file]')?.dataset.file;
  if (!file || !range.intersectsNode(root)) return null;
  const blocks = [...root.querySelectorAll<HTMLElement>('[data-block]')].filter((el) => range.intersectsNode(el));
  if (blocks.length === 0) return null;

  let first = 0;
  let last = blocks.length - 1;
  const startEl = blocks[first]!;
  let start = startEl.contains(range.startContainer) ? offsetInBlock(startEl, range.startContainer, range.startOffset) : 0;
  const endEl = blocks[last]!;
  let end = endEl.contains(range.endContainer) ? offsetInBlock(endEl, range.endContainer, range.endOffset) : blockTextLength(endEl);
  if (last > first && end === 0) end = blockTextLength(blocks[--last]!);
  if (last > first && start === blockTextLength(blocks[first]!)) {
    first++;
    start = 0;
  }
  if (first === last && end <= start) return null;
  return {
    file,
    start: { block: blocks[first]!.dataset.block!, offset: start },
    end: { block: blocks[last]!.dataset.block!, offset: end },
  };
}
