import type { BriefingProperties } from '../../briefing/model';
import { titleBlockRows } from '../common/title-block';
import { STYLE } from './styles';
import { plainRun, wParagraph, wRun, wText } from './wml';

/**
 * The top of the briefing as body XML: the title (Word's Title style) and the title block rows
 * (Aan, Van, Datum, Betreft, Kenmerk — empty ones left out), the label bold, the value after a tab
 * at the hanging indent of the TitleBlock style so long values wrap under the value column.
 */
export function titleBlockParagraphs(properties: BriefingProperties): string[] {
  const paragraphs: string[] = [];
  if (properties.title.trim()) paragraphs.push(wParagraph({ style: 'Title' }, plainRun(properties.title.trim())));
  const rows = titleBlockRows(properties);
  rows.forEach((row, index) =>
    paragraphs.push(
      wParagraph(
        { style: STYLE.titleBlock, ...(index === rows.length - 1 ? { spacing: { after: 360 } } : {}) },
        wRun({ bold: true }, wText(row.label)) + wRun({}, `<w:tab/>${wText(row.value)}`),
      ),
    ),
  );
  return paragraphs;
}
