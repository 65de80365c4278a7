import type { TFunction } from 'i18next';

import type { CorpusLetters, CorpusProgress, CorpusState } from '../../app/ipc/contract';
import { formatCount } from './search-rows';
import { roundedTime } from './time-left';

/**
 * The files read so far in a load, as the status shows it: main's count (`done`, files read or
 * failed, reported at most every 50 ms) or, when the list already holds more letters than that
 * count says (a batch of letters arrives after its files' last progress report), the letters
 * loaded, since each of them is a file read. So the status never says fewer files than the list
 * shows letters ("757 van 1.507" beside "945 brieven"). Never more than `total`.
 */
export const filesRead = (progress: CorpusProgress, lettersLoaded: number): number =>
  progress.phase === 'parsing' ? Math.min(progress.total, Math.max(progress.done, lettersLoaded)) : progress.done;

/**
 * The load's status line in the interface language: "Brieven lezen: 945 van 1.507 ·
 * nog ongeveer 5 seconden" (the files counted by filesRead, numbers grouped as the language
 * does; the time left only when `leftMs` is an estimate, see time-left.ts).
 */
export function progressText(
  t: TFunction,
  language: string,
  progress: CorpusProgress,
  lettersLoaded: number,
  leftMs: number | null,
): string {
  const count = (n: number) => formatCount(n, language);
  const text = t('library.progress', {
    phase: t(`library.phase_${progress.phase}`),
    done: count(filesRead(progress, lettersLoaded)),
    total: count(progress.total),
  });
  if (leftMs === null) return text;
  const rounded = roundedTime(leftMs);
  return `${text} · ${t(`library.timeLeft_${rounded.unit}`, { count: rounded.count })}`;
}

const BUSY: ReadonlySet<CorpusProgress['phase']> = new Set(['scanning', 'parsing', 'indexing']);

/**
 * The state once a load's progress names the corpus it reads (`progress.corpus`): when that is
 * another corpus than the state holds, the state becomes that corpus with no letters yet, so the
 * header names the new folder at once and the count of letters read starts at 0 (never the old
 * corpus's letters: "3 van 3" before any of the three was read). Otherwise `state` itself.
 */
export const withLoadingCorpus = (state: CorpusState | null, progress: CorpusProgress): CorpusState | null => {
  const loading = progress.corpus;
  if (!loading || !BUSY.has(progress.phase)) return state;
  if (state && state.name === loading.name && state.root === loading.root && state.sample === loading.sample) return state;
  return { ...loading, letters: [], errors: [], progress };
};

/**
 * The letters the load under way has published to the window so far, for the status count
 * (`lettersLoaded` of progressText), after one more event: a `corpusLetters` batch gives
 * `from` + its letters; a load's first event (`scanning`) starts at 0, so the letters still listed
 * from an earlier load of the same folder are never counted as read (reopening a folder showed
 * "5 van 5" before any file was read). Other events keep `read`. Null until a load starts while
 * the window is open (then the list holds only the running load's letters).
 */
export const lettersReadAfter = (read: number | null, event: CorpusProgress | CorpusLetters): number | null => {
  if ('from' in event) return event.from + event.letters.length;
  return event.phase === 'scanning' ? 0 : read;
};
