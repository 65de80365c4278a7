import { useTranslation } from 'react-i18next';

import { INCOMPLETE_SOURCE } from '../../app/briefing/official-citation';
import type { ReportedPassage, ReportedSource } from '../../app/briefing/sources-report';
import { verbatimLabel } from '../../app/briefing/sources-report-text';
import { useInterfaceLanguage } from '../i18n/language';
import { PublicationLink } from '../reader/PublicationLink';

interface Props {
  source: ReportedSource;
  /** Jumps to the passage with this id in the briefing. */
  onPassage(id: string): void;
}

/** One source of the Bronnenoverzicht: citation, title, link, file and hash status, its passages. */
export function SourceEntry({ source, onPassage }: Props) {
  const { t } = useTranslation();
  const hash = source.hash.slice(0, 12);
  // The citation's own Dutch "(bron onvolledig)" gives way to the flag in the interface language.
  const citation = source.citation.replace(` (${INCOMPLETE_SOURCE})`, '');
  const fileState = source.currentHash === null ? 'missing' : source.currentHash === source.hash ? 'same' : 'changed';
  const hashText =
    fileState === 'missing'
      ? t('sources.hashMissing', { hash })
      : fileState === 'same'
        ? t('sources.hashSame', { hash })
        : t('sources.hashChanged', { hash, current: source.currentHash!.slice(0, 12) });
  return (
    <li className="sources-entry" data-file={source.file}>
      <h3 className="sources-citation">
        {citation}
        {source.incomplete && (
          <span className="sources-flag" title={t('sources.incompleteHelp')}>
            {' '}
            ({t('sources.incomplete')})
          </span>
        )}
      </h3>
      {source.title !== citation && <p className="sources-line">{t('sources.titleLine', { title: source.title })}</p>}
      {source.url && (
        <p className="sources-line">
          <PublicationLink url={source.url}>{source.url}</PublicationLink>
        </p>
      )}
      <p className="sources-line">{t('sources.file', { file: source.file })}</p>
      <p className={`sources-line sources-hash is-${fileState}`} data-hash-state={fileState}>
        {fileState !== 'same' && <span aria-hidden="true">⚠ </span>}
        {hashText}
      </p>
      <ul className="sources-passages" aria-label={t('sources.passages')}>
        {source.passages.map((passage) => (
          <li key={passage.id}>
            <PassageButton passage={passage} onPassage={onPassage} />
          </li>
        ))}
      </ul>
    </li>
  );
}

function PassageButton({ passage, onPassage }: { passage: ReportedPassage; onPassage(id: string): void }) {
  const { t } = useTranslation();
  const language = useInterfaceLanguage();
  const status = verbatimLabel(passage.status, language);
  const locator = passage.locator ? `, ${passage.locator}` : '';
  return (
    <button
      type="button"
      className={`sources-passage is-${passage.status}`}
      data-passage={passage.id}
      title={passage.message}
      aria-label={t('sources.passageJump', { number: passage.number, locator, words: passage.firstWords, status })}
      onClick={() => onPassage(passage.id)}
    >
      <span className="sources-passage-where">
        {t('sources.passage', { number: passage.number })}
        {locator}
      </span>{' '}
      <q>{passage.firstWords}</q> <span className={`sources-status is-${passage.status}`}>{status}</span>
    </button>
  );
}
