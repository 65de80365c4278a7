import { DecoratorNode, type DOMExportOutput, type LexicalNode, type NodeKey, type SerializedLexicalNode, type Spread } from 'lexical';
import { type JSX, lazy, Suspense } from 'react';

import type { BriefingFootnote, Passage } from '../../../app/briefing/model';
import { passageCopyText, passageHtml } from '../utils/passage-text';

/** `getTextContent` per passage value. */
const textContents = new WeakMap<Passage, string>();

// Lazy so that headless use (unit tests, the benchmark) never loads React views or their CSS.
const PassageComponent = lazy(() => import('./PassageComponent'));

export type SerializedPassageNode = Spread<{ passage: Passage; notes: BriefingFootnote[] }, SerializedLexicalNode>;

/**
 * A quoted passage: a block-level decorator, so the quoted words cannot be edited character by
 * character. It carries the whole model `Passage` (provenance, parts, verbatim text, citation) and
 * the `quote` footnotes its parts reference, so a passage moves, copies and undoes as one unit.
 * Both are treated as immutable values: changes replace them on the writable node.
 */
export class PassageNode extends DecoratorNode<JSX.Element> {
  __passage: Passage;
  __notes: BriefingFootnote[];

  static override getType(): string {
    return 'dossier-passage';
  }

  static override clone(node: PassageNode): PassageNode {
    return new PassageNode(node.__passage, node.__notes, node.__key);
  }

  static override importJSON(json: SerializedPassageNode): PassageNode {
    return $createPassageNode(json.passage, json.notes);
  }

  constructor(passage?: Passage, notes: BriefingFootnote[] = [], key?: NodeKey) {
    super(key);
    this.__passage = passage ?? EMPTY_PASSAGE;
    this.__notes = notes;
  }

  override exportJSON(): SerializedPassageNode {
    return { ...super.exportJSON(), type: 'dossier-passage', version: 1, passage: this.getPassage(), notes: this.getNotes() };
  }

  override createDOM(): HTMLElement {
    const div = document.createElement('div');
    div.className = 'ed-passage-host';
    return div;
  }

  override updateDOM(): false {
    return false;
  }

  override exportDOM(): DOMExportOutput {
    const wrapper = document.createElement('div');
    wrapper.innerHTML = passageHtml(this.getPassage());
    return { element: wrapper };
  }

  override isInline(): false {
    return false;
  }

  override getTextContent(): string {
    // What a copy of a selection holding the passage gives as plain text (list labels included).
    // Lexical's reconciler asks every passage for its text after each update (the root caches the
    // whole text): keyed by the immutable passage, it is built once.
    const passage = this.getPassage();
    let text = textContents.get(passage);
    if (text === undefined) textContents.set(passage, (text = `${passageCopyText(passage)}\n\n`));
    return text;
  }

  getPassage(): Passage {
    return this.getLatest().__passage;
  }

  getNotes(): BriefingFootnote[] {
    return this.getLatest().__notes;
  }

  /** Replaces the passage (after trimming, re-citing, commenting) and the notes it references. */
  setPassage(passage: Passage, notes: BriefingFootnote[] = this.getNotes()): this {
    const writable = this.getWritable();
    writable.__passage = passage;
    writable.__notes = notes;
    return writable;
  }

  override decorate(): JSX.Element {
    return (
      <Suspense fallback={null}>
        <PassageComponent nodeKey={this.getKey()} passage={this.__passage} notes={this.__notes} />
      </Suspense>
    );
  }
}

const EMPTY_PASSAGE: Passage = {
  type: 'passage',
  id: 'empty',
  source: { file: '', hash: '', title: null, date: null, kind: null, kamerstuk: null },
  parts: [
    {
      block: 'b0',
      blockIndex: 0,
      blockKind: 'paragraph',
      start: 0,
      end: 0,
      text: '',
      children: [],
      omittedBefore: false,
      omittedAfter: false,
    },
  ],
  citation: '',
};

export function $createPassageNode(passage: Passage, notes: BriefingFootnote[]): PassageNode {
  return new PassageNode(passage, notes);
}

export function $isPassageNode(node: LexicalNode | null | undefined): node is PassageNode {
  return node instanceof PassageNode;
}
