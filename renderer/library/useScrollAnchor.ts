import type { Virtualizer } from '@tanstack/react-virtual';
import { type RefObject, useLayoutEffect, useRef } from 'react';

import type { LetterSummary } from '../../app/corpus/types';

/**
 * Keeps the user's place in a virtualised letter list while letters are added (a load under way
 * sends them in batches, issue 21): when the list grows and was scrolled, the letter that stood
 * first in view stays where it stood (its offset from the top, in px), whatever was inserted
 * above it. At the very top the list stays at the top; a list that did not grow (sorted,
 * filtered down) is left alone.
 */
export function useScrollAnchor(
  scroller: RefObject<HTMLDivElement | null>,
  letters: readonly LetterSummary[],
  virtual: Virtualizer<HTMLDivElement, Element>,
): void {
  const anchor = useRef<{ file: string; offset: number; count: number } | null>(null);
  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const was = anchor.current;
    if (was && letters.length > was.count && el.scrollTop > 0) {
      const index = letters.findIndex((l) => l.file === was.file);
      const start = index >= 0 ? virtual.getOffsetForIndex(index, 'start')?.[0] : undefined;
      if (start !== undefined) el.scrollTop = start - was.offset;
    }
    const remember = (): void => {
      const top = el.scrollTop;
      const first = virtual.getVirtualItems().find((item) => item.end > top);
      const letter = first && letters[first.index];
      anchor.current = letter ? { file: letter.file, offset: first.start - top, count: letters.length } : null;
    };
    remember();
    el.addEventListener('scroll', remember, { passive: true });
    return () => el.removeEventListener('scroll', remember);
  }, [letters, scroller, virtual]);
}
