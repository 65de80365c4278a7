import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { applySidecar, decodeLetterBytes, linkCorpus, parseLetter, parseSidecar } from '../../../app/corpus';
import type { Letter } from '../../../app/corpus/types';

/** The bundled sample corpus (assets/corpus), parsed with the app's parser and its sidecar applied. */
export function loadSampleCorpus(): Letter[] {
  const root = join(import.meta.dirname, '../../../assets/corpus');
  const sidecar = parseSidecar(readFileSync(join(root, 'metadata.json'), 'utf8'));
  const letters = readdirSync(root)
    .filter((file) => file.endsWith('.txt'))
    .sort()
    .map((file) => {
      const bytes = readFileSync(join(root, file));
      const hash = createHash('sha256').update(bytes).digest('hex');
      return applySidecar(parseLetter({ file, text: decodeLetterBytes(new Uint8Array(bytes)), hash }), sidecar);
    });
  return linkCorpus(letters);
}
