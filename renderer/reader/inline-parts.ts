import type { Citation, NoteAnchor, TextLink } from '../../app/corpus/types';

/** One piece of a block's (or note's) rendered text, in reading order. */
export type InlinePart =
  | { type: 'text'; text: string; start: number; href?: string }
  | { type: 'cite'; text: string; start: number; citation: Citation; href?: string }
  | { type: 'note'; footnote: string; offset: number };

/**
 * Where each citation's `text` stands in `text`: the first occurrence not already taken by an
 * earlier citation (Letter.citations lists them in reading order, so repeated citations of the
 * same paper land on successive occurrences). Citations whose text does not occur are left out.
 */
export function locateCitations(text: string, citations: readonly Citation[]): Array<{ start: number; end: number; citation: Citation }> {
  const spans: Array<{ start: number; end: number; citation: Citation }> = [];
  for (const citation of citations) {
    if (!citation.text) continue;
    let from = 0;
    for (;;) {
      const start = text.indexOf(citation.text, from);
      if (start < 0) break;
      const end = start + citation.text.length;
      if (!spans.some((s) => start < s.end && s.start < end)) {
        spans.push({ start, end, citation });
        break;
      }
      from = start + 1;
    }
  }
  return spans.sort((a, b) => a.start - b.start);
}

/**
 * Splits `text` at footnote anchors, citation boundaries and hyperlink boundaries (`links`, Word
 * files: UTF-16 ranges of `text`). Text and cite parts concatenate to exactly `text` (so DOM
 * offsets equal `Block.text` offsets) and carry `href` when they lie inside a hyperlink; note parts
 * stand where the marker stood (`NoteAnchor.offset`), several at one offset in anchor order, and
 * carry no text.
 */
export function inlineParts(
  text: string,
  notes: readonly NoteAnchor[],
  citations: readonly Citation[],
  links: readonly TextLink[] = [],
): InlinePart[] {
  const spans = locateCitations(text, citations);
  const cuts = new Set<number>([0, text.length]);
  for (const s of spans) cuts.add(s.start).add(s.end);
  const inText = links.filter((l) => l.start < l.end && l.end <= text.length);
  for (const l of inText) cuts.add(l.start).add(l.end);
  for (const n of notes) cuts.add(Math.max(0, Math.min(n.offset, text.length)));
  const points = [...cuts].sort((a, b) => a - b);
  const parts: InlinePart[] = [];
  const notesAt = (offset: number) => {
    for (const n of notes) {
      const at = Math.max(0, Math.min(n.offset, text.length));
      if (at === offset) parts.push({ type: 'note', footnote: n.footnote, offset: at });
    }
  };
  for (let i = 0; i < points.length; i++) {
    const start = points[i]!;
    notesAt(start);
    const end = points[i + 1];
    if (end === undefined || end === start) continue;
    const slice = text.slice(start, end);
    const span = spans.find((s) => s.start <= start && end <= s.end);
    const href = inText.find((l) => l.start <= start && end <= l.end)?.href;
    const part: InlinePart = span ? { type: 'cite', text: slice, start, citation: span.citation } : { type: 'text', text: slice, start };
    parts.push(href === undefined ? part : { ...part, href });
  }
  return parts;
}
