import { useCallback, useEffect, useMemo, useRef, useState } from 'react';

import { commandForKey } from '../../app/commands/lookup';
import type { ReaderTarget } from '../reader/ReaderPane';
import { useCommands } from '../ui/useCommands';
import { back, canGoBack, canGoForward, current, EMPTY_HISTORY, forward, push, type ReaderHistory, withScroll } from './reader-history';

/** Mouse buttons as `MouseEvent.button` numbers them: 3 is "back", 4 is "forward". */
const MOUSE_BACK = 3;
const MOUSE_FORWARD = 4;

/** Whether a key goes to text being edited (the briefing, a field), where Alt+← moves the caret. */
const inEditableText = (target: EventTarget | null): boolean =>
  target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));

export interface ReaderNavigation {
  /** What the reader shows; `seq` changes on every move, so the same place can be shown again. */
  target: ReaderTarget | null;
  /** Shows a letter (and a block in it): a new history entry. */
  open(file: string, block?: string): void;
  back(): void;
  forward(): void;
  canBack: boolean;
  canForward: boolean;
  /** The reader reports its scroll position (px) here, so Back returns to it. */
  rememberScroll(scroll: number): void;
}

/**
 * Back and forward in the reader over letters and positions (issue 21.4): the buttons, the
 * command table's `reader-back` / `reader-forward` (Alt+← / Alt+→ outside text being edited; the
 * Electron menu and, on Windows, the mouse's app-commands via main), and mouse buttons 3 and 4.
 */
export function useReaderHistory(): ReaderNavigation {
  const [state, setState] = useState<{ history: ReaderHistory; seq: number }>({ history: EMPTY_HISTORY, seq: 0 });
  const scroll = useRef(0);
  const move = useCallback((step: (history: ReaderHistory) => ReaderHistory) => {
    setState((prev) => {
      const saved = withScroll(prev.history, scroll.current);
      const next = step(saved);
      if (next !== saved) return { history: next, seq: prev.seq + 1 };
      return saved === prev.history ? prev : { history: saved, seq: prev.seq };
    });
  }, []);
  const open = useCallback((file: string, block?: string) => move((h) => push(h, { file, block })), [move]);
  const goBack = useCallback(() => move(back), [move]);
  const goForward = useCallback(() => move(forward), [move]);

  useCommands({ 'reader-back': goBack, 'reader-forward': goForward });
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || inEditableText(event.target)) return;
      const command = commandForKey('window', event);
      if (command !== 'reader-back' && command !== 'reader-forward') return;
      event.preventDefault();
      (command === 'reader-back' ? goBack : goForward)();
    };
    const onMouse = (event: MouseEvent) => {
      if (event.button !== MOUSE_BACK && event.button !== MOUSE_FORWARD) return;
      event.preventDefault(); // not the browser's own history
      (event.button === MOUSE_BACK ? goBack : goForward)();
    };
    window.addEventListener('keydown', onKey);
    window.addEventListener('mouseup', onMouse);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('mouseup', onMouse);
    };
  }, [goBack, goForward]);

  const shown = current(state.history);
  const target = useMemo<ReaderTarget | null>(
    () => (shown ? { file: shown.file, block: shown.block, scroll: shown.scroll, seq: state.seq } : null),
    [shown, state.seq],
  );
  return {
    target,
    open,
    back: goBack,
    forward: goForward,
    canBack: canGoBack(state.history),
    canForward: canGoForward(state.history),
    rememberScroll: useCallback((top: number) => void (scroll.current = top), []),
  };
}
