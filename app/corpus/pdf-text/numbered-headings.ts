import type { RawParagraph } from '../raw-paragraph';

/**
 * Numbered headings in PDF-extracted text (issue 14). Text cannot show that `1. Inleiding` was set
 * in bold, and the block classifier takes a line opening with `1. ` for a list item. A numbered
 * paragraph is stated a heading on this evidence, all required:
 * - it is short (80 characters or fewer), one number (`2.`, not `2.1`) before a capital, and
 *   does not end as a sentence or clause does (`.`, `,`, `;`, `:`, `?`, `!`);
 * - the paragraph after it is not numbered (a list's items follow each other; a heading is
 *   followed by its text);
 * - its number belongs to a sequence of such paragraphs: `n-1` before it or `n+1` after it, so
 *   one numbered line alone is no heading.
 * A numbered list of short items without text between them (`1. Defensie`, `2. Justitie`)
 * stays a list.
 */

const CANDIDATE = /^(\d{1,2})\.\s+\p{Lu}/u;
const NUMBERED = /^\d{1,3}[.)]\s/;
const ENDS = /[.,;:?!]$/;

/** The number of a paragraph that may be a numbered heading, or null (see the module comment). */
const candidate = (p: RawParagraph, next: RawParagraph | undefined): number | null => {
  const m = CANDIDATE.exec(p.text);
  if (!m || p.kind || p.text.length > 80 || p.text.includes('\n') || ENDS.test(p.text)) return null;
  if (!next || NUMBERED.test(next.text)) return null;
  return Number(m[1]);
};

/** `paragraphs` with their numbered headings stated (see the module comment). */
export const numberedHeadings = <T extends RawParagraph>(paragraphs: T[]): T[] => {
  const found = paragraphs.map((p, i) => ({ i, n: candidate(p, paragraphs[i + 1]) })).filter((c) => c.n !== null);
  const heads = new Set<number>();
  found.forEach((c, k) => {
    if (found[k - 1]?.n === c.n! - 1 || found[k + 1]?.n === c.n! + 1) heads.add(c.i);
  });
  return paragraphs.map((p, i) => (heads.has(i) ? { ...p, kind: 'heading' as const } : p));
};
