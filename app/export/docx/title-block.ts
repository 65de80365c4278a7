import { Paragraph, Tab, TextRun } from 'docx';

import type { BriefingProperties } from '../../briefing/model';
import { titleBlockRows } from '../common/title-block';
import { STYLE } from './styles';

/**
 * The top of the briefing: the title (Word's Title style) and the title block rows (Aan, Van,
 * Datum, Betreft, Kenmerk — empty ones left out), the label bold, the value after a tab at the
 * hanging indent of the TitleBlock style so long values wrap under the value column.
 */
export function titleBlockParagraphs(properties: BriefingProperties): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  if (properties.title.trim()) paragraphs.push(new Paragraph({ style: 'Title', children: [new TextRun(properties.title.trim())] }));
  const rows = titleBlockRows(properties);
  rows.forEach((row, index) =>
    paragraphs.push(
      new Paragraph({
        style: STYLE.titleBlock,
        ...(index === rows.length - 1 ? { spacing: { after: 360 } } : {}),
        children: [new TextRun({ text: row.label, bold: true }), new TextRun({ children: [new Tab(), row.value] })],
      }),
    ),
  );
  return paragraphs;
}
