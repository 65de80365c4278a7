import type { BriefingProperties } from '../../briefing/model';
import { notaClosingRows, notaHeading, notaTitleRows } from '../common/nota-block';
import type { TitleBlockRow } from '../common/title-block';
import { ODT_STYLE } from './styles';
import { type OdtParagraph, SPAN, textItem } from './text';
import { escapeXml } from './xml';

/** Automatic style names of a nota's block table (content.xml). */
export const NOTA_TABLE = { table: 'NotaTabel', label: 'NotaTabel.A', value: 'NotaTabel.B', cell: 'NotaCel', row: 'NotaRij' } as const;

const RULE = '0.5pt solid #7f7f7f';

/**
 * The automatic styles of the nota tables (ODF 1.3 Part 3 §16.2): the table the text width, a
 * 4.5 cm label column, cells ruled above and below with 0.1 cm padding (no vertical lines), the
 * label cells shaded light grey, rows that never split over pages.
 */
export function notaTableStylesXml(): string {
  return (
    `<style:style style:name="${NOTA_TABLE.table}" style:family="table"><style:table-properties style:width="15.9cm" table:align="left" fo:keep-with-next="always"/></style:style>` +
    `<style:style style:name="${NOTA_TABLE.label}" style:family="table-column"><style:table-column-properties style:column-width="4.5cm"/></style:style>` +
    `<style:style style:name="${NOTA_TABLE.value}" style:family="table-column"><style:table-column-properties style:column-width="11.4cm"/></style:style>` +
    `<style:style style:name="${NOTA_TABLE.row}" style:family="table-row"><style:table-row-properties fo:keep-together="always"/></style:style>` +
    `<style:style style:name="${NOTA_TABLE.label}1" style:family="table-cell"><style:table-cell-properties fo:background-color="#f2f2f2" fo:padding="0.1cm" fo:border-top="${RULE}" fo:border-bottom="${RULE}" fo:border-left="none" fo:border-right="none"/></style:style>` +
    `<style:style style:name="${NOTA_TABLE.cell}" style:family="table-cell"><style:table-cell-properties fo:padding="0.1cm" fo:border-top="${RULE}" fo:border-bottom="${RULE}" fo:border-left="none" fo:border-right="none"/></style:style>`
  );
}

/**
 * Rows as an ODF table (table:table, ODF 1.3 Part 3 §9.1), each row one OdtParagraph: its open
 * markup carries the table start (first row), the row, the label cell and the value cell's start;
 * its items are the value; its close ends the cell, the row and (last row) the table.
 */
function tableParagraphs(rows: TitleBlockRow[], name: string): OdtParagraph[] {
  const tableOpen =
    `<table:table table:name="${name}" table:style-name="${NOTA_TABLE.table}">` +
    `<table:table-column table:style-name="${NOTA_TABLE.label}"/><table:table-column table:style-name="${NOTA_TABLE.value}"/>`;
  return rows.map((row, index) => ({
    open:
      (index === 0 ? tableOpen : '') +
      `<table:table-row table:style-name="${NOTA_TABLE.row}">` +
      `<table:table-cell table:style-name="${NOTA_TABLE.label}1" office:value-type="string"><text:p text:style-name="${ODT_STYLE.titleBlockCell}"><text:span text:style-name="${SPAN.bold}">${escapeXml(row.label)}</text:span></text:p></table:table-cell>` +
      `<table:table-cell table:style-name="${NOTA_TABLE.cell}" office:value-type="string"><text:p text:style-name="${ODT_STYLE.titleBlockCell}">`,
    close: `</text:p></table:table-cell></table:table-row>${index === rows.length - 1 ? '</table:table>' : ''}`,
    items: row.value ? [textItem(row.value)] : [],
  }));
}

/** The top of a nota: its heading (title, else the kind) in the Title style and the title block table (notaTitleRows). */
export function notaTitleParagraphs(properties: BriefingProperties): OdtParagraph[] {
  const heading = notaHeading(properties);
  const title: OdtParagraph[] = heading
    ? [{ open: `<text:p text:style-name="${ODT_STYLE.title}">`, close: '</text:p>', items: [textItem(heading)] }]
    : [];
  return [
    ...title,
    ...tableParagraphs(notaTitleRows(properties), 'Titelblok'),
    { open: `<text:p text:style-name="${ODT_STYLE.body}">`, close: '</text:p>', items: [] },
  ];
}

/** A nota's closing block (Kopie aan, Bijlagen) as a table of the same look, when filled in. */
export function notaClosingParagraphs(properties: BriefingProperties): OdtParagraph[] {
  const rows = notaClosingRows(properties);
  return rows.length === 0 ? [] : tableParagraphs(rows, 'Afsluiting');
}
