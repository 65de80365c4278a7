import { useVirtualizer, type Virtualizer } from '@tanstack/react-virtual';
import type { TFunction } from 'i18next';
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

/** Space between rows, px (the list's CSS `gap`, .search-hits). */
const ROW_GAP = 5;

/**
 * A row's size for the virtualiser: the ResizeObserver's border box when it reports one, else the
 * size known (or the estimate). The virtualiser's default reads the element's box as React mounts
 * it, which forces a layout in the key's own task and, when it differs from the estimate, a second
 * render of every row in the same frame (bench:library profile: ~2.5 ms of each key). The rows are
 * in normal flow (after a spacer for the rows above), so a new row is in its place in the first
 * frame whatever its size; the observer's sizes, delivered in the next animation frame, correct
 * the scroll height and the rows above for scrolling.
 */
const measuredSize = (element: Element, entry: ResizeObserverEntry | undefined, instance: Virtualizer<HTMLDivElement, Element>): number => {
  const box = entry?.borderBoxSize?.[0];
  if (box) return Math.round(box.blockSize);
  const index = instance.indexFromElement(element);
  return instance.itemSizeCache.get(instance.options.getItemKey(index)) ?? instance.options.estimateSize(index);
};

/** A hit's snippet, with "in voetnoot 3" when it was found in a footnote (`t` from the list: no hook and subscription per snippet). */
function HitSnippet({ hit, t }: { hit: SearchHit; t: TFunction }) {
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
    overscan: 3,
    gap: ROW_GAP,
    // Rows are measured by the ResizeObserver alone, after the frame that shows them (see below).
    measureElement: measuredSize,
    useAnimationFrameWithResizeObserver: true,
  });
  useEffect(() => {
    if (active < 0 || active >= rows.length) return;
    // Scrolled only when the active row is not in view by the sizes known, so a key (its results
    // start at the first row, in view) reads no layout and starts no scroll.
    const item = virtual.getVirtualItems().find((shown) => shown.index === active);
    const top = virtual.scrollOffset ?? 0;
    const height = virtual.scrollRect?.height ?? 0;
    if (!item || item.start < top || item.end > top + height) virtual.scrollToIndex(active, { align: 'auto' });
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
        // Rows in flow after the space of the rows above them; the height keeps the scroll range.
        style={{ height: virtual.getTotalSize(), paddingTop: items[0]?.start ?? 0 }}
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
            onMouseDown: (event: MouseEvent) => event.preventDefault(),
            onClick: () => onOpen(item.index),
          };
          if (row.kind === 'hit') {
            return (
              <li key={item.key} {...common} className="search-hit search-hit-single">
                <HitSnippet hit={row.hit} t={t} />
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
              {!row.expanded && group.hits.map((hit, k) => <HitSnippet key={k} hit={hit} t={t} />)}
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
