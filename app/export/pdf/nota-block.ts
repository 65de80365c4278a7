import type { BriefingProperties } from '../../briefing/model';
import { notaClosingRows, notaHeading, notaTitleRows } from '../common/nota-block';
import type { TitleBlockRow } from '../common/title-block';
import type { Para } from './layout';
import { styledRun } from './runs';

/**
 * A block of rows as a ruled table: each row one paragraph in the notaRow style, its label (TH)
 * in the 4.5 cm label column and its value (TD) beside it, wrapping under the value column; a rule
 * above the first row and below every row; kept on one page (every row but the last keeps with
 * the next). Tagged as a Table of TR rows (PDF/UA: a table's header cells are TH).
 */
function rowParas(rows: TitleBlockRow[], key: string, spaceAfter: number): Para[] {
  return rows.map((row, index) => ({
    style: 'notaRow',
    tag: 'TD',
    parents: [
      { key, tag: 'Table' },
      { key: `${key}-row-${index}`, tag: 'TR' },
    ],
    label: { text: row.label, font: 'bold', tag: 'TH' },
    runs: [styledRun(row.value, 'notaRow')],
    ruleAbove: index === 0,
    ruleBelow: true,
    ...(index < rows.length - 1 ? { keepWithNext: true } : { spaceAfter }),
  }));
}

/** The top of a nota: its heading (title, else the kind: "Beslisnota"), then the title block table (notaTitleRows). */
export function notaTitleParas(properties: BriefingProperties): Para[] {
  const heading = notaHeading(properties);
  return [
    ...(heading
      ? [{ style: 'title', tag: 'H1', parents: [], keepWithNext: true, runs: [styledRun(heading, 'title')] } satisfies Para]
      : []),
    ...rowParas(notaTitleRows(properties), 'nota-title-block', 18),
  ];
}

/** A nota's closing block (Kopie aan, Bijlagen) after the sections, when filled in. */
export function notaClosingParas(properties: BriefingProperties): Para[] {
  return rowParas(notaClosingRows(properties), 'nota-closing-block', 0);
}
