import { $dfs } from '@lexical/utils';
import { createCommand, type LexicalCommand } from 'lexical';

import { refreshedPassage } from '../../app/briefing/citation-recompute';
import type { Letter } from '../../app/corpus/types';
import { $isPassageNode } from '../editor/nodes/PassageNode';

/** "bron onvolledig" on a passage was chosen: open the metadata form of this letter file (corpus-relative). */
export const COMPLETE_SOURCE_COMMAND: LexicalCommand<string> = createCommand('COMPLETE_SOURCE_COMMAND');

/**
 * Inside `editor.update`: every passage quoting `letter` (same file, same sha-256) gets its source
 * facts and official citation made again from the letter as the corpus now describes it
 * (refreshedPassage, app/briefing/citation-recompute.ts). Returns how many passages changed and
 * how many of the letter's passages could not be updated because the letter changed since quoted.
 */
export function $refreshPassagesOf(letter: Letter): { updated: number; stale: number } {
  let updated = 0;
  let stale = 0;
  for (const { node } of $dfs()) {
    if (!$isPassageNode(node)) continue;
    const passage = node.getPassage();
    if (passage.source.file !== letter.file) continue;
    if (passage.source.hash !== letter.hash) {
      stale += 1;
      continue;
    }
    const refreshed = refreshedPassage(passage, letter);
    if (!refreshed) continue;
    node.setPassage(refreshed);
    updated += 1;
  }
  return { updated, stale };
}
