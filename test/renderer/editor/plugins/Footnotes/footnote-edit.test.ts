import {
  $createParagraphNode,
  $createTextNode,
  $getRoot,
  $getSelection,
  $isRangeSelection,
  type LexicalEditor,
  type NodeKey,
  UNDO_COMMAND,
} from 'lexical';
import { describe, expect, it } from 'vitest';

import { counterIds } from '../../../../../app/briefing/ids';
import { emptyBriefing } from '../../../../../app/briefing/model';
import { createPassage } from '../../../../../app/briefing/passage';
import { $createFootnoteRefNode, $isFootnoteRefNode } from '../../../../../renderer/editor/nodes/FootnoteRefNode';
import { $removeUserFootnote, $setUserFootnoteText, $userFootnoteAt } from '../../../../../renderer/editor/plugins/Footnotes/footnote-edit';
import { $numberEditorNotes } from '../../../../../renderer/editor/plugins/NoteNumbering/number-notes';
import { $insertPassage } from '../../../../../renderer/editor/plugins/Passages/insert-passage';
import { sampleLetter } from '../../../../app/briefing/letter-fixture';
import { briefingOf, headlessEditor, load, settled, update } from '../../headless';

const numbers = (editor: LexicalEditor): string[] =>
  editor.getEditorState().read(() => $numberEditorNotes('line').notes.map((note) => `${note.number} ${note.text}`));

/** "Eerst¹ dan²" with two user notes, followed by the passage "De leiders spraken in Berlijn." and its quote note. */
function setUp() {
  const editor = headlessEditor({ history: true });
  const briefing = emptyBriefing();
  load(editor, briefing);
  const keys: NodeKey[] = [];
  update(editor, () => {
    const first = $createFootnoteRefNode({ id: 'u1', origin: 'user', text: 'Eerste eigen noot.' });
    const second = $createFootnoteRefNode({ id: 'u2', origin: 'user', text: 'Tweede eigen noot.' });
    $getRoot()
      .clear()
      .append($createParagraphNode().append($createTextNode('Eerst'), first, $createTextNode(' dan'), second));
    keys.push(first.getKey(), second.getKey());
  });
  const { passage, footnotes } = createPassage(
    sampleLetter(),
    { start: { block: 'b1', offset: 0 }, end: { block: 'b1', offset: 30 } },
    counterIds('t'),
  );
  update(editor, () => void $insertPassage(passage, footnotes, { end: true }));
  return { editor, keys };
}

describe('editing and deleting the user’s own footnotes', () => {
  it('replaces a note’s text (trimmed), puts the caret after its reference, and undo brings the old text back', async () => {
    const { editor, keys } = setUp();
    let result = false;
    update(editor, () => {
      result = $setUserFootnoteText(keys[0]!, '  Zie de geannoteerde agenda.  ');
      const selection = $getSelection();
      expect($isRangeSelection(selection) && selection.anchor.getNode().getTextContent()).toBe(' dan');
      expect($isRangeSelection(selection) && selection.anchor.offset).toBe(0);
    });
    expect(result).toBe(true);
    expect(numbers(editor)).toEqual(['1 Zie de geannoteerde agenda.', '2 Tweede eigen noot.', '3 Joint Statement, 15 december 2025']);
    expect(briefingOf(editor).footnotes.filter((note) => note.origin === 'user')).toEqual([
      { id: 'u1', origin: 'user', text: 'Zie de geannoteerde agenda.' },
      { id: 'u2', origin: 'user', text: 'Tweede eigen noot.' },
    ]);
    editor.dispatchCommand(UNDO_COMMAND, undefined);
    await settled();
    expect(numbers(editor)[0]).toBe('1 Eerste eigen noot.');
  });

  it('gives an edited copy of a pasted reference its own id, so the original keeps its text when saved', () => {
    const { editor, keys } = setUp();
    let copyKey = '';
    update(editor, () => {
      const copy = $createFootnoteRefNode({ id: 'u1', origin: 'user', text: 'Eerste eigen noot.' });
      $getRoot().getFirstChildOrThrow<ReturnType<typeof $createParagraphNode>>().append(copy);
      copyKey = copy.getKey();
    });
    update(editor, () => void $setUserFootnoteText(copyKey, 'Gewijzigde kopie.', () => 'u9'));
    const back = briefingOf(editor);
    expect(back.footnotes.filter((note) => note.origin === 'user')).toEqual([
      { id: 'u1', origin: 'user', text: 'Eerste eigen noot.' },
      { id: 'u2', origin: 'user', text: 'Tweede eigen noot.' },
      { id: 'u9', origin: 'user', text: 'Gewijzigde kopie.' },
    ]);
    // Editing a note no other reference shares keeps its id.
    update(editor, () => void $setUserFootnoteText(keys[0]!, 'Eerste, herzien.', () => 'u10'));
    expect(briefingOf(editor).footnotes.find((note) => note.text === 'Eerste, herzien.')?.id).toBe('u1');
  });

  it('refuses an empty text and leaves the note as it was', () => {
    const { editor, keys } = setUp();
    let result = true;
    update(editor, () => (result = $setUserFootnoteText(keys[1]!, '   ')));
    expect(result).toBe(false);
    expect(numbers(editor)[1]).toBe('2 Tweede eigen noot.');
  });

  it('deletes a note with its reference: the later notes move up one number; undo restores it', async () => {
    const { editor, keys } = setUp();
    update(editor, () => void $removeUserFootnote(keys[0]!));
    expect(numbers(editor)).toEqual(['1 Tweede eigen noot.', '2 Joint Statement, 15 december 2025']);
    const back = briefingOf(editor);
    expect(back.body[0]).toEqual({
      type: 'paragraph',
      children: [
        { type: 'text', text: 'Eerst dan' },
        { type: 'footnote-ref', footnote: 'u2' },
      ],
    });
    expect(back.footnotes.map((note) => note.id)).not.toContain('u1');
    editor.dispatchCommand(UNDO_COMMAND, undefined);
    await settled();
    expect(numbers(editor)).toEqual(['1 Eerste eigen noot.', '2 Tweede eigen noot.', '3 Joint Statement, 15 december 2025']);
  });

  it('never edits or deletes a quote note: those stay verbatim', () => {
    const { editor } = setUp();
    let quoteKey = '';
    update(editor, () => {
      const ref = $createFootnoteRefNode({
        id: 'q1',
        origin: 'quote',
        text: 'Kamerstuk 36 045, nr. 215',
        source: { file: 'x.txt', footnote: 'fn1' },
      });
      $getRoot().getFirstChildOrThrow<ReturnType<typeof $createParagraphNode>>().append(ref);
      quoteKey = ref.getKey();
    });
    let edited = true;
    let removed = true;
    update(editor, () => {
      expect($userFootnoteAt(quoteKey)).toBeNull();
      edited = $setUserFootnoteText(quoteKey, 'Anders');
      removed = $removeUserFootnote(quoteKey);
    });
    expect([edited, removed]).toEqual([false, false]);
    const text = editor.getEditorState().read(() => {
      const node = $getRoot().getFirstChildOrThrow<ReturnType<typeof $createParagraphNode>>().getLastChild();
      return $isFootnoteRefNode(node) ? node.getNote().text : null;
    });
    expect(text).toBe('Kamerstuk 36 045, nr. 215');
  });
});
