import type { BodyBlock, Briefing, List } from '../../briefing/model';
import { tableGrid } from '../../briefing/table-grid';
import { type ListItemMark, listItemMarks } from '../common/list-marks';
import type { BodyContext, ParagraphDraft } from './draft';
import { withNoteCommas } from './draft';
import { passageDrafts } from './passage';
import { inlineItems } from './runs';
import { LIST } from './styles';
import { tableDrafts } from './table';

const HEADINGS = { 1: 'Heading1', 2: 'Heading2', 3: 'Heading3' } as const;

/**
 * The briefing's body as paragraph drafts, in document order: headings in Word's built-in
 * Heading1..3 styles, paragraphs, list items with real Word numbering at their level (each list
 * its own numbering instances, so numbered lists start at 1), and quoted passages; consecutive
 * footnote references with a superscript comma between them; tables as cell paragraphs (table.ts).
 */
export function bodyDrafts(briefing: Briefing, context: BodyContext): ParagraphDraft[] {
  const drafts: ParagraphDraft[] = [];
  let nextInstance = 1;
  briefing.body.forEach((block, index) => {
    // Each table's number: its block's index, with room for a passage's several quoted tables.
    drafts.push(...blockDrafts(block, briefing, context, nextInstance, index * 1000));
    if (block.type === 'list') nextInstance += new Set(listItemMarks(block).map((mark) => mark.sequence)).size;
  });
  return drafts.map(withNoteCommas);
}

/**
 * A list's items with Word numbering at their level (`w:ilvl` = the item's level). Each sequence
 * of items counted together (see listItemMarks) is a numbering instance of its own, starting at
 * 1: the list's level-0 items one, each sub-list another, so a sub-list restarts under its next
 * parent item, and the parent level keeps counting across it.
 */
function listDrafts(list: List, context: BodyContext, firstInstance: number): ParagraphDraft[] {
  const marks = listItemMarks(list);
  return list.items.map((item, index) => {
    const mark = marks[index] as ListItemMark;
    const reference = mark.ordered ? LIST.ordered : LIST.bullet;
    return {
      options: { numbering: { reference, level: mark.level, instance: firstInstance + mark.sequence } },
      items: inlineItems(item.children, context),
    };
  });
}

function blockDrafts(block: BodyBlock, briefing: Briefing, context: BodyContext, listInstance: number, table: number): ParagraphDraft[] {
  switch (block.type) {
    case 'heading':
      return [{ options: { style: HEADINGS[block.level] }, items: inlineItems(block.children, context) }];
    case 'paragraph':
      return [{ options: {}, items: inlineItems(block.children, context) }];
    case 'list':
      return listDrafts(block, context, listInstance);
    case 'passage':
      return passageDrafts(block, briefing.citationStyle, context, table);
    case 'table':
      return tableDrafts(tableGrid(block), table, context, false);
  }
}
