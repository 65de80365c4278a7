import {
  $createNodeSelection,
  $createRangeSelection,
  $getRoot,
  $getSelection,
  $isRangeSelection,
  $setSelection,
  type NodeKey,
} from 'lexical';
import { describe, expect, it } from 'vitest';

import { counterIds } from '../../../../app/briefing/ids';
import { emptyBriefing } from '../../../../app/briefing/model';
import { createPassage } from '../../../../app/briefing/passage';
import { $insertPassage, $passageNodes } from '../../../../renderer/editor/plugins/Passages/insert-passage';
import { clearNodeSelection, selectedNodes, setNodeSelected } from '../../../../renderer/editor/utils/node-selection';
import { sampleLetter } from '../../../app/briefing/letter-fixture';
import { headlessEditor, load, settled, update } from '../headless';

/** A briefing of an empty paragraph and two passages, and the passages' keys. */
function setUp() {
  const editor = headlessEditor();
  load(editor, emptyBriefing());
  const letter = sampleLetter();
  const ids = counterIds('s');
  for (const [start, end] of [
    [0, 30],
    [31, 52],
  ] as const) {
    const { passage, footnotes } = createPassage(letter, { start: { block: 'b1', offset: start }, end: { block: 'b1', offset: end } }, ids);
    update(editor, () => void $insertPassage(passage, footnotes, { end: true }));
  }
  const [first, second] = editor.getEditorState().read(() => $passageNodes().map((node) => node.getKey()));
  return { editor, first: first!, second: second! };
}

describe('the selected nodes shared by all passage views', () => {
  it('tells each node only when its own state flips, as isSelected() says', async () => {
    const { editor, first, second } = setUp();
    const nodes = selectedNodes(editor);
    const calls: NodeKey[] = [];
    const offFirst = nodes.subscribe(first, () => calls.push(first));
    nodes.subscribe(second, () => calls.push(second));
    expect([nodes.has(first), nodes.has(second)]).toEqual([false, false]);

    setNodeSelected(editor, first, true);
    await settled();
    expect([nodes.has(first), nodes.has(second), calls]).toEqual([true, false, [first]]);
    // Adding the second to the node selection notifies only the second.
    setNodeSelected(editor, second, true);
    await settled();
    expect([nodes.has(first), nodes.has(second), calls]).toEqual([true, true, [first, second]]);
    clearNodeSelection(editor);
    await settled();
    expect([nodes.has(first), nodes.has(second), calls]).toEqual([false, false, [first, second, first, second]]);

    // A range selection over the whole briefing covers both passages; a collapsed one between blocks neither.
    update(editor, () => {
      const range = $createRangeSelection();
      range.anchor.set('root', 0, 'element');
      range.focus.set('root', $getRoot().getChildrenSize(), 'element');
      $setSelection(range);
    });
    expect([nodes.has(first), nodes.has(second)]).toEqual([true, true]);
    update(editor, () => {
      const range = $createRangeSelection();
      range.anchor.set('root', 1, 'element');
      range.focus.set('root', 1, 'element');
      $setSelection(range);
    });
    expect([nodes.has(first), nodes.has(second)]).toEqual([false, false]);

    // An unsubscribed view is not called; the others still are.
    offFirst();
    calls.length = 0;
    update(editor, () => {
      const selection = $createNodeSelection();
      selection.add(first);
      selection.add(second);
      $setSelection(selection);
    });
    expect(calls).toEqual([second]);
  });

  it('deselecting a node a range selection does not cover keeps the caret', async () => {
    const { editor, first } = setUp();
    update(editor, () => $getRoot().getFirstChildOrThrow().selectStart());
    setNodeSelected(editor, first, false);
    await settled();
    expect(editor.getEditorState().read(() => $isRangeSelection($getSelection()))).toBe(true);
  });
});
