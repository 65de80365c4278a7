import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { formatLocalDate } from '../../app/corpus/localized-date';
import { kindLabel } from '../../app/corpus/title';
import type { LetterSummary } from '../../app/corpus/types';
import { useInterfaceLanguage } from '../i18n/language';
import { nextIndex } from '../ui/list-navigation';
import { displayTitle } from './letter-filter';
import { useScrollAnchor } from './useScrollAnchor';

interface Props {
  letters: readonly LetterSummary[];
  selected: string | null;
  onSelect: (file: string) => void;
  /** Sorted by date: the letters without a date (last) get the heading "2 zonder datum" above the first of them. */
  undatedGroup?: boolean;
}

const optionId = (file: string) => `letter-${file.replace(/[^A-Za-z0-9_-]/g, '_')}`;

/**
 * The letters as a virtualised listbox: only the rows on screen (and a few around them) are in
 * the page, each an option with aria-setsize/aria-posinset, so 100,000 letters cost what 20 do.
 * One tab stop; ArrowUp/Down, PageUp/PageDown, Home/End move the active letter
 * (aria-activedescendant; the list scrolls it into view first, so the element it names exists),
 * Enter or Space opens it; a click opens it too.
 */
export function LetterList({ letters, selected, onSelect, undatedGroup = false }: Props) {
  const { t } = useTranslation();
  const language = useInterfaceLanguage();
  const [active, setActive] = useState<string | null>(null);
  const activeIndex = letters.findIndex((l) => l.file === (active ?? selected));
  const scroller = useRef<HTMLDivElement>(null);
  const virtual = useVirtualizer({
    count: letters.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => 84,
    getItemKey: (i) => letters[i]!.file,
    overscan: 6,
    gap: 2,
  });
  // A letter chosen elsewhere (a citation, back and forward) is scrolled into view; only when the
  // choice changes, not when letters added during a load move it.
  useEffect(() => {
    const index = letters.findIndex((l) => l.file === selected);
    if (index >= 0) virtual.scrollToIndex(index, { align: 'auto' });
  }, [selected]); // eslint-disable-line react-hooks/exhaustive-deps
  useScrollAnchor(scroller, letters, virtual);
  const shown = virtual.getVirtualItems();
  const firstUndated = undatedGroup ? letters.findIndex((l) => l.date === null) : -1;
  const undatedCount = firstUndated >= 0 ? letters.length - firstUndated : 0;

  return (
    <div ref={scroller} className="letter-scroll">
      <ul
        className="letter-list"
        role="listbox"
        tabIndex={0}
        aria-label={t('library.lettersLabel')}
        aria-activedescendant={
          activeIndex >= 0 && shown.some((v) => v.index === activeIndex) ? optionId(letters[activeIndex]!.file) : undefined
        }
        style={{ height: virtual.getTotalSize() }}
        onKeyDown={(event) => {
          if ((event.key === 'Enter' || event.key === ' ') && activeIndex >= 0) {
            event.preventDefault();
            onSelect(letters[activeIndex]!.file);
            return;
          }
          const next = nextIndex(event.key, activeIndex, letters.length);
          if (next === null) return;
          event.preventDefault();
          setActive(letters[next]!.file);
          virtual.scrollToIndex(next, { align: 'auto' });
        }}
      >
        {shown.map((item) => {
          const letter = letters[item.index]!;
          const date = formatLocalDate(letter.date, language);
          const names = letter.signatories.map((s) => s.name).join(', ');
          return (
            <li
              key={item.key}
              ref={virtual.measureElement}
              data-index={item.index}
              id={optionId(letter.file)}
              role="option"
              aria-selected={letter.file === selected}
              aria-setsize={letters.length}
              aria-posinset={item.index + 1}
              className={`letter-item${item.index === activeIndex ? ' is-active' : ''}`}
              data-file={letter.file}
              style={{ transform: `translateY(${item.start}px)` }}
              onClick={() => (setActive(letter.file), onSelect(letter.file))}
            >
              {item.index === firstUndated && (
                <span className="letter-group-heading">{t('library.undatedGroup', { count: undatedCount })}</span>
              )}
              <span className="letter-title">{displayTitle(letter, language)}</span>
              <span className="letter-meta">
                <span className={date ? '' : 'muted'}>{date ?? t('library.noDate')}</span>
                <span aria-hidden="true"> · </span>
                <span className={letter.kind ? '' : 'muted'}>{letter.kind ? kindLabel(letter.kind, language) : t('library.noKind')}</span>
              </span>
              {names && <span className="letter-signatories">{names}</span>}
              <span className="letter-file">{letter.file}</span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
