import './PassageComponent.css';

import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getNodeByKey, type NodeKey } from 'lexical';
import { type DragEvent, Fragment, type MouseEvent, type ReactNode, useLayoutEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

import type { BriefingFootnote, Inline, Passage } from '../../../app/briefing/model';
import { partIndentLevel, partLabel } from '../../../app/briefing/passage-label';
import { headerRowCount, quotedTableGrid, spanOf } from '../../../app/briefing/table-grid';
import { quoteParagraphs } from '../../../app/briefing/trim-range';
import { COMPLETE_SOURCE_COMMAND } from '../../sources/complete-source';
import { useEditorUi, useStore } from '../context/EditorUiContext';
import { writePassageNumbers } from '../plugins/NoteNumbering/note-number-dom';
import { $removePassages } from '../plugins/Passages/passage-guard';
import { BRIEFING_PASSAGE_MIME } from '../plugins/Passages/passage-transfer';
import { focusEditorText, focusPassageFrame } from '../utils/focus-block';
import { useNodeSelection } from '../utils/node-selection';
import { OMISSION, passageHtml, passageTextWithCitation } from '../utils/passage-text';
import { $isPassageNode } from './PassageNode';

interface Props {
  nodeKey: NodeKey;
  passage: Passage;
  notes: BriefingFootnote[];
}

/**
 * The view of a quoted passage: quote style, "[…]" for omissions, note numbers, citation, check badge.
 * The note numbers are not rendered here: the number elements are written from the numbering
 * store (NoteNumbering/note-number-dom.ts), so a renumbering renders no passage again.
 */
export default function PassageComponent({ nodeKey, passage }: Props) {
  const { t } = useTranslation();
  const [editor] = useLexicalComposerContext();
  const ui = useEditorUi();
  const figure = useRef<HTMLElement>(null);
  // After every render (number elements may be new): the numbers as they are now.
  useLayoutEffect(() => {
    if (figure.current) writePassageNumbers(figure.current, ui.numbering.get().passages.get(nodeKey));
  });
  const style = useStore(ui.citationStyle);
  const status = useStore(ui.quoteStatuses).get(passage.id);
  const [selected, setSelected, clearSelection] = useNodeSelection(nodeKey);
  const source = passage.source.title ?? passage.citation;
  const flagged = status && status.status !== 'faithful';

  /** A quoted run, or an (empty) note number element: numbers are written in text order. */
  const inlineView = (inline: Inline, inlineIndex: number): ReactNode => {
    if (inline.type === 'text') {
      const className = [inline.bold && 'ed-bold', inline.italic && 'ed-italic'].filter(Boolean).join(' ');
      return (
        <span key={inlineIndex} className={className || undefined}>
          {inline.text}
        </span>
      );
    }
    return <sup key={inlineIndex} className="ed-note-number" data-note={inline.footnote} data-ref="" />;
  };
  const onDragStart = (event: DragEvent) => {
    event.dataTransfer.setData(BRIEFING_PASSAGE_MIME, nodeKey);
    event.dataTransfer.setData('text/plain', passageTextWithCitation(passage));
    event.dataTransfer.setData('text/html', passageHtml(passage));
    event.dataTransfer.effectAllowed = 'copyMove';
  };
  const onClick = (event: MouseEvent) => {
    if ((event.target as HTMLElement).closest('button')) return;
    // Words selected with the mouse (to trim them) stay selected: no node selection replaces them.
    const words = window.getSelection();
    if (words && !words.isCollapsed && event.currentTarget.contains(words.anchorNode)) return;
    // A click selects it (the focus may have selected it a moment before); Shift+click toggles it.
    if (event.shiftKey) {
      setSelected(!selected);
      return;
    }
    clearSelection();
    setSelected(true);
  };
  const remove = () => {
    let nextPassage: NodeKey | null = null;
    editor.update(
      () => {
        const node = $getNodeByKey(nodeKey);
        if (!$isPassageNode(node)) return;
        const next = node.getNextSibling();
        nextPassage = $isPassageNode(next) ? next.getKey() : null;
        $removePassages([node]);
      },
      { discrete: true },
    );
    // The ✕ button is gone with the passage: the focus goes to where the caret now is (the next
    // block's start) or to the next passage's frame, so Ctrl+Z and typing work there.
    if (nextPassage) focusPassageFrame(editor, nextPassage);
    else focusEditorText(editor);
    ui.notice.set({ kind: 'info', text: t('editor.passageRemoved', { count: 1 }) });
  };

  return (
    <figure
      ref={figure}
      className={`ed-passage${selected ? ' is-selected' : ''}${flagged ? ' is-flagged' : ''}`}
      data-passage-id={passage.id}
      aria-label={t('editor.passage', { source })}
      aria-description={t('editor.passageKeys')}
      // Reachable with Tab; focusing it selects it (a NodeSelection), so its keys work as on a click.
      tabIndex={0}
      onFocus={(event) => {
        if (event.target !== event.currentTarget || selected) return;
        clearSelection();
        setSelected(true);
      }}
      onClick={onClick}
    >
      <div className="ed-passage-bar">
        <span
          className="ed-passage-handle"
          draggable
          role="button"
          tabIndex={-1}
          aria-label={t('editor.dragPassage')}
          title={t('editor.dragPassage')}
          onDragStart={onDragStart}
        >
          ⠿
        </span>
        <span className="ed-passage-source" title={passage.citation}>
          {source}
        </span>
        {passage.source.incomplete && (
          <button
            type="button"
            className="ed-passage-action ed-passage-incomplete"
            aria-label={t('sources.incompleteAction')}
            title={t('sources.incompleteAction')}
            onClick={() => editor.dispatchCommand(COMPLETE_SOURCE_COMMAND, passage.source.file)}
          >
            {t('sources.incomplete')}
          </button>
        )}
        {status && (
          <span className={`ed-passage-badge is-${status.status}`} title={status.message}>
            {t(
              status.status === 'faithful'
                ? 'editor.statusFaithful'
                : status.status === 'changed'
                  ? 'editor.statusChanged'
                  : 'editor.statusMissing',
            )}
          </span>
        )}
        <button
          type="button"
          className="ed-passage-action"
          // Keeps a selection made in the quote: the trim dialog can act on it.
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => ui.trimming.set(nodeKey)}
        >
          {t('editor.trim')}
        </button>
        <button
          type="button"
          className="ed-passage-action"
          aria-label={t('editor.removePassage')}
          title={t('editor.removePassage')}
          onClick={remove}
        >
          ✕
        </button>
      </div>
      <blockquote className="ed-passage-quote">
        {quoteParagraphs(passage).map((parts, paragraphIndex, paragraphs) => {
          const citation = style === 'footnote' && paragraphIndex === paragraphs.length - 1 && (
            <sup className="ed-note-number ed-citation-number" />
          );
          const grid = quotedTableGrid(parts);
          if (grid) {
            return (
              <table key={`${parts[0]!.block}-${parts[0]!.start}`} className="ed-passage-table" aria-label={t('tables.quoted')}>
                <tbody>
                  {grid.rows.map((row, r) => (
                    <tr key={r}>
                      {row.map((cell, c) => {
                        const { covered, ...spans } = spanOf(grid, r, c);
                        const Cell = r < headerRowCount(grid) ? 'th' : 'td';
                        // A covered cell (under a merged one) is empty and not drawn; the citation mark goes in the last drawn cell.
                        if (covered) return null;
                        const last = row.slice(c + 1).every((_, k) => spanOf(grid, r, c + 1 + k).covered) && r === grid.rows.length - 1;
                        return (
                          <Cell key={c} {...spans} {...(Cell === 'th' ? { scope: 'col' } : {})}>
                            {cell[0]!.map(inlineView)}
                            {last && citation}
                          </Cell>
                        );
                      })}
                    </tr>
                  ))}
                </tbody>
              </table>
            );
          }
          // A quoted list item: its label as the letter prints it (unless the quoted words begin with it), indented by its level.
          const label = partLabel(parts[0]!);
          const level = partIndentLevel(parts[0]!);
          const listClass = label ? ' is-list-item' : '';
          return (
            <p
              key={`${parts[0]!.block}-${parts[0]!.start}`}
              className={`ed-passage-part${listClass}`}
              {...(level > 0 ? { 'data-level': level } : {})}
            >
              {label && <span className="ed-list-label">{label}</span>}
              {parts[0]!.omittedBefore && <span className="ed-omission">{OMISSION} </span>}
              {parts.map((part, index) => (
                <Fragment key={part.start}>
                  {index > 0 && <span className="ed-omission"> {OMISSION} </span>}
                  <span data-part={passage.parts.indexOf(part)}>{part.children.map(inlineView)}</span>
                </Fragment>
              ))}
              {parts.at(-1)!.omittedAfter && <span className="ed-omission"> {OMISSION}</span>}
              {citation}
            </p>
          );
        })}
      </blockquote>
      {style === 'line' && <figcaption className="ed-passage-citation">({passage.citation})</figcaption>}
      {flagged && (
        <p className="ed-passage-message" role="status">
          {status.message}
        </p>
      )}
    </figure>
  );
}
