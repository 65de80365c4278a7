import './FindReplace.css';

import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $setSelection } from 'lexical';
import { type KeyboardEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { briefingHasFocus } from '../../../ui/briefing-focus';
import { useCommands } from '../../../ui/useCommands';
import { $matchSelection } from './find-edits';
import { FindStatus } from './FindStatus';
import { useFindReplace } from './use-find-replace';

/**
 * The briefing's find and replace bar (issue 19): Ctrl+H opens it with the replace field, Ctrl+F
 * (while the briefing has the focus) with the find field only. Enter / F3 go to the next match,
 * Shift+Enter / Shift+F3 to the previous one; Escape closes it and puts the focus back in the
 * briefing with the current match selected.
 */
export function FindReplaceBar() {
  const { t } = useTranslation();
  const [editor] = useLexicalComposerContext();
  const [open, setOpen] = useState(false);
  const [withReplace, setWithReplace] = useState(false);
  const findInput = useRef<HTMLInputElement>(null);
  const find = useFindReplace(editor, open);
  const { state } = find;

  const show = (replace: boolean) => {
    setOpen(true);
    if (replace) setWithReplace(true);
    requestAnimationFrame(() => {
      findInput.current?.focus();
      findInput.current?.select();
    });
  };
  useCommands({ 'find-replace': () => show(true), find: () => briefingHasFocus() && show(false) });

  const close = () => {
    const match = state.matches[state.current];
    const segment = match && find.segments.current.get(match.segment);
    setOpen(false);
    find.setLastReplaceAll(null);
    editor.update(() => {
      const selection = segment && match ? $matchSelection(segment, match) : null;
      if (selection) $setSelection(selection);
    });
    editor.focus();
  };

  // F3 / Shift+F3 anywhere while the bar is open.
  const stepRef = useRef(find.step);
  stepRef.current = find.step;
  useEffect(() => {
    if (!open) return;
    const onKey = (event: globalThis.KeyboardEvent) => {
      if (event.key !== 'F3') return;
      event.preventDefault();
      stepRef.current(event.shiftKey ? -1 : 1);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [open]);

  if (!open) return null;
  // Escape closes from anywhere in the bar; Enter in a field runs its action (buttons keep their own Enter).
  const onKeys = (enter?: (event: KeyboardEvent) => void) => (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      close();
    } else if (event.key === 'Enter' && enter) {
      event.preventDefault();
      enter(event);
    }
  };
  const stepByKey = (event: KeyboardEvent) => find.step(event.shiftKey ? -1 : 1);
  const option = (name: 'matchCase' | 'wholeWord') => (
    <label>
      <input
        type="checkbox"
        checked={state.options[name]}
        onChange={(event) => find.setOptions({ ...state.options, [name]: event.target.checked })}
        onKeyDown={onKeys(stepByKey)}
      />{' '}
      {t(`find.${name}`)}
    </label>
  );

  return (
    <div className="ed-find" role="search" aria-label={t('find.bar')}>
      <div className="ed-find-row">
        <input
          ref={findInput}
          type="text"
          aria-label={t('find.find')}
          placeholder={t('find.find')}
          value={state.query}
          onChange={(event) => {
            find.setQuery(event.target.value);
            find.setLastReplaceAll(null);
          }}
          onKeyDown={onKeys(stepByKey)}
        />
        <FindStatus state={state} />
        <button type="button" className="ed-passage-action" onClick={() => find.step(-1)} onKeyDown={onKeys()} title={t('find.previous')}>
          ↑
        </button>
        <button type="button" className="ed-passage-action" onClick={() => find.step(1)} onKeyDown={onKeys()} title={t('find.next')}>
          ↓
        </button>
        {option('matchCase')}
        {option('wholeWord')}
        {!withReplace && (
          <button type="button" className="ed-passage-action" onClick={() => setWithReplace(true)}>
            {t('find.showReplace')}
          </button>
        )}
        <button type="button" className="ed-passage-action" onClick={close} title={t('find.close')} aria-label={t('find.close')}>
          ×
        </button>
      </div>
      {withReplace && (
        <div className="ed-find-row">
          <input
            type="text"
            aria-label={t('find.replaceWith')}
            placeholder={t('find.replaceWith')}
            value={state.replacement}
            onChange={(event) => find.setReplacement(event.target.value)}
            onKeyDown={onKeys(() => find.replaceCurrent())}
          />
          <button type="button" className="ed-passage-action" onClick={find.replaceCurrent} onKeyDown={onKeys()}>
            {t('find.replace')}
          </button>
          <button type="button" className="ed-passage-action" onClick={find.replaceAll} onKeyDown={onKeys()}>
            {t('find.replaceAll')}
          </button>
        </div>
      )}
      <p className="ed-find-scope muted">{t('find.scope')}</p>
    </div>
  );
}
