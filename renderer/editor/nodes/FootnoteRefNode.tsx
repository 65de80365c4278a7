import { DecoratorNode, type DOMExportOutput, type LexicalNode, type NodeKey, type SerializedLexicalNode, type Spread } from 'lexical';
import { type JSX, lazy, Suspense } from 'react';

import type { BriefingFootnote } from '../../../app/briefing/model';

const FootnoteRefComponent = lazy(() => import('./FootnoteRefComponent'));

export type SerializedFootnoteRefNode = Spread<{ note: BriefingFootnote }, SerializedLexicalNode>;

/**
 * An inline footnote reference in the user's own text, carrying its note (id, origin, text). Its
 * number is never stored: the view shows the number the note-numbering plugin derives from
 * document order (app/briefing/notes.ts).
 */
export class FootnoteRefNode extends DecoratorNode<JSX.Element> {
  __note: BriefingFootnote;

  static override getType(): string {
    return 'dossier-footnote-ref';
  }

  static override clone(node: FootnoteRefNode): FootnoteRefNode {
    return new FootnoteRefNode(node.__note, node.__key);
  }

  static override importJSON(json: SerializedFootnoteRefNode): FootnoteRefNode {
    return $createFootnoteRefNode(json.note);
  }

  constructor(note?: BriefingFootnote, key?: NodeKey) {
    super(key);
    this.__note = note ?? { id: 'empty', origin: 'user', text: '' };
  }

  override exportJSON(): SerializedFootnoteRefNode {
    return { ...super.exportJSON(), type: 'dossier-footnote-ref', version: 1, note: this.getNote() };
  }

  override createDOM(): HTMLElement {
    const sup = document.createElement('sup');
    sup.className = 'ed-footnote-ref';
    return sup;
  }

  override updateDOM(): false {
    return false;
  }

  override exportDOM(): DOMExportOutput {
    const sup = document.createElement('sup');
    sup.title = this.getNote().text;
    sup.textContent = '*';
    return { element: sup };
  }

  override isInline(): true {
    return true;
  }

  override getTextContent(): string {
    return '';
  }

  getNote(): BriefingFootnote {
    return this.getLatest().__note;
  }

  setText(text: string): this {
    return this.setNote({ ...this.getNote(), text });
  }

  /** Replaces the note (an immutable value, like a passage's). */
  setNote(note: BriefingFootnote): this {
    const writable = this.getWritable();
    writable.__note = note;
    return writable;
  }

  override decorate(): JSX.Element {
    return (
      <Suspense fallback={null}>
        <FootnoteRefComponent nodeKey={this.getKey()} note={this.__note} />
      </Suspense>
    );
  }
}

export function $createFootnoteRefNode(note: BriefingFootnote): FootnoteRefNode {
  return new FootnoteRefNode(note);
}

export function $isFootnoteRefNode(node: LexicalNode | null | undefined): node is FootnoteRefNode {
  return node instanceof FootnoteRefNode;
}
