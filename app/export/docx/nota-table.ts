import { BorderStyle, Paragraph, ShadingType, Table, TableCell, TableLayoutType, TableRow, TextRun, WidthType } from 'docx';

import type { BriefingProperties } from '../../briefing/model';
import { notaClosingRows, notaHeading, notaTitleRows } from '../common/nota-block';
import type { TitleBlockRow } from '../common/title-block';

/** Text width of the page in twips (A4, 2.54 cm margins: docx's default section) and the label column's share. */
const TEXT_WIDTH = 9026;
const LABEL_WIDTH = 2552; // 4.5 cm
const RULE = { style: BorderStyle.SINGLE, size: 4, color: '7F7F7F' } as const;
const NONE = { style: BorderStyle.NONE, size: 0, color: 'auto' } as const;

/** One row: the label bold in a grey-shaded cell at the left, the value at the right; the row never splits over pages. */
function row({ label, value }: TitleBlockRow, keepNext: boolean): TableRow {
  const cell = (text: string, bold: boolean, width: number) =>
    new TableCell({
      width: { size: width, type: WidthType.DXA },
      margins: { top: 57, bottom: 57, left: 85, right: 85 },
      ...(bold ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'F2F2F2' } } : {}),
      children: [new Paragraph({ keepNext, spacing: { after: 0 }, children: text ? [new TextRun({ text, bold })] : [] })],
    });
  return new TableRow({ cantSplit: true, children: [cell(label, true, LABEL_WIDTH), cell(value, false, TEXT_WIDTH - LABEL_WIDTH)] });
}

/**
 * A nota's block as a Word table (w:tbl, ECMA-376 Part 1 §17.4): two fixed columns, labels left
 * and values right, ruled above, below and between the rows (no vertical lines), the rows kept
 * together on one page (each paragraph keep-with-next but the last row's).
 */
function blockTable(rows: TitleBlockRow[]): Table {
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [LABEL_WIDTH, TEXT_WIDTH - LABEL_WIDTH],
    layout: TableLayoutType.FIXED,
    borders: { top: RULE, bottom: RULE, insideHorizontal: RULE, left: NONE, right: NONE, insideVertical: NONE },
    rows: rows.map((entry, index) => row(entry, index < rows.length - 1)),
  });
}

/**
 * The top of a nota (issue 19): its heading (the title, else the kind: "Beslisnota") in Word's
 * Title style, then the title block as a table (Aan, Van, Datum, Kenmerk, Onderwerp; see
 * notaTitleRows) and an empty paragraph before the sections.
 */
export function notaTitleElements(properties: BriefingProperties): (Paragraph | Table)[] {
  const heading = notaHeading(properties);
  return [
    ...(heading ? [new Paragraph({ style: 'Title', children: [new TextRun(heading)] })] : []),
    blockTable(notaTitleRows(properties)),
    new Paragraph({ spacing: { after: 240 }, children: [] }),
  ];
}

/** A nota's closing block after the sections: Kopie aan and Bijlagen as a table of the same look; nothing when both are empty. */
export function notaClosingElements(properties: BriefingProperties): (Paragraph | Table)[] {
  const rows = notaClosingRows(properties);
  return rows.length === 0 ? [] : [new Paragraph({ spacing: { before: 240, after: 0 }, children: [] }), blockTable(rows)];
}
