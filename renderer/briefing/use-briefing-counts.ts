import type { LexicalEditor, NodeKey } from 'lexical';
import { $getRoot } from 'lexical';
import { useEffect, useState } from 'react';

import type { Passage } from '../../app/briefing/model';
import { type BriefingWordCounts, countWords } from '../../app/briefing/word-count';
import { call } from '../bridge/api';
import { briefingJsonWriter } from '../editor/model-mapping/briefing-json';
import { $isPassageNode } from '../editor/nodes/PassageNode';
import { passagePlainText } from '../editor/utils/passage-text';

/** Words are recounted this long after the last edit, pages this long (a whole PDF layout in main). */
const WORDS_DELAY_MS = 200;
const PAGES_DELAY_MS = 1000;

/** Words per passage: a passage is an immutable value (a change replaces it), so counted once. */
const passageWords = new WeakMap<Passage, number>();

/**
 * A counter of the own words and quoted words of the editor's document (call the returned
 * function inside `editor.read`). It keeps each top-level block's text and count, so a count after
 * typing in one paragraph runs the word pattern over that paragraph only, not over 200 pages.
 */
function wordCounter(): () => BriefingWordCounts {
  let blocks = new Map<NodeKey, { text: string; words: number }>();
  return () => {
    let own = 0;
    let quoted = 0;
    const next = new Map<NodeKey, { text: string; words: number }>();
    for (const node of $getRoot().getChildren()) {
      if ($isPassageNode(node)) {
        const passage = node.getPassage();
        let words = passageWords.get(passage);
        if (words === undefined) passageWords.set(passage, (words = countWords(passagePlainText(passage))));
        quoted += words;
        continue;
      }
      const text = node.getTextContent();
      const known = blocks.get(node.getKey());
      const words = known?.text === text ? known.words : countWords(text);
      next.set(node.getKey(), { text, words });
      own += words;
    }
    blocks = next;
    return { own, quoted };
  };
}

/**
 * The status bar's counts, kept up to date after edits without ever holding up typing: words
 * (own text and passages) shortly after an edit, recounting only the blocks that changed; pages 1 s after the last edit. Pages come from
 * main (`briefingPageCount`), which runs the PDF exporter in its export worker: the exporter's
 * pagination measures text with pdfkit/fontkit and the embedded font files, Node-side code that a
 * renderer Web Worker could only run after bundling pdfkit and shipping the fonts to it, so main
 * answers (the preview server too) with the count the export itself would give. The briefing goes
 * as JSON text built at idle moments from the blocks' kept texts (BriefingJsonWriter), never in one
 * long task. A count that arrives after a newer edit is dropped; null while unknown or when main fails.
 */
export function useBriefingCounts(editor: LexicalEditor) {
  const [words, setWords] = useState<BriefingWordCounts>({ own: 0, quoted: 0 });
  const [pages, setPages] = useState<number | null>(null);

  useEffect(() => {
    let wordsTimer: ReturnType<typeof setTimeout> | undefined;
    let pagesTimer: ReturnType<typeof setTimeout> | undefined;
    let asked = 0;
    const $wordCounts = wordCounter();
    const schedule = () => {
      asked++; // a count under way is of an older text
      clearTimeout(wordsTimer);
      clearTimeout(pagesTimer);
      wordsTimer = setTimeout(() => {
        const counts = editor.getEditorState().read($wordCounts);
        // The same counts keep the same object: no React commit (a commit with the caret in the editor walks its DOM).
        setWords((shown) => (shown.own === counts.own && shown.quoted === counts.quoted ? shown : counts));
      }, WORDS_DELAY_MS);
      pagesTimer = setTimeout(() => {
        const ask = ++asked;
        briefingJsonWriter(editor)
          .inSlices(editor.getEditorState())
          .then((briefing) => (ask === asked ? call('briefingPageCount', { briefing }) : null))
          .then((answer) => answer && ask === asked && setPages(answer.pages))
          .catch(() => ask === asked && setPages(null));
      }, PAGES_DELAY_MS);
    };
    schedule();
    const off = editor.registerUpdateListener(({ dirtyElements, dirtyLeaves }) => {
      if (dirtyElements.size > 0 || dirtyLeaves.size > 0) schedule();
    });
    return () => {
      off();
      asked++;
      clearTimeout(wordsTimer);
      clearTimeout(pagesTimer);
    };
  }, [editor]);

  return { words, pages };
}
