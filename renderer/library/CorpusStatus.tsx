import { memo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { CorpusError } from '../../app/corpus/types';
import type { CorpusProgress } from '../../app/ipc/contract';
import { renderMessageOr } from '../../app/ipc/messages';
import { call } from '../bridge/api';
import { formatCount } from './search-rows';
import { type ProgressMark, roundedTime, timeLeftMs } from './time-left';

interface Props {
  progress: CorpusProgress | null;
  errors: readonly CorpusError[];
}

/**
 * Loading progress while main reads the corpus: counts, the time left and a button that stops
 * the load (the letters read so far stay open); after a stop, how many letters were read. Then
 * the files that failed, each explained in the interface language (the keyed problem; else the Dutch text).
 */
export const CorpusStatus = memo(function CorpusStatus({ progress, errors }: Props) {
  const { t, i18n } = useTranslation();
  const busy = progress !== null && progress.phase !== 'ready' && progress.phase !== 'idle' && progress.phase !== 'cancelled';
  const mark = useRef<ProgressMark | null>(null);
  const [stopping, setStopping] = useState(false);
  if (!busy) {
    mark.current = null;
    if (stopping) setStopping(false);
  } else if (mark.current?.phase !== progress.phase) {
    mark.current = { phase: progress.phase, done: progress.done, at: Date.now() };
  }
  const left = busy ? timeLeftMs(progress, mark.current, Date.now()) : null;
  const rounded = left === null ? null : roundedTime(left);
  const count = (n: number) => formatCount(n, i18n.language);
  return (
    <>
      {busy && (
        <div className="corpus-progress">
          <span id="corpus-progress-label" className="progress-text">
            {t('library.progress', {
              phase: t(`library.phase_${progress.phase}`),
              done: count(progress.done),
              total: count(progress.total),
            })}
            {rounded && <> · {t(`library.timeLeft_${rounded.unit}`, { count: rounded.count })}</>}
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
