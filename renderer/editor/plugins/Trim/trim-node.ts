import { $getNodeByKey, type NodeKey } from 'lexical';

import type { Passage } from '../../../../app/briefing/model';
import { trimPassage } from '../../../../app/briefing/trim';
import { isTrimOf, passageNoteIds } from '../../../../app/briefing/trim-range';
import { $isPassageNode, type PassageNode } from '../../nodes/PassageNode';

/**
 * Trims the parts of a passage node to new source ranges with `trimPassage` (inside `update`): the
 * kept words stay verbatim, "[…]" marks cut words, and notes no longer referenced leave the node.
 * `ranges[i]` is the new `[start, end)` of part i; unchanged ranges are skipped. False when `key`
 * is not a passage.
 */
export function $trimPassageNode(key: NodeKey, ranges: ReadonlyArray<readonly [number, number]>): boolean {
  const node = $getNodeByKey(key);
  if (!$isPassageNode(node)) return false;
  let passage = node.getPassage();
  ranges.forEach(([start, end], index) => {
    const part = passage.parts[index];
    if (!part || (part.start === start && part.end === end)) return;
    passage = trimPassage(passage, index, start, end).passage;
  });
  $setTrimmed(node, passage);
  return true;
}

/**
 * Replaces a passage node's passage with a trimmed version of it (the trim dialog's draft, made by
 * `keepPassageRange` / `cutPassageRange`), inside `update`. Notes no longer referenced leave the
 * node. False, changing nothing, when `key` is not a passage or `trimmed` fails `isTrimOf` (its
 * words are not verbatim slices of the passage's own, in order).
 */
export function $replaceTrimmedPassage(key: NodeKey, trimmed: Passage): boolean {
  const node = $getNodeByKey(key);
  if (!$isPassageNode(node) || !isTrimOf(node.getPassage(), trimmed)) return false;
  $setTrimmed(node, { ...node.getPassage(), parts: trimmed.parts });
  return true;
}

function $setTrimmed(node: PassageNode, passage: Passage): void {
  const referenced = new Set(passageNoteIds(passage));
  node.setPassage(
    passage,
    node.getNotes().filter((note) => referenced.has(note.id)),
  );
}

/**
 * The source offset of a selection boundary measured in a rendered passage part (an element with
 * `data-part`, its first quoted character at source offset `start`): the quoted characters before
 * the boundary, skipping "[…]" marks and note numbers. A boundary before the element gives
 * `start`, one after it the part's end.
 */
export function offsetInRenderedPart(part: HTMLElement, start: number, node: Node, offset: number): number {
  const upTo = document.createRange();
  upTo.selectNodeContents(part);
  if (part.contains(node) || part.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_PRECEDING) upTo.setEnd(node, offset);
  let count = 0;
  const walker = document.createTreeWalker(part, NodeFilter.SHOW_TEXT);
  for (let text = walker.nextNode(); text; text = walker.nextNode()) {
    if (text.parentElement?.closest('.ed-omission, sup')) continue;
    if (text === node) return start + count + Math.min(offset, text.textContent?.length ?? 0);
    if (upTo.comparePoint(text, text.textContent?.length ?? 0) !== 0) break;
    count += text.textContent?.length ?? 0;
  }
  return start + count;
}
