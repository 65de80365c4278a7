import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { INSERT_TABLE_COMMAND } from '@lexical/table';
import { $getRoot, $getSelection, $setSelection, type BaseSelection } from 'lexical';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { $tableState, applyTableAction, type TableAction, type TableState } from './table-edits';

const ACTIONS: ReadonlyArray<{ action: Exclude<TableAction, 'header'>; label: string; face: string }> = [
  { action: 'row-after', label: 'tables.addRow', face: '+▤' },
  { action: 'column-after', label: 'tables.addColumn', face: '+▥' },
  { action: 'row-remove', label: 'tables.removeRow', face: '−▤' },
  { action: 'column-remove', label: 'tables.removeColumn', face: '−▥' },
];

/** Sizes the insert form allows: a briefing table of up to 50 rows and 10 columns. */
const LIMITS = { rows: 50, columns: 10 } as const;

/**
 * The toolbar's table tools: "Tabel" opens a small form for the size (rows × columns, 3 × 2 to
 * start) and inserts the table at the cursor (Lexical's INSERT_TABLE_COMMAND, one undo step);
 * inside a table, add a row or column after the cursor, remove the cursor's row or column, and
 * switch the header row on or off (each one undo step, table-edits.ts).
 */
export function TableTools({ tool: Tool }: { tool: (props: ToolProps) => React.ReactElement }) {
  const [editor] = useLexicalComposerContext();
  const { t } = useTranslation();
  const [state, setState] = useState<TableState>({ inTable: false, header: false });
  const [size, setSize] = useState<{ rows: number; columns: number } | null>(null);
  const selection = useRef<BaseSelection | null>(null);

  useEffect(() => editor.registerUpdateListener(({ editorState }) => setState(editorState.read($tableState))), [editor]);

  const open = () => {
    selection.current = editor.getEditorState().read(() => $getSelection()?.clone() ?? null);
    setSize({ rows: 3, columns: 2 });
  };
  const insert = (event: FormEvent) => {
    event.preventDefault();
    if (!size) return;
    const saved = selection.current;
    editor.update(() => {
      if (saved) $setSelection(saved.clone());
      else $getRoot().selectEnd();
      editor.dispatchCommand(INSERT_TABLE_COMMAND, { rows: String(size.rows), columns: String(size.columns), includeHeaders: false });
    });
    setSize(null);
    editor.focus();
  };
  const clamp = (value: string, max: number) => Math.min(max, Math.max(1, Math.round(Number(value)) || 1));

  return (
    <>
      <Tool label={t('tables.insert')} pressed={size !== null} onClick={() => (size ? setSize(null) : open())} wide>
        {t('tables.insertShort')}
      </Tool>
      {ACTIONS.map(({ action, label, face }) => (
        <Tool key={action} label={t(label)} disabled={!state.inTable} onClick={() => applyTableAction(editor, action)}>
          {face}
        </Tool>
      ))}
      <Tool
        label={t('tables.header')}
        pressed={state.header}
        disabled={!state.inTable}
        onClick={() => applyTableAction(editor, 'header')}
        wide
      >
        {t('tables.headerShort')}
      </Tool>
      {size && (
        <form className="ed-inline-form ed-table-form" onSubmit={insert} onKeyDown={(event) => event.key === 'Escape' && setSize(null)}>
          <label>
            {t('tables.rows')}
            <input
              type="number"
              min={1}
              max={LIMITS.rows}
              value={size.rows}
              autoFocus
              onChange={(event) => setSize({ ...size, rows: clamp(event.target.value, LIMITS.rows) })}
            />
          </label>
          <span aria-hidden="true">×</span>
          <label>
            {t('tables.columns')}
            <input
              type="number"
              min={1}
              max={LIMITS.columns}
              value={size.columns}
              onChange={(event) => setSize({ ...size, columns: clamp(event.target.value, LIMITS.columns) })}
            />
          </label>
          <button type="submit" className="ed-passage-action">
            {t('editor.insert')}
          </button>
          <button type="button" className="ed-passage-action" onClick={() => setSize(null)}>
            {t('common.cancel')}
          </button>
        </form>
      )}
    </>
  );
}

/** The toolbar's own button (ToolbarPlugin's Tool), passed in so that the table tools look the same. */
export interface ToolProps {
  label: string;
  pressed?: boolean;
  disabled?: boolean;
  wide?: boolean;
  onClick(): void;
  children: React.ReactNode;
}
