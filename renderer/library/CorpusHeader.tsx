import { type KeyboardEvent, memo, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { CorpusState, Recent } from '../../app/ipc/contract';
import { call } from '../bridge/api';
import { isBrowserPreview } from '../ui/browser-preview';
import { LanguageSwitch } from '../ui/LanguageSwitch';

interface Props {
  corpus: CorpusState;
  onOpenFolder: () => void;
  onOpenPath: (path: string) => void;
  onOpenSample: () => void;
}

/** Which corpus is open, and the ways to open another: folder dialog, recent corpora, the sample. */
export const CorpusHeader = memo(function CorpusHeader({ corpus, onOpenFolder, onOpenPath, onOpenSample }: Props) {
  const { t } = useTranslation();
  const [recent, setRecent] = useState<Recent>([]);
  useEffect(() => {
    let live = true;
    call('corpusRecent', {})
      .then((list) => live && setRecent(list))
      .catch(() => live && setRecent([]));
    return () => {
      live = false;
    };
  }, [corpus.root]);
  const others = recent.filter((r) => r.path !== corpus.root);
  // The recent menu closes on a choice, on Escape (focus back on its button) and when focus leaves it.
  const menu = useRef<HTMLDetailsElement>(null);
  const closeMenu = () => menu.current?.removeAttribute('open');
  const choose = (open: () => void) => () => {
    closeMenu();
    open();
  };
  const onMenuKey = (event: KeyboardEvent<HTMLDetailsElement>) => {
    if (event.key !== 'Escape' || !menu.current?.open) return;
    event.preventDefault();
    closeMenu();
    menu.current.querySelector('summary')?.focus();
  };

  return (
    <header className="library-header">
      <div className="library-title-row">
        <h2 className="library-corpus" title={corpus.root ?? undefined}>
          {corpus.sample ? t('library.sample') : corpus.name}
        </h2>
        <LanguageSwitch />
      </div>
      <div className="library-actions">
        <button
          type="button"
          className="button primary"
          onClick={onOpenFolder}
          title={t(isBrowserPreview() ? 'library.openHintPreview' : 'library.openHint')}
        >
          {t('library.open')}
        </button>
        <details
          className="recent-menu"
          ref={menu}
          onKeyDown={onMenuKey}
          onBlur={(event) => {
            if (!event.currentTarget.contains(event.relatedTarget as Node | null)) closeMenu();
          }}
        >
          <summary className="button">{t('library.recent')}</summary>
          <ul aria-label={t('library.recentLabel')}>
            {!corpus.sample && (
              <li>
                <button type="button" className="recent-item" onClick={choose(onOpenSample)}>
                  <span className="recent-name">{t('library.sample')}</span>
                  <span className="muted">{t('library.returnToSample')}</span>
                </button>
              </li>
            )}
            {others.map((r) => (
              <li key={r.path}>
                <button type="button" className="recent-item" onClick={choose(() => onOpenPath(r.path))} title={r.path}>
                  <span className="recent-name">{r.name}</span>
                  <span className="muted recent-path">{r.path}</span>
                </button>
              </li>
            ))}
            {corpus.sample && others.length === 0 && <li className="muted recent-empty">{t('library.noRecent')}</li>}
          </ul>
        </details>
      </div>
    </header>
  );
});
