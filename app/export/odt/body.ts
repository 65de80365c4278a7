import type { BodyBlock, Briefing, List, Passage, PassagePart } from '../../briefing/model';
import { partIndentLevel, partLabel } from '../../briefing/passage-label';
import { quotedTableGrid, tableGrid } from '../../briefing/table-grid';
import { publicationUrlOf } from '../common/citation-links';
import { type ListItemMark, listItemMarks } from '../common/list-marks';
import { OMISSION_BETWEEN, omissionAfter, omissionBefore, quoteParagraphs } from '../common/passage-marks';
import { titleBlockRows } from '../common/title-block';
import { odtHyperlink } from './hyperlink';
import type { OdtNotes } from './notes';
import { ODT_STYLE } from './styles';
import { tableParagraphs } from './table';
import { inlineItems, type OdtItem, type OdtParagraph, SPAN, textItem } from './text';
import { escapeXml } from './xml';

const paragraph = (style: string, items: OdtItem[]): OdtParagraph => ({
  open: `<text:p text:style-name="${style}">`,
  close: '</text:p>',
  items,
});

/** The title and the title block rows (Aan, Van, Datum, Betreft, Kenmerk: bold label, tab, value). */
export function titleParagraphs(briefing: Briefing): OdtParagraph[] {
  const { properties } = briefing;
  const title = properties.title.trim() ? [paragraph(ODT_STYLE.title, [textItem(properties.title)])] : [];
  const rows = titleBlockRows(properties).map((row) =>
    paragraph(ODT_STYLE.titleBlock, [
      { xml: `<text:span text:style-name="${SPAN.bold}">${escapeXml(row.label)}</text:span><text:tab/>`, comments: [] },
      textItem(row.value),
    ]),
  );
  return [...title, ...rows];
}

/**
 * A list as nested ODF lists (ODF 1.3 Part 3 §5.3): an item one level deeper opens a list inside
 * the item before it, so sub-lists restart their numbering under each parent as in the other
 * exports; bullets and numbers per level come from the list styles (styles.ts).
 */
function listParagraphs(list: List, notes: OdtNotes): OdtParagraph[] {
  const marks = listItemMarks(list);
  let depth = -1;
  const listOpen = (mark: ListItemMark) => `<text:list text:style-name="${mark.ordered ? 'Nummering' : 'Opsomming'}">`;
  return list.items.map((item, index) => {
    const mark = marks[index] as ListItemMark;
    let open = '';
    if (depth < 0) {
      open += `${listOpen(mark)}<text:list-item>`;
      depth = 0;
    } else if (mark.level <= depth) {
      open += '</text:list-item>';
      for (; depth > mark.level; depth--) open += '</text:list></text:list-item>';
      open += '<text:list-item>';
    }
    for (; depth < mark.level; depth++) open += `${listOpen(mark)}<text:list-item>`;
    const last = index === list.items.length - 1;
    const close = '</text:p>' + (last ? '</text:list-item>' + '</text:list></text:list-item>'.repeat(depth) + '</text:list>' : '');
    return { open: open + `<text:p text:style-name="${ODT_STYLE.body}">`, close, items: inlineItems(item.children, notes) };
  });
}

/**
 * A quoted list item's style and label (app/briefing/passage-label.ts), as the Word export sets
 * them: indented by its level, a label printed apart hanging before the text with a tab after it,
 * upright (its own text style; the quote is italic).
 */
function quoteItemOf(part: PassagePart): { style: string; label?: OdtItem } {
  const label = partLabel(part);
  const level = partIndentLevel(part);
  if (!label) return { style: ODT_STYLE.quoteIndent[level]! };
  const xml = `<text:span text:style-name="${ODT_STYLE.quoteLabel}">${escapeXml(label)}</text:span><text:tab/>`;
  return { style: ODT_STYLE.quoteItem[level]!, label: { xml, comments: [] } };
}

/**
 * A passage: a Quotations paragraph per quoted block (one "[…]" between the parts a middle cut left), "[…]" for left-out words,
 * a quoted table as a table (table.ts; a citation note then in its last cell), the citation as a note or a line.
 */
function passageParagraphs(passage: Passage, briefing: Briefing, notes: OdtNotes, name: string): OdtParagraph[] {
  const paragraphs = quoteParagraphs(passage).flatMap((parts, group) => {
    const grid = quotedTableGrid(parts);
    if (grid) return tableParagraphs(grid, `${name}.${group + 1}`, notes, true);
    const items: OdtItem[] = [];
    const item = quoteItemOf(parts[0]!);
    if (item.label) items.push(item.label);
    const before = omissionBefore(parts[0]!);
    if (before) items.push(textItem(before));
    parts.forEach((part, index) => {
      if (index > 0) items.push(textItem(OMISSION_BETWEEN));
      items.push(...inlineItems(part.children, notes));
    });
    const after = omissionAfter(parts.at(-1)!);
    if (after) items.push(textItem(after));
    return [paragraph(item.style, items)];
  });
  if (passage.citation) {
    if (briefing.citationStyle === 'footnote') paragraphs.at(-1)?.items.push({ xml: notes.citation(passage.id), comments: [], note: true });
    else {
      // Linked to the source's official publication when it has one (publicationUrlOf).
      const url = publicationUrlOf(passage.source);
      const line = textItem(passage.citation);
      paragraphs.push(paragraph(ODT_STYLE.citation, [url ? { ...line, xml: odtHyperlink(url, line.xml) } : line]));
    }
  }
  const extra = passage.comments ?? [];
  if (extra.length === 0) return paragraphs;
  return paragraphs.map((p) => ({ ...p, items: p.items.map((item) => ({ ...item, comments: [...item.comments, ...extra] })) }));
}

/** The briefing's body in document order: headings with outline levels, paragraphs, lists, passages and tables. */
export function bodyParagraphs(briefing: Briefing, notes: OdtNotes): OdtParagraph[] {
  return briefing.body.flatMap((block: BodyBlock, index): OdtParagraph[] => {
    switch (block.type) {
      case 'heading': {
        const style = ODT_STYLE.heading[block.level - 1];
        return [
          {
            open: `<text:h text:style-name="${style}" text:outline-level="${block.level}">`,
            close: '</text:h>',
            items: inlineItems(block.children, notes),
          },
        ];
      }
      case 'paragraph':
        return [paragraph(ODT_STYLE.body, inlineItems(block.children, notes))];
      case 'list':
        return listParagraphs(block, notes);
      case 'passage':
        return passageParagraphs(block, briefing, notes, `Tabel${index + 1}`);
      case 'table':
        return tableParagraphs(tableGrid(block), `Tabel${index + 1}`, notes, false);
    }
  });
}
