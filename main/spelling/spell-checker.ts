import { pathToFileURL } from 'node:url';

import type { Session } from 'electron';

import { SPELLING_LANGUAGE } from './bundled-dictionary';

/** What of a Session the spelling set-up uses (Electron's; a stand-in in tests). */
export type SpellingSession = Pick<
  Session,
  'setSpellCheckerEnabled' | 'setSpellCheckerLanguages' | 'setSpellCheckerDictionaryDownloadURL' | 'on'
>;

/**
 * Dutch spell checking without a download (Electron's built-in checker, `session` API):
 * - macOS: the system's checker, which picks the language itself (Electron ignores a language list
 *   and never downloads there); only switched on.
 * - Windows and Linux: the language set to Dutch. Windows checks with its own spell checker when
 *   Dutch is installed there; otherwise, and always on Linux, Chromium's Hunspell reads the bundled
 *   dictionary that `installBundledDictionary` put in place. Its download address is set to the
 *   bundled folder (`file://…/spelling/`, trailing slash as Electron requires), so even a missing
 *   or damaged copy is never fetched from Google's servers; and a download that would begin anyway
 *   is logged (`onDownload`) so it cannot pass unseen.
 * `spellingDir` is the folder holding the bundled .bdic. Throws what Electron throws for a
 * language it does not know (not the case for `nl-NL`).
 */
export function configureSpelling(
  session: SpellingSession,
  platform: NodeJS.Platform,
  spellingDir: string,
  onDownload: (language: string) => void = (language) =>
    console.warn(`[dossier] spelling: Electron starts downloading a dictionary (${language}); the bundled one is missing`),
): void {
  session.setSpellCheckerEnabled(true);
  if (platform === 'darwin') return;
  session.setSpellCheckerDictionaryDownloadURL(dictionaryBaseUrl(spellingDir));
  session.setSpellCheckerLanguages([SPELLING_LANGUAGE]);
  session.on('spellcheck-dictionary-download-begin', (_event, language) => onDownload(language));
}

/** The folder as the base URL Electron appends a dictionary's file name to: `file:///…/spelling/`. */
export function dictionaryBaseUrl(spellingDir: string): string {
  const url = pathToFileURL(spellingDir).href;
  return url.endsWith('/') ? url : `${url}/`;
}
