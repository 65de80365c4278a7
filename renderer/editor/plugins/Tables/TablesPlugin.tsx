import './Tables.css';

import { TablePlugin } from '@lexical/react/LexicalTablePlugin';

/**
 * Lexical's table behaviour for the briefing: its commands (INSERT_TABLE_COMMAND), the table
 * selection across cells, and Tab / Shift+Tab to the next / previous cell (a new row after the
 * last cell, as in Word). No merged cells and no cell colours: the briefing model has neither.
 */
export function TablesPlugin() {
  return <TablePlugin hasCellMerge={false} hasCellBackgroundColor={false} hasTabHandler hasHorizontalScroll={false} />;
}
