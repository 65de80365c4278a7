import type { BriefingProperties } from '../../briefing/model';
import { titleBlockRows } from '../common/title-block';
import type { Para } from './layout';
import { styledRun } from './runs';

/**
 * The top of the first page: the title, then the title block (Aan, Van, Datum, Betreft,
 * Kenmerk; empty rows left out, the date in Dutch) with its labels in a hanging column, as
 * the Word export's TitleBlock style.
 */
export function titleParas(properties: BriefingProperties): Para[] {
  const paras: Para[] = [];
  if (properties.title.trim()) {
    paras.push({ style: 'title', tag: 'H1', parents: [], runs: [styledRun(properties.title.trim(), 'title')] });
  }
  const rows = titleBlockRows(properties);
  rows.forEach((row, index) => {
    paras.push({
      style: 'titleBlock',
      tag: 'P',
      parents: [],
      label: { text: row.label, font: 'bold', tag: 'Lbl' },
      runs: [styledRun(row.value, 'titleBlock')],
      ...(index === rows.length - 1 ? { spaceAfter: 18 } : {}),
    });
  });
  return paras;
}
