import type { MessageTable } from './message';

/** Why a link in the briefing was not opened (main/open-link.ts). Parameter: `url` the address. */
export const LINK_MESSAGES = {
  'link.not-allowed': {
    nl: () => 'Alleen een webadres (http://, https://) of e-mailadres (mailto:) wordt geopend.',
    en: () => 'Only a web address (http://, https://) or e-mail address (mailto:) is opened.',
  },
  'link.browser-failed': {
    nl: (p) => `De link kon niet in de browser worden geopend. Open hem zelf: ${p.url}`,
    en: (p) => `The link could not be opened in the browser. Open it yourself: ${p.url}`,
  },
} as const satisfies MessageTable;
