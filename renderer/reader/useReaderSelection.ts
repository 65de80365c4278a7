import { type RefObject, useEffect, useRef, useState } from 'react';

import { commandForKey } from '../../app/commands/lookup';
import { useAddPassage } from './passage-transfer';
import { type ReaderRange, selectionToRange } from './selection-range';

const same = (a: ReaderRange | null, b: ReaderRange | null): boolean => JSON.stringify(a) === JSON.stringify(b);

/**
 * The document selection as a range in the reader (null when nothing in the reader is selected),
 * kept current on `selectionchange`; Ctrl+Shift+Enter sends it to the briefing. A selection
 * belongs to the letter it was made in (`file`): when another letter is shown, however it was
 * chosen, the selection in the reader ends (the reader reuses its elements, so the browser
 * would otherwise keep it on the new letter's text) and no range of another letter is offered.
 */
export function useReaderSelection(root: RefObject<HTMLElement | null>, file: string | null): ReaderRange | null {
  const [range, setRange] = useState<ReaderRange | null>(null);
  const addPassage = useAddPassage();
  const shown = useRef(file);

  useEffect(() => {
    if (shown.current === file) return;
    shown.current = file;
    const selection = document.getSelection();
    const reader = root.current?.closest('.reader-layout') ?? root.current;
    if (selection?.anchorNode && (!reader || reader.contains(selection.anchorNode) || !selection.anchorNode.isConnected)) {
      selection.removeAllRanges();
    }
    setRange(null);
  }, [file, root]);

  useEffect(() => {
    const update = () => {
      const found = root.current ? selectionToRange(document.getSelection(), root.current) : null;
      const next = found && found.file === shown.current ? found : null;
      setRange((prev) => (same(prev, next) ? prev : next));
    };
    const onKey = (event: KeyboardEvent) => {
      if (commandForKey('reader', event) !== 'add-passage') return;
      const current = root.current ? selectionToRange(document.getSelection(), root.current) : null;
      if (!current || current.file !== shown.current) return;
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
