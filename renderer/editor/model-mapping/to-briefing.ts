import { $isListNode } from '@lexical/list';
import { $isHeadingNode } from '@lexical/rich-text';
import { $isTableNode } from '@lexical/table';
import { $getRoot, $isElementNode, $isParagraphNode, type EditorState, type LexicalNode } from 'lexical';

import { fileVersionOf } from '../../../app/briefing/file-version';
import type { BodyBlock, Briefing } from '../../../app/briefing/model';
import { $getBriefingMeta, $liveAnnotations } from '../meta/briefing-meta';
import { $isPassageNode } from '../nodes/PassageNode';
import { $inlinesOf, NoteCollector } from './inlines';
import { $listOfNode } from './lists';
import { $tableOfNode } from './tables';

/**
 * The briefing model (the documented `.dossier` content, app/briefing/model.ts) of an editor state,
 * in the lowest version that holds it (fileVersionOf), properties, citation style and comments included (they are NodeState on the root). Footnotes are
 * listed once each in order of first reference; a comment whose anchor is gone (its text deleted)
 * is left out; the trailing empty paragraph the editor keeps after a final passage or table (so the
 * user can type below it) is not part of the briefing. Its passages are the editor's own immutable
 * values, not copies: the briefing must not be changed in place.
 */
export function editorStateToBriefing(state: EditorState): Briefing {
  return state.read(() => {
    const { body, footnotes } = $bodyOfEditor();
    const { properties, citationStyle } = $getBriefingMeta();
    const briefing: Briefing = {
      version: 1,
      properties: structuredClone(properties),
      citationStyle,
      body,
      footnotes,
      annotations: $liveAnnotations().map((annotation) => ({ ...annotation })),
    };
    // The lowest .dossier version that holds it (2 only with underline, strikethrough, sub/superscript or links).
    briefing.version = fileVersionOf(briefing);
    return briefing;
  });
}

/** Body blocks and referenced notes of the current editor state (inside `read`/`update`). */
export function $bodyOfEditor(): Pick<Briefing, 'body' | 'footnotes'> {
  const notes = new NoteCollector();
  const body: BodyBlock[] = [];
  for (const node of $getRoot().getChildren()) {
    const block = $blockOf(node, notes);
    if (block) body.push(block);
  }
  const last = body[body.length - 1];
  const before = body[body.length - 2]?.type;
  if (last?.type === 'paragraph' && last.children.length === 0 && (before === 'passage' || before === 'table')) body.pop();
  return { body, footnotes: notes.notes };
}

/**
 * The model block of one top-level node (inside `read`/`update`), its referenced notes added to
 * `notes` in order; null for a node that is no block. A passage is the node's own immutable value.
 */
export function $blockOf(node: LexicalNode, notes: NoteCollector): BodyBlock | null {
  if ($isPassageNode(node)) {
    for (const note of node.getNotes()) notes.add(note);
    // Shared, not copied: a passage is an immutable value (edits replace it on the node), and the
    // briefing is copied anyway on its way to main. Copying 500 passages cost autosave ~15 ms.
    return node.getPassage();
  }
  if ($isHeadingNode(node)) {
    const level = Number(node.getTag().slice(1));
    return { type: 'heading', level: level === 1 ? 1 : level === 2 ? 2 : 3, children: $inlinesOf(node, notes) };
  }
  if ($isListNode(node)) {
    return $listOfNode(node, notes);
  }
  if ($isTableNode(node)) return $tableOfNode(node, notes);
  if ($isParagraphNode(node) || $isElementNode(node)) return { type: 'paragraph', children: $inlinesOf(node, notes) };
  return null;
}
