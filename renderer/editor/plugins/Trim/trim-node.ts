import { $getNodeByKey, type NodeKey } from 'lexical';

import { trimPassage } from '../../../../app/briefing/trim';
import { $isPassageNode } from '../../nodes/PassageNode';

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
  const referenced = new Set(
    passage.parts.flatMap((part) => part.children.flatMap((inline) => (inline.type === 'footnote-ref' ? [inline.footnote] : []))),
  );
  node.setPassage(
    passage,
    node.getNotes().filter((note) => referenced.has(note.id)),
  );
  return true;
}

/**
 * The source offset of a DOM point inside a rendered passage part (`<p data-part>`): counts the
 * quoted text before it, skipping "[…]" marks and note numbers. Null when the point is elsewhere.
 */
export function offsetInRenderedPart(part: HTMLElement, start: number, node: Node, offset: number): number | null {
  if (!part.contains(node)) return null;
  let count = 0;
  const walker = document.createTreeWalker(part, NodeFilter.SHOW_TEXT);
  for (let text = walker.nextNode(); text; text = walker.nextNode()) {
    const skip = text.parentElement?.closest('.ed-omission, sup');
    if (text === node) return start + (skip ? 0 : count + offset);
    if (!skip) count += text.textContent?.length ?? 0;
  }
  return node === part ? start + count : null;
}
