import { describe, expect, it } from 'vitest';

import type { BriefingFootnote } from '../../../app/briefing/model';
import { type NoteSite, numberNoteSites } from '../../../app/briefing/notes';

const note = (id: string, origin: 'quote' | 'user' = 'quote'): BriefingFootnote => ({ id, origin, text: `tekst ${id}` });

describe('numberNoteSites', () => {
  const sites: NoteSite[] = [
    { type: 'footnote-ref', footnote: note('a', 'user') },
    { type: 'footnote-ref', footnote: undefined },
    { type: 'footnote-ref', footnote: note('b') },
    { type: 'citation', passage: 'p1', citation: 'Kamerbrief, alinea 2' },
    { type: 'citation', passage: 'p2', citation: '' },
    { type: 'footnote-ref', footnote: note('a', 'user') },
  ];

  it('numbers each reference occurrence and, in footnote style, each non-empty citation, skipping unknown notes', () => {
    expect(numberNoteSites(sites, 'footnote').map((numbered) => numbered && `${numbered.number} ${numbered.kind} ${numbered.ref}`)).toEqual(
      ['1 user a', null, '2 quote b', '3 citation p1', null, '4 user a'],
    );
  });

  it('gives citations no number in line style', () => {
    expect(numberNoteSites(sites, 'line').map((numbered) => numbered?.number ?? null)).toEqual([1, null, 2, null, null, 3]);
  });
});
