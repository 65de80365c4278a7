import { $isListNode, ListNode } from '@lexical/list';
import { $createHeadingNode, $isHeadingNode } from '@lexical/rich-text';
import { $setBlocksType } from '@lexical/selection';
import { $getNearestNodeOfType } from '@lexical/utils';
import { $createParagraphNode, $getSelection, $isRangeSelection } from 'lexical';

import { $selectedLinkUrl } from '../Link/link-edit';

export type BlockType = 'paragraph' | 'h1' | 'h2' | 'h3' | 'bullet' | 'number' | 'other';

/** What the toolbar shows as active for the current selection (inside `read`). */
export interface FormatState {
  block: BlockType;
  bold: boolean;
  italic: boolean;
  underline?: boolean;
  strikethrough?: boolean;
  subscript?: boolean;
  superscript?: boolean;
  /** The caret or selection start is in a link. */
  link?: boolean;
}

export function $formatState(): FormatState {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return { block: 'other', bold: false, italic: false };
  const anchor = selection.anchor.getNode();
  const top = anchor.getKey() === 'root' ? null : anchor.getTopLevelElement();
  let block: BlockType = 'paragraph';
  if ($isHeadingNode(top)) block = top.getTag() as BlockType;
  else if ($isListNode(top)) block = ($getNearestNodeOfType(anchor, ListNode) ?? top).getListType() === 'number' ? 'number' : 'bullet';
  return {
    block,
    bold: selection.hasFormat('bold'),
    italic: selection.hasFormat('italic'),
    underline: selection.hasFormat('underline'),
    strikethrough: selection.hasFormat('strikethrough'),
    subscript: selection.hasFormat('subscript'),
    superscript: selection.hasFormat('superscript'),
    link: $selectedLinkUrl(selection) !== null,
  };
}

/** Whether the toolbar would show the same: every field of `a` and `b` equal. */
export function sameFormat(a: FormatState, b: FormatState): boolean {
  const keys = Object.keys({ ...a, ...b }) as (keyof FormatState)[];
  return keys.every((key) => a[key] === b[key]);
}

/** Turns the selected blocks into paragraphs or headings (inside `update`). */
export function $setBlock(type: 'paragraph' | 'h1' | 'h2' | 'h3'): void {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return;
  $setBlocksType(selection, () => (type === 'paragraph' ? $createParagraphNode() : $createHeadingNode(type)));
}
