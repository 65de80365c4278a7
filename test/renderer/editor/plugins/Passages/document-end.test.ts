import {
  $createNodeSelection,
  $getRoot,
  $getSelection,
  $isRangeSelection,
  $setSelection,
  type ElementNode,
  KEY_DOWN_COMMAND,
  type LexicalEditor,
} from 'lexical';
import { describe, expect, it } from 'vitest';

import { counterIds } from '../../../../../app/briefing/ids';
import { emptyBriefing } from '../../../../../app/briefing/model';
import { createPassage } from '../../../../../app/briefing/passage';
import { registerDocumentEnd } from '../../../../../renderer/editor/plugins/Passages/document-end';
import { $insertPassage, $passageNodes } from '../../../../../renderer/editor/plugins/Passages/insert-passage';
import { sampleLetter } from '../../../../app/briefing/letter-fixture';
import { briefingOf, headlessEditor, load, update } from '../../headless';

/** "Inleiding." and a passage of block b1; with `passageLast` the empty paragraph an insert adds after it is removed. */
function setUp(passageLast: boolean): LexicalEditor {
  const editor = headlessEditor();
  registerDocumentEnd(editor);
  const briefing = emptyBriefing();
  briefing.body = [{ type: 'paragraph', children: [{ type: 'text', text: 'Inleiding.' }] }];
  load(editor, briefing);
  const { passage, footnotes } = createPassage(
    sampleLetter(),
    { start: { block: 'b1', offset: 0 }, end: { block: 'b1', offset: 52 } },
    counterIds('t'),
  );
  update(editor, () => {
    $insertPassage(passage, footnotes, { end: true });
    if (passageLast) $getRoot().getLastChildOrThrow().remove();
  });
  return editor;
}

/** Dispatches a key press as Lexical's keydown listener does; true when a handler took it. */
function press(editor: LexicalEditor, key: string, modifiers: Partial<KeyboardEvent> = {}): boolean {
  let prevented = false;
  const event = {
    key,
    ctrlKey: false,
    metaKey: false,
    shiftKey: false,
    altKey: false,
    ...modifiers,
    preventDefault: () => void (prevented = true),
  };
  let handled = false;
  update(editor, () => void (handled = editor.dispatchCommand(KEY_DOWN_COMMAND, event as unknown as KeyboardEvent)));
  expect(prevented).toBe(handled);
  return handled;
}

const selectPassage = () => {
  const selection = $createNodeSelection();
  selection.add($passageNodes()[0]!.getKey());
  $setSelection(selection);
};

const typeText = (editor: LexicalEditor, text: string) =>
  update(editor, () => {
    const selection = $getSelection();
    if (!$isRangeSelection(selection)) throw new Error('no caret');
    selection.insertText(text);
  });

const blocks = (editor: LexicalEditor) =>
  briefingOf(editor).body.map((block) => (block.type === 'paragraph' ? JSON.stringify(block.children) : block.type));

// Fresh export tester (session 10): after a click on a passage, Ctrl+End and typing inserted nothing.
describe('Ctrl+End', () => {
  it('from a selected passage that is the last block: a new paragraph after it takes the caret and the typing', () => {
    const editor = setUp(true);
    update(editor, selectPassage);
    expect(press(editor, 'End', { ctrlKey: true })).toBe(true);
    typeText(editor, 'Getypt');
    expect(blocks(editor)).toEqual(['[{"type":"text","text":"Inleiding."}]', 'passage', '[{"type":"text","text":"Getypt"}]']);
  });

  it('from a selected passage before a paragraph: the caret goes to that paragraph’s end, no new one', () => {
    const editor = setUp(false);
    update(editor, () => {
      const last = $getRoot().getLastChildOrThrow<ElementNode>();
      last.selectEnd().insertText('Slot');
      selectPassage();
    });
    expect(press(editor, 'End', { ctrlKey: true })).toBe(true);
    typeText(editor, '.');
    expect(blocks(editor)).toEqual(['[{"type":"text","text":"Inleiding."}]', 'passage', '[{"type":"text","text":"Slot."}]']);
  });
});
