import type { BlockComment } from '../types';
import { type BodyContext, readBlocks } from './body';
import { childrenNamed, type XmlElement } from './xml';

/**
 * Comment bodies from the comments part (ECMA-376 §17.13.4) by `w:id`: author, date and text
 * (its paragraphs joined with `\n`). Their ranges come from `w:commentRangeStart`/`End` in the
 * document; comments never enter the quotable text.
 */
export const readComments = (part: XmlElement | undefined, ctx: BodyContext): Map<string, Omit<BlockComment, 'start' | 'end'>> => {
  const out = new Map<string, Omit<BlockComment, 'start' | 'end'>>();
  for (const c of part ? childrenNamed(part, 'comment') : []) {
    const text = readBlocks(c, ctx)
      .map((item) => (item.type === 'table' ? '' : item.text))
      .filter((t) => t !== '')
      .join('\n');
    out.set(c.attrs.id ?? '', { author: c.attrs.author ?? '', date: c.attrs.date ?? '', text });
  }
  return out;
};
