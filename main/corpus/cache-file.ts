import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { LetterSchema } from '../../app/corpus/schema';
import type { Letter } from '../../app/corpus/types';

/**
 * Synchronous access to one parsed letter in the content-addressed cache (see LetterCache), for
 * `CorpusService.letter`, which reads one letter when the reader asks for it.
 */
export const letterCachePath = (dir: string, hash: string): string => join(dir, 'letters', hash.slice(0, 2), `${hash}.json`);

/**
 * A cache file's text as a letter with this content hash, re-keyed to `file`; undefined when it
 * is not JSON, does not have the Letter shape (LetterSchema: a damaged or foreign file must not
 * reach the reader) or holds other content. Validating costs well under a millisecond per letter
 * and runs once per letter opened, never during a load.
 */
export const cachedLetterOf = (text: string, hash: string, file: string): Letter | undefined => {
  try {
    const parsed = LetterSchema.safeParse(JSON.parse(text));
    return parsed.success && parsed.data.hash === hash ? { ...parsed.data, file } : undefined;
  } catch {
    return undefined;
  }
};

/** The cached letter for this content, re-keyed to `file`; undefined when absent or unreadable. */
export const readCachedLetter = (dir: string, hash: string, file: string): Letter | undefined => {
  let text: string;
  try {
    text = readFileSync(letterCachePath(dir, hash), 'utf8');
  } catch {
    return undefined;
  }
  return cachedLetterOf(text, hash, file);
};
