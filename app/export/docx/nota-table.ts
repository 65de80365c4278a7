import type { BriefingProperties } from '../../briefing/model';
import { notaClosingRows, notaHeading, notaTitleRows } from '../common/nota-block';
import type { TitleBlockRow } from '../common/title-block';
import { plainRun, wParagraph, wRun, wText } from './wml';

/** Text width of the page in twips (A4, 2.54 cm margins: docx's default section) and the label column's share. */
const TEXT_WIDTH = 9026;
const LABEL_WIDTH = 2552; // 4.5 cm
const RULE = (side: string) => `<w:${side} w:val="single" w:color="7F7F7F" w:sz="4"/>`;
const NONE = (side: string) => `<w:${side} w:val="none" w:color="auto" w:sz="0"/>`;
const CELL_MARGINS =
  '<w:tcMar><w:top w:type="dxa" w:w="57"/><w:left w:type="dxa" w:w="85"/><w:bottom w:type="dxa" w:w="57"/><w:right w:type="dxa" w:w="85"/></w:tcMar>';
const SHADED = '<w:shd w:fill="F2F2F2" w:color="auto" w:val="clear"/>';

/** One row: the label bold in a grey-shaded cell at the left, the value at the right; the row never splits over pages. */
function row({ label, value }: TitleBlockRow, keepNext: boolean): string {
  const cell = (text: string, bold: boolean, width: number) =>
    `<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="${width}"/>${bold ? SHADED : ''}${CELL_MARGINS}</w:tcPr>` +
    wParagraph({ keepNext, spacing: { after: 0 } }, text ? wRun({ bold }, wText(text)) : '') +
    '</w:tc>';
  return `<w:tr><w:trPr><w:cantSplit/></w:trPr>${cell(label, true, LABEL_WIDTH)}${cell(value, false, TEXT_WIDTH - LABEL_WIDTH)}</w:tr>`;
}

/**
 * A nota's block as a Word table (w:tbl, ECMA-376 Part 1 §17.4): two fixed columns, labels left
 * and values right, ruled above, below and between the rows (no vertical lines), the rows kept
 * together on one page (each paragraph keep-with-next but the last row's).
 */
function blockTable(rows: TitleBlockRow[]): string {
  const borders = RULE('top') + NONE('left') + RULE('bottom') + NONE('right') + RULE('insideH') + NONE('insideV');
  return (
    `<w:tbl><w:tblPr><w:tblW w:type="dxa" w:w="${TEXT_WIDTH}"/><w:tblBorders>${borders}</w:tblBorders><w:tblLayout w:type="fixed"/></w:tblPr>` +
    `<w:tblGrid><w:gridCol w:w="${LABEL_WIDTH}"/><w:gridCol w:w="${TEXT_WIDTH - LABEL_WIDTH}"/></w:tblGrid>` +
    rows.map((entry, index) => row(entry, index < rows.length - 1)).join('') +
    '</w:tbl>'
  );
}

/**
 * The top of a nota (issue 19) as body XML: its heading (the title, else the kind: "Beslisnota")
 * in Word's Title style, then the title block as a table (Aan, Van, Datum, Kenmerk, Onderwerp;
 * see notaTitleRows) and an empty paragraph before the sections.
 */
export function notaTitleElements(properties: BriefingProperties): string[] {
  const heading = notaHeading(properties);
  return [
    ...(heading ? [wParagraph({ style: 'Title' }, plainRun(heading))] : []),
    blockTable(notaTitleRows(properties)),
    wParagraph({ spacing: { after: 240 } }, ''),
  ];
}

/** A nota's closing block after the sections: Kopie aan and Bijlagen as a table of the same look; nothing when both are empty. */
export function notaClosingElements(properties: BriefingProperties): string[] {
  const rows = notaClosingRows(properties);
  return rows.length === 0 ? [] : [wParagraph({ spacing: { before: 240, after: 0 } }, ''), blockTable(rows)];
}
