import type { Briefing, Passage } from '../../briefing/model';
import { omissionAfter, omissionBefore } from '../common/passage-marks';
import type { LinkResolver } from './appendix';
import type { NoteCounter } from './footnotes';
import type { Para, Run } from './layout';
import { inlineRuns, noteRefRun, plainText, styledRun } from './runs';

/**
 * A quoted passage, as in the Word export: one Quote paragraph per quoted source block, words
 * and footnote references verbatim, "[…]" where words were left out; then the citation as a
 * line of its own (kept with the quote's last line) or, in `footnote` style, as a note referenced at the end of the passage.
 * All of it forms one BlockQuote; the citation links to the appended letter when there is one.
 */
function passageParas(passage: Passage, index: number, briefing: Briefing, notes: NoteCounter, links: LinkResolver): Para[] {
  const parent = { key: `passage-${index}`, tag: 'BlockQuote' };
  const comments = passage.comments?.length ? { comments: passage.comments } : {};
  const paras: Para[] = passage.parts.map((part) => {
    const runs: Run[] = [];
    const before = omissionBefore(part);
    if (before) runs.push(styledRun(before, 'quote'));
    runs.push(...inlineRuns(part.children, 'quote', notes));
    const after = omissionAfter(part);
    if (after) runs.push(styledRun(after, 'quote'));
    return { style: 'quote', tag: 'P', parents: [parent], runs, quoteRule: true, ...comments };
  });
  if (!passage.citation) return paras;
  if (briefing.citationStyle === 'footnote') {
    const number = notes.take(passage.id, true);
    if (number !== undefined) paras.at(-1)?.runs.push(noteRefRun(number, 'quote'));
  } else {
    const link = links(passage.source.file, passage.parts[0]?.blockIndex);
    paras.push({
      style: 'citation',
      tag: 'P',
      parents: [parent],
      runs: [styledRun(passage.citation, 'citation', link ? { link } : {})],
      keepWithPrevious: true,
    });
  }
  return paras;
}

/**
 * The briefing's body as paragraphs in their styles and structure types: headings (H1–H3,
 * bookmarked, kept with what follows), paragraphs (P), lists (L › LI › Lbl + LBody, "•" or
 * "1."), passages (BlockQuote).
 */
export function bodyParas(briefing: Briefing, notes: NoteCounter, links: LinkResolver): Para[] {
  return briefing.body.flatMap((block, index): Para[] => {
    switch (block.type) {
      case 'heading': {
        const style = `heading${block.level}` as const;
        return [
          {
            style,
            tag: `H${block.level}`,
            parents: [],
            runs: inlineRuns(block.children, style, notes),
            keepWithNext: true,
            outline: { level: block.level, title: plainText(block.children).trim() },
          },
        ];
      }
      case 'paragraph':
        return [{ style: 'body', tag: 'P', parents: [], runs: inlineRuns(block.children, 'body', notes) }];
      case 'list': {
        const list = { key: `list-${index}`, tag: 'L' };
        return block.items.map((item, itemIndex) => ({
          style: 'listItem',
          tag: 'LBody',
          parents: [list, { key: `list-${index}-${itemIndex}`, tag: 'LI' }],
          label: { text: block.ordered ? `${itemIndex + 1}.` : '•', font: 'regular', tag: 'Lbl' },
          runs: inlineRuns(item.children, 'listItem', notes),
        }));
      }
      case 'passage':
        return passageParas(block, index, briefing, notes, links);
    }
  });
}
