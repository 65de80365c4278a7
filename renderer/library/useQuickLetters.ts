import { useCallback, useEffect, useRef } from 'react';

import { readableTitle } from '../../app/corpus/title';
import type { LetterSummary } from '../../app/corpus/types';
import type { LetterSearchResult } from '../../app/ipc/contract';
import { QuickLetterIndex } from '../../app/search/quick-letters';

/** Longest stretch of indexing in one go (ms), so a key typed meanwhile waits at most about this long. */
const SLICE_MS = 4;

/** The letters being indexed, how far, and the index. */
interface Build {
  letters: readonly LetterSummary[];
  index: QuickLetterIndex;
}

const whenIdle = (run: (budget: () => number) => void): (() => void) => {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback((deadline) => run(() => Math.min(SLICE_MS, deadline.timeRemaining())));
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(() => {
    const end = performance.now() + SLICE_MS;
    run(() => end - performance.now());
  }, 0);
  return () => clearTimeout(id);
};

/**
 * The library's letters by own number and title in the renderer (app/search/quick-letters), built
 * in idle slices of at most SLICE_MS as letters arrive (a load appending letters only indexes the
 * new ones; a new corpus or edited metadata starts again). Returns `quick(query, allowed?)`: the
 * letters `query` names by number, title or dossier as a first answer (LetterSearchResult with
 * no hits and no hit counts, `totalLetters` the letters named), or null when there is none to give
 * before main's: the index is not complete yet, nothing is named, or more than `limit` letters are.
 */
export function useQuickLetters(
  letters: readonly LetterSummary[],
): (query: string, limit: number, allowed?: ReadonlySet<string> | null) => LetterSearchResult | null {
  const build = useRef<Build>({ letters: [], index: new QuickLetterIndex() });

  useEffect(() => {
    const old = build.current;
    const done = old.index.size;
    let keep = done <= letters.length;
    for (let i = 0; keep && i < done; i++) keep = old.letters[i] === letters[i];
    const now: Build = keep ? { letters, index: old.index } : { letters, index: new QuickLetterIndex() };
    build.current = now;
    let cancel = (): void => undefined;
    const step = (budget: () => number): void => {
      if (build.current !== now) return;
      const { index } = now;
      while (index.size < letters.length && budget() > 0) {
        for (let k = 0; k < 50 && index.size < letters.length; k++) {
          const letter = letters[index.size]!;
          index.add({ file: letter.file, title: readableTitle(letter), keys: letter.keys });
        }
      }
      if (index.size < letters.length) cancel = whenIdle(step);
    };
    cancel = whenIdle(step);
    return () => cancel();
  }, [letters]);

  return useCallback((query, limit, allowed) => {
    const { letters: indexed, index } = build.current;
    if (index.size < indexed.length || query.trim() === '') return null;
    const found = index.find(query, limit, allowed ? (file) => allowed.has(file) : undefined);
    if (!found || found.length === 0) return null;
    return {
      groups: found.map(({ file, match }) => ({ file, score: 0, hitCount: 0, match, hits: [] })),
      totalHits: 0,
      totalLetters: found.length,
      exact: true,
    };
  }, []);
}
