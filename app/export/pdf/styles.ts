/**
 * Page geometry and paragraph styles of the PDF, in points. They mirror the Word export's styles
 * (app/export/docx/styles.ts): body 10.5 pt at 1.15 line spacing, headings 14/12/10.5 pt bold,
 * quotes italic and indented 1 cm on both sides with a grey rule at the left, the citation line
 * 9 pt dark grey, the title block with its labels in a 3 cm column.
 */

/**
 * A registered face: Liberation Sans in four styles, and DejaVu Sans in the same four (Book, Bold,
 * Oblique, Bold Oblique) for what those lack, and Unifont Upper for what DejaVu lacks above the BMP
 * (fallback.ts).
 */
export type FontKey =
  'regular' | 'bold' | 'italic' | 'boldItalic' | 'fallback' | 'fallbackBold' | 'fallbackItalic' | 'fallbackBoldItalic' | 'lastResort';

/** A4 portrait. */
export const PAGE = { width: 595.28, height: 841.89 } as const;
export const MARGIN = { top: 72, bottom: 72, left: 72, right: 72 } as const;
export const CONTENT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;
/** Lowest y the body may reach when a page has no notes. */
export const BODY_BOTTOM = PAGE.height - MARGIN.bottom;

const CM = 28.35;
const LINE_SPACING = 1.15;
/** Indentation step of a list level, as the Word export's numbering (360 twips). */
const LIST_INDENT = 18;

export interface ParaStyle {
  size: number;
  /** Distance from one baseline to the next. */
  leading: number;
  bold?: boolean;
  italic?: boolean;
  color: string;
  indentLeft: number;
  indentRight: number;
  spaceBefore: number;
  spaceAfter: number;
  /** Width of the hanging label column (list bullet, title-block label, note number). */
  labelWidth: number;
}

const style = (size: number, rest: Partial<ParaStyle> = {}): ParaStyle => ({
  size,
  leading: size * LINE_SPACING,
  color: '#000000',
  indentLeft: 0,
  indentRight: 0,
  spaceBefore: 0,
  spaceAfter: 6,
  labelWidth: 0,
  ...rest,
});

export const STYLES = {
  title: style(18, { bold: true, spaceAfter: 12 }),
  titleBlock: style(10.5, { spaceAfter: 0, labelWidth: 3 * CM }),
  /** A row of a nota's title block table: labels in a 4.5 cm column, 3 pt above and below the text, between the rules. */
  notaRow: style(10.5, { spaceBefore: 3, spaceAfter: 3, labelWidth: 4.5 * CM }),
  heading1: style(14, { bold: true, spaceBefore: 12, spaceAfter: 6 }),
  heading2: style(12, { bold: true, spaceBefore: 12, spaceAfter: 6 }),
  heading3: style(10.5, { bold: true, italic: true, spaceBefore: 12, spaceAfter: 6 }),
  body: style(10.5),
  /** List items by level (0–4): each level 18 pt further in, with an 18 pt label column. */
  listItem: style(10.5, { indentLeft: LIST_INDENT, labelWidth: LIST_INDENT }),
  listItem1: style(10.5, { indentLeft: 2 * LIST_INDENT, labelWidth: LIST_INDENT }),
  listItem2: style(10.5, { indentLeft: 3 * LIST_INDENT, labelWidth: LIST_INDENT }),
  listItem3: style(10.5, { indentLeft: 4 * LIST_INDENT, labelWidth: LIST_INDENT }),
  listItem4: style(10.5, { indentLeft: 5 * LIST_INDENT, labelWidth: LIST_INDENT }),
  quote: style(10.5, { italic: true, indentLeft: CM, indentRight: CM, spaceBefore: 3, spaceAfter: 3 }),
  /** A quoted list item (app/briefing/passage-label.ts) by level (0–4): the quote's look, each level 18 pt further in, an 18 pt label column. */
  quoteItem: style(10.5, { italic: true, indentLeft: CM, indentRight: CM, spaceBefore: 3, spaceAfter: 3, labelWidth: LIST_INDENT }),
  quoteItem1: style(10.5, {
    italic: true,
    indentLeft: CM + LIST_INDENT,
    indentRight: CM,
    spaceBefore: 3,
    spaceAfter: 3,
    labelWidth: LIST_INDENT,
  }),
  quoteItem2: style(10.5, {
    italic: true,
    indentLeft: CM + 2 * LIST_INDENT,
    indentRight: CM,
    spaceBefore: 3,
    spaceAfter: 3,
    labelWidth: LIST_INDENT,
  }),
  quoteItem3: style(10.5, {
    italic: true,
    indentLeft: CM + 3 * LIST_INDENT,
    indentRight: CM,
    spaceBefore: 3,
    spaceAfter: 3,
    labelWidth: LIST_INDENT,
  }),
  quoteItem4: style(10.5, {
    italic: true,
    indentLeft: CM + 4 * LIST_INDENT,
    indentRight: CM,
    spaceBefore: 3,
    spaceAfter: 3,
    labelWidth: LIST_INDENT,
  }),
  citation: style(9, { color: '#404040', indentLeft: CM, indentRight: CM, spaceAfter: 10 }),
  note: style(8, { leading: 9.6, spaceAfter: 0, labelWidth: 14 }),
  /** Table cells (table.ts): 10 pt, the header row's bold. */
  tableCell: style(10, { spaceAfter: 0 }),
  tableHeader: style(10, { bold: true, spaceAfter: 0 }),
  appendixHeading: style(14, { bold: true, spaceAfter: 4 }),
  appendixText: style(9.5, { spaceAfter: 4 }),
} satisfies Record<string, ParaStyle>;

export type StyleName = keyof typeof STYLES;

/** The paragraph style of a quoted list item at each indent level (0–4). */
export const QUOTE_ITEM_STYLES = [
  'quoteItem',
  'quoteItem1',
  'quoteItem2',
  'quoteItem3',
  'quoteItem4',
] as const satisfies readonly StyleName[];

/** The paragraph style of a list item at each level (0–4). */
export const LIST_ITEM_STYLES = ['listItem', 'listItem1', 'listItem2', 'listItem3', 'listItem4'] as const satisfies readonly StyleName[];

/** Footnote band: gap above the separator rule, and the rule's length. */
export const NOTE_BAND = { gap: 10, ruleWidth: 2 * 72 } as const;

/** Superscript footnote numbers: this much of the font size, raised by this much of it. */
export const SUPERSCRIPT = { scale: 0.62, rise: 0.38 } as const;

/** The font for a bold/italic combination. */
export function fontKey(bold: boolean | undefined, italic: boolean | undefined): FontKey {
  if (bold) return italic ? 'boldItalic' : 'bold';
  return italic ? 'italic' : 'regular';
}
