import { $isMarkNode } from '@lexical/mark';
import { $getRoot, $isElementNode, type EditorState, type LexicalNode } from 'lexical';

import { blockVersionOf, briefingVersionBesideBody, footnotesVersionOf } from '../../../app/briefing/file-version';
import type { BodyBlock, BriefingFootnote, BriefingVersion } from '../../../app/briefing/model';
import { $getBriefingMeta } from '../meta/briefing-meta';
import { NoteCollector } from './inlines';
import { $blockOf } from './to-briefing';

/** What one top-level node gives the briefing's JSON, with the nodes it was made from. */
interface BlockEntry {
  /** The block's node and all its descendants, in document order, as objects of the state read. */
  nodes: LexicalNode[];
  /** `JSON.stringify` of its model block; null when the node is no block. */
  json: string | null;
  type: BodyBlock['type'] | null;
  /** A paragraph without content (dropped when it is the last block after a passage or table). */
  empty: boolean;
  notes: BriefingFootnote[];
  version: BriefingVersion;
  /** Comment ids anchored in it (MarkNodes, a passage's `comments`). */
  comments: string[];
}

/** Waits for the next slice of work; resolves with the milliseconds it may take. */
export type NextSlice = () => Promise<number>;

/** A slice's longest run (ms): a key or drop that comes meanwhile waits at most this long. */
const SLICE_MS = 4;

/** Slices at idle moments (requestIdleCallback; within 1 s even while the user keeps typing). */
export const idleSlice: NextSlice = () =>
  new Promise((resolve) =>
    requestIdleCallback((deadline) => resolve(deadline.didTimeout ? SLICE_MS : Math.min(SLICE_MS, deadline.timeRemaining())), {
      timeout: 1000,
    }),
  );

/** Notes are immutable values (an edit replaces them), so each is written once. */
const noteJson = new WeakMap<BriefingFootnote, string>();

/**
 * The briefing of an editor state as JSON text, exactly `JSON.stringify(editorStateToBriefing(state))`
 * (the `.dossier` content, app/briefing/model.ts), built block by block: a top-level block whose
 * node and descendants are the same objects as when it was last written reuses its text (Lexical
 * replaces a node object on every change of it, so an unchanged block is one whose nodes are
 * all the same objects). After a key only the block typed in is written again; after undo the
 * blocks of the earlier state are found again if they were written then. `inSlices` spreads the
 * work over idle moments (SLICE_MS each), so autosave and the page count never hold up a key or a
 * drop with one long task; `now` does it at once (save, closing the window).
 */
export class BriefingJsonWriter {
  private readonly entries = new WeakMap<LexicalNode, BlockEntry>();
  private last: { state: EditorState; json: string } | null = null;
  /** How many blocks were written anew (not found unchanged) since this writer was made. */
  blocksWritten = 0;

  /** The JSON text of `state`'s briefing, at once. */
  now(state: EditorState): string {
    if (this.last?.state === state) return this.last.json;
    const entries = state.read(() =>
      $getRoot()
        .getChildren()
        .map((node) => this.$entry(node)),
    );
    return this.finish(state, entries);
  }

  /** The JSON text of `state`'s briefing, built in slices (`next` waits for each); the state is immutable, so edits meanwhile do not matter. */
  async inSlices(state: EditorState, next: NextSlice = idleSlice): Promise<string> {
    if (this.last?.state === state) return this.last.json;
    const nodes = state.read(() => $getRoot().getChildren());
    const entries: BlockEntry[] = [];
    while (entries.length < nodes.length) {
      const until = performance.now() + (await next());
      state.read(() => {
        do entries.push(this.$entry(nodes[entries.length]!));
        while (entries.length < nodes.length && performance.now() < until);
      });
    }
    return this.finish(state, entries);
  }

  private $entry(node: LexicalNode): BlockEntry {
    const known = this.entries.get(node);
    if (known && $sameNodes(node, known.nodes)) return known;
    this.blocksWritten++;
    const notes = new NoteCollector();
    const block = $blockOf(node, notes);
    const nodes: LexicalNode[] = [];
    const comments = new Set<string>(block?.type === 'passage' ? (block.comments ?? []) : []);
    $collect(node, nodes, comments);
    const entry: BlockEntry = {
      nodes,
      json: block ? JSON.stringify(block) : null,
      type: block?.type ?? null,
      empty: block?.type === 'paragraph' && block.children.length === 0,
      notes: notes.notes,
      // A quoted note's links need version 4 (footnotesVersionOf), as the block's own additions do.
      version: block ? (Math.max(blockVersionOf(block), footnotesVersionOf(notes.notes)) as BriefingVersion) : 1,
      comments: [...comments],
    };
    this.entries.set(node, entry);
    return entry;
  }

  private finish(state: EditorState, all: BlockEntry[]): string {
    const blocks = all.filter((entry) => entry.json !== null);
    // The paragraph the editor keeps after a final passage or table is not part of the briefing.
    const before = blocks[blocks.length - 2]?.type;
    if (blocks.at(-1)?.empty && (before === 'passage' || before === 'table')) blocks.pop();
    const notes = new NoteCollector();
    const anchored = new Set<string>();
    for (const entry of all) {
      for (const note of entry.notes) notes.add(note);
      for (const id of entry.comments) anchored.add(id);
    }
    const meta = state.read($getBriefingMeta);
    const annotations = meta.annotations.filter((annotation) => anchored.has(annotation.id));
    let version = briefingVersionBesideBody({ properties: meta.properties, annotations });
    for (const entry of blocks) if (entry.version > version) version = entry.version;
    const footnotes = notes.notes.map((note) => {
      let json = noteJson.get(note);
      if (json === undefined) noteJson.set(note, (json = JSON.stringify(note)));
      return json;
    });
    const json =
      `{"version":${version},"properties":${JSON.stringify(meta.properties)},"citationStyle":${JSON.stringify(meta.citationStyle)}` +
      `,"body":[${blocks.map((entry) => entry.json).join(',')}],"footnotes":[${footnotes.join(',')}]` +
      `,"annotations":${JSON.stringify(annotations)}}`;
    this.last = { state, json };
    return json;
  }
}

/** Adds `node` and its descendants to `nodes` in document order, and the comment ids of MarkNodes to `comments`. */
function $collect(node: LexicalNode, nodes: LexicalNode[], comments: Set<string>): void {
  nodes.push(node);
  if (!$isElementNode(node)) return;
  if ($isMarkNode(node)) for (const id of node.getIDs()) comments.add(id);
  for (let child = node.getFirstChild(); child !== null; child = child.getNextSibling()) $collect(child, nodes, comments);
}

/** Whether `node` and its descendants are, in document order, exactly the objects in `nodes`. */
function $sameNodes(node: LexicalNode, nodes: readonly LexicalNode[]): boolean {
  let at = 0;
  const walk = (current: LexicalNode): boolean => {
    if (nodes[at++] !== current) return false;
    if (!$isElementNode(current)) return true;
    for (let child = current.getFirstChild(); child !== null; child = child.getNextSibling()) if (!walk(child)) return false;
    return true;
  };
  return walk(node) && at === nodes.length;
}

const writers = new WeakMap<object, BriefingJsonWriter>();

/** The one writer of an editor (autosave, the page count and save share its blocks' texts). */
export function briefingJsonWriter(editor: object): BriefingJsonWriter {
  let writer = writers.get(editor);
  if (!writer) writers.set(editor, (writer = new BriefingJsonWriter()));
  return writer;
}
