// @vitest-environment happy-dom
import { $createParagraphNode, $createTextNode, $getRoot, $getSelection, $isRangeSelection, createEditor } from 'lexical';
import { describe, expect, it } from 'vitest';

import { counterIds } from '../../../../../app/briefing/ids';
import { emptyBriefing } from '../../../../../app/briefing/model';
import { createPassage } from '../../../../../app/briefing/passage';
import { registerBriefingMeta } from '../../../../../renderer/editor/meta/register-briefing-meta';
import { loadIntoEditor } from '../../../../../renderer/editor/model-mapping/from-briefing';
import { briefingNodes } from '../../../../../renderer/editor/nodes';
import { registerNoteNumbering } from '../../../../../renderer/editor/plugins/NoteNumbering/register-numbering';
import { $insertPassage } from '../../../../../renderer/editor/plugins/Passages/insert-passage';
import { sampleLetter } from '../../../../app/briefing/letter-fixture';

/** An editor bound to a DOM element, so Lexical's reconciler runs (and writes the root's cached text) as in the app. */
function domEditor() {
  const editor = createEditor({
    namespace: 'dom-test',
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
  const letter = sampleLetter();
  const { passage, footnotes } = createPassage(
    letter,
    { start: { block: 'b1', offset: 0 }, end: { block: 'b1', offset: 30 } },
    counterIds('d'),
  );
  editor.update(
    () => {
      $getRoot().append($createParagraphNode().append($createTextNode('Eigen tekst')));
      $insertPassage(passage, footnotes, { end: true });
    },
    { discrete: true },
  );
  return editor;
}

const type = (editor: ReturnType<typeof domEditor>, character: string) =>
  editor.update(
    () => {
      const text = $getRoot().getAllTextNodes()[0]!;
      text.select(text.getTextContentSize(), text.getTextContentSize());
      const selection = $getSelection();
      if ($isRangeSelection(selection)) selection.insertText(character);
    },
    { discrete: true },
  );

describe('typing in an editor with a DOM (the reconciler writes the root)', () => {
  it('neither renumbers the notes nor re-derives the meta view, but a new passage does', () => {
    const editor = domEditor();
    let numberings = 0;
    let views = 0;
    registerNoteNumbering(
      editor,
      () => 'footnote',
      () => numberings++,
    );
    registerBriefingMeta(editor, () => views++);
    let rootMarked = false;
    editor.registerUpdateListener(({ dirtyElements }) => (rootMarked ||= dirtyElements.get('root') === true));
    for (const character of 'abc') type(editor, character);
    // What made the old rule renumber on every key in the app: the reconciler's write of the root's text cache.
    expect(rootMarked).toBe(true);
    expect(editor.getEditorState().read(() => $getRoot().getAllTextNodes()[0]!.getTextContent())).toBe('Eigen tekstabc');
    expect([numberings, views]).toEqual([1, 1]);

    const { passage, footnotes } = createPassage(
      sampleLetter(),
      { start: { block: 'b1', offset: 31 }, end: { block: 'b1', offset: 52 } },
      counterIds('e'),
    );
    editor.update(() => void $insertPassage(passage, footnotes, { end: true }), { discrete: true });
    expect(numberings).toBe(2);
  });
});
