import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { call } from '../bridge/api';

interface Props {
  /** An official publication's address (app/corpus/publication-url.ts publicationUrl). */
  url: string;
  className?: string;
  /** The link's text; when absent a small ↗ (drawn by CSS, so it is not part of the text) labelled "Officiële publicatie". */
  children?: ReactNode;
}

/**
 * A link to an official publication on zoek.officielebekendmakingen.nl. Only a click opens it, in
 * the system browser through the `openExternal` IPC method (the preview opens a tab); the app
 * itself never loads it.
 */
export function PublicationLink({ url, className, children }: Props) {
  const { t } = useTranslation();
  return (
    <a
      className={['publication-link', children ? null : 'publication-icon', className].filter(Boolean).join(' ')}
      href={url}
      draggable={false}
      title={t('reader.openPublication', { url })}
      aria-label={children ? undefined : t('reader.publicationLink')}
      onClick={(event) => {
        event.preventDefault();
        void call('openExternal', { url }).catch(() => undefined);
      }}
    >
      {children}
    </a>
  );
}
