import { $getRoot, $getSelection, $isRangeSelection, type ElementNode, type TextNode, UNDO_COMMAND } from 'lexical';
import { describe, expect, it } from 'vitest';

import { createMetaEdits } from '../../../../renderer/editor/meta/meta-edits';
import { type BriefingMetaView, registerBriefingMeta } from '../../../../renderer/editor/meta/register-briefing-meta';
import { richBriefing } from '../../../app/briefing/briefing-fixture';
import { headlessEditor, load, settled, update } from '../headless';

/** The rich briefing (comments a1 on " de verklaring", a2 on a passage run and the passage) with a view listener. */
function setUp() {
  const editor = headlessEditor({ history: true });
  load(editor, richBriefing());
  const views: BriefingMetaView[] = [];
  registerBriefingMeta(editor, (view) => views.push(view));
  const ids = () => views[views.length - 1]!.annotations.map((annotation) => annotation.id);
  return { editor, views, ids };
}

describe('the comments and properties view derived from the editor state', () => {
  it('lists the anchored comments, hides one whose text is deleted and shows it again on undo', async () => {
    const { editor, views, ids } = setUp();
    expect(views).toHaveLength(1);
    expect(views[0]!.properties.title).toBe('Nota over de vredesonderhandelingen');
    expect(ids()).toEqual(['a1', 'a2']);

    // Delete the second paragraph's marked words " de verklaring" (the whole mark).
    update(editor, () => {
      const paragraph = $getRoot().getChildAtIndex<ElementNode>(1)!;
      const text = paragraph.getAllTextNodes();
      expect(text.map((node) => node.getTextContent())).toEqual(['Het kabinet ', 'steunt', ' de ', 'verklaring', '.']);
      const selection = (text[2] as TextNode).select(0, 0);
      selection.focus.set(text[3]!.getKey(), 'verklaring'.length, 'text');
      selection.removeText();
    });
    expect(ids()).toEqual(['a2']);

    editor.dispatchCommand(UNDO_COMMAND, undefined);
    await settled();
    expect(ids()).toEqual(['a1', 'a2']);
    expect(views[views.length - 1]!.annotations[0]).toEqual({
      id: 'a1',
      author: 'B. Jurist',
      date: '2026-01-21T09:30:00.000Z',
      text: 'Formulering checken',
    });
  });

  it('follows properties and citation style through undo', async () => {
    const { editor, views } = setUp();
    const edits = createMetaEdits(editor);
    edits.setCitationStyle('line');
    expect(views[views.length - 1]!.citationStyle).toBe('line');
    editor.dispatchCommand(UNDO_COMMAND, undefined);
    await settled();
    expect(views[views.length - 1]!.citationStyle).toBe('footnote');
  });

  it('does not hand on a new view while the user only types', () => {
    const { editor, views } = setUp();
    for (const character of 'abc') {
      update(editor, () => {
        $getRoot().getFirstChildOrThrow<ElementNode>().getFirstChildOrThrow<TextNode>().select(0, 0);
        const selection = $getSelection();
        if ($isRangeSelection(selection)) selection.insertText(character);
      });
    }
    expect(editor.getEditorState().read(() => $getRoot().getFirstChildOrThrow().getTextContent())).toBe('cbaSamenvatting');
    expect(views).toHaveLength(1);
  });
});
