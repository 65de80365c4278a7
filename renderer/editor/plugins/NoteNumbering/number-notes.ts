import { $getRoot, $isElementNode, type LexicalNode, type NodeKey } from 'lexical';

import type { CitationStyle } from '../../../../app/briefing/model';
import { type NoteSite, type NumberedNote, numberNoteSites, passageNoteSites } from '../../../../app/briefing/notes';
import { $isFootnoteRefNode } from '../../nodes/FootnoteRefNode';
import { $isPassageNode } from '../../nodes/PassageNode';

/** A numbered note plus the node it belongs to (a footnote reference or a passage). */
export interface EditorNote extends NumberedNote {
  nodeKey: NodeKey;
}

/** A passage's numbers: its parts' footnote refs in order (null for an unknown note), its citation note's. */
export interface PassageNumbers {
  refs: Array<number | null>;
  citation: number | null;
}

export interface EditorNumbering {
  notes: EditorNote[];
  /** Number of each FootnoteRefNode. */
  refNumbers: Map<NodeKey, number>;
  /** For each PassageNode: the numbers of its parts' footnote refs in order (null for an unknown
   * note), and its citation note's number in `footnote` style. */
  passages: Map<NodeKey, PassageNumbers>;
}

/**
 * Numbers the notes of the current editor state in document order with the exporters' rule
 * (`numberNoteSites` in app/briefing/notes.ts): the editor only collects the note sites from its
 * nodes (a passage's through `passageNoteSites`, resolved against the passage's own notes) and
 * maps the numbers back to the nodes. Derived on every update, never stored. Must run inside
 * `read`/`update`.
 */
export function $numberEditorNotes(citationStyle: CitationStyle): EditorNumbering {
  const sites: NoteSite[] = [];
  /** Per site: the owning node, and the passage's numbers when the owner is a passage. */
  const owners: Array<{ key: NodeKey; passage: PassageNumbers | null }> = [];
  const passages = new Map<NodeKey, PassageNumbers>();
  const visit = (node: LexicalNode): void => {
    if ($isPassageNode(node)) {
      const own = node.getNotes(); // a handful per passage: a scan beats building a map on every update
      const numbers: PassageNumbers = { refs: [], citation: null };
      passages.set(node.getKey(), numbers);
      for (const site of passageNoteSites(node.getPassage(), (id) => own.find((note) => note.id === id))) {
        sites.push(site);
        owners.push({ key: node.getKey(), passage: numbers });
      }
    } else if ($isFootnoteRefNode(node)) {
      sites.push({ type: 'footnote-ref', footnote: node.getNote() });
      owners.push({ key: node.getKey(), passage: null });
    } else if ($isElementNode(node)) {
      for (const child of node.getChildren()) visit(child);
    }
  };
  visit($getRoot());
  const numbering: EditorNumbering = { notes: [], refNumbers: new Map(), passages };
  numberNoteSites(sites, citationStyle).forEach((note, index) => {
    const { key, passage } = owners[index]!;
    if (note) numbering.notes.push({ ...note, nodeKey: key });
    const number = note?.number ?? null;
    if (!passage) {
      if (number !== null) numbering.refNumbers.set(key, number);
    } else if (sites[index]!.type === 'footnote-ref') passage.refs.push(number);
    else passage.citation = number;
  });
  return numbering;
}
