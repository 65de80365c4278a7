/**
 * The editor benchmark's model part (`npm run bench:editor` runs it after the Chromium part,
 * bench/editor.ts): a briefing of 500 passages quoted from the sample
 * letters with `createPassage`, in a headless Lexical editor with the briefing's nodes, undo
 * history and the note-numbering listener the editor runs on every update. Times
 * - dropping a passage (createPassage + insert at a random block + renumbering), target ≤ 50 ms;
 * - typing one character in a paragraph amid the passages (update + history + renumbering), target ≤ 16 ms.
 * Headless means no DOM reconciliation: this measures the model work the editor does per action.
 */
import { createHeadlessEditor } from '@lexical/headless';
import { createEmptyHistoryState, registerHistory } from '@lexical/history';
import { $getRoot, $getSelection, $isParagraphNode, $isRangeSelection } from 'lexical';

import { counterIds } from '../app/briefing/ids';
import { type BodyBlock, emptyBriefing } from '../app/briefing/model';
import { createPassage } from '../app/briefing/passage';
import type { Block, Letter } from '../app/corpus/types';
import { $briefingToEditor } from '../renderer/editor/model-mapping/from-briefing';
import { briefingNodes } from '../renderer/editor/nodes';
import type { EditorNumbering } from '../renderer/editor/plugins/NoteNumbering/number-notes';
import { registerNoteNumbering } from '../renderer/editor/plugins/NoteNumbering/register-numbering';
import { $insertPassage } from '../renderer/editor/plugins/Passages/insert-passage';
import { rng } from './corpus-letters';
import { loadSampleLetters } from './fixtures/large-briefing';

const PASSAGES = 500;
const DROPS = 60;
const KEYSTROKES = 300;
const QUOTABLE = new Set<Block['kind']>(['paragraph', 'list-item', 'question', 'answer']);

const letters = loadSampleLetters();
const quotable = letters.flatMap((letter) => letter.blocks.filter((block) => QUOTABLE.has(block.kind)).map((block) => ({ letter, block })));
const ids = counterIds('b');
const quote = (letter: Letter, block: Block) =>
  createPassage(letter, { start: { block: block.id, offset: 0 }, end: { block: block.id, offset: block.text.length } }, ids);

// The briefing: 500 passages, each after a short paragraph of the user's own.
const briefing = emptyBriefing();
for (let index = 0; index < PASSAGES; index++) {
  const { letter, block } = quotable[index % quotable.length]!;
  const { passage, footnotes } = quote(letter, block);
  briefing.body.push(
    { type: 'paragraph', children: [{ type: 'text', text: `Toelichting bij citaat ${index + 1}.` }] } satisfies BodyBlock,
    passage,
  );
  briefing.footnotes.push(...footnotes);
}

const editor = createHeadlessEditor({
  namespace: 'bench',
  nodes: [...briefingNodes],
  onError: (error) => {
    throw error;
  },
});
editor.update(() => $briefingToEditor(briefing), { discrete: true });
registerHistory(editor, createEmptyHistoryState(), 300);
const latest: { numbering: EditorNumbering | null } = { numbering: null };
registerNoteNumbering(
  editor,
  () => 'footnote',
  (next) => (latest.numbering = next),
);
const notesAtStart = latest.numbering?.notes.length ?? 0;

const random = rng(42);
const time = (fn: () => void): number => {
  const start = performance.now();
  fn();
  return performance.now() - start;
};

// Warm up the JIT on both paths before measuring.
for (let i = 0; i < 5; i++) {
  const { letter, block } = quotable[i]!;
  const { passage, footnotes } = quote(letter, block);
  editor.update(() => void $insertPassage(passage, footnotes, { end: true }), { discrete: true });
}

const drops: number[] = [];
for (let i = 0; i < DROPS; i++) {
  const { letter, block } = quotable[Math.floor(random() * quotable.length)]!;
  const keys = editor.getEditorState().read(() => $getRoot().getChildrenKeys());
  const key = keys[Math.floor(random() * keys.length)]!;
  drops.push(
    time(() => {
      const { passage, footnotes } = quote(letter, block);
      editor.update(() => void $insertPassage(passage, footnotes, { key, position: random() < 0.5 ? 'before' : 'after' }), {
        discrete: true,
      });
    }),
  );
}

// The caret at the end of a paragraph in the middle of the briefing.
editor.update(
  () => {
    const paragraphs = $getRoot().getChildren().filter($isParagraphNode);
    paragraphs[Math.floor(paragraphs.length / 2)]!.selectEnd();
  },
  { discrete: true },
);
const keystrokes: number[] = [];
for (let i = 0; i < KEYSTROKES; i++) {
  const character = 'abcdefghij '[i % 11]!;
  keystrokes.push(
    time(() =>
      editor.update(
        () => {
          const selection = $getSelection();
          if ($isRangeSelection(selection)) selection.insertText(character);
        },
        { discrete: true },
      ),
    ),
  );
}

const percentile = (values: number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
};
const rows = [
  { operation: 'drop passage + renumber', samples: drops, target: 50 },
  { operation: 'type one character', samples: keystrokes, target: 16 },
];
const passagesNow = editor.getEditorState().read(
  () =>
    $getRoot()
      .getChildren()
      .filter((node) => node.getType() === 'dossier-passage').length,
);
console.log(
  `Briefing: ${PASSAGES} passages from ${letters.length} sample letters (${notesAtStart} numbered notes); ${passagesNow} passages at the end, ${latest.numbering?.notes.length ?? 0} notes.`,
);
console.log('| operation | n | p50 (ms) | p95 (ms) | target (ms) | within target |');
console.log('|---|---|---|---|---|---|');
for (const { operation, samples, target } of rows) {
  const p95 = percentile(samples, 95);
  console.log(
    `| ${operation} | ${samples.length} | ${percentile(samples, 50).toFixed(2)} | ${p95.toFixed(2)} | ≤ ${target} | ${p95 <= target ? 'yes' : 'NO'} |`,
  );
}
