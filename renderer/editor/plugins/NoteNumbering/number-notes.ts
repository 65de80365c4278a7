import { $getRoot, $isElementNode, type LexicalNode, type NodeKey } from 'lexical';

import type { BriefingFootnote, CitationStyle, Passage } from '../../../../app/briefing/model';
import { type NoteSite, type NumberedNote, numberNoteSites, passageNoteSites } from '../../../../app/briefing/notes';
import { $isFootnoteRefNode } from '../../nodes/FootnoteRefNode';
import { $isPassageNode } from '../../nodes/PassageNode';

/**
 * A passage's note sites by passage value, with the notes they were resolved against: both are
 * immutable values (a change replaces them), so a renumbering after a drop resolves only the new
 * passage's references instead of every passage's.
 */
const passageSites = new WeakMap<Passage, { notes: BriefingFootnote[]; sites: NoteSite[] }>();

/** `passageNoteSites` of the passage with its own notes, from `passageSites` when known. The sites are shared: read them only. */
function sitesOfPassage(passage: Passage, notes: BriefingFootnote[]): readonly NoteSite[] {
  const known = passageSites.get(passage);
  if (known?.notes === notes) return known.sites;
  // A handful of notes per passage: a scan beats building a map.
  const sites = passageNoteSites(passage, (id) => notes.find((note) => note.id === id));
  passageSites.set(passage, { notes, sites });
  return sites;
}

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
      const numbers: PassageNumbers = { refs: [], citation: null };
      passages.set(node.getKey(), numbers);
      for (const site of sitesOfPassage(node.getPassage(), node.getNotes())) {
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
