import { $createNodeSelection, $getRoot, $isParagraphNode, $setSelection, type ElementNode, type TextNode } from 'lexical';
import { describe, expect, it } from 'vitest';

import { counterIds } from '../../../app/briefing/ids';
import { emptyBriefing, type Passage } from '../../../app/briefing/model';
import { createPassage } from '../../../app/briefing/passage';
import { $anchorComment, $removeComment } from '../../../renderer/editor/plugins/Comments/comments';
import { registerNoteNumbering } from '../../../renderer/editor/plugins/NoteNumbering/register-numbering';
import { $insertPassage, $passageNodes } from '../../../renderer/editor/plugins/Passages/insert-passage';
import { $trimPassageNode } from '../../../renderer/editor/plugins/Trim/trim-node';
import { sampleLetter } from '../../app/briefing/letter-fixture';
import { briefingOf, headlessEditor, load, update } from './headless';

/** An editor holding "Inleiding." and the whole of block b1 ("De leiders … Parijs.", two notes). */
function setUp() {
  const editor = headlessEditor();
  const briefing = emptyBriefing();
  briefing.body = [{ type: 'paragraph', children: [{ type: 'text', text: 'Inleiding.' }] }];
  load(editor, briefing);
  const { passage, footnotes } = createPassage(
    sampleLetter(),
    { start: { block: 'b1', offset: 0 }, end: { block: 'b1', offset: 52 } },
    counterIds('t'),
  );
  update(editor, () => void $insertPassage(passage, footnotes, { end: true }));
  return { editor };
}

describe('passage actions in the editor', () => {
  it('trims a passage with trimPassage: "[…]" flags, the dropped note leaves the briefing', () => {
    const { editor } = setUp();
    const key = editor.getEditorState().read(() => $passageNodes()[0]!.getKey());
    update(editor, () => $trimPassageNode(key, [[31, 52]]));
    const back = briefingOf(editor);
    const passage = back.body.find((block): block is Passage => block.type === 'passage')!;
    expect(passage.parts[0]).toMatchObject({ start: 31, end: 52, text: 'Daarna volgde Parijs.', omittedBefore: true, omittedAfter: false });
    expect(back.footnotes.map((note) => note.text)).toEqual(['Kamerstuk 36 045, nr. 215']);
  });

  it('anchors a comment on a text range and on a selected passage, and removes it from both', () => {
    const { editor } = setUp();
    update(editor, () => {
      const text = $getRoot().getFirstChildOrThrow<ElementNode>().getFirstChildOrThrow<TextNode>();
      text.select(0, 9);
      expect($anchorComment('c1')).toBe(true);
      const selection = $createNodeSelection();
      selection.add($passageNodes()[0]!.getKey());
      $setSelection(selection);
      expect($anchorComment('c1')).toBe(true);
    });
    let back = briefingOf(editor);
    expect(back.body[0]).toEqual({
      type: 'paragraph',
      children: [
        { type: 'text', text: 'Inleiding', comments: ['c1'] },
        { type: 'text', text: '.' },
      ],
    });
    expect(back.body[1]?.type === 'passage' && back.body[1].comments).toEqual(['c1']);
    update(editor, () => $removeComment('c1'));
    back = briefingOf(editor);
    expect(back.body[0]).toEqual({ type: 'paragraph', children: [{ type: 'text', text: 'Inleiding.' }] });
    expect(back.body[1]?.type === 'passage' && 'comments' in back.body[1]).toBe(false);
  });

  it('does not renumber for typing, but does when a note-bearing node goes', () => {
    const { editor } = setUp();
    const calls: number[] = [];
    registerNoteNumbering(
      editor,
      () => 'line',
      (numbering) => calls.push(numbering.notes.length),
    );
    expect(calls).toEqual([2]);
    update(editor, () => {
      const paragraph = $getRoot().getFirstChild();
      if ($isParagraphNode(paragraph)) paragraph.selectEnd().insertText(' Meer tekst.');
    });
    expect(calls).toEqual([2]);
    update(editor, () => $passageNodes()[0]!.remove());
    expect(calls).toEqual([2, 0]);
  });
});
