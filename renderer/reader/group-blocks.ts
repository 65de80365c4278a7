import type { Block } from '../../app/corpus/types';

/** How consecutive blocks are laid out together in the reader. */
export type BlockGroup =
  | { type: 'reference'; blocks: Block[] }
  | { type: 'list'; blocks: Block[] }
  /** A question with the answer(s) that follow it; `number` counts questions from 1. */
  | { type: 'qa'; number: number; blocks: Block[] }
  | { type: 'single'; block: Block };

/**
 * Groups a letter's blocks for display: runs of reference lines form the reference column, runs
 * of list items one list, and each question together with the answers after it one Q&A region
 * (an answer without a question before it forms its own region). Headings that introduce a
 * question or an answer ("Vraag 1", "Antwoord") belong to its region.
 */
export function groupBlocks(blocks: readonly Block[]): BlockGroup[] {
  const groups: BlockGroup[] = [];
  let questions = 0;
  // Set while headings are gathered for a question that has not come yet.
  let opened: BlockGroup | null = null;
  blocks.forEach((block, index) => {
    const last = groups.at(-1);
    if (block.kind === 'heading') {
      const next = blocks.slice(index + 1).find((b) => b.kind !== 'heading')?.kind;
      if (next === 'question' && !opened) {
        opened = { type: 'qa', number: ++questions, blocks: [block] };
        groups.push(opened);
      } else if ((next === 'question' && opened) || (next === 'answer' && last?.type === 'qa')) {
        (last as Extract<BlockGroup, { type: 'qa' }>).blocks.push(block);
      } else groups.push({ type: 'single', block });
    } else if (block.kind === 'reference' || block.kind === 'list-item') {
      const type = block.kind === 'reference' ? 'reference' : 'list';
      if (last?.type === type) last.blocks.push(block);
      else groups.push({ type, blocks: [block] });
    } else if (block.kind === 'question') {
      if (opened) (opened as Extract<BlockGroup, { type: 'qa' }>).blocks.push(block);
      else groups.push({ type: 'qa', number: ++questions, blocks: [block] });
      opened = null;
    } else if (block.kind === 'answer') {
      if (last?.type === 'qa') last.blocks.push(block);
      else groups.push({ type: 'qa', number: questions, blocks: [block] });
    } else {
      groups.push({ type: 'single', block });
    }
  });
  return groups;
}
