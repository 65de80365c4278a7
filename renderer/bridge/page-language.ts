import type { Language } from '../../app/ipc/messages';

/**
 * The interface language as renderer/i18n last set it on the page (`<html lang>`, `en…` → English),
 * Dutch otherwise: the bridge's own messages are given in it, before and outside React.
 */
export const pageLanguage = (): Language => (document.documentElement.lang.startsWith('en') ? 'en' : 'nl');
