import { $createMarkNode, $isMarkNode } from '@lexical/mark';
import {
  $createLineBreakNode,
  $createTextNode,
  $isElementNode,
  $isLineBreakNode,
  $isTextNode,
  type ElementNode,
  type LexicalNode,
} from 'lexical';

import type { BriefingFootnote, Inline, TextInline } from '../../../app/briefing/model';
import { $createFootnoteRefNode, $isFootnoteRefNode } from '../nodes/FootnoteRefNode';

/** Collects each referenced note once, in order of first reference. */
export class NoteCollector {
  readonly notes: BriefingFootnote[] = [];
  private readonly seen = new Set<string>();
  add(note: BriefingFootnote): void {
    if (this.seen.has(note.id)) return;
    this.seen.add(note.id);
    this.notes.push(note);
  }
}

/**
 * The inline content of an element as model inlines: text runs with bold/italic and the ids of the
 * MarkNodes (annotations) around them, footnote refs, line breaks as "\n". Adjacent runs with the
 * same formatting and comments are merged (Lexical merges such text nodes too), empty runs dropped.
 */
export function $inlinesOf(element: ElementNode, notes: NoteCollector): Inline[] {
  const out: Inline[] = [];
  const pushText = (text: string, bold: boolean, italic: boolean, comments: string[]): void => {
    if (!text) return;
    const last = out[out.length - 1];
    if (last?.type === 'text' && !!last.bold === bold && !!last.italic === italic && sameIds(last.comments ?? [], comments)) {
      last.text += text;
      return;
    }
    const run: TextInline = { type: 'text', text };
    if (bold) run.bold = true;
    if (italic) run.italic = true;
    if (comments.length > 0) run.comments = [...comments];
    out.push(run);
  };
  const walk = (node: LexicalNode, comments: string[]): void => {
    if ($isTextNode(node)) {
      pushText(node.getTextContent(), node.hasFormat('bold'), node.hasFormat('italic'), comments);
    } else if ($isLineBreakNode(node)) {
      pushText('\n', false, false, comments);
    } else if ($isFootnoteRefNode(node)) {
      const note = node.getNote();
      notes.add(note);
      out.push({ type: 'footnote-ref', footnote: note.id });
    } else if ($isMarkNode(node)) {
      const ids = [...comments, ...node.getIDs().filter((id) => !comments.includes(id))];
      for (const child of node.getChildren()) walk(child, ids);
    } else if ($isElementNode(node)) {
      for (const child of node.getChildren()) walk(child, comments);
    }
  };
  for (const child of element.getChildren()) walk(child, []);
  return out;
}

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, index) => id === b[index]);
}

/**
 * Lexical nodes for model inlines: runs sharing the same comment ids are wrapped in one MarkNode;
 * "\n" becomes a LineBreakNode; a footnote ref becomes a FootnoteRefNode carrying its note.
 * A ref to an unknown note is dropped (it would print nothing, see numberNotes).
 */
export function $nodesOfInlines(inlines: readonly Inline[], notes: ReadonlyMap<string, BriefingFootnote>): LexicalNode[] {
  const out: LexicalNode[] = [];
  let mark: { ids: string[]; node: ElementNode } | null = null;
  for (const inline of inlines) {
    if (inline.type === 'footnote-ref') {
      mark = null;
      const note = notes.get(inline.footnote);
      if (note) out.push($createFootnoteRefNode(note));
      continue;
    }
    const comments = inline.comments ?? [];
    const pieces = $textPieces(inline);
    if (comments.length === 0) {
      mark = null;
      out.push(...pieces);
      continue;
    }
    if (!mark || !sameIds(mark.ids, comments)) {
      mark = { ids: comments, node: $createMarkNode(comments) };
      out.push(mark.node);
    }
    mark.node.append(...pieces);
  }
  return out;
}

function $textPieces(inline: TextInline): LexicalNode[] {
  const pieces: LexicalNode[] = [];
  inline.text.split('\n').forEach((line, index) => {
    if (index > 0) pieces.push($createLineBreakNode());
    if (!line) return;
    const text = $createTextNode(line);
    if (inline.bold) text.toggleFormat('bold');
    if (inline.italic) text.toggleFormat('italic');
    pieces.push(text);
  });
  return pieces;
}
