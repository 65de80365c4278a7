import { $isLinkNode, $toggleLink } from '@lexical/link';
import { $findMatchingParent } from '@lexical/utils';
import { $createTextNode, $getSelection, $isNodeSelection, $isRangeSelection, type BaseSelection, type LexicalNode } from 'lexical';

import { $isPassageNode } from '../../nodes/PassageNode';

/** The address of the link the selection's start is in (inside `read`/`update`), else null. */
export function $selectedLinkUrl(selection: BaseSelection | null = $getSelection()): string | null {
  if (!$isRangeSelection(selection)) return null;
  const link = $findMatchingParent(selection.anchor.getNode(), (node: LexicalNode) => $isLinkNode(node));
  return $isLinkNode(link) ? link.getURL() : null;
}

/** Whether the selection is (or holds) a quoted passage, where no link may go (inside `read`/`update`). */
export function $selectionHasPassage(): boolean {
  const selection = $getSelection();
  if ($isNodeSelection(selection)) return selection.getNodes().some((node) => $isPassageNode(node));
  if ($isRangeSelection(selection)) return selection.getNodes().some((node) => $isPassageNode(node));
  return false;
}

/**
 * Links the selected words to `url` (inside `update`), or changes the address of the link the
 * caret is in; with a collapsed caret outside a link, inserts the address itself as a linked text.
 * `url` must already be an allowed address (app/briefing/link-url.ts). One undo step.
 */
export function $applyLink(url: string): void {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return;
  if (selection.isCollapsed() && $selectedLinkUrl() === null) {
    const text = $createTextNode(url.replace(/^mailto:/i, ''));
    selection.insertNodes([text]);
    text.select(0, text.getTextContentSize());
  } else if (selection.isCollapsed()) {
    const link = $findMatchingParent(selection.anchor.getNode(), (node: LexicalNode) => $isLinkNode(node));
    if ($isLinkNode(link)) link.setURL(url);
    return;
  }
  $toggleLink(url);
}

/** Removes the link around the selection or the caret, keeping its words (inside `update`). */
export function $removeLink(): void {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return;
  if (selection.isCollapsed()) {
    const link = $findMatchingParent(selection.anchor.getNode(), (node: LexicalNode) => $isLinkNode(node));
    if (!$isLinkNode(link)) return;
    for (const child of link.getChildren()) link.insertBefore(child);
    link.remove();
    return;
  }
  $toggleLink(null);
}
