import type { EditorThemeClasses } from 'lexical';

/** CSS class names Lexical puts on the briefing's elements (styles beside the editor, plugins and node views). */
export const theme: EditorThemeClasses = {
  paragraph: 'ed-paragraph',
  heading: { h1: 'ed-h1', h2: 'ed-h2', h3: 'ed-h3' },
  quote: 'ed-quote',
  // Markers per nesting depth as the exports draw them (app/export/common/list-marks): 1. a. i. and • – ◦.
  list: {
    ul: 'ed-ul',
    ol: 'ed-ol',
    olDepth: ['ed-ol-1', 'ed-ol-2', 'ed-ol-3'],
    ulDepth: ['ed-ul-1', 'ed-ul-2', 'ed-ul-3'],
    listitem: 'ed-li',
    nested: { listitem: 'ed-nested-li' },
  },
  mark: 'ed-mark',
  text: {
    bold: 'ed-bold',
    italic: 'ed-italic',
    underline: 'ed-underline',
    strikethrough: 'ed-strikethrough',
    underlineStrikethrough: 'ed-underline-strikethrough',
    subscript: 'ed-subscript',
    superscript: 'ed-superscript',
  },
  link: 'ed-link',
  table: 'ed-table',
  tableRow: 'ed-table-row',
  tableCell: 'ed-table-cell',
  tableCellHeader: 'ed-table-cell-header',
  tableSelection: 'ed-table-selection',
  tableCellSelected: 'ed-table-selected',
};
