import type { LexicalEditor } from 'lexical';
import { $setSelection, HISTORY_PUSH_TAG, SKIP_DOM_SELECTION_TAG } from 'lexical';
import { useCallback, useEffect, useRef, useState } from 'react';

import { findInSegments, type FindOptions, type FoundMatch, replaceAllCounts, stepMatch } from '../../../../app/briefing/find-replace';
import { $replaceMatches } from './find-edits';
import { $findSegments, type TextSegment } from './find-segments';
import { clearHighlights, paintHighlights } from './highlights';

export interface FindState {
  query: string;
  replacement: string;
  options: FindOptions;
  matches: FoundMatch[];
  /** Index of the current match in `matches`, -1 for none. */
  current: number;
  /** The last "Replace all": replaced and skipped (in passages) counts; null before one. */
  lastReplaceAll: { replaced: number; skipped: number } | null;
}

/**
 * The find bar's logic: the matches of the query in the briefing (recomputed after every edit
 * while `open`), the current one painted and scrolled into view, and the replace actions.
 */
export function useFindReplace(editor: LexicalEditor, open: boolean) {
  const [query, setQuery] = useState('');
  const [replacement, setReplacement] = useState('');
  const [options, setOptions] = useState<FindOptions>({ matchCase: false, wholeWord: false });
  const [matches, setMatches] = useState<FoundMatch[]>([]);
  const [current, setCurrent] = useState(-1);
  const [lastReplaceAll, setLastReplaceAll] = useState<FindState['lastReplaceAll']>(null);
  const segments = useRef<Map<string, TextSegment>>(new Map());

  const recompute = useCallback(() => {
    const found = editor.getEditorState().read(() => $findSegments(editor));
    segments.current = new Map(found.map((segment) => [segment.id, segment]));
    const next = findInSegments(found, query, options);
    setMatches(next);
    setCurrent((index) => (next.length === 0 ? -1 : Math.min(Math.max(index, 0), next.length - 1)));
  }, [editor, query, options]);

  useEffect(() => {
    if (!open) return;
    recompute();
    let frame = 0;
    // Passages are React views painted after the update, so read the DOM on the next frame.
    const off = editor.registerUpdateListener(() => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(recompute);
    });
    return () => {
      off();
      cancelAnimationFrame(frame);
    };
  }, [editor, open, recompute]);

  useEffect(() => {
    if (!open) return clearHighlights();
    const range = paintHighlights(segments.current, matches, current);
    range?.startContainer.parentElement?.scrollIntoView?.({ block: 'nearest' });
  }, [open, matches, current]);
  useEffect(() => clearHighlights, []);

  const step = (direction: 1 | -1) => setCurrent((index) => stepMatch(matches.length, index, direction));

  /** Replaces the current match (when it is own text) and moves on to the next. */
  const replaceCurrent = () => {
    const match = matches[current];
    if (!match?.replaceable) return step(1);
    editor.update(() => void $replaceMatches(segments.current, [match], replacement), {
      discrete: true,
      tag: [SKIP_DOM_SELECTION_TAG, HISTORY_PUSH_TAG],
    });
  };

  /** Replaces every match of own text in one update, so one undo step; matches in passages are skipped and counted. */
  const replaceAll = () => {
    const counts = replaceAllCounts(matches);
    if (counts.replaced > 0) {
      editor.update(
        () => {
          $replaceMatches(segments.current, matches, replacement);
          $setSelection(null);
        },
        { discrete: true, tag: [SKIP_DOM_SELECTION_TAG, HISTORY_PUSH_TAG] },
      );
    }
    setLastReplaceAll(counts);
  };

  const state: FindState = { query, replacement, options, matches, current, lastReplaceAll };
  return { state, segments, setQuery, setReplacement, setOptions, setCurrent, setLastReplaceAll, step, replaceCurrent, replaceAll };
}
