import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import type { Letter } from '../../app/corpus/types';

/**
 * Synchronous access to one parsed letter in the content-addressed cache (see LetterCache): used
 * by the parse workers, which have nothing else to do meanwhile, and by `CorpusService.letter`.
 */
export const letterCachePath = (dir: string, hash: string): string => join(dir, 'letters', hash.slice(0, 2), `${hash}.json`);

/** The cached letter for this content, re-keyed to `file`; undefined when absent or unreadable. */
export const readCachedLetter = (dir: string, hash: string, file: string): Letter | undefined => {
  try {
    const letter = JSON.parse(readFileSync(letterCachePath(dir, hash), 'utf8')) as Letter;
    return letter.hash === hash ? { ...letter, file } : undefined;
  } catch {
    return undefined;
  }
};
