// @vitest-environment happy-dom
import { $createParagraphNode, $createTextNode, $getRoot, createEditor, type LexicalEditor } from 'lexical';
import { describe, expect, it } from 'vitest';

import { counterIds } from '../../../../../app/briefing/ids';
import { emptyBriefing } from '../../../../../app/briefing/model';
import { createPassage } from '../../../../../app/briefing/passage';
import { loadIntoEditor } from '../../../../../renderer/editor/model-mapping/from-briefing';
import { briefingNodes } from '../../../../../renderer/editor/nodes';
import { $isPassageNode } from '../../../../../renderer/editor/nodes/PassageNode';
import { insertPassageNow, orderedInserts } from '../../../../../renderer/editor/plugins/Passages/insert-from-outside';
import { sampleLetter } from '../../../../app/briefing/letter-fixture';

// Issue 13 (session 10 tester): quotes added one by one from the reader with the keyboard (a paragraph's handle
// focused, Enter) sometimes became empty paragraphs in the briefing. Each insertion restored the briefing's caret
// into the page, which in Chromium moves the focus into the editor; an Enter meant for the next handle then made a
// new paragraph at that caret, and that quote never came.

/** An editor bound to a DOM element (Lexical reconciles and restores its selection as in the app), with a caret in its text. */
function editorWithCaret(): { editor: LexicalEditor; root: HTMLElement } {
  const editor = createEditor({
    namespace: 'outside-test',
    nodes: [...briefingNodes],
    onError: (error) => {
      throw error;
    },
  });
  const root = document.createElement('div');
  root.contentEditable = 'true';
  document.body.append(root);
  editor.setRootElement(root);
  loadIntoEditor(editor, emptyBriefing());
  editor.update(
    () => {
      const text = $createTextNode('Notitie over de steun');
      $getRoot().clear().append($createParagraphNode().append(text));
      text.select(4, 4);
    },
    { discrete: true },
  );
  return { editor, root };
}

const quote = (offset: number) =>
  createPassage(sampleLetter(), { start: { block: 'b1', offset }, end: { block: 'b1', offset: offset + 20 } }, counterIds(`q${offset}`));

describe('adding a passage from outside the editor', () => {
  it('leaves the focus and the page selection in the reader, though the briefing has a caret', () => {
    const { editor, root } = editorWithCaret();
    expect(window.getSelection()!.anchorNode && root.contains(window.getSelection()!.anchorNode)).toBe(true);
    // The reader: a paragraph's handle has the focus.
    const handle = document.createElement('button');
    document.body.append(handle);
    handle.focus();
    window.getSelection()!.removeAllRanges();

    const { passage, footnotes } = quote(0);
    const key = insertPassageNow(editor, passage, footnotes, () => ({ end: true }));
    expect(
      editor.getEditorState().read(() =>
        $getRoot()
          .getChildren()
          .map((node) => ($isPassageNode(node) ? node.getKey() : node.getType())),
      ),
    ).toEqual(['paragraph', key, 'paragraph']);
    expect(document.activeElement).toBe(handle);
    expect(window.getSelection()!.rangeCount).toBe(0);
  });

  it('with the focus in the briefing the caret stays in the page as before', () => {
    const { editor, root } = editorWithCaret();
    root.focus();
    const { passage, footnotes } = quote(0);
    insertPassageNow(editor, passage, footnotes, () => ({ end: true }));
    expect(root.contains(window.getSelection()!.anchorNode)).toBe(true);
  });

  it('applies insertions in the order asked for, whatever order their letters arrive in', async () => {
    const applied: string[] = [];
    const inOrder = orderedInserts();
    let arriveFirst!: (value: string) => void;
    const first = new Promise<string>((resolve) => (arriveFirst = resolve));
    const done = [
      inOrder(first, (value) => applied.push(value)),
      inOrder(Promise.resolve('tweede'), (value) => applied.push(value)),
      inOrder(Promise.reject(new Error('brief weg')), (value: string) => applied.push(value)),
      inOrder(Promise.resolve('vierde'), (value) => applied.push(value)),
    ];
    await Promise.resolve();
    expect(applied).toEqual([]);
    arriveFirst('eerste');
    const results = await Promise.allSettled(done);
    expect(applied).toEqual(['eerste', 'tweede', 'vierde']);
    expect(results.map((result) => result.status)).toEqual(['fulfilled', 'fulfilled', 'rejected', 'fulfilled']);
  });
});
