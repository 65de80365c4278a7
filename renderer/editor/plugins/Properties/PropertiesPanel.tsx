import './Properties.css';

import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { REDO_COMMAND, UNDO_COMMAND } from 'lexical';
import { type KeyboardEvent, useCallback, useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';

import type { BriefingProperties, CitationStyle } from '../../../../app/briefing/model';
import { commandForKey } from '../../../../app/commands/lookup';
import { ClassificationField } from './ClassificationField';
import { DateField } from './DateField';
import { NotaFields } from './NotaFields';

interface Props {
  properties: BriefingProperties;
  citationStyle: CitationStyle;
  onProperties(properties: BriefingProperties): void;
  onCitationStyle(style: CitationStyle): void;
}

const FIELDS = [
  ['title', 'editor.propTitle'],
  ['to', 'editor.propTo'],
  ['from', 'editor.propFrom'],
  ['date', 'editor.propDate'],
  ['subject', 'editor.propSubject'],
  ['reference', 'editor.propReference'],
  ['author', 'editor.propAuthor'],
] as const;

/**
 * Title, Aan, Van, Datum, Betreft (a nota's Onderwerp), Kenmerk, author, the rubricering (from the
 * VIR-BI list), the nota kind with Kopie aan and Bijlagen, the language of the exports' fixed
 * words (Dutch or English) and how passages cite their source.
 * Their edits are steps in the editor's history, so undo and redo here (Ctrl+Z, Ctrl+Y,
 * Ctrl+Shift+Z, or Bewerken › Ongedaan maken) go to that history instead of the field's own.
 */
export function PropertiesPanel({ properties, citationStyle, onProperties, onCitationStyle }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [editor] = useLexicalComposerContext();
  // Restoring an editor state also restores its text selection, which moves the focus into the
  // text; the field the user pressed Ctrl+Z in gets it back once that has happened (next task).
  const history = useCallback(
    (command: typeof UNDO_COMMAND | typeof REDO_COMMAND) => {
      const field = document.activeElement;
      editor.dispatchCommand(command, undefined);
      if (!(field instanceof HTMLElement)) return;
      window.setTimeout(() => {
        if (field.isConnected && document.activeElement !== field) field.focus();
      }, 0);
    },
    [editor],
  );
  const onKeyDown = (event: KeyboardEvent) => {
    const command = commandForKey('editor', event);
    if (command === 'undo') history(UNDO_COMMAND);
    else if (command === 'redo') history(REDO_COMMAND);
    else return;
    event.preventDefault();
  };
  // The menu's undo/redo reach a focused field as a native beforeinput (React's onBeforeInput is
  // a different, synthesized event that never carries historyUndo/historyRedo).
  const panel = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    const element = panel.current;
    if (!element) return;
    const onBeforeInput = (event: InputEvent) => {
      if (event.inputType !== 'historyUndo' && event.inputType !== 'historyRedo') return;
      event.preventDefault();
      history(event.inputType === 'historyUndo' ? UNDO_COMMAND : REDO_COMMAND);
    };
    element.addEventListener('beforeinput', onBeforeInput);
    return () => element.removeEventListener('beforeinput', onBeforeInput);
  }, [history]);
  return (
    <details ref={panel} className="ed-properties" onKeyDown={onKeyDown}>
      <summary>{t('editor.properties')}</summary>
      <div className="ed-properties-grid">
        {FIELDS.map(([field, label]) => (
          <label key={field} htmlFor={`${id}-${field}`}>
            <span>{t(field === 'subject' && properties.notaKind ? 'templates.subject' : label)}</span>
            {field === 'date' ? (
              <DateField id={`${id}-date`} value={properties.date} onChange={(date) => onProperties({ ...properties, date })} />
            ) : (
              <input
                id={`${id}-${field}`}
                type="text"
                value={properties[field]}
                onChange={(event) => onProperties({ ...properties, [field]: event.target.value })}
              />
            )}
          </label>
        ))}
        <ClassificationField
          id={`${id}-classification`}
          value={properties.classification}
          onChange={(classification) => onProperties({ ...properties, classification })}
        />
        <NotaFields id={id} properties={properties} onProperties={onProperties} />
        <label htmlFor={`${id}-language`}>
          <span>{t('common.exportLanguage')}</span>
          <select
            id={`${id}-language`}
            value={properties.language ?? 'nl'}
            onChange={(event) => onProperties({ ...properties, language: event.target.value === 'en' ? 'en' : 'nl' })}
          >
            <option value="nl">{t('common.dutch')}</option>
            <option value="en">{t('common.english')}</option>
          </select>
        </label>
        <fieldset className="ed-citation-style">
          <legend>{t('editor.citationStyle')}</legend>
          {(['footnote', 'line'] as const).map((style) => (
            <label key={style}>
              <input
                type="radio"
                name={`${id}-style`}
                value={style}
                checked={citationStyle === style}
                onChange={() => onCitationStyle(style)}
              />
              {t(style === 'footnote' ? 'editor.citationFootnote' : 'editor.citationLine')}
            </label>
          ))}
        </fieldset>
      </div>
    </details>
  );
}
