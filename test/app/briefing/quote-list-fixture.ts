import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { counterIds } from '../../../app/briefing/ids';
import { type Briefing, emptyBriefing } from '../../../app/briefing/model';
import { createPassage } from '../../../app/briefing/passage';
import { parseDocx } from '../../../app/corpus/docx/parse-docx';
import type { Letter } from '../../../app/corpus/types';

/**
 * test/fixtures/docx/libreoffice-quote-list.docx (pandoc from quote-list-markdown.txt, saved again
 * by LibreOffice, whose numbering gives the bullets Symbol-font characters), read by the Word
 * reader: b1 the lead-in, b2/b3/b6 numbered items `1.`–`3.` (the number in the text), b4/b5 bullet
 * items at level 1, b7 a paragraph whose note holds a link (`rijksoverheid.nl`).
 */
export function quoteListLetter(): Letter {
  const bytes = new Uint8Array(readFileSync(join(__dirname, '../../fixtures/docx/libreoffice-quote-list.docx')));
  return parseDocx(bytes, 'maatregelen.docx', 'hash-quote-list');
}

/** A briefing quoting the whole list (b2–b6) as one passage and b7 (with its linked note) as another. */
export function quoteListBriefing(letter = quoteListLetter()): Briefing {
  const ids = counterIds();
  const end = (block: string) => letter.blocks.find((b) => b.id === block)!.text.length;
  const list = createPassage(letter, { start: { block: 'b2', offset: 0 }, end: { block: 'b6', offset: end('b6') } }, ids);
  const noted = createPassage(letter, { start: { block: 'b7', offset: 0 }, end: { block: 'b7', offset: end('b7') } }, ids);
  const briefing = emptyBriefing();
  briefing.body.push(list.passage, noted.passage);
  briefing.footnotes.push(...list.footnotes, ...noted.footnotes);
  return briefing;
}
