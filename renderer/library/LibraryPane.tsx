import { useTranslation } from 'react-i18next';

import type { CorpusState } from '../../app/ipc/contract';
import { formatDutchDateShort } from '../ui/dates';

interface Props {
  corpus: CorpusState | null;
  selected: string | null;
  onSelect: (file: string) => void;
}

/** The corpus's letters with title and date, as far as known. */
export function LibraryPane({ corpus, selected, onSelect }: Props) {
  const { t } = useTranslation();
  if (!corpus) return <p className="pane-status">{t('library.loading')}</p>;
  return (
    <nav className="library" aria-label={t('library.title')}>
      <header className="pane-header">
        <h2>{corpus.sample ? t('library.sample') : corpus.name}</h2>
        <span className="muted">{t('library.letters', { count: corpus.letters.length })}</span>
      </header>
      <ul className="letter-list" role="listbox" aria-label={t('library.title')}>
        {corpus.letters.map((letter) => (
          <li
            key={letter.file}
            role="option"
            aria-selected={letter.file === selected}
            tabIndex={0}
            className="letter-item"
            data-file={letter.file}
            onClick={() => onSelect(letter.file)}
            onKeyDown={(event) => event.key === 'Enter' && onSelect(letter.file)}
          >
            <span className="letter-title">{letter.title ?? letter.file}</span>
            <span className="letter-date muted">{letter.date ? formatDutchDateShort(letter.date) : t('library.noDate')}</span>
          </li>
        ))}
      </ul>
    </nav>
  );
}
