import { type RefObject, useEffect, useState } from 'react';

import { commandForKey } from '../../app/commands/lookup';
import { useAddPassage } from './passage-transfer';
import { type ReaderRange, selectionToRange } from './selection-range';

const same = (a: ReaderRange | null, b: ReaderRange | null): boolean => JSON.stringify(a) === JSON.stringify(b);

/**
 * The document selection as a range in the reader (null when nothing in the reader is selected),
 * kept current on `selectionchange`; Ctrl+Shift+Enter sends it to the briefing.
 */
export function useReaderSelection(root: RefObject<HTMLElement | null>): ReaderRange | null {
  const [range, setRange] = useState<ReaderRange | null>(null);
  const addPassage = useAddPassage();

  useEffect(() => {
    const update = () => {
      const next = root.current ? selectionToRange(document.getSelection(), root.current) : null;
      setRange((prev) => (same(prev, next) ? prev : next));
    };
    const onKey = (event: KeyboardEvent) => {
      if (commandForKey('reader', event) !== 'add-passage') return;
      const current = root.current ? selectionToRange(document.getSelection(), root.current) : null;
      if (!current) return;
      event.preventDefault();
      addPassage(current);
    };
    document.addEventListener('selectionchange', update);
    window.addEventListener('keydown', onKey);
    update();
    return () => {
      document.removeEventListener('selectionchange', update);
      window.removeEventListener('keydown', onKey);
    };
  }, [root, addPassage]);

  return range;
}
