import './Tables.css';

import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { TablePlugin } from '@lexical/react/LexicalTablePlugin';
import { useEffect } from 'react';

import { registerTableEdgeTab } from './table-tab';

/**
 * Lexical's table behaviour for the briefing: its commands (INSERT_TABLE_COMMAND), the table
 * selection across cells, and Tab / Shift+Tab to the next / previous cell; in the last cell Tab
 * adds a row and Shift+Tab in the first cell stays there, as in Word (table-tab.ts). No merged
 * cells and no cell colours: the briefing model has neither.
 */
export function TablesPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(() => registerTableEdgeTab(editor), [editor]);
  return <TablePlugin hasCellMerge={false} hasCellBackgroundColor={false} hasTabHandler hasHorizontalScroll={false} />;
}
