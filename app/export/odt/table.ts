import type { Inline } from '../../briefing/model';
import { headerRowCount, spanOf, type TableGrid } from '../../briefing/table-grid';
import type { OdtNotes } from './notes';
import { ODT_STYLE } from './styles';
import { inlineItems, type OdtParagraph } from './text';

/** Automatic style names of tables (content.xml): the table, a quoted (indented) table and a cell. */
export const TABLE_STYLE = { table: 'Tabel', quote: 'Tabel_20_citaat', cell: 'Tabelcel' } as const;

/**
 * The automatic styles tables use (ODF 1.3 Part 3 §17.15, §17.18): a table over the text width
 * (a quoted one 1 cm in, as the Quotations style), cells with a thin black border and 0.1 cm padding.
 */
export const TABLE_STYLES_XML =
  `<style:style style:name="${TABLE_STYLE.table}" style:family="table"><style:table-properties style:width="16cm" table:align="left"/></style:style>` +
  `<style:style style:name="${TABLE_STYLE.quote}" style:family="table"><style:table-properties style:width="15cm" fo:margin-left="1cm" table:align="left"/></style:style>` +
  `<style:style style:name="${TABLE_STYLE.cell}" style:family="table-cell"><style:table-cell-properties fo:padding="0.1cm" fo:border="0.5pt solid #000000"/></style:style>`;

const bolded = (inlines: Inline[]): Inline[] => inlines.map((inline) => (inline.type === 'text' ? { ...inline, bold: true } : inline));

/**
 * A table (ODF 1.3 Part 3 §9.1) as paragraphs whose opening and closing markup carry the table's:
 * `table:table` with one `table:table-column` per column, the header rows inside
 * `table:table-header-rows` (repeated on each page), then `table:table-row`s of
 * `table:table-cell`s, each holding its paragraphs. A merged cell states
 * `table:number-columns-spanned`/`table:number-rows-spanned` and the grid places it covers are
 * `table:covered-table-cell`s (§9.1.5): one after it per extra column, and a covered cell below it
 * (our grid's `covered`) one per column it spans. Notes in cells are taken row by row; the header
 * rows' words are bold. `name` must be unique in the document (`table:name`).
 */
export function tableParagraphs(grid: TableGrid, name: string, notes: OdtNotes, quote: boolean): OdtParagraph[] {
  const out: OdtParagraph[] = [];
  const lastRow = grid.rows.length - 1;
  const headerRows = headerRowCount(grid);
  grid.rows.forEach((row, r) => {
    const headerRow = r < headerRows;
    row.forEach((cell, c) => {
      const { colSpan = 1, rowSpan = 1, covered } = spanOf(grid, r, c);
      const spanned =
        (colSpan > 1 ? ` table:number-columns-spanned="${colSpan}"` : '') + (rowSpan > 1 ? ` table:number-rows-spanned="${rowSpan}"` : '');
      const coveredAfter = '<table:covered-table-cell/>'.repeat(colSpan - 1);
      cell.forEach((paragraph, p) => {
        let open = '';
        if (r === 0 && c === 0 && p === 0) {
          const style = quote ? TABLE_STYLE.quote : TABLE_STYLE.table;
          open += `<table:table table:name="${name}" table:style-name="${style}"><table:table-column table:number-columns-repeated="${grid.columns}"/>`;
          if (headerRow) open += '<table:table-header-rows>';
        }
        if (c === 0 && p === 0) open += '<table:table-row>';
        if (p === 0)
          open += covered
            ? '<table:covered-table-cell>'
            : `<table:table-cell table:style-name="${TABLE_STYLE.cell}" office:value-type="string"${spanned}>`;
        let close = '</text:p>';
        if (p === cell.length - 1) {
          close += (covered ? '</table:covered-table-cell>' : '</table:table-cell>') + coveredAfter;
          if (c === row.length - 1) {
            close += '</table:table-row>';
            if (r === headerRows - 1) close += '</table:table-header-rows>';
            if (r === lastRow) close += '</table:table>';
          }
        }
        out.push({
          open: `${open}<text:p text:style-name="${ODT_STYLE.body}">`,
          close,
          items: inlineItems(headerRow ? bolded(paragraph) : paragraph, notes),
        });
      });
    });
  });
  return out;
}
