import './Toolbar.css';

import { INSERT_ORDERED_LIST_COMMAND, INSERT_UNORDERED_LIST_COMMAND, REMOVE_LIST_COMMAND } from '@lexical/list';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import {
  CAN_REDO_COMMAND,
  CAN_UNDO_COMMAND,
  COMMAND_PRIORITY_LOW,
  FORMAT_TEXT_COMMAND,
  KEY_DOWN_COMMAND,
  REDO_COMMAND,
  UNDO_COMMAND,
} from 'lexical';
import { type ReactNode, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { commandForKey } from '../../../../app/commands/lookup';
import { useCommandLabel } from '../../../ui/useCommandLabel';
import { OPEN_COMMENT_FORM_COMMAND } from '../Comments/comment-commands';
import { OPEN_FOOTNOTE_FORM_COMMAND } from '../Footnotes/footnote-commands';
import { TableTools } from '../Tables/TableTools';
import { $formatState, $setBlock, type FormatState, sameFormat } from './format';
import { FormatTools } from './FormatTools';

/** The briefing-level actions the toolbar offers besides the editor's own commands. */
export interface ToolbarCommands {
  onCheckQuotes(): void;
  /** Opens the Bronnenoverzicht (renderer/sources). */
  onSourcesReport(): void;
  onExportDocx(): void;
  onExportPdf(): void;
  onExportOdt(): void;
  /** An export is under way: the export buttons are disabled until it ends. */
  exporting?: boolean;
  onPrint(): void;
}

/** Headings, bold/italic, lists, tables, undo/redo, footnote, comment, check quotes, export and print. */
export function ToolbarPlugin(commands: ToolbarCommands) {
  const [editor] = useLexicalComposerContext();
  const { t } = useTranslation();
  const { label, tooltip } = useCommandLabel();
  const [format, setFormat] = useState<FormatState>({ block: 'paragraph', bold: false, italic: false });
  const [canUndo, setCanUndo] = useState(false);
  const [canRedo, setCanRedo] = useState(false);

  useEffect(() => {
    // Set only when it changed: a keystroke then renders no toolbar (and commits nothing in React).
    let shown: FormatState | null = null;
    return mergeRegister(
      editor.registerUpdateListener(({ editorState }) => {
        const next = editorState.read($formatState);
        if (shown && sameFormat(shown, next)) return;
        shown = next;
        setFormat(next);
      }),
      editor.registerCommand(CAN_UNDO_COMMAND, (value) => (setCanUndo(value), false), COMMAND_PRIORITY_LOW),
      editor.registerCommand(CAN_REDO_COMMAND, (value) => (setCanRedo(value), false), COMMAND_PRIORITY_LOW),
      editor.registerCommand(
        KEY_DOWN_COMMAND,
        (event) => {
          // Both redo shortcuts of the command table; Lexical itself takes undo, bold and italic,
          // the footnote and comment plugins their own shortcuts.
          if (commandForKey('editor', event) !== 'redo') return false;
          editor.dispatchCommand(REDO_COMMAND, undefined);
          event.preventDefault();
          return true;
        },
        COMMAND_PRIORITY_LOW,
      ),
    );
  }, [editor]);

  const block = (type: 'paragraph' | 'h1' | 'h2' | 'h3') => editor.update(() => $setBlock(type));
  const list = (type: 'bullet' | 'number') =>
    editor.dispatchCommand(
      format.block === type ? REMOVE_LIST_COMMAND : type === 'bullet' ? INSERT_UNORDERED_LIST_COMMAND : INSERT_ORDERED_LIST_COMMAND,
      undefined,
    );

  return (
    <div className="ed-toolbar" role="toolbar" aria-label={t('editor.toolbar')}>
      <Group>
        <Tool label={t('editor.paragraph')} pressed={format.block === 'paragraph'} onClick={() => block('paragraph')}>
          ¶
        </Tool>
        {(['h1', 'h2', 'h3'] as const).map((tag) => (
          <Tool key={tag} label={t('editor.heading', { level: tag.slice(1) })} pressed={format.block === tag} onClick={() => block(tag)}>
            {tag.toUpperCase()}
          </Tool>
        ))}
      </Group>
      <Group>
        <Tool label={tooltip('bold')} pressed={format.bold} onClick={() => editor.dispatchCommand(FORMAT_TEXT_COMMAND, 'bold')}>
          <b>B</b>
        </Tool>
        <Tool label={tooltip('italic')} pressed={format.italic} onClick={() => editor.dispatchCommand(FORMAT_TEXT_COMMAND, 'italic')}>
          <i>I</i>
        </Tool>
        <FormatTools format={format} />
        <Tool label={t('editor.bulletList')} pressed={format.block === 'bullet'} onClick={() => list('bullet')}>
          •≡
        </Tool>
        <Tool label={t('editor.numberedList')} pressed={format.block === 'number'} onClick={() => list('number')}>
          1≡
        </Tool>
      </Group>
      <Group>
        <TableTools tool={Tool} />
      </Group>
      <Group>
        <Tool label={tooltip('undo')} disabled={!canUndo} onClick={() => editor.dispatchCommand(UNDO_COMMAND, undefined)}>
          ↶
        </Tool>
        <Tool label={tooltip('redo')} disabled={!canRedo} onClick={() => editor.dispatchCommand(REDO_COMMAND, undefined)}>
          ↷
        </Tool>
      </Group>
      <Group>
        <Tool label={tooltip('insert-footnote')} onClick={() => editor.dispatchCommand(OPEN_FOOTNOTE_FORM_COMMAND, undefined)} wide>
          {t('editor.footnoteShort')}
        </Tool>
        <Tool label={tooltip('add-comment')} onClick={() => editor.dispatchCommand(OPEN_COMMENT_FORM_COMMAND, undefined)} wide>
          {t('editor.commentShort')}
        </Tool>
        <Tool label={tooltip('check-quotes')} onClick={commands.onCheckQuotes} wide>
          {label('check-quotes')}
        </Tool>
        <Tool label={tooltip('sources-report')} onClick={commands.onSourcesReport} wide>
          {label('sources-report')}
        </Tool>
      </Group>
      <Group>
        <Tool label={tooltip('export-docx')} disabled={commands.exporting} onClick={commands.onExportDocx} wide>
          Word
        </Tool>
        <Tool label={tooltip('export-pdf')} disabled={commands.exporting} onClick={commands.onExportPdf}>
          PDF
        </Tool>
        <Tool label={tooltip('export-odt')} disabled={commands.exporting} onClick={commands.onExportOdt}>
          ODT
        </Tool>
        <Tool label={tooltip('print')} onClick={commands.onPrint} wide>
          {t('editor.printShort')}
        </Tool>
      </Group>
    </div>
  );
}

function Group({ children }: { children: ReactNode }) {
  return <div className="ed-toolbar-group">{children}</div>;
}

interface ToolProps {
  label: string;
  pressed?: boolean;
  disabled?: boolean;
  wide?: boolean;
  onClick(): void;
  children: ReactNode;
}

function Tool({ label, pressed, disabled, wide, onClick, children }: ToolProps) {
  return (
    <button
      type="button"
      className={`ed-tool${wide ? ' is-wide' : ''}`}
      aria-label={label}
      title={label}
      aria-pressed={pressed}
      disabled={disabled}
      // Keep the editor's selection: the click must not move focus out of the text first.
      onMouseDown={(event) => event.preventDefault()}
      onClick={onClick}
    >
      {children}
    </button>
  );
}
