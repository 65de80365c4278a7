import type { Letter } from '../corpus/types';
import { DossierError } from '../ipc/errors';
import { message } from '../ipc/messages';
import { counterIds } from './ids';
import { type Briefing, emptyBriefing, type Passage } from './model';
import { createPassage } from './passage';

export interface AssembleQuote {
  file: string;
  /** 0-based index into the letter's `blocks`. */
  blockIndex: number;
  /** UTF-16 offsets into the block's text; the whole block when left out. */
  start?: number;
  end?: number;
}

export interface AssembleOptions {
  title?: string;
  author?: string;
  /** ISO date-time of assembly: annotation dates and the briefing's date. */
  now: string;
  ids?: () => string;
}

/** A comment on the whole `quote`-th passage (1-based, in the order of the quotes). */
export interface AssembleComment {
  quote: number;
  text: string;
}

/**
 * Builds a briefing as if the passages had been dragged in, in order: footnotes and citations
 * come along (citation style `footnote`). Each comment `{quote, text}` (quote 1-based) becomes an
 * annotation covering the whole passage: its id goes on the passage's `comments` and on every
 * text run of the passage. Unknown file, block index or bad range, or a comment on a passage that
 * does not exist: a DossierError naming it.
 */
export function assembleBriefing(
  letters: Letter[],
  quotes: AssembleQuote[],
  comments: AssembleComment[],
  options: AssembleOptions,
): Briefing {
  const ids = options.ids ?? counterIds();
  const byFile = new Map(letters.map((letter) => [letter.file, letter]));
  const briefing = emptyBriefing();
  briefing.properties.title = options.title ?? '';
  briefing.properties.author = options.author ?? '';
  briefing.properties.date = options.now.slice(0, 10);

  quotes.forEach((quote, index) => {
    const at = { n: index + 1, file: quote.file, block: quote.blockIndex };
    const letter = byFile.get(quote.file);
    if (!letter) throw new DossierError('not-found', message('assemble.letter-unknown', at));
    const block = letter.blocks[quote.blockIndex];
    if (!Number.isInteger(quote.blockIndex) || !block) {
      throw new DossierError('not-found', message('assemble.block-unknown', { ...at, last: letter.blocks.length - 1 }));
    }
    const start = quote.start ?? 0;
    const end = quote.end ?? block.text.length;
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > block.text.length || end <= start) {
      throw new DossierError('invalid-range', message('assemble.bad-range', { ...at, start, end, length: block.text.length }));
    }
    const { passage, footnotes } = createPassage(
      letter,
      { start: { block: block.id, offset: start }, end: { block: block.id, offset: end } },
      ids,
    );
    briefing.body.push(passage);
    briefing.footnotes.push(...footnotes);
  });

  for (const comment of comments) {
    const passage = briefing.body.filter((block): block is Passage => block.type === 'passage')[comment.quote - 1];
    if (!Number.isInteger(comment.quote) || !passage) {
      throw new DossierError('not-found', message('assemble.comment-unknown', { n: comment.quote, quotes: quotes.length }));
    }
    const id = ids();
    briefing.annotations.push({ id, author: options.author ?? '', date: options.now, text: comment.text });
    passage.comments = [...(passage.comments ?? []), id];
    for (const part of passage.parts) {
      for (const inline of part.children) {
        if (inline.type === 'text') inline.comments = [...(inline.comments ?? []), id];
      }
    }
  }
  return briefing;
}
