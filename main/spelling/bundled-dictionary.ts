import { copyFileSync, mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The Dutch dictionary shipped in `<assets>/spelling` (made by scripts/make-dutch-dictionary.sh from
 * OpenTaal's Hunspell word list). Chromium's Hunspell reads only its binary format, BDic version 2,
 * under the name `<language-region>-<format version>.bdic` that it derives from the language code
 * (`nl` → `nl-NL-3-0.bdic`); any other name is never looked for.
 */
export const DUTCH_DICTIONARY_FILE = 'nl-NL-3-0.bdic';

/** The language code given to Electron's spell checker: Chromium maps `nl-NL` and `nl` to the same `nl` dictionary. */
export const SPELLING_LANGUAGE = 'nl-NL';

/**
 * Puts the bundled dictionary where Chromium looks before it would download one: Electron's
 * `Dictionaries` folder under the session data folder (`app.getPath('sessionData')`, the user data
 * folder unless changed). Chromium loads a dictionary file it finds there and downloads only a
 * missing or damaged one, so with the file in place nothing is fetched. Copies when the file is
 * missing or differs in size from the bundled one (a newer Dossier brings a newer list); returns
 * whether it copied. Synchronous, because it must run before the app is ready: the default session
 * starts its spell checker (in the system's language) as soon as it exists. Throws the file
 * system's error (ENOENT when the bundled file is missing, EACCES, …).
 */
export function installBundledDictionary(spellingDir: string, dictionariesDir: string): boolean {
  const source = join(spellingDir, DUTCH_DICTIONARY_FILE);
  const target = join(dictionariesDir, DUTCH_DICTIONARY_FILE);
  const size = statSync(source).size;
  const present = statSync(target, { throwIfNoEntry: false });
  if (present?.isFile() && present.size === size) return false;
  mkdirSync(dictionariesDir, { recursive: true });
  copyFileSync(source, target);
  return true;
}
