import { useTranslation } from 'react-i18next';

import { formatLocalDate } from '../../app/corpus/localized-date';
import { readableTitle } from '../../app/corpus/title';
import type { LetterSummary } from '../../app/corpus/types';
import { useInterfaceLanguage } from '../i18n/language';

interface Props {
  files: readonly string[];
  summaryOf: (file: string) => LetterSummary | undefined;
  onOpenLetter: (file: string) => void;
}

/** The corpus letters that cite this one (Letter.citedBy), each opening that letter. */
export function CitedBy({ files, summaryOf, onOpenLetter }: Props) {
  const { t } = useTranslation();
  const language = useInterfaceLanguage();
  return (
    <section className="cited-by" aria-labelledby="reader-cited-by-heading">
      <h3 id="reader-cited-by-heading">{t('reader.citedBy')}</h3>
      {files.length === 0 ? (
        <p className="muted">{t('reader.citedByNone')}</p>
      ) : (
        <ul>
          {files.map((file) => {
            const summary = summaryOf(file);
            // A built title already names the date.
            const date = summary?.title ? formatLocalDate(summary.date, language) : null;
            return (
              <li key={file}>
                <a
                  href={`#letter=${encodeURIComponent(file)}`}
                  data-target={file}
                  onClick={(event) => {
                    event.preventDefault();
                    onOpenLetter(file);
                  }}
                >
                  {summary ? readableTitle(summary, language) : file}
                </a>
                {date && <span className="muted"> · {date}</span>}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
