import {
  $createParagraphNode,
  $createTextNode,
  $getRoot,
  type ElementNode,
  type LexicalEditor,
  type TextNode,
  UNDO_COMMAND,
} from 'lexical';
import { describe, expect, it } from 'vitest';

import { counterIds } from '../../../../app/briefing/ids';
import { emptyBriefing } from '../../../../app/briefing/model';
import { createPassage } from '../../../../app/briefing/passage';
import { createEditorUi } from '../../../../renderer/editor/context/EditorUiContext';
import {
  ADD_COMMENT_COMMAND,
  DELETE_COMMENT_COMMAND,
  EDIT_COMMENT_COMMAND,
  OPEN_COMMENT_FORM_COMMAND,
  REPLY_COMMENT_COMMAND,
  RESOLVE_COMMENT_COMMAND,
} from '../../../../renderer/editor/plugins/Comments/comment-commands';
import { registerComments } from '../../../../renderer/editor/plugins/Comments/register-comments';
import { INSERT_FOOTNOTE_COMMAND, OPEN_FOOTNOTE_FORM_COMMAND } from '../../../../renderer/editor/plugins/Footnotes/footnote-commands';
import { registerFootnotes } from '../../../../renderer/editor/plugins/Footnotes/register-footnotes';
import { $numberEditorNotes } from '../../../../renderer/editor/plugins/NoteNumbering/number-notes';
import { $insertPassage, $passageNodes } from '../../../../renderer/editor/plugins/Passages/insert-passage';
import { registerTrim } from '../../../../renderer/editor/plugins/Trim/register-trim';
import { TRIM_PASSAGE_COMMAND } from '../../../../renderer/editor/plugins/Trim/trim-commands';
import { $trimPassageNode } from '../../../../renderer/editor/plugins/Trim/trim-node';
import { sampleLetter } from '../../../app/briefing/letter-fixture';
import { briefingOf, headlessEditor, load, settled, update } from '../headless';

const SENTENCE = 'Het kabinet steunt de verklaring van Berlijn.';

function setUp() {
  const editor = headlessEditor({ history: true });
  const ui = createEditorUi();
  registerFootnotes(editor, ui);
  registerComments(editor, ui, () => '2026-02-03T10:15:00.000Z');
  registerTrim(editor);
  const briefing = emptyBriefing();
  briefing.properties.author = 'J. Jansen';
  load(editor, briefing);
  update(editor, () => {
    $getRoot()
      .clear()
      .append($createParagraphNode().append($createTextNode(SENTENCE)));
  });
  return { editor, ui };
}

const selectWords = (start: number, end: number) =>
  $getRoot().getFirstChildOrThrow<ElementNode>().getFirstChildOrThrow<TextNode>().select(start, end);

const dispatch = <T>(editor: LexicalEditor, run: () => T): T => {
  let result!: T;
  update(editor, () => void (result = run()));
  return result;
};

describe('the editor features as Lexical commands', () => {
  it('INSERT_FOOTNOTE_COMMAND inserts a numbered user footnote at the selection; an empty text is refused', () => {
    const { editor } = setUp();
    expect(dispatch(editor, () => (selectWords(11, 11), editor.dispatchCommand(INSERT_FOOTNOTE_COMMAND, '  Zie de agenda. ')))).toBe(true);
    expect(dispatch(editor, () => editor.dispatchCommand(INSERT_FOOTNOTE_COMMAND, '   '))).toBe(false);
    const notes = editor.getEditorState().read(() => $numberEditorNotes('footnote').notes);
    expect(notes.map((note) => [note.number, note.kind, note.text])).toEqual([[1, 'user', 'Zie de agenda.']]);
  });

  it('the open-form commands keep the selection for the form; opening one closes a footnote being edited', () => {
    const { editor, ui } = setUp();
    ui.editingFootnote.set('some-key');
    update(editor, () => (selectWords(19, 44), editor.dispatchCommand(OPEN_COMMENT_FORM_COMMAND, undefined)));
    expect(ui.form.get()?.kind).toBe('comment');
    expect(ui.form.get()?.selection).not.toBeNull();
    expect(ui.editingFootnote.get()).toBeNull();
    update(editor, () => editor.dispatchCommand(OPEN_FOOTNOTE_FORM_COMMAND, undefined));
    expect(ui.form.get()?.kind).toBe('footnote');
    ui.editingFootnote.set('some-key');
    expect(ui.form.get()).toBeNull();
  });

  it('ADD_COMMENT_COMMAND anchors a comment by the author on the selection, DELETE_COMMENT_COMMAND removes it; undo restores it', async () => {
    const { editor } = setUp();
    expect(dispatch(editor, () => (selectWords(19, 19), editor.dispatchCommand(ADD_COMMENT_COMMAND, 'Leeg')))).toBe(false);
    expect(dispatch(editor, () => (selectWords(19, 44), editor.dispatchCommand(ADD_COMMENT_COMMAND, 'Bron?')))).toBe(true);
    const [comment] = briefingOf(editor).annotations;
    expect(comment).toMatchObject({ author: 'J. Jansen', date: '2026-02-03T10:15:00.000Z', text: 'Bron?' });
    update(editor, () => void editor.dispatchCommand(DELETE_COMMENT_COMMAND, comment!.id));
    expect(briefingOf(editor).annotations).toEqual([]);
    editor.dispatchCommand(UNDO_COMMAND, undefined);
    await settled();
    expect(briefingOf(editor).annotations.map((annotation) => annotation.id)).toEqual([comment!.id]);
  });

  it('EDIT_, REPLY_ and RESOLVE_COMMENT_COMMAND change the thread, each one undo step; a reply is deleted alone', async () => {
    const { editor } = setUp();
    dispatch(editor, () => (selectWords(19, 44), editor.dispatchCommand(ADD_COMMENT_COMMAND, 'Bron?')));
    const id = briefingOf(editor).annotations[0]!.id;
    expect(dispatch(editor, () => editor.dispatchCommand(EDIT_COMMENT_COMMAND, { id, text: '  ' }))).toBe(false);
    expect(dispatch(editor, () => editor.dispatchCommand(EDIT_COMMENT_COMMAND, { id, text: 'Bron navragen' }))).toBe(true);
    expect(dispatch(editor, () => editor.dispatchCommand(REPLY_COMMENT_COMMAND, { id, text: 'Gedaan.' }))).toBe(true);
    expect(dispatch(editor, () => editor.dispatchCommand(REPLY_COMMENT_COMMAND, { id: 'nope', text: 'x' }))).toBe(false);
    expect(dispatch(editor, () => editor.dispatchCommand(RESOLVE_COMMENT_COMMAND, { id, resolved: true }))).toBe(true);
    const [comment] = briefingOf(editor).annotations;
    expect(comment).toMatchObject({ text: 'Bron navragen', resolved: true });
    expect(comment!.replies).toEqual([{ id: expect.any(String), author: 'J. Jansen', date: '2026-02-03T10:15:00.000Z', text: 'Gedaan.' }]);

    editor.dispatchCommand(UNDO_COMMAND, undefined);
    await settled();
    expect(briefingOf(editor).annotations[0]).not.toHaveProperty('resolved');
    editor.dispatchCommand(UNDO_COMMAND, undefined);
    await settled();
    expect(briefingOf(editor).annotations[0]).not.toHaveProperty('replies');
    editor.dispatchCommand(UNDO_COMMAND, undefined);
    await settled();
    expect(briefingOf(editor).annotations[0]!.text).toBe('Bron?');

    dispatch(editor, () => editor.dispatchCommand(REPLY_COMMENT_COMMAND, { id, text: 'Eerste' }));
    dispatch(editor, () => editor.dispatchCommand(REPLY_COMMENT_COMMAND, { id, text: 'Tweede' }));
    const first = briefingOf(editor).annotations[0]!.replies![0]!.id;
    update(editor, () => void editor.dispatchCommand(DELETE_COMMENT_COMMAND, first));
    expect(briefingOf(editor).annotations.map((a) => [a.id, a.replies?.map((reply) => reply.text)])).toEqual([[id, ['Tweede']]]);
  });

  it('TRIM_PASSAGE_COMMAND trims as $trimPassageNode does; false for a key that is not a passage', () => {
    const { editor } = setUp();
    const trimmed = headlessEditor();
    load(trimmed, emptyBriefing());
    const range = { start: { block: 'b1', offset: 0 }, end: { block: 'b1', offset: 52 } };
    for (const target of [editor, trimmed]) {
      const { passage, footnotes } = createPassage(sampleLetter(), range, counterIds('t'));
      update(target, () => void $insertPassage(passage, footnotes, { end: true }));
    }
    const keyOf = (target: LexicalEditor) => target.getEditorState().read(() => $passageNodes()[0]!.getKey());
    expect(dispatch(editor, () => editor.dispatchCommand(TRIM_PASSAGE_COMMAND, { key: keyOf(editor), ranges: [[4, 30]] }))).toBe(true);
    update(trimmed, () => void $trimPassageNode(keyOf(trimmed), [[4, 30]]));
    const passageOf = (target: LexicalEditor) => target.getEditorState().read(() => $passageNodes()[0]!.getPassage().parts);
    expect(passageOf(editor)).toEqual(passageOf(trimmed));
    expect(passageOf(editor)[0]!.omittedBefore).toBe(true);
    expect(dispatch(editor, () => editor.dispatchCommand(TRIM_PASSAGE_COMMAND, { key: 'nothing', ranges: [] }))).toBe(false);
  });
});
