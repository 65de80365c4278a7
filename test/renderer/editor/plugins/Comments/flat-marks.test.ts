import { $isMarkNode } from '@lexical/mark';
import { $dfs } from '@lexical/utils';
import {
  $createParagraphNode,
  $createTextNode,
  $getRoot,
  $getSelection,
  $isRangeSelection,
  type ElementNode,
  type TextNode,
} from 'lexical';
import { describe, expect, it } from 'vitest';

import { emptyBriefing } from '../../../../../app/briefing/model';
import { createEditorUi } from '../../../../../renderer/editor/context/EditorUiContext';
import { ADD_COMMENT_COMMAND } from '../../../../../renderer/editor/plugins/Comments/comment-commands';
import { registerComments } from '../../../../../renderer/editor/plugins/Comments/register-comments';
import { briefingOf, headlessEditor, load, update } from '../../headless';

const SENTENCE = 'Inleiding: de kern van het kabinetsbeleid en de uitvoering';

function setUp(ids: string[]) {
  const editor = headlessEditor({ history: true });
  registerComments(editor, createEditorUi(), () => '2026-02-03T10:15:00.000Z');
  load(editor, emptyBriefing());
  update(editor, () => {
    $getRoot()
      .clear()
      .append($createParagraphNode().append($createTextNode(SENTENCE)));
  });
  /** Comments the `count` characters at the end of the paragraph, selected from the paragraph's last text. */
  const commentEnd = (count: number, text: string): void =>
    update(editor, () => {
      const texts = $getRoot().getFirstChildOrThrow<ElementNode>().getAllTextNodes();
      // The range's start: `count` characters back from the end, in whichever text node it falls.
      let rest = count;
      let index = texts.length - 1;
      while (rest > texts[index]!.getTextContentSize()) rest -= texts[index--]!.getTextContentSize();
      const start = texts[index]!;
      const end = texts.at(-1)! as TextNode;
      const selection = start.select(start.getTextContentSize() - rest, start.getTextContentSize());
      selection.focus.set(end.getKey(), end.getTextContentSize(), 'text');
      ids.push(text);
      expect(editor.dispatchCommand(ADD_COMMENT_COMMAND, text)).toBe(true);
    });
  return { editor, commentEnd };
}

const nestedMarks = () => $dfs().filter(({ node }) => $isMarkNode(node) && node.getParents().some($isMarkNode)).length;

describe('overlapping comments (fresh export tester, session 10)', () => {
  it('a comment over an existing one at the paragraph end gives flat marks, each run with all its comments', () => {
    const { editor, commentEnd } = setUp([]);
    commentEnd('de uitvoering'.length, 'Opm B');
    commentEnd('kabinetsbeleid en de uitvoering'.length, 'Opm A');
    expect(editor.getEditorState().read(nestedMarks)).toBe(0);
    const { body, annotations } = briefingOf(editor);
    const [b, a] = annotations.map((annotation) => annotation.id);
    expect(body).toEqual([
      {
        type: 'paragraph',
        children: [
          { type: 'text', text: 'Inleiding: de kern van het ' },
          { type: 'text', text: 'kabinetsbeleid en ', comments: [a] },
          { type: 'text', text: 'de uitvoering', comments: [b, a] },
        ],
      },
    ]);
  });

  it('text typed at the end of the paragraph then goes after the commented words, and a new paragraph after it', () => {
    const { editor, commentEnd } = setUp([]);
    commentEnd('de uitvoering'.length, 'Opm B');
    commentEnd('kabinetsbeleid en de uitvoering'.length, 'Opm A');
    update(editor, () => {
      $getRoot().selectEnd();
      const selection = $getSelection();
      if (!$isRangeSelection(selection)) throw new Error('no caret');
      selection.insertText('.');
      selection.insertParagraph();
      $getSelection()!.insertText('Nieuwe alinea');
    });
    const paragraphs = editor.getEditorState().read(() =>
      $getRoot()
        .getChildren()
        .map((node) => node.getTextContent()),
    );
    expect(paragraphs).toEqual([`${SENTENCE}.`, 'Nieuwe alinea']);
  });

  it('a comment on words inside an existing one splits that one into flat runs', () => {
    const { editor, commentEnd } = setUp([]);
    commentEnd('kabinetsbeleid en de uitvoering'.length, 'Opm A');
    commentEnd('de uitvoering'.length, 'Opm B');
    expect(editor.getEditorState().read(nestedMarks)).toBe(0);
    const [a, b] = briefingOf(editor).annotations.map((annotation) => annotation.id);
    expect(briefingOf(editor).body[0]).toEqual({
      type: 'paragraph',
      children: [
        { type: 'text', text: 'Inleiding: de kern van het ' },
        { type: 'text', text: 'kabinetsbeleid en ', comments: [a] },
        { type: 'text', text: 'de uitvoering', comments: [a, b] },
      ],
    });
  });
});
