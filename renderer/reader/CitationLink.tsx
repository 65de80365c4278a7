import { useTranslation } from 'react-i18next';

import type { Citation } from '../../app/corpus/types';

interface Props {
  citation: Citation;
  text: string;
  /** Title of the cited letter when it is in the corpus. */
  targetTitle: string | null;
  onOpenLetter: (file: string) => void;
}

/**
 * A citation of a parliamentary paper where its text stands: a link when the cited letter is in
 * the corpus (activating it opens that letter), otherwise plain text with the citation key as title.
 */
export function CitationLink({ citation, text, targetTitle, onOpenLetter }: Props) {
  const { t } = useTranslation();
  const target = citation.target;
  if (!target) {
    return (
      <span className="citation citation-external" title={t('reader.notInCorpus', { key: citation.key })}>
        {text}
      </span>
    );
  }
  return (
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
  );
}
