import { $findMatchingParent } from '@lexical/utils';
import { $getRoot, $isElementNode, $isTextNode, type LexicalEditor, type LexicalNode } from 'lexical';

import type { FindSegment } from '../../../../app/briefing/find-replace';
import { $isPassageNode } from '../../nodes/PassageNode';

/** A run of a segment's text: `length` code units from `start`, held by a DOM text node (and, in own text, a Lexical text node). */
export interface SegmentPiece {
  start: number;
  length: number;
  dom: Text | null;
  /** The Lexical TextNode's key; absent in a passage, whose words are not Lexical text. */
  key?: string;
}

export interface TextSegment extends FindSegment {
  pieces: SegmentPiece[];
}

/** The first DOM text node under a Lexical text node's element (a format may wrap it in <strong>, <em>, …). */
function domText(editor: LexicalEditor, key: string): Text | null {
  const element = editor.getElementByKey(key);
  if (!element) return null;
  const walker = element.ownerDocument.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  return walker.nextNode() as Text | null;
}

/**
 * The quoted words of a passage as the view shows them (the blockquote's text, note numbers in
 * <sup> left out, omission marks kept), as pieces of DOM text. The view is React's; the find bar
 * only reads it, never writes.
 */
function passageSegment(editor: LexicalEditor, key: string): TextSegment {
  const host = editor.getElementByKey(key)?.querySelector('.ed-passage-quote');
  const pieces: SegmentPiece[] = [];
  let text = '';
  if (host) {
    const walker = host.ownerDocument.createTreeWalker(host, NodeFilter.SHOW_TEXT, {
      acceptNode: (node) => (node.parentElement?.closest('sup') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
    });
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      pieces.push({ start: text.length, length: node.data.length, dom: node });
      text += node.data;
    }
  }
  return { id: key, text, replaceable: false, pieces };
}

const $isBlock = (node: LexicalNode): boolean => $isElementNode(node) && !node.isInline();

/**
 * The briefing's text in document order as find segments: one per block of own text (a paragraph,
 * heading or list item: its text nodes joined, so a match may cross a format or link boundary) and
 * one per quoted passage (not replaceable). Footnote texts and comments are not in it: they are not
 * text of the briefing's body (a footnote's text lives in its reference node and is edited in its
 * own form). Call inside `editor.read`.
 */
export function $findSegments(editor: LexicalEditor): TextSegment[] {
  const segments: TextSegment[] = [];
  let current: TextSegment | null = null;
  const visit = (node: LexicalNode) => {
    if ($isPassageNode(node)) {
      current = null;
      segments.push(passageSegment(editor, node.getKey()));
      return;
    }
    if ($isTextNode(node)) {
      const block = $findMatchingParent(node, $isBlock);
      const id = block?.getKey() ?? 'root';
      if (!current || current.id !== id) {
        current = { id, text: '', replaceable: true, pieces: [] };
        segments.push(current);
      }
      const text = node.getTextContent();
      current.pieces.push({ start: current.text.length, length: text.length, dom: domText(editor, node.getKey()), key: node.getKey() });
      current.text += text;
      return;
    }
    if ($isElementNode(node)) {
      if (!node.isInline()) current = null;
      for (const child of node.getChildren()) visit(child);
      if (!node.isInline()) current = null;
    }
  };
  visit($getRoot());
  return segments;
}

/** The piece holding offset `at` of the segment (the piece it ends in, for an end offset), with the offset inside it. */
export function pieceAt(segment: TextSegment, at: number, isEnd: boolean): { piece: SegmentPiece; offset: number } | null {
  const piece = segment.pieces.find((entry) =>
    isEnd ? at > entry.start && at <= entry.start + entry.length : at >= entry.start && at < entry.start + entry.length,
  );
  return piece ? { piece, offset: at - piece.start } : null;
}
