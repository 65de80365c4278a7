import { useTranslation } from 'react-i18next';

import { publicationUrl } from '../../app/corpus/publication-url';
import type { Citation } from '../../app/corpus/types';
import { PublicationLink } from './PublicationLink';

interface Props {
  citation: Citation;
  text: string;
  /** Title of the cited letter when it is in the corpus. */
  targetTitle: string | null;
  onOpenLetter: (file: string) => void;
}

/**
 * A citation of a parliamentary paper where its text stands: a link when the cited letter is in
 * the corpus (activating it opens that letter), followed by a small link to the official
 * publication when the key has one; a paper outside the corpus with an official key links to its
 * publication (opened in the system browser); otherwise plain text with the key as title.
 */
export function CitationLink({ citation, text, targetTitle, onOpenLetter }: Props) {
  const { t } = useTranslation();
  const target = citation.target;
  const url = publicationUrl(citation.key);
  if (!target) {
    if (url) {
      return (
        <PublicationLink url={url} className="citation citation-external">
          {text}
        </PublicationLink>
      );
    }
    return (
      <span className="citation citation-external" title={t('reader.notInCorpus', { key: citation.key })}>
        {text}
      </span>
    );
  }
  return (
    <>
      <a
        className="citation citation-internal"
        href={`#letter=${encodeURIComponent(target)}`}
        draggable={false}
        title={t('reader.openCited', { title: targetTitle ?? target })}
        data-target={target}
        onClick={(event) => {
          event.preventDefault();
          onOpenLetter(target);
        }}
      >
        {text}
      </a>
      {url && <PublicationLink url={url} className="citation-publication" />}
    </>
  );
}
