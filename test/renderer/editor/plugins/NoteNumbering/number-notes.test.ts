import { $createParagraphNode, $createTextNode, $getRoot, type LexicalEditor, REDO_COMMAND, UNDO_COMMAND } from 'lexical';
import { describe, expect, it } from 'vitest';

import { counterIds } from '../../../../../app/briefing/ids';
import { type CitationStyle, emptyBriefing } from '../../../../../app/briefing/model';
import { createPassage } from '../../../../../app/briefing/passage';
import { $createFootnoteRefNode } from '../../../../../renderer/editor/nodes/FootnoteRefNode';
import { $numberEditorNotes } from '../../../../../renderer/editor/plugins/NoteNumbering/number-notes';
import { registerNoteNumbering } from '../../../../../renderer/editor/plugins/NoteNumbering/register-numbering';
import { $insertPassage, $moveTopLevel, $passageNodes } from '../../../../../renderer/editor/plugins/Passages/insert-passage';
import { sampleLetter } from '../../../../app/briefing/letter-fixture';
import { headlessEditor, load, settled, update } from '../../headless';

const ids = counterIds('t');
const letter = sampleLetter();
/** "De leiders spraken in Berlijn." with note "Joint Statement, 15 december 2025". */
const berlin = () => createPassage(letter, { start: { block: 'b1', offset: 0 }, end: { block: 'b1', offset: 30 } }, ids);
/** "Daarna volgde Parijs." with note "Kamerstuk 36 045, nr. 215". */
const paris = () => createPassage(letter, { start: { block: 'b1', offset: 31 }, end: { block: 'b1', offset: 52 } }, ids);

const numbers = (editor: LexicalEditor, style: CitationStyle = 'line'): string[] =>
  editor.getEditorState().read(() => $numberEditorNotes(style).notes.map((note) => `${note.number} ${note.text}`));

function editorWithBerlin(): LexicalEditor {
  const editor = headlessEditor({ history: true });
  load(editor, emptyBriefing());
  const { passage, footnotes } = berlin();
  update(editor, () => void $insertPassage(passage, footnotes, { end: true }));
  return editor;
}

describe('note numbering in the editor', () => {
  it('numbers a dropped passage’s note 1 and, in footnote style, its citation 2', () => {
    const editor = editorWithBerlin();
    expect(numbers(editor)).toEqual(['1 Joint Statement, 15 december 2025']);
    expect(numbers(editor, 'footnote')).toEqual([
      '1 Joint Statement, 15 december 2025',
      '2 Kamerstukken II 2025/26, 36 045, nr. 264, alinea 1',
    ]);
  });

  it('follows document order after inserting a passage above, and after moving it', () => {
    const editor = editorWithBerlin();
    const first = editor.getEditorState().read(() => $passageNodes()[0]!.getKey());
    const { passage, footnotes } = paris();
    update(editor, () => void $insertPassage(passage, footnotes, { key: first, position: 'before' }));
    expect(numbers(editor)).toEqual(['1 Kamerstuk 36 045, nr. 215', '2 Joint Statement, 15 december 2025']);
    update(editor, () => void $moveTopLevel(first, { key: $passageNodes()[0]!.getKey(), position: 'before' }));
    expect(numbers(editor)).toEqual(['1 Joint Statement, 15 december 2025', '2 Kamerstuk 36 045, nr. 215']);
  });

  it('counts user notes in the text between passages, and renumbers after a delete', () => {
    const editor = editorWithBerlin();
    update(editor, () => {
      const paragraph = $createParagraphNode().append(
        $createTextNode('Eigen tekst'),
        $createFootnoteRefNode({ id: 'u1', origin: 'user', text: 'Mijn noot.' }),
      );
      $getRoot().getFirstChildOrThrow().insertBefore(paragraph);
    });
    expect(numbers(editor)).toEqual(['1 Mijn noot.', '2 Joint Statement, 15 december 2025']);
    update(editor, () => $getRoot().getFirstChildOrThrow().remove());
    expect(numbers(editor)).toEqual(['1 Joint Statement, 15 december 2025']);
  });

  it('is right again after undo and redo', async () => {
    const editor = editorWithBerlin();
    const first = editor.getEditorState().read(() => $passageNodes()[0]!.getKey());
    const { passage, footnotes } = paris();
    update(editor, () => void $insertPassage(passage, footnotes, { key: first, position: 'before' }));
    const seen: string[][] = [];
    registerNoteNumbering(
      editor,
      () => 'line',
      (numbering) => seen.push(numbering.notes.map((note) => note.text)),
    );
    editor.dispatchCommand(UNDO_COMMAND, undefined);
    await settled();
    expect(numbers(editor)).toEqual(['1 Joint Statement, 15 december 2025']);
    editor.dispatchCommand(REDO_COMMAND, undefined);
    await settled();
    expect(numbers(editor)).toEqual(['1 Kamerstuk 36 045, nr. 215', '2 Joint Statement, 15 december 2025']);
    expect(seen).toEqual([
      ['Kamerstuk 36 045, nr. 215', 'Joint Statement, 15 december 2025'],
      ['Joint Statement, 15 december 2025'],
      ['Kamerstuk 36 045, nr. 215', 'Joint Statement, 15 december 2025'],
    ]);
  });
});
