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
 * (an answer without a question before it forms its own region).
 */
export function groupBlocks(blocks: readonly Block[]): BlockGroup[] {
  const groups: BlockGroup[] = [];
  let questions = 0;
  for (const block of blocks) {
    const last = groups.at(-1);
    if (block.kind === 'reference' || block.kind === 'list-item') {
      const type = block.kind === 'reference' ? 'reference' : 'list';
      if (last?.type === type) last.blocks.push(block);
      else groups.push({ type, blocks: [block] });
    } else if (block.kind === 'question') {
      groups.push({ type: 'qa', number: ++questions, blocks: [block] });
    } else if (block.kind === 'answer') {
      if (last?.type === 'qa') last.blocks.push(block);
      else groups.push({ type: 'qa', number: questions, blocks: [block] });
    } else {
      groups.push({ type: 'single', block });
    }
  }
  return groups;
}
