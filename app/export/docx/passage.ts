import type { CitationStyle, Passage, PassagePart } from '../../briefing/model';
import { partIndentLevel, partLabel } from '../../briefing/passage-label';
import { quotedTableGrid } from '../../briefing/table-grid';
import { publicationUrlOf } from '../common/citation-links';
import { OMISSION_BETWEEN, omissionAfter, omissionBefore, quoteParagraphs } from '../common/passage-marks';
import type { BodyContext, DraftItem, ParagraphDraft } from './draft';
import { withComments } from './draft';
import { inlineItems } from './runs';
import { STYLE } from './styles';
import { tableDrafts } from './table';
import { type ParagraphProps, plainRun, wRun, wText } from './wml';

/** The Quote style's left and right indent (styles.ts), and one list level's step, in twips. */
const QUOTE_INDENT = 567;
const LIST_STEP = 360;

/**
 * A quoted list item's indent and label (app/briefing/passage-label.ts): one list step further in
 * per level; a label printed apart hangs one step to the left of the text, as Word's own list
 * labels do, followed by a tab (the hanging indent's tab stop), in a run of its own.
 */
function listItemOf(part: PassagePart): { indent?: ParagraphProps['indent']; label?: string } {
  const label = partLabel(part);
  const level = partIndentLevel(part);
  if (!label && level === 0) return {};
  const left = QUOTE_INDENT + LIST_STEP * (level + (label ? 1 : 0));
  return {
    indent: { left, right: QUOTE_INDENT, ...(label ? { hanging: LIST_STEP } : {}) },
    ...(label ? { label: wRun({ italics: false }, wText(label) + '<w:tab/>') } : {}),
  };
}

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
 * after it stands in its last cell. A quoted list item is indented by its level, its label (when
 * not part of the quoted words) before it (listItemOf).
 */
export function passageDrafts(passage: Passage, style: CitationStyle, context: BodyContext, table = 0): ParagraphDraft[] {
  const drafts: ParagraphDraft[] = quoteParagraphs(passage).flatMap((parts, group) => {
    const grid = quotedTableGrid(parts);
    if (grid) return tableDrafts(grid, table + group, context, true);
    const items: DraftItem[] = [];
    const list = listItemOf(parts[0]!);
    if (list.label) items.push({ child: list.label, comments: [] });
    const before = omissionBefore(parts[0]!);
    if (before) items.push({ child: plainRun(before), comments: [] });
    parts.forEach((part, index) => {
      if (index > 0) items.push({ child: plainRun(OMISSION_BETWEEN), comments: [] });
      items.push(...inlineItems(part.children, context));
    });
    const after = omissionAfter(parts.at(-1)!);
    if (after) items.push({ child: plainRun(after), comments: [] });
    const length = parts.reduce((sum, part) => sum + part.text.length, 0);
    const keep = length <= SHORT_QUOTE_CHARS ? { keepLines: true } : {};
    return [{ options: { style: STYLE.quote, ...keep, ...(list.indent ? { indent: list.indent } : {}) }, items }];
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
