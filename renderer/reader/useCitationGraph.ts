import { useEffect, useMemo, useState } from 'react';

import { type CitationGraph, citationGraph, type GraphLetter, neighbourFiles } from '../../app/corpus/citation-graph';
import type { Letter } from '../../app/corpus/types';
import { call } from '../bridge/api';

/** At most this many neighbouring letters are read to draw the second step. */
const MAX_NEIGHBOURS = 24;

/**
 * The citation map of the open letter (app/corpus/citation-graph): drawn at once from the letter
 * itself, then with the second step as the neighbouring corpus letters arrive from main (each read
 * once per open letter; one that cannot be read is simply not expanded).
 */
export function useCitationGraph(letter: Letter): CitationGraph {
  const [neighbours, setNeighbours] = useState<ReadonlyMap<string, GraphLetter>>(new Map());
  useEffect(() => {
    let live = true;
    setNeighbours(new Map());
    const files = neighbourFiles(letter).slice(0, MAX_NEIGHBOURS);
    void Promise.all(
      files.map((file) =>
        call('corpusLetter', { file }).then(
          (found) => [file, { file: found.file, citations: found.citations, citedBy: found.citedBy }] as const,
          () => null,
        ),
      ),
    ).then((found) => {
      if (live) setNeighbours(new Map(found.filter((entry) => entry !== null)));
    });
    return () => {
      live = false;
    };
  }, [letter]);
  return useMemo(() => citationGraph(letter, (file) => neighbours.get(file)), [letter, neighbours]);
}
