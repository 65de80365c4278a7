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
    expect(
      groups.map((g) => [g.type, 'blocks' in g ? g.blocks.map((x) => x.id).join(',') : g.block.id, 'number' in g ? g.number : null]),
    ).toEqual([
      ['reference', 'b1,b2', null],
      ['single', 'b3', null],
      ['list', 'b4,b5', null],
      ['qa', 'b6,b7,b8', 1],
      ['qa', 'b9,b10', 2],
      ['single', 'b11', null],
    ]);
  });

  it('puts the letter\'s own "Vraag"/"Antwoord" headings inside the region they introduce', () => {
    const groups = groupBlocks([
      b('h1', 'heading'),
      b('q1', 'question'),
      b('h2', 'heading'),
      b('a1', 'answer'),
      b('h3', 'heading'),
      b('q2', 'question'),
      b('h4', 'heading'),
      b('a2', 'answer'),
      b('h5', 'heading'),
      b('p1', 'paragraph'),
    ]);
    expect(groups.map((g) => ('blocks' in g ? `${g.type}:${g.blocks.map((x) => x.id).join(',')}` : `single:${g.block.id}`))).toEqual([
      'qa:h1,q1,h2,a1',
      'qa:h3,q2,h4,a2',
      'single:h5',
      'single:p1',
    ]);
  });
});
