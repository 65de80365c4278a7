import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getSelection, type BaseSelection } from 'lexical';
import { type FormEvent, Fragment, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { $tableState, applyTableAction, insertTable, type TableAction, type TableState } from './table-edits';

const ACTIONS: ReadonlyArray<{ action: Exclude<TableAction, 'header'>; label: string; face: string }> = [
  { action: 'row-after', label: 'tables.addRow', face: '+▤' },
  { action: 'column-after', label: 'tables.addColumn', face: '+▥' },
  { action: 'row-remove', label: 'tables.removeRow', face: '−▤' },
  { action: 'column-remove', label: 'tables.removeColumn', face: '−▥' },
];

/** Sizes the insert form allows: a briefing table of up to 50 rows and 10 columns. */
const LIMITS = { rows: 50, columns: 10 } as const;
const FIELDS = ['rows', 'columns'] as const;

/**
 * The toolbar's table tools: "Tabel" opens a small form for the size (rows × columns, 3 × 2 to
 * start, at most 50 × 10, the limit said in the form and a larger number set to it) and inserts
 * the table at the cursor, in place of an empty paragraph (table-edits.ts insertTable, one undo step);
 * inside a table, add a row or column after the cursor, remove the cursor's row or column, and
 * switch the header row on or off (each one undo step, table-edits.ts).
 */
export function TableTools({ tool: Tool }: { tool: (props: ToolProps) => React.ReactElement }) {
  const [editor] = useLexicalComposerContext();
  const { t } = useTranslation();
  const [state, setState] = useState<TableState>({ inTable: false, header: false });
  const [size, setSize] = useState<{ rows: number; columns: number } | null>(null);
  /** The field whose typed number was over its limit (and was set to it), shown in the form. */
  const [over, setOver] = useState<'rows' | 'columns' | null>(null);
  const selection = useRef<BaseSelection | null>(null);

  useEffect(() => {
    // Set only when it changed: any React commit while the caret is in the editor walks the whole
    // editor's DOM (React saves the selection of a focused contenteditable), ~6 ms in a long briefing.
    let shown: TableState | null = null;
    return editor.registerUpdateListener(({ editorState }) => {
      const next = editorState.read($tableState);
      if (shown && shown.inTable === next.inTable && shown.header === next.header) return;
      shown = next;
      setState(next);
    });
  }, [editor]);

  const open = () => {
    selection.current = editor.getEditorState().read(() => $getSelection()?.clone() ?? null);
    setSize({ rows: 3, columns: 2 });
    setOver(null);
  };
  const insert = (event: FormEvent) => {
    event.preventDefault();
    if (!size) return;
    insertTable(editor, selection.current, size.rows, size.columns);
    setSize(null);
    editor.focus();
  };
  const clamp = (value: string, max: number) => Math.min(max, Math.max(1, Math.round(Number(value)) || 1));
  const change = (field: 'rows' | 'columns', value: string) => {
    if (!size) return;
    setOver(Number(value) > LIMITS[field] ? field : null);
    setSize({ ...size, [field]: clamp(value, LIMITS[field]) });
  };
  const limitId = useId();
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
          {FIELDS.map((field, index) => (
            <Fragment key={field}>
              {index > 0 && <span aria-hidden="true">×</span>}
              <label>
                {t(`tables.${field}`)}
                <input
                  type="number"
                  min={1}
                  max={LIMITS[field]}
                  value={size[field]}
                  autoFocus={index === 0}
                  aria-describedby={limitId}
                  onChange={(event) => change(field, event.target.value)}
                />
              </label>
            </Fragment>
          ))}
          <span id={limitId} className={`ed-table-limit${over ? ' is-over' : ''}`} role="status">
            {over ? t(over === 'rows' ? 'tables.overRows' : 'tables.overColumns', { max: LIMITS[over] }) : t('tables.limit', LIMITS)}
          </span>
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
