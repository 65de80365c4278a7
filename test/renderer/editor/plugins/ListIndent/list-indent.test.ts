import { $createListItemNode, $createListNode, type ListItemNode } from '@lexical/list';
import { $createParagraphNode, $createTextNode, $getRoot, KEY_TAB_COMMAND, type LexicalEditor } from 'lexical';
import { describe, expect, it } from 'vitest';

import type { List } from '../../../../../app/briefing/model';
import { registerListIndent } from '../../../../../renderer/editor/plugins/ListIndent/list-indent';
import { briefingOf, headlessEditor, update } from '../../headless';

/** Presses Tab (or Shift+Tab) with the caret at the end of the given text; reports whether the key was taken. */
function tab(editor: LexicalEditor, text: string, shiftKey = false): boolean {
  let prevented = false;
  const event = { shiftKey, preventDefault: () => (prevented = true) } as unknown as KeyboardEvent;
  update(editor, () => {
    const node = $getRoot()
      .getAllTextNodes()
      .find((n) => n.getTextContent() === text);
    node?.select(text.length, text.length);
    editor.dispatchCommand(KEY_TAB_COMMAND, event);
  });
  return prevented;
}

const levels = (editor: LexicalEditor): string[] =>
  (briefingOf(editor).body.find((block) => block.type === 'list') as List).items.map(
    (item) =>
      `${item.level ?? 0}${item.ordered === undefined ? '' : item.ordered ? 'n' : 'b'} ${item.children.map((c) => (c.type === 'text' ? c.text : '')).join('')}`,
  );

function setup(): LexicalEditor {
  const editor = headlessEditor();
  registerListIndent(editor);
  update(editor, () => {
    const item = (text: string): ListItemNode => $createListItemNode().append($createTextNode(text));
    $getRoot()
      .clear()
      .append(
        $createListNode('number').append(item('Een'), item('Twee'), item('Drie')),
        $createParagraphNode().append($createTextNode('Daarna')),
      );
  });
  return editor;
}

describe('Tab in a list item', () => {
  it('indents the item into a nested list that is saved as level 1, and Shift+Tab brings it back', () => {
    const editor = setup();
    expect(tab(editor, 'Twee')).toBe(true);
    expect(levels(editor)).toEqual(['0 Een', '1 Twee', '0 Drie']);
    tab(editor, 'Drie');
    tab(editor, 'Drie');
    expect(levels(editor)).toEqual(['0 Een', '1 Twee', '2 Drie']);
    tab(editor, 'Drie', true);
    expect(levels(editor)).toEqual(['0 Een', '1 Twee', '1 Drie']);
  });

  it('stops at level 4', () => {
    const editor = setup();
    for (let i = 0; i < 7; i++) tab(editor, 'Twee');
    expect(levels(editor)).toEqual(['0 Een', '4 Twee', '0 Drie']);
  });

  it('leaves Tab alone outside a list (focus moves on as usual)', () => {
    const editor = setup();
    expect(tab(editor, 'Daarna')).toBe(false);
    expect(briefingOf(editor).body[1]).toEqual({ type: 'paragraph', children: [{ type: 'text', text: 'Daarna' }] });
  });
});
