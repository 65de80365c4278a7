/**
 * The reader's history: every letter and position shown, for Back and Forward (issue 21.4), as a
 * browser keeps it: opening something new drops what lay ahead; going back and forth moves along.
 * Pure values; `useReaderHistory` holds one in React state.
 */

/** One place shown in the reader: a letter, the block an opened hit asked for, the scroll position (CSS px) when left. */
export interface HistoryEntry {
  file: string;
  block?: string;
  scroll?: number;
}

export interface ReaderHistory {
  entries: readonly HistoryEntry[];
  /** The entry shown; -1 while the history is empty. */
  index: number;
}

/** At most this many entries are kept; the oldest go first. */
export const HISTORY_LIMIT = 200;

export const EMPTY_HISTORY: ReaderHistory = { entries: [], index: -1 };

export const current = (history: ReaderHistory): HistoryEntry | null => history.entries[history.index] ?? null;
export const canGoBack = (history: ReaderHistory): boolean => history.index > 0;
export const canGoForward = (history: ReaderHistory): boolean => history.index < history.entries.length - 1;

/** The history with the shown entry's scroll position set to `scroll` (px from the top). */
export function withScroll(history: ReaderHistory, scroll: number): ReaderHistory {
  const shown = current(history);
  if (!shown || shown.scroll === scroll) return history;
  const entries = [...history.entries];
  entries[history.index] = { ...shown, scroll };
  return { entries, index: history.index };
}

/**
 * Shows `entry` next: entries ahead of the shown one are dropped and `entry` follows it. Opening
 * the letter already shown without a block to go to adds nothing (a second click in the list).
 */
export function push(history: ReaderHistory, entry: HistoryEntry): ReaderHistory {
  const shown = current(history);
  if (shown && shown.file === entry.file && !entry.block) return history;
  const entries = [...history.entries.slice(0, history.index + 1), { file: entry.file, block: entry.block }];
  const dropped = Math.max(0, entries.length - HISTORY_LIMIT);
  return { entries: entries.slice(dropped), index: entries.length - 1 - dropped };
}

/** One step back (unchanged at the first entry). */
export const back = (history: ReaderHistory): ReaderHistory => (canGoBack(history) ? { ...history, index: history.index - 1 } : history);

/** One step forward (unchanged at the last entry). */
export const forward = (history: ReaderHistory): ReaderHistory =>
  canGoForward(history) ? { ...history, index: history.index + 1 } : history;
