import { $createHeadingNode } from '@lexical/rich-text';
import { $createParagraphNode, $getRoot, CLEAR_HISTORY_COMMAND, HISTORY_MERGE_TAG, type LexicalEditor, type LexicalNode } from 'lexical';

import type { BodyBlock, Briefing, BriefingFootnote } from '../../../app/briefing/model';
import { $setAnnotations, $setBriefingProperties, $setCitationStyle } from '../meta/briefing-meta';
import { $createPassageNode } from '../nodes/PassageNode';
import { $nodesOfInlines } from './inlines';
import { $nodeOfList } from './lists';
import { $nodeOfTable } from './tables';

/** Tags the update that loads a briefing: not an edit (the session does not count it as one). */
export const LOAD_TAG = 'dossier-load';

/**
 * Loads a briefing as the start of a fresh history: history is cleared first and the load merged
 * into the empty history, so it becomes the state the first edit undoes back to and the loaded
 * briefing can never be undone into an empty document. Discrete: committed on return.
 */
export function loadIntoEditor(editor: LexicalEditor, briefing: Briefing): void {
  editor.dispatchCommand(CLEAR_HISTORY_COMMAND, undefined);
  editor.update(() => $briefingToEditor(briefing), { tag: [LOAD_TAG, HISTORY_MERGE_TAG], discrete: true });
}

/**
 * Replaces the editor's content with a briefing (inside `update`). Each passage node gets the
 * notes its parts reference; each footnote ref in the user's text becomes a node carrying its note.
 * Properties, citation style and annotations become the root's NodeState (see meta/briefing-meta).
 * An empty paragraph follows a final passage or table so that there is a place to type after it.
 */
export function $briefingToEditor(briefing: Briefing): void {
  const notes = new Map(briefing.footnotes.map((note) => [note.id, note]));
  const root = $getRoot();
  root.clear();
  $setBriefingProperties(structuredClone(briefing.properties));
  $setCitationStyle(briefing.citationStyle);
  $setAnnotations(briefing.annotations.map((annotation) => ({ ...annotation })));
  for (const block of briefing.body) root.append($nodeOfBlock(block, notes));
  const last = root.getLastChild();
  const lastType = briefing.body[briefing.body.length - 1]?.type;
  if (!last || lastType === 'passage' || lastType === 'table') root.append($createParagraphNode());
}

function $nodeOfBlock(block: BodyBlock, notes: ReadonlyMap<string, BriefingFootnote>): LexicalNode {
  switch (block.type) {
    case 'passage': {
      const ids = new Set(
        block.parts.flatMap((part) => part.children.flatMap((inline) => (inline.type === 'footnote-ref' ? [inline.footnote] : []))),
      );
      const own = [...ids].flatMap((id) => {
        const note = notes.get(id);
        return note ? [note] : [];
      });
      return $createPassageNode(structuredClone(block), own);
    }
    case 'heading':
      return $createHeadingNode(`h${block.level}`).append(...$nodesOfInlines(block.children, notes));
    case 'list':
      return $nodeOfList(block, notes);
    case 'paragraph':
      return $createParagraphNode().append(...$nodesOfInlines(block.children, notes));
    case 'table':
      return $nodeOfTable(block, notes);
  }
}
