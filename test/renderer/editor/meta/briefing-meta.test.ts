import {
  $createNodeSelection,
  $getRoot,
  $setSelection,
  type ElementNode,
  type LexicalEditor,
  REDO_COMMAND,
  type TextNode,
  UNDO_COMMAND,
} from 'lexical';
import { describe, expect, it } from 'vitest';

import { type Briefing, emptyBriefing, type Passage } from '../../../../app/briefing/model';
import { $addComment, $deleteComment } from '../../../../renderer/editor/plugins/Comments/comment-edits';
import { $passageNodes } from '../../../../renderer/editor/plugins/Passages/insert-passage';
import { richBriefing } from '../../../app/briefing/briefing-fixture';
import { briefingOf, headlessEditor, load, settled, update } from '../headless';

const SENTENCE = 'Het kabinet steunt de verklaring van Berlijn.';
const DATE = '2026-02-03T10:15:00.000Z';

/** An editor with history holding one paragraph, author "J. Jansen". */
function setUp(): { editor: LexicalEditor; briefing: Briefing } {
  const editor = headlessEditor({ history: true });
  const briefing = emptyBriefing();
  briefing.properties.author = 'J. Jansen';
  briefing.body = [{ type: 'paragraph', children: [{ type: 'text', text: SENTENCE }] }];
  load(editor, briefing);
  return { editor, briefing };
}

/** Comments "de verklaring van Berlijn" (offsets 19–44) with `text`. */
function commentRange(editor: LexicalEditor, id: string, text: string): void {
  update(editor, () => {
    $getRoot().getFirstChildOrThrow<ElementNode>().getFirstChildOrThrow<TextNode>().select(19, 44);
    expect($addComment(id, text, DATE)).toBe(true);
  });
}

async function undo(editor: LexicalEditor): Promise<void> {
  editor.dispatchCommand(UNDO_COMMAND, undefined);
  await settled();
}
async function redo(editor: LexicalEditor): Promise<void> {
  editor.dispatchCommand(REDO_COMMAND, undefined);
  await settled();
}

const COMMENTED = [
  { type: 'text', text: 'Het kabinet steunt ' },
  { type: 'text', text: 'de verklaring van Berlijn', comments: ['a1'] },
  { type: 'text', text: '.' },
];

describe('comments in the editor history', () => {
  it('undoes adding a comment (entry and highlight together) and redoes it with its text', async () => {
    const { editor } = setUp();
    commentRange(editor, 'a1', 'Bron nog nagaan bij BZ.');
    expect(briefingOf(editor).annotations).toEqual([{ id: 'a1', author: 'J. Jansen', date: DATE, text: 'Bron nog nagaan bij BZ.' }]);
    expect(briefingOf(editor).body).toEqual([{ type: 'paragraph', children: COMMENTED }]);

    await undo(editor);
    expect(briefingOf(editor).annotations).toEqual([]);
    expect(briefingOf(editor).body).toEqual([{ type: 'paragraph', children: [{ type: 'text', text: SENTENCE }] }]);

    await redo(editor);
    expect(briefingOf(editor).annotations).toEqual([{ id: 'a1', author: 'J. Jansen', date: DATE, text: 'Bron nog nagaan bij BZ.' }]);
    expect(briefingOf(editor).body).toEqual([{ type: 'paragraph', children: COMMENTED }]);
  });

  it('undoes and redoes deleting a comment as one step', async () => {
    const { editor } = setUp();
    commentRange(editor, 'a1', 'Eerste opmerking.');
    update(editor, () => $deleteComment('a1'));
    expect(briefingOf(editor).annotations).toEqual([]);
    expect(briefingOf(editor).body[0]).toEqual({ type: 'paragraph', children: [{ type: 'text', text: SENTENCE }] });

    await undo(editor);
    expect(briefingOf(editor).annotations.map((annotation) => annotation.text)).toEqual(['Eerste opmerking.']);
    expect(briefingOf(editor).body[0]).toEqual({ type: 'paragraph', children: COMMENTED });

    await redo(editor);
    expect(briefingOf(editor).annotations).toEqual([]);
  });

  it('drops a comment whose text is deleted from the briefing, and undo brings it back', async () => {
    const { editor } = setUp();
    commentRange(editor, 'a1', 'Bron nog nagaan bij BZ.');
    // Delete "Het kabinet steunt de verklaring van Berlijn" (all but the final period).
    update(editor, () => {
      const text = $getRoot().getAllTextNodes();
      expect(text.map((node) => node.getTextContent())).toEqual(['Het kabinet steunt ', 'de verklaring van Berlijn', '.']);
      const selection = text[0]!.select(0, 0);
      selection.focus.set(text[2]!.getKey(), 0, 'text');
      selection.removeText();
    });
    const after = briefingOf(editor);
    expect(after.body[0]).toEqual({ type: 'paragraph', children: [{ type: 'text', text: '.' }] });
    expect(after.annotations).toEqual([]);

    await undo(editor);
    const back = briefingOf(editor);
    expect(back.body[0]).toEqual({ type: 'paragraph', children: COMMENTED });
    expect(back.annotations.map((annotation) => annotation.text)).toEqual(['Bron nog nagaan bij BZ.']);
  });

  it('undoes a comment on a whole passage', async () => {
    const editor = headlessEditor({ history: true });
    load(editor, richBriefing());
    update(editor, () => {
      const selection = $createNodeSelection();
      selection.add($passageNodes()[0]!.getKey());
      $setSelection(selection);
      expect($addComment('a9', 'Hele passage nalopen.', DATE)).toBe(true);
    });
    const passage = (briefing: Briefing) => briefing.body.find((block): block is Passage => block.type === 'passage')!;
    expect(passage(briefingOf(editor)).comments).toEqual(['a2', 'a9']);
    expect(briefingOf(editor).annotations.map((annotation) => `${annotation.id} ${annotation.author}: ${annotation.text}`)).toEqual([
      'a1 B. Jurist: Formulering checken',
      'a2 A. Ambtenaar: Kern van het citaat',
      'a9 A. Ambtenaar: Hele passage nalopen.',
    ]);

    await undo(editor);
    expect(passage(briefingOf(editor)).comments).toEqual(['a2']);
    expect(briefingOf(editor).annotations.map((annotation) => annotation.id)).toEqual(['a1', 'a2']);
  });

  it('cannot undo a loaded briefing back into an empty document', async () => {
    const { editor } = setUp();
    await undo(editor);
    expect(briefingOf(editor).body).toEqual([{ type: 'paragraph', children: [{ type: 'text', text: SENTENCE }] }]);
    expect(briefingOf(editor).properties.author).toBe('J. Jansen');
  });
});
