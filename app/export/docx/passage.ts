import { TextRun } from 'docx';

import type { CitationStyle, Passage } from '../../briefing/model';
import { omissionAfter, omissionBefore } from '../common/passage-marks';
import type { DraftItem, ParagraphDraft } from './draft';
import { withComments } from './draft';
import type { NoteSequence } from './footnotes';
import { inlineItems } from './runs';
import { STYLE } from './styles';

/**
 * Quoted paragraphs up to this many characters are kept on one page (`w:keepLines`): about six
 * lines of the indented Quote style. Longer ones may break, with widow control leaving at least
 * two lines on either page, so a long quote does not leave a large gap at the foot of a page.
 */
export const SHORT_QUOTE_CHARS = 480;

/**
 * A quoted passage: one paragraph in the Quote style per quoted source block, its words and
 * footnote references verbatim, "[…]" where the user left words out. The citation follows as a
 * line of its own (style SourceCitation, kept with the passage's last paragraph, itself never
 * split) or, in `footnote` style, as a footnote referenced at the end of the passage — after the passage's own notes, as `numberNotes` numbers them. The
 * passage's annotations cover all its paragraphs.
 */
export function passageDrafts(passage: Passage, style: CitationStyle, notes: NoteSequence): ParagraphDraft[] {
  const drafts: ParagraphDraft[] = passage.parts.map((part) => {
    const items: DraftItem[] = [];
    const before = omissionBefore(part);
    if (before) items.push({ child: new TextRun(before), comments: [] });
    items.push(...inlineItems(part.children, notes));
    const after = omissionAfter(part);
    if (after) items.push({ child: new TextRun(after), comments: [] });
    return { options: { style: STYLE.quote, ...(part.text.length <= SHORT_QUOTE_CHARS ? { keepLines: true } : {}) }, items };
  });

  if (passage.citation) {
    if (style === 'footnote') {
      drafts.at(-1)?.items.push({ child: notes.citation(passage.id), comments: [] });
    } else {
      drafts.push({
        options: { style: STYLE.citation, keepLines: true },
        items: [{ child: new TextRun(passage.citation), comments: [] }],
      });
    }
  }
  // Keep a passage's paragraphs, and its last paragraph with its citation line, on one page where
  // Word can (`w:keepNext`, ECMA-376 §17.3.1.15): a citation line never opens a page on its own.
  for (const draft of drafts.slice(0, -1)) draft.options = { ...draft.options, keepNext: true };
  return withComments(drafts, passage.comments);
}
