import type { IParagraphOptions } from 'docx';
import { HeadingLevel } from 'docx';

import type { BodyBlock, Briefing } from '../../briefing/model';
import type { ParagraphDraft } from './draft';
import type { NoteSequence } from './footnotes';
import { passageDrafts } from './passage';
import { inlineItems } from './runs';
import { LIST } from './styles';

const HEADINGS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

/**
 * The briefing's body as paragraph drafts, in document order: headings in Word's built-in
 * Heading1..3 styles, paragraphs, list items with real Word numbering (each list its own
 * numbering instance, so numbered lists start at 1), and quoted passages.
 */
export function bodyDrafts(briefing: Briefing, notes: NoteSequence): ParagraphDraft[] {
  const drafts: ParagraphDraft[] = [];
  let listCount = 0;
  for (const block of briefing.body) {
    if (block.type === 'list') listCount += 1;
    drafts.push(...blockDrafts(block, briefing, notes, listCount));
  }
  return drafts;
}

function blockDrafts(block: BodyBlock, briefing: Briefing, notes: NoteSequence, listInstance: number): ParagraphDraft[] {
  switch (block.type) {
    case 'heading':
      return [{ options: { heading: HEADINGS[block.level] }, items: inlineItems(block.children, notes) }];
    case 'paragraph':
      return [{ options: {}, items: inlineItems(block.children, notes) }];
    case 'list': {
      const options: Omit<IParagraphOptions, 'children' | 'text'> = {
        numbering: { reference: block.ordered ? LIST.ordered : LIST.bullet, level: 0, instance: listInstance },
      };
      return block.items.map((item) => ({ options, items: inlineItems(item.children, notes) }));
    }
    case 'passage':
      return passageDrafts(block, briefing.citationStyle, notes);
  }
}
