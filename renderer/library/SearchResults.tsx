import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, type MouseEvent, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

import type { LetterSummary } from '../../app/corpus/types';
import type { SearchHit } from '../../app/ipc/contract';
import { Highlighted } from '../ui/Highlighted';
import { displayTitle } from './letter-filter';
import { formatCount, letterHitsText, type ResultRow } from './search-rows';

interface Props {
  rows: readonly ResultRow[];
  active: number;
  hidden: boolean;
  /** The renderer's first answer (letters named by number or title): hit counts still to come from main. */
  provisional?: boolean;
  summaryOf: (file: string) => LetterSummary | undefined;
  onOpen: (index: number) => void;
  onToggle: (file: string) => void;
  /** Called when the last rows come into view (to fetch more letters); absent when there are no more. */
  onEndReached?: () => void;
}

export const resultOptionId = (i: number) => `search-hit-${i}`;

/** A hit's snippet, with "in voetnoot 3" when it was found in a footnote. */
function HitSnippet({ hit }: { hit: SearchHit }) {
  const { t } = useTranslation();
  return (
    <span className="hit-snippet">
      {hit.footnote && (
        <span className="hit-badge">
          {hit.footnoteLabel ? t('library.inFootnoteN', { label: hit.footnoteLabel }) : t('library.inFootnote')}
        </span>
      )}
      <Highlighted text={hit.snippet} ranges={hit.highlights} />
    </span>
  );
}

/**
 * The grouped results as a virtualised listbox (only the rows on screen are in the page, each with
 * aria-setsize/aria-posinset): a letter per option with its hit count and best snippets, and under
 * an expanded letter each hit as an option. Focus stays in the search box (aria-activedescendant);
 * the active row is scrolled into view, so the element it names always exists.
 */
export const SearchResults = memo(function SearchResults({
  rows,
  active,
  hidden,
  provisional = false,
  summaryOf,
  onOpen,
  onToggle,
  onEndReached,
}: Props) {
  const { t, i18n } = useTranslation();
  const scroller = useRef<HTMLDivElement>(null);
  const virtual = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: (i) => (rows[i]?.kind === 'hit' ? 56 : 104),
    getItemKey: (i) => {
      const row = rows[i]!;
      return row.kind === 'letter' ? row.group.file : `${row.group.file}#${row.hit.block}#${row.hit.footnote ?? ''}#${i}`;
    },
    overscan: 4,
    gap: 5,
  });
  useEffect(() => {
    if (active >= 0 && active < rows.length) virtual.scrollToIndex(active, { align: 'auto' });
  }, [active, rows, virtual]);
  const count = (n: number) => formatCount(n, i18n.language);
  const items = virtual.getVirtualItems();
  const lastShown = items.at(-1)?.index ?? -1;
  useEffect(() => {
    if (onEndReached && lastShown >= rows.length - 5) onEndReached();
  }, [onEndReached, lastShown, rows.length]);

  return (
    // Its own scroll area, in the tab order (as Chromium makes scrollers): the options themselves
    // are reached from the search box (aria-activedescendant), not by Tab.
    <div ref={scroller} className="search-scroll" hidden={hidden} tabIndex={0} role="group" aria-label={t('library.searchResults')}>
      <ul
        id="search-hits"
        role="listbox"
        aria-label={t('library.searchResults')}
        className={`search-hits${provisional ? ' is-provisional' : ''}`}
        aria-busy={provisional}
        style={{ height: virtual.getTotalSize() }}
      >
        {items.map((item) => {
          const row = rows[item.index]!;
          const { group } = row;
          const summary = summaryOf(group.file);
          const common = {
            ref: virtual.measureElement,
            'data-index': item.index,
            id: resultOptionId(item.index),
            role: 'option',
            'aria-selected': item.index === active,
            'aria-setsize': rows.length,
            'aria-posinset': item.index + 1,
            'data-file': group.file,
            style: { transform: `translateY(${item.start}px)` },
            onMouseDown: (event: MouseEvent) => event.preventDefault(),
            onClick: () => onOpen(item.index),
          };
          if (row.kind === 'hit') {
            return (
              <li key={item.key} {...common} className="search-hit search-hit-single">
                <HitSnippet hit={row.hit} />
              </li>
            );
          }
          const more = group.hitCount - group.hits.length;
          return (
            <li key={item.key} {...common} className="search-hit search-letter" data-hits={group.hitCount}>
              <span className="hit-letter">
                <span className="hit-title">{summary ? displayTitle(summary, i18n.language === 'en' ? 'en' : 'nl') : group.file}</span>
                {group.match && <span className="hit-badge hit-match">{t(`library.match_${group.match}`)}</span>}
              </span>
              <span className="hit-count muted">
                {provisional ? t('library.countingHits') : letterHitsText(t, i18n.language, group.hitCount, !group.partial)}
              </span>
              {!row.expanded && group.hits.map((hit, k) => <HitSnippet key={k} hit={hit} />)}
              {(more > 0 || row.expanded) && (
                <span
                  className="hit-more"
                  onClick={(event) => {
                    event.stopPropagation();
                    onToggle(group.file);
                  }}
                >
                  {row.expanded
                    ? t('library.showFewer')
                    : !group.partial
                      ? t('library.showAll', { count: group.hitCount, n: count(group.hitCount) })
                      : t('library.showAllAtLeast', { n: count(group.hitCount) })}
                </span>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
});
