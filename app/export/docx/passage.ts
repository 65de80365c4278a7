import type { CitationStyle, Passage } from '../../briefing/model';
import { quotedTableGrid } from '../../briefing/table-grid';
import { publicationUrlOf } from '../common/citation-links';
import { OMISSION_BETWEEN, omissionAfter, omissionBefore, quoteParagraphs } from '../common/passage-marks';
import type { BodyContext, DraftItem, ParagraphDraft } from './draft';
import { withComments } from './draft';
import { inlineItems } from './runs';
import { STYLE } from './styles';
import { tableDrafts } from './table';
import { plainRun } from './wml';

/**
 * Quoted paragraphs up to this many characters are kept on one page (`w:keepLines`): about six
 * lines of the indented Quote style. Longer ones may break, with widow control leaving at least
 * two lines on either page, so a long quote does not leave a large gap at the foot of a page.
 */
export const SHORT_QUOTE_CHARS = 480;

/**
 * A quoted passage: one paragraph in the Quote style per quoted source block (parts of one block
 * left by a cut in the middle share it, with one "[…]" between them), its words and
 * footnote references verbatim, "[…]" where the user left words out. The citation follows as a
 * line of its own (style SourceCitation, kept with the passage's last paragraph, itself never
 * split) or, in `footnote` style, as a footnote referenced at the end of the passage — after the passage's own notes, as `numberNotes` numbers them. The
 * passage's annotations cover all its paragraphs. A quoted table (parts with `cells`) is a Word
 * table, indented as the Quote style (table.ts; tables numbered from `table`); a citation note
 * after it stands in its last cell.
 */
export function passageDrafts(passage: Passage, style: CitationStyle, context: BodyContext, table = 0): ParagraphDraft[] {
  const drafts: ParagraphDraft[] = quoteParagraphs(passage).flatMap((parts, group) => {
    const grid = quotedTableGrid(parts);
    if (grid) return tableDrafts(grid, table + group, context, true);
    const items: DraftItem[] = [];
    const before = omissionBefore(parts[0]!);
    if (before) items.push({ child: plainRun(before), comments: [] });
    parts.forEach((part, index) => {
      if (index > 0) items.push({ child: plainRun(OMISSION_BETWEEN), comments: [] });
      items.push(...inlineItems(part.children, context));
    });
    const after = omissionAfter(parts.at(-1)!);
    if (after) items.push({ child: plainRun(after), comments: [] });
    const length = parts.reduce((sum, part) => sum + part.text.length, 0);
    return [{ options: { style: STYLE.quote, ...(length <= SHORT_QUOTE_CHARS ? { keepLines: true } : {}) }, items }];
  });

  if (passage.citation) {
    if (style === 'footnote') {
      drafts.at(-1)?.items.push({ child: context.notes.citation(passage.id), comments: [], note: true });
    } else {
      drafts.push({
        options: { style: STYLE.citation, keepLines: true },
        items: [{ child: citationLine(passage, context), comments: [] }],
      });
    }
  }
  // Keep a passage's paragraphs, and its last paragraph with its citation line, on one page where
  // Word can (`w:keepNext`, ECMA-376 §17.3.1.15): a citation line never opens a page on its own.
  // Table rows are left free to break (a table's own header row repeats instead).
  for (const draft of drafts.slice(0, -1)) if (!draft.cell) draft.options = { ...draft.options, keepNext: true };
  return withComments(drafts, passage.comments);
}

/** The citation line's run: a link to the source's official publication when it has one (publicationUrlOf). */
function citationLine(passage: Passage, context: BodyContext): string {
  const url = publicationUrlOf(passage.source);
  return url ? context.links.linkedText(url, passage.citation) : plainRun(passage.citation);
}
