import { describe, expect, it } from 'vitest';

import { paperCitationOfKey } from '../../../app/briefing/paper-citation';
import { citationGraph, type GraphLetter, neighbourFiles } from '../../../app/corpus/citation-graph';

const cite = (key: string, target: string | null = null) => ({ key, target, text: `tekst ${key}` });

// a.txt cites b.txt (in the corpus) and two outside papers; c.txt cites a.txt; b.txt cites d.txt and a paper.
const LETTERS: Record<string, GraphLetter> = {
  'a.txt': {
    file: 'a.txt',
    citations: [cite('kst-36045-264', 'b.txt'), cite('kst-21501-02-3000'), cite('kst-21501-02-3000'), cite('zaak-2025Z1')],
    citedBy: ['c.txt'],
  },
  'b.txt': { file: 'b.txt', citations: [cite('kst-1', 'd.txt'), cite('ah-tk-20222023-3649'), cite('kst-2', 'a.txt')], citedBy: ['a.txt'] },
  'c.txt': { file: 'c.txt', citations: [cite('kst-3', 'a.txt')], citedBy: ['e.txt'] },
  'd.txt': { file: 'd.txt', citations: [], citedBy: ['b.txt'] },
};

describe('citationGraph (issue 21, the citation map)', () => {
  it('holds the letter, what it cites and what cites it, and one step further, with each edge once', () => {
    const graph = citationGraph(LETTERS['a.txt']!, (file) => LETTERS[file]);
    expect(graph.nodes.map((n) => [n.id, n.depth])).toEqual([
      ['letter:a.txt', 0],
      ['letter:b.txt', 1],
      ['paper:kst-21501-02-3000', 1],
      ['paper:zaak-2025Z1', 1],
      ['letter:c.txt', 1],
      ['letter:d.txt', 2],
      ['paper:ah-tk-20222023-3649', 2],
      ['letter:e.txt', 2],
    ]);
    expect(graph.edges).toEqual([
      { from: 'letter:a.txt', to: 'letter:b.txt' },
      { from: 'letter:a.txt', to: 'paper:kst-21501-02-3000' },
      { from: 'letter:a.txt', to: 'paper:zaak-2025Z1' },
      { from: 'letter:c.txt', to: 'letter:a.txt' },
      { from: 'letter:b.txt', to: 'letter:d.txt' },
      { from: 'letter:b.txt', to: 'paper:ah-tk-20222023-3649' },
      { from: 'letter:b.txt', to: 'letter:a.txt' },
      { from: 'letter:e.txt', to: 'letter:c.txt' },
    ]);
    expect(graph.truncated).toBe(false);
    const paper = graph.nodes.find((n) => n.kind === 'paper');
    expect(paper).toMatchObject({ key: 'kst-21501-02-3000', text: 'tekst kst-21501-02-3000' });
  });

  it('stops at maxNodes, nearest first, and says so; a letter it cannot look up is not expanded', () => {
    const graph = citationGraph(LETTERS['a.txt']!, (file) => LETTERS[file], 3);
    expect(graph.nodes.map((n) => n.id)).toEqual(['letter:a.txt', 'letter:b.txt', 'paper:kst-21501-02-3000']);
    expect(graph.truncated).toBe(true);
    expect(citationGraph(LETTERS['a.txt']!, () => undefined).nodes.every((n) => n.depth < 2)).toBe(true);
    // At most maxFurther new nodes for each letter one step away.
    const further = citationGraph(LETTERS['a.txt']!, (file) => LETTERS[file], 40, 1);
    expect(further.nodes.filter((n) => n.depth === 2).map((n) => n.id)).toEqual(['letter:d.txt', 'letter:e.txt']);
    expect(further.truncated).toBe(true);
  });

  it('a letter that cites nothing and is cited by none is a map of one node', () => {
    expect(citationGraph({ file: 'x.txt', citations: [], citedBy: [] }, () => undefined)).toEqual({
      nodes: [{ id: 'letter:x.txt', kind: 'letter', file: 'x.txt', depth: 0 }],
      edges: [],
      truncated: false,
    });
  });

  it('neighbourFiles: the corpus letters one step away, each once', () => {
    expect(neighbourFiles(LETTERS['a.txt']!)).toEqual(['b.txt', 'c.txt']);
    expect(neighbourFiles(LETTERS['b.txt']!)).toEqual(['d.txt', 'a.txt']);
  });

  it('paperCitationOfKey: the official citation of a paper outside the corpus', () => {
    expect(paperCitationOfKey('kst-36045-264')).toBe('Kamerstukken II, 36 045, nr. 264');
    expect(paperCitationOfKey('ah-tk-20222023-3649')).toBe('Aanhangsel Handelingen II 2022/23, nr. 3649');
    expect(paperCitationOfKey('zaak-2025Z15748')).toBeNull();
  });
});
