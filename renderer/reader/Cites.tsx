import { useTranslation } from 'react-i18next';

import { officialCitationOfKey } from '../../app/briefing/key-citation';
import { publicationUrl } from '../../app/corpus/publication-url';
import { readableTitle } from '../../app/corpus/title';
import type { Citation, LetterSummary } from '../../app/corpus/types';
import { useInterfaceLanguage } from '../i18n/language';
import { PublicationLink } from './PublicationLink';

interface Props {
  /** The open letter's citations (Letter.citations), in reading order. */
  citations: readonly Citation[];
  summaryOf: (file: string) => LetterSummary | undefined;
  onOpenLetter: (file: string) => void;
}

/**
 * What the open letter cites (issue 15, "Links"), each paper once in the order it is first cited:
 * a letter in the corpus by its readable title (opening it), a paper outside the corpus by its
 * official citation; each with its publication link when it has an official key.
 */
export function Cites({ citations, summaryOf, onOpenLetter }: Props) {
  const { t } = useTranslation();
  const language = useInterfaceLanguage();
  const unique = [...new Map(citations.map((citation) => [citation.key, citation])).values()];
  return (
    <section className="cited-by cites" aria-labelledby="reader-cites-heading">
      <h3 id="reader-cites-heading">{t('reader.cites')}</h3>
      {unique.length === 0 ? (
        <p className="muted">{t('reader.citesNone')}</p>
      ) : (
        <ul>
          {unique.map((citation) => {
            const url = publicationUrl(citation.key);
            const official = officialCitationOfKey(citation.key) ?? citation.text;
            const target = citation.target;
            const summary = target ? summaryOf(target) : undefined;
            return (
              <li key={citation.key} data-key={citation.key}>
                {target ? (
                  <a
                    href={`#letter=${encodeURIComponent(target)}`}
                    data-target={target}
                    onClick={(event) => {
                      event.preventDefault();
                      onOpenLetter(target);
                    }}
                  >
                    {summary ? readableTitle(summary, language) : target}
                  </a>
                ) : (
                  <span className="cites-official">{official}</span>
                )}
                {target && <span className="muted"> · {official}</span>}
                {!target && <span className="muted"> · {t('reader.citesOutside')}</span>}
                {url && (
                  <>
                    {' '}
                    <PublicationLink url={url} className="cites-publication" />
                  </>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
