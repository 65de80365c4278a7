import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { isPublicationUrl } from '../../app/corpus/publication-url';
import { call } from '../bridge/api';

interface Props {
  /** The hyperlink's target as the Word file states it (a URL or `#bookmark`). */
  href: string;
  children: ReactNode;
}

/**
 * The text of a hyperlink in a Word file, styled as a link with its target as title. Only an
 * official publication (`https://zoek.officielebekendmakingen.nl/<key>`, isPublicationUrl) is
 * clickable, and it opens in the system browser through the `openExternal` IPC method; any other
 * target is shown, never opened.
 */
export function DocLink({ href, children }: Props) {
  const { t } = useTranslation();
  if (!isPublicationUrl(href)) {
    return (
      <span className="doc-link doc-link-shown" title={t('reader.linkShown', { url: href })}>
        {children}
      </span>
    );
  }
  return (
    <a
      className="doc-link doc-link-open"
      href={href}
      draggable={false}
      title={t('reader.linkOpen', { url: href })}
      onClick={(event) => {
        event.preventDefault();
        void call('openExternal', { url: href }).catch(() => undefined);
      }}
    >
      {children}
    </a>
  );
}
