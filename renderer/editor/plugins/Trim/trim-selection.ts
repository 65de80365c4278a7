import type { Passage } from '../../../../app/briefing/model';
import type { PassagePoint } from '../../../../app/briefing/trim-range';
import { offsetInRenderedPart } from './trim-node';

/**
 * The window's selection as two source points of `passage`, when it covers quoted words rendered
 * inside `host` (the passage in the briefing, or the trim dialog's preview; each part an element
 * with `data-part`). A boundary on a "[…]" mark or a note number snaps to the nearest quoted word.
 * Null when the selection is collapsed or touches no part inside `host`.
 */
export function selectionInPassage(host: HTMLElement, passage: Passage): [PassagePoint, PassagePoint] | null {
  const selection = window.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  const touched = [...host.querySelectorAll<HTMLElement>('[data-part]')].filter((element) => range.intersectsNode(element));
  if (touched.length === 0) return null;
  const point = (element: HTMLElement, node: Node, offset: number): PassagePoint | null => {
    const part = passage.parts[Number(element.dataset.part)];
    return part ? { blockIndex: part.blockIndex, offset: offsetInRenderedPart(element, part.start, node, offset) } : null;
  };
  const from = point(touched[0]!, range.startContainer, range.startOffset);
  const to = point(touched.at(-1)!, range.endContainer, range.endOffset);
  return from && to ? [from, to] : null;
}
