import type { Citation } from './types';

/** What the map needs of a letter: its file, the citations it makes and the corpus letters citing it. */
export interface GraphLetter {
  file: string;
  citations: readonly Pick<Citation, 'key' | 'target' | 'text'>[];
  citedBy: readonly string[];
}

/**
 * A node of the citation map: a corpus letter (`letter:<file>`) or a paper outside the corpus
 * (`paper:<key>`, with the citation as first written). `depth` is the number of citation steps from
 * the open letter: 0 the letter itself, 1 what it cites and what cites it, 2 one step further.
 */
export type CitationNode =
  { id: string; kind: 'letter'; file: string; depth: 0 | 1 | 2 } | { id: string; kind: 'paper'; key: string; text: string; depth: 1 | 2 };

/** `from` cites `to` (node ids). */
export interface CitationEdge {
  from: string;
  to: string;
}

export interface CitationGraph {
  nodes: CitationNode[];
  edges: CitationEdge[];
  /** True when nodes were left out to keep the map at `maxNodes`. */
  truncated: boolean;
}

export const letterNodeId = (file: string): string => `letter:${file}`;
export const paperNodeId = (key: string): string => `paper:${key}`;

/** The corpus letters one step from `center` (cited in the corpus, or citing it), each once, without `center`. */
export function neighbourFiles(center: GraphLetter): string[] {
  const files = [...center.citations.flatMap((c) => (c.target ? [c.target] : [])), ...center.citedBy];
  return [...new Set(files)].filter((file) => file !== center.file);
}

/**
 * The citation map of `center` (issue 21): the papers and letters it cites, the corpus letters that
 * cite it, and for each of those corpus letters (as `letterOf` knows them) the same one step further.
 * A citation with a `target` is an edge to that corpus letter, one without to the paper by its key
 * (one node per key). Nodes are added nearest first, in citation order, at most `maxFurther` new
 * ones for each letter one step away (so one prolific neighbour cannot crowd out the rest), and
 * stop at `maxNodes`; edges join only nodes in the map, each pair once, never a node to itself. Pure.
 */
export function citationGraph(
  center: GraphLetter,
  letterOf: (file: string) => GraphLetter | undefined,
  maxNodes = 40,
  maxFurther = 8,
): CitationGraph {
  const nodes = new Map<string, CitationNode>();
  const edges = new Map<string, CitationEdge>();
  let truncated = false;
  const link = (from: string, to: string) => {
    if (from !== to && nodes.has(from) && nodes.has(to)) edges.set(`${from}→${to}`, { from, to });
  };
  const expand = (letter: GraphLetter, depth: 0 | 1 | 2) => {
    const self = letterNodeId(letter.file);
    let budget = depth === 2 ? maxFurther : Infinity;
    const add = (node: CitationNode): boolean => {
      if (nodes.has(node.id)) return true;
      if (nodes.size >= maxNodes || budget <= 0) return ((truncated = true), false);
      budget--;
      nodes.set(node.id, node);
      return true;
    };
    if (depth === 0) return add({ id: self, kind: 'letter', file: letter.file, depth: 0 });
    for (const citation of letter.citations) {
      const node: CitationNode = citation.target
        ? { id: letterNodeId(citation.target), kind: 'letter', file: citation.target, depth }
        : { id: paperNodeId(citation.key), kind: 'paper', key: citation.key, text: citation.text, depth };
      if (add(node)) link(self, node.id);
    }
    for (const file of letter.citedBy) if (add({ id: letterNodeId(file), kind: 'letter', file, depth })) link(letterNodeId(file), self);
    return true;
  };

  expand(center, 0);
  expand(center, 1);
  for (const file of neighbourFiles(center)) {
    const letter = letterOf(file);
    if (letter) expand(letter, 2);
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()], truncated };
}
