import { memo, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { CorpusError } from '../../app/corpus/types';
import type { CorpusProgress } from '../../app/ipc/contract';
import { renderMessageOr } from '../../app/ipc/messages';
import { call } from '../bridge/api';
import { progressText } from './load-status';
import { formatCount } from './search-rows';
import { type ProgressSample, timeLeftMs, withSample } from './time-left';

interface Props {
  progress: CorpusProgress | null;
  errors: readonly CorpusError[];
  /** Letters in the library so far (during a load, those read until now). */
  lettersLoaded: number;
}

/** While a load runs, the status (its time left) is computed again this often (ms), also without news from main. */
const TICK_MS = 1000;

/**
 * Loading progress while main reads the corpus: counts, the time left and a button that stops
 * the load (the letters read so far stay open); after a stop, how many letters were read. Then
 * the files that failed, each explained in the interface language (the keyed problem; else the Dutch text).
 */
export const CorpusStatus = memo(function CorpusStatus({ progress, errors, lettersLoaded }: Props) {
  const { t, i18n } = useTranslation();
  const busy = progress !== null && progress.phase !== 'ready' && progress.phase !== 'idle' && progress.phase !== 'cancelled';
  // The recent progress the time left is estimated from (time-left.ts), one sample per report.
  const samples = useRef<{ of: CorpusProgress | null; list: ProgressSample[] }>({ of: null, list: [] });
  const [stopping, setStopping] = useState(false);
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!busy) return;
    const timer = setInterval(() => setNow(Date.now()), TICK_MS);
    return () => clearInterval(timer);
  }, [busy]);
  if (!busy) {
    samples.current = { of: null, list: [] };
    if (stopping) setStopping(false);
  } else if (samples.current.of !== progress) {
    samples.current = { of: progress, list: withSample(samples.current.list, progress, Date.now()) };
  }
  const left = busy ? timeLeftMs(progress, samples.current.list, Math.max(now, samples.current.list.at(-1)?.at ?? 0)) : null;
  const count = (n: number) => formatCount(n, i18n.language);
  return (
    <>
      {busy && (
        <div className="corpus-progress">
          <span id="corpus-progress-label" className="progress-text">
            {progressText(t, i18n.language, progress, lettersLoaded, left)}
          </span>
          <progress
            aria-labelledby="corpus-progress-label"
            max={Math.max(progress.total, 1)}
            value={Math.min(progress.done, Math.max(progress.total, 1))}
          />
          <button
            type="button"
            className="button progress-cancel"
            disabled={stopping}
            onClick={() => {
              setStopping(true);
              call('corpusCancelLoad', {}).catch(() => setStopping(false));
            }}
          >
            {stopping ? t('library.cancelling') : t('library.cancelLoad')}
          </button>
          {progress.file && (
            <span className="progress-file muted">
              {progress.page && progress.pages
                ? t('library.progressPage', { file: progress.file, page: count(progress.page), pages: count(progress.pages) })
                : progress.file}
            </span>
          )}
        </div>
      )}
      {progress?.phase === 'cancelled' && (
        <p className="corpus-cancelled" role="status">
          {t('library.cancelled', { done: count(progress.done), total: count(progress.total) })}
        </p>
      )}
      {errors.length > 0 && (
        <details className="corpus-errors" open>
          <summary>{t('library.errors', { count: errors.length })}</summary>
          <ul>
            {errors.map((e) => (
              <li key={e.file}>
                <strong>{e.file}</strong>: {renderMessageOr(e.problem, i18n.language === 'en' ? 'en' : 'nl', e.message)}
              </li>
            ))}
          </ul>
        </details>
      )}
    </>
  );
});
