import { $createListItemNode, $createListNode } from '@lexical/list';
import { $createHeadingNode } from '@lexical/rich-text';
import { $createParagraphNode, $getRoot, type LexicalNode } from 'lexical';

import type { BodyBlock, Briefing, BriefingFootnote } from '../../../app/briefing/model';
import { $createPassageNode } from '../nodes/PassageNode';
import { $nodesOfInlines } from './inlines';

/**
 * Replaces the editor's content with a briefing's body (inside `update`). Each passage node gets the
 * notes its parts reference; each footnote ref in the user's text becomes a node carrying its note.
 * Properties, citation style and annotations live beside the editor and are not touched here.
 * An empty paragraph follows a final passage so that there is a place to type after it.
 */
export function $briefingToEditor(briefing: Briefing): void {
  const notes = new Map(briefing.footnotes.map((note) => [note.id, note]));
  const root = $getRoot();
  root.clear();
  for (const block of briefing.body) root.append($nodeOfBlock(block, notes));
  const last = root.getLastChild();
  if (!last || briefing.body[briefing.body.length - 1]?.type === 'passage') root.append($createParagraphNode());
}

function $nodeOfBlock(block: BodyBlock, notes: ReadonlyMap<string, BriefingFootnote>): LexicalNode {
  switch (block.type) {
    case 'passage': {
      const ids = new Set(block.parts.flatMap((part) => part.children.flatMap((inline) => (inline.type === 'footnote-ref' ? [inline.footnote] : []))));
      const own = [...ids].flatMap((id) => {
        const note = notes.get(id);
        return note ? [note] : [];
      });
      return $createPassageNode(structuredClone(block), own);
    }
    case 'heading':
      return $createHeadingNode(`h${block.level}`).append(...$nodesOfInlines(block.children, notes));
    case 'list':
      return $createListNode(block.ordered ? 'number' : 'bullet').append(
        ...block.items.map((item) => $createListItemNode().append(...$nodesOfInlines(item.children, notes))),
      );
    case 'paragraph':
      return $createParagraphNode().append(...$nodesOfInlines(block.children, notes));
  }
}
