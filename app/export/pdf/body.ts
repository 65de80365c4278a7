import type { Briefing, List, ListItem, Passage, PassagePart } from '../../briefing/model';
import { partIndentLevel, partLabel } from '../../briefing/passage-label';
import { quotedTableGrid, tableGrid } from '../../briefing/table-grid';
import { listItemMarks } from '../common/list-marks';
import { OMISSION_BETWEEN, omissionAfter, omissionBefore, quoteParagraphs } from '../common/passage-marks';
import type { LinkResolver } from './appendix';
import type { NoteCounter } from './footnotes';
import type { Para, Run, StructParent } from './layout';
import { inlineRuns, noteRefRun, plainText, styledRun } from './runs';
import { CONTENT_WIDTH, LIST_ITEM_STYLES, MARGIN, QUOTE_ITEM_STYLES, type StyleName, STYLES } from './styles';
import { tablePara } from './table';

/** Where a note after a paragraph goes: its runs, or for a table its last cell's last paragraph's. */
function lastRunsOf(para: Para | undefined): Run[] | undefined {
  if (!para?.table) return para?.runs;
  return para.table.rows.at(-1)?.at(-1)?.at(-1)?.runs;
}

/**
 * A quoted passage, as in the Word export: one Quote paragraph per quoted source block (one "[…]"
 * between the parts a cut in the middle left), words
 * and footnote references verbatim, "[…]" where words were left out; then the citation as a
 * line of its own (kept with the quote's last line) or, in `footnote` style, as a note referenced at the end of the passage.
 * All of it forms one BlockQuote; the citation links to the appended letter when there is one.
 * A quoted table (parts with `cells`) is a table (table.ts) indented as the quote; a citation note
 * after it stands in its last cell.
 */
/** Labels up to this many characters hang in the 18 pt label column; a longer one (`2.b.1`) opens the text instead. */
const HANGING_LABEL_CHARS = 3;

/**
 * A quoted list item's style and label (app/briefing/passage-label.ts), as the Word export sets
 * them: the text one 18 pt step further in per level, a label printed apart hanging one step to
 * the left of it (tagged Lbl in an L › LI of the quote), or at the text's start when it is long.
 */
function quoteItemOf(part: PassagePart): { style: StyleName; hanging?: string; inline?: string } {
  const label = partLabel(part);
  const level = partIndentLevel(part);
  if (label && label.length <= HANGING_LABEL_CHARS) return { style: QUOTE_ITEM_STYLES[level]!, hanging: label };
  const style = level > 0 ? QUOTE_ITEM_STYLES[level - 1]! : 'quote';
  return { style, ...(label ? { inline: label } : {}) };
}

function passageParas(passage: Passage, index: number, briefing: Briefing, notes: NoteCounter, links: LinkResolver): Para[] {
  const parent = { key: `passage-${index}`, tag: 'BlockQuote' };
  const comments = passage.comments?.length ? { comments: passage.comments } : {};
  const paras: Para[] = quoteParagraphs(passage).map((parts, group) => {
    const grid = quotedTableGrid(parts);
    if (grid) {
      const frame = { x: MARGIN.left + STYLES.quote.indentLeft, width: CONTENT_WIDTH - STYLES.quote.indentLeft - STYLES.quote.indentRight };
      return tablePara(grid, `passage-${index}-table-${group}`, [parent], notes, { ...frame, style: 'quote', ...comments });
    }
    const item = quoteItemOf(parts[0]!);
    const style = item.style;
    const runs: Run[] = [];
    if (item.inline) runs.push(styledRun(`${item.inline} `, style, { font: 'regular' }));
    const before = omissionBefore(parts[0]!);
    if (before) runs.push(styledRun(before, style));
    parts.forEach((part, partIndex) => {
      if (partIndex > 0) runs.push(styledRun(OMISSION_BETWEEN, style));
      runs.push(...inlineRuns(part.children, style, notes));
    });
    const after = omissionAfter(parts.at(-1)!);
    if (after) runs.push(styledRun(after, style));
    if (!item.hanging) return { style, tag: 'P', parents: [parent], runs, quoteRule: true, ...comments };
    const list = [parent, { key: `passage-${index}-list`, tag: 'L' }, { key: `passage-${index}-item-${group}`, tag: 'LI' }];
    return {
      style,
      tag: 'LBody',
      parents: list,
      label: { text: item.hanging, font: 'regular', tag: 'Lbl' },
      runs,
      quoteRule: true,
      ...comments,
    };
  });
  if (!passage.citation) return paras;
  if (briefing.citationStyle === 'footnote') {
    const number = notes.take(passage.id, true);
    if (number !== undefined) lastRunsOf(paras.at(-1))?.push(noteRefRun(number, 'quote'));
  } else {
    const link = links(passage.source.file, passage.parts[0]?.blockIndex);
    paras.push({
      style: 'citation',
      tag: 'P',
      parents: [parent],
      runs: [styledRun(passage.citation, 'citation', link ? { link } : {})],
      keepWithPrevious: true,
    });
  }
  return paras;
}

/**
 * A list's items, each level 18 pt further in (styles `listItem`…`listItem4`) with its marker
 * ("•", "–", "◦" / "1.", "a.", "i.", counted as in Word, see listItemMarks). Structure: L › LI ›
 * Lbl + LBody; a sub-list is an L of its own inside the LI of the item it belongs to.
 */
function listParas(list: List, index: number, notes: NoteCounter): Para[] {
  const top: StructParent = { key: `list-${index}`, tag: 'L' };
  // itemPaths[k]: the structure path (… L, LI) of the latest item at level k still open.
  const itemPaths: StructParent[][] = [];
  return listItemMarks(list).map((mark, itemIndex) => {
    const item = list.items[itemIndex] as ListItem;
    const outer = itemPaths.slice(0, mark.level).findLast((path) => path !== undefined);
    const own = mark.level === 0 ? top : { key: `list-${index}-sub-${mark.sequence}`, tag: 'L' };
    const parents = [...(mark.level === 0 ? [] : (outer ?? [top])), own, { key: `list-${index}-${itemIndex}`, tag: 'LI' }];
    itemPaths.length = mark.level;
    itemPaths[mark.level] = parents;
    const style = LIST_ITEM_STYLES[mark.level] ?? 'listItem';
    return {
      style,
      tag: 'LBody',
      parents,
      label: { text: mark.label, font: 'regular', tag: 'Lbl' },
      runs: inlineRuns(item.children, style, notes),
    };
  });
}

/**
 * The briefing's body as paragraphs in their styles and structure types: headings (H1–H3,
 * bookmarked, kept with what follows), paragraphs (P), lists (L › LI › Lbl + LBody, nested by level), passages (BlockQuote),
 * tables (Table › TR › TH/TD › P, table.ts).
 */
export function bodyParas(briefing: Briefing, notes: NoteCounter, links: LinkResolver): Para[] {
  return briefing.body.flatMap((block, index): Para[] => {
    switch (block.type) {
      case 'heading': {
        const style = `heading${block.level}` as const;
        return [
          {
            style,
            tag: `H${block.level}`,
            parents: [],
            runs: inlineRuns(block.children, style, notes),
            keepWithNext: true,
            outline: { level: block.level, title: plainText(block.children).trim() },
          },
        ];
      }
      case 'paragraph':
        return [{ style: 'body', tag: 'P', parents: [], runs: inlineRuns(block.children, 'body', notes) }];
      case 'list':
        return listParas(block, index, notes);
      case 'passage':
        return passageParas(block, index, briefing, notes, links);
      case 'table':
        return [tablePara(tableGrid(block), `table-${index}`, [], notes, { x: MARGIN.left, width: CONTENT_WIDTH, style: 'body' })];
    }
  });
}
