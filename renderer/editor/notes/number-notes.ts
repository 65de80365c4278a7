import { $getRoot, $isElementNode, type LexicalNode, type NodeKey } from 'lexical';

import type { CitationStyle } from '../../../app/briefing/model';
import type { NumberedNote } from '../../../app/briefing/notes';
import { $isFootnoteRefNode } from '../nodes/FootnoteRefNode';
import { $isPassageNode } from '../nodes/PassageNode';

/** A numbered note plus the node it belongs to (a footnote reference or a passage). */
export interface EditorNote extends NumberedNote {
  nodeKey: NodeKey;
}

export interface EditorNumbering {
  notes: EditorNote[];
  /** Number of each FootnoteRefNode. */
  refNumbers: Map<NodeKey, number>;
  /** For each PassageNode: the numbers of its parts' footnote refs in order (null for an unknown
   * note), and its citation note's number in `footnote` style. */
  passages: Map<NodeKey, { refs: Array<number | null>; citation: number | null }>;
}

/**
 * Numbers the notes of the current editor state in document order, by the same rule as
 * `numberNotes` (app/briefing/notes.ts): one number per reference occurrence, a passage's citation
 * note (in `footnote` style) after the passage's own notes, references to unknown notes skipped.
 * Derived on every update, never stored. Must run inside `read`/`update`.
 */
export function $numberEditorNotes(citationStyle: CitationStyle): EditorNumbering {
  const numbering: EditorNumbering = { notes: [], refNumbers: new Map(), passages: new Map() };
  const { notes } = numbering;
  const visit = (node: LexicalNode): void => {
    if ($isPassageNode(node)) {
      const passage = node.getPassage();
      const own = node.getNotes(); // a handful per passage: a scan beats building a map on every update
      const refs: Array<number | null> = [];
      for (const part of passage.parts) {
        for (const inline of part.children) {
          if (inline.type !== 'footnote-ref') continue;
          const note = own.find((candidate) => candidate.id === inline.footnote);
          if (!note) {
            refs.push(null);
            continue;
          }
          const number = notes.length + 1;
          notes.push({ number, kind: note.origin, text: note.text, ref: note.id, nodeKey: node.getKey() });
          refs.push(number);
        }
      }
      let citation: number | null = null;
      if (citationStyle === 'footnote' && passage.citation) {
        citation = notes.length + 1;
        notes.push({ number: citation, kind: 'citation', text: passage.citation, ref: passage.id, nodeKey: node.getKey() });
      }
      numbering.passages.set(node.getKey(), { refs, citation });
    } else if ($isFootnoteRefNode(node)) {
      const note = node.getNote();
      const number = notes.length + 1;
      notes.push({ number, kind: note.origin, text: note.text, ref: note.id, nodeKey: node.getKey() });
      numbering.refNumbers.set(node.getKey(), number);
    } else if ($isElementNode(node)) {
      for (const child of node.getChildren()) visit(child);
    }
  };
  visit($getRoot());
  return numbering;
}
