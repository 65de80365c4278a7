import { useTranslation } from 'react-i18next';

import type { CorpusError } from '../../app/corpus/types';
import type { CorpusProgress } from '../../app/ipc/contract';

interface Props {
  progress: CorpusProgress | null;
  errors: readonly CorpusError[];
}

/** Indexing progress with counts while main reads the corpus, and the files that failed, each explained. */
export function CorpusStatus({ progress, errors }: Props) {
  const { t } = useTranslation();
  const busy = progress !== null && progress.phase !== 'ready' && progress.phase !== 'idle';
  return (
    <>
      {busy && (
        <div className="corpus-progress">
          <span id="corpus-progress-label" className="progress-text">
            {t('library.progress', { phase: t(`library.phase_${progress.phase}`), done: progress.done, total: progress.total })}
          </span>
          <progress
            aria-labelledby="corpus-progress-label"
            max={Math.max(progress.total, 1)}
            value={Math.min(progress.done, Math.max(progress.total, 1))}
          />
          {progress.file && <span className="progress-file muted">{progress.file}</span>}
        </div>
      )}
      {errors.length > 0 && (
        <details className="corpus-errors" open>
          <summary>{t('library.errors', { count: errors.length })}</summary>
          <ul>
            {errors.map((e) => (
              <li key={e.file}>
                <strong>{e.file}</strong>: {e.message}
              </li>
            ))}
          </ul>
        </details>
      )}
    </>
  );
}
