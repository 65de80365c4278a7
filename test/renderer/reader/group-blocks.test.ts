import { describe, expect, it } from 'vitest';

import type { Block, BlockKind } from '../../../app/corpus/types';
import { groupBlocks } from '../../../renderer/reader/group-blocks';

const b = (id: string, kind: BlockKind): Block => ({ id, kind, text: id, notes: [] });

describe('groupBlocks', () => {
  it('gathers reference lines, list items and question/answer pairs', () => {
    const groups = groupBlocks([
      b('b1', 'reference'),
      b('b2', 'reference'),
      b('b3', 'heading'),
      b('b4', 'list-item'),
      b('b5', 'list-item'),
      b('b6', 'question'),
      b('b7', 'answer'),
      b('b8', 'answer'),
      b('b9', 'question'),
      b('b10', 'answer'),
      b('b11', 'closing'),
    ]);
    expect(groups.map((g) => [g.type, 'blocks' in g ? g.blocks.map((x) => x.id).join(',') : g.block.id, 'number' in g ? g.number : null])).toEqual([
      ['reference', 'b1,b2', null],
      ['single', 'b3', null],
      ['list', 'b4,b5', null],
      ['qa', 'b6,b7,b8', 1],
      ['qa', 'b9,b10', 2],
      ['single', 'b11', null],
    ]);
  });
});
