import { $createTableNodeWithDimensions, $isTableNode, type TableNode } from '@lexical/table';
import { registerTablePlugin } from '@lexical/table';
import {
  $createParagraphNode,
  $createTextNode,
  $getRoot,
  $getSelection,
  $isRangeSelection,
  KEY_TAB_COMMAND,
  type LexicalEditor,
  UNDO_COMMAND,
} from 'lexical';
import { describe, expect, it } from 'vitest';

import { insertTable } from '../../../../../renderer/editor/plugins/Tables/table-edits';
import { registerTableEdgeTab } from '../../../../../renderer/editor/plugins/Tables/table-tab';
import { headlessEditor, settled, update } from '../../headless';

/** The editor's top-level blocks as `table RxC` or `p text`, and the text of the cell (or block) the caret is in. */
function shape(editor: LexicalEditor): { blocks: string[]; caret: string } {
  return editor.getEditorState().read(() => {
    const blocks = $getRoot()
      .getChildren()
      .map((node) =>
        $isTableNode(node)
          ? `table ${node.getChildrenSize()}x${(node as TableNode).getFirstChildOrThrow<TableNode>().getChildrenSize()}`
          : `${node.getType()} ${node.getTextContent()}`,
      );
    const selection = $getSelection();
    const anchor = $isRangeSelection(selection) ? selection.anchor.getNode() : null;
    const cell = anchor?.getParents().find((node) => node.getType() === 'tablecell');
    const where = cell
      ? `cell ${cell.getParentOrThrow().getIndexWithinParent()},${cell.getIndexWithinParent()}`
      : `top ${anchor?.getTopLevelElement()?.getIndexWithinParent()}`;
    return { blocks, caret: where };
  });
}

/** Presses Tab (or Shift+Tab); true when the key was taken (handled and its default prevented). */
function tab(editor: LexicalEditor, shiftKey = false): boolean {
  let prevented = false;
  const event = { shiftKey, preventDefault: () => (prevented = true), stopPropagation: () => undefined } as unknown as KeyboardEvent;
  let taken = false;
  update(editor, () => (taken = editor.dispatchCommand(KEY_TAB_COMMAND, event)));
  return prevented && taken;
}

function setup(): LexicalEditor {
  const editor = headlessEditor({ history: true });
  registerTablePlugin(editor);
  registerTableEdgeTab(editor);
  update(editor, () => {
    $getRoot()
      .clear()
      .append(
        $createParagraphNode().append($createTextNode('Voor')),
        $createTableNodeWithDimensions(2, 2, false),
        $createParagraphNode().append($createTextNode('Na')),
      );
  });
  return editor;
}

/** Puts the caret in cell (row, column) of the first table. */
function caretIn(editor: LexicalEditor, row: number, column: number): void {
  update(editor, () => {
    const table = $getRoot().getChildren().find($isTableNode)!;
    const rowNode = table.getChildAtIndex(row) as TableNode;
    (rowNode.getChildAtIndex(column) as TableNode).selectStart();
  });
}

describe('Tab at the edges of a table', () => {
  it('Tab in the last cell adds a row and puts the caret in its first cell, one undo step', async () => {
    const editor = setup();
    caretIn(editor, 1, 1);
    expect(tab(editor)).toBe(true);
    expect(shape(editor)).toEqual({ blocks: ['paragraph Voor', 'table 3x2', 'paragraph Na'], caret: 'cell 2,0' });
    editor.dispatchCommand(UNDO_COMMAND, undefined);
    await settled();
    expect(shape(editor).blocks).toEqual(['paragraph Voor', 'table 2x2', 'paragraph Na']);
  });

  it('Shift+Tab in the first cell keeps the caret there; Tab elsewhere is left to Lexical (its next cell)', () => {
    const editor = setup();
    caretIn(editor, 0, 0);
    expect(tab(editor, true)).toBe(true);
    expect(shape(editor).caret).toBe('cell 0,0');
    expect(tab(editor)).toBe(false);
    caretIn(editor, 1, 0);
    expect(tab(editor)).toBe(false);
    expect(tab(editor, true)).toBe(false);
    expect(shape(editor).blocks).toEqual(['paragraph Voor', 'table 2x2', 'paragraph Na']);
  });
});

describe('insertTable', () => {
  it('takes the place of the empty paragraph the caret is in, caret in the first cell', async () => {
    const editor = setup();
    update(editor, () => {
      const empty = $createParagraphNode();
      $getRoot().getFirstChildOrThrow().insertAfter(empty);
      empty.select();
    });
    const selection = editor.getEditorState().read(() => $getSelection()?.clone() ?? null);
    insertTable(editor, selection, 3, 2);
    await settled();
    expect(shape(editor)).toEqual({ blocks: ['paragraph Voor', 'table 3x2', 'table 2x2', 'paragraph Na'], caret: 'cell 0,0' });
  });

  it('keeps a paragraph after a table that ends the briefing, and keeps text paragraphs', async () => {
    const editor = headlessEditor();
    registerTablePlugin(editor);
    update(editor, () => {
      $getRoot()
        .clear()
        .append($createParagraphNode().append($createTextNode('Tekst')), $createParagraphNode());
      $getRoot().getLastChildOrThrow<ReturnType<typeof $createParagraphNode>>().select();
    });
    const selection = editor.getEditorState().read(() => $getSelection()?.clone() ?? null);
    insertTable(editor, selection, 2, 3);
    await settled();
    expect(shape(editor)).toEqual({ blocks: ['paragraph Tekst', 'table 2x3', 'paragraph '], caret: 'cell 0,0' });
  });
});
