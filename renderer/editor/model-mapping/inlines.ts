import { $createLinkNode, $isLinkNode } from '@lexical/link';
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

import { isLinkUrl } from '../../../app/briefing/link-url';
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

/** The text formats a run may carry besides its text (app/briefing/model TextInline), as Lexical names them. */
const RUN_FORMATS = ['bold', 'italic', 'underline', 'strikethrough', 'subscript', 'superscript'] as const;
type RunFormats = Partial<Record<(typeof RUN_FORMATS)[number], boolean>> & { link?: string };

function sameFormats(a: RunFormats, b: RunFormats): boolean {
  return RUN_FORMATS.every((format) => !!a[format] === !!b[format]) && a.link === b.link;
}

/**
 * The inline content of an element as model inlines: text runs with their formats (bold, italic,
 * underline, strikethrough, sub/superscript), the address of the LinkNode around them and the ids
 * of the MarkNodes (annotations) around them, footnote refs, line breaks as "\n". Adjacent runs
 * with the same formatting, link and comments are merged (Lexical merges such text nodes too),
 * empty runs dropped.
 */
export function $inlinesOf(element: ElementNode, notes: NoteCollector): Inline[] {
  const out: Inline[] = [];
  const pushText = (text: string, formats: RunFormats, comments: string[]): void => {
    if (!text) return;
    const last = out[out.length - 1];
    if (last?.type === 'text' && sameFormats(last, formats) && sameIds(last.comments ?? [], comments)) {
      last.text += text;
      return;
    }
    const run: TextInline = { type: 'text', text };
    for (const format of RUN_FORMATS) if (formats[format]) run[format] = true;
    if (formats.link) run.link = formats.link;
    if (comments.length > 0) run.comments = [...comments];
    out.push(run);
  };
  const walk = (node: LexicalNode, comments: string[], link: string | undefined): void => {
    if ($isTextNode(node)) {
      const formats: RunFormats = { link };
      for (const format of RUN_FORMATS) formats[format] = node.hasFormat(format);
      pushText(node.getTextContent(), formats, comments);
    } else if ($isLineBreakNode(node)) {
      pushText('\n', { link }, comments);
    } else if ($isFootnoteRefNode(node)) {
      const note = node.getNote();
      notes.add(note);
      out.push({ type: 'footnote-ref', footnote: note.id });
    } else if ($isMarkNode(node)) {
      const ids = [...comments, ...node.getIDs().filter((id) => !comments.includes(id))];
      for (const child of node.getChildren()) walk(child, ids, link);
    } else if ($isLinkNode(node)) {
      // Only an allowed address is kept as a link (a pasted or loaded other one is plain text).
      const url = isLinkUrl(node.getURL()) ? node.getURL() : undefined;
      for (const child of node.getChildren()) walk(child, comments, url ?? link);
    } else if ($isElementNode(node)) {
      for (const child of node.getChildren()) walk(child, comments, link);
    }
  };
  for (const child of element.getChildren()) walk(child, [], undefined);
  return out;
}

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, index) => id === b[index]);
}

/**
 * Lexical nodes for model inlines: runs sharing the same comment ids are wrapped in one MarkNode,
 * and within it runs sharing the same `link` in one LinkNode; "\n" becomes a LineBreakNode; a
 * footnote ref becomes a FootnoteRefNode carrying its note. A ref to an unknown note is dropped
 * (it would print nothing, see numberNotes).
 */
export function $nodesOfInlines(inlines: readonly Inline[], notes: ReadonlyMap<string, BriefingFootnote>): LexicalNode[] {
  const out: LexicalNode[] = [];
  let mark: { ids: string[]; node: ElementNode } | null = null;
  let link: { url: string; node: ElementNode; parent: ElementNode | null } | null = null;
  for (const inline of inlines) {
    if (inline.type === 'footnote-ref') {
      mark = null;
      link = null;
      const note = notes.get(inline.footnote);
      if (note) out.push($createFootnoteRefNode(note));
      continue;
    }
    const comments = inline.comments ?? [];
    let pieces = $textPieces(inline);
    if (comments.length === 0) mark = null;
    else if (!mark || !sameIds(mark.ids, comments)) {
      mark = { ids: comments, node: $createMarkNode(comments) };
      out.push(mark.node);
    }
    const parent: ElementNode | null = mark?.node ?? null;
    if (!inline.link) link = null;
    else if (!link || link.url !== inline.link || link.parent !== parent) {
      link = { url: inline.link, node: $createLinkNode(inline.link), parent };
      pieces = [link.node.append(...pieces)];
    } else {
      link.node.append(...pieces);
      pieces = [];
    }
    if (parent) parent.append(...pieces);
    else out.push(...pieces);
  }
  return out;
}

function $textPieces(inline: TextInline): LexicalNode[] {
  const pieces: LexicalNode[] = [];
  inline.text.split('\n').forEach((line, index) => {
    if (index > 0) pieces.push($createLineBreakNode());
    if (!line) return;
    const text = $createTextNode(line);
    for (const format of RUN_FORMATS) if (inline[format]) text.toggleFormat(format);
    pieces.push(text);
  });
  return pieces;
}
