import { $createParagraphNode, $createTextNode, $getRoot, $isTextNode, FORMAT_TEXT_COMMAND } from 'lexical';
import { describe, expect, it } from 'vitest';

import { registerAllowedFormats } from '../../../../../renderer/editor/plugins/Formats/allowed-formats';
import { briefingOf, headlessEditor, update } from '../../headless';

describe('registerAllowedFormats', () => {
  // Issue 18 finding 7: underline, strikethrough, sub- and superscript are now kept end to end (the
  // model, the file and the exports hold them); code, highlight and inline styles still are not.
  it('keeps the formats the model holds, refuses and strips the others (and inline styles) from arriving text', () => {
    const editor = headlessEditor();
    registerAllowedFormats(editor);
    update(editor, () => {
      const text = $createTextNode('Kern');
      text.toggleFormat('bold');
      text.toggleFormat('underline');
      text.toggleFormat('superscript');
      text.toggleFormat('code');
      text.toggleFormat('highlight');
      text.setStyle('color: red');
      $getRoot().append($createParagraphNode().append(text));
    });
    const node = editor.getEditorState().read(() => $getRoot().getAllTextNodes()[0]!);
    expect($isTextNode(node)).toBe(true);
    expect(
      editor
        .getEditorState()
        .read(() => [
          node.hasFormat('bold'),
          node.hasFormat('underline'),
          node.hasFormat('superscript'),
          node.hasFormat('code'),
          node.hasFormat('highlight'),
          node.getStyle(),
        ]),
    ).toEqual([true, true, true, false, false, '']);
    expect(editor.dispatchCommand(FORMAT_TEXT_COMMAND, 'code')).toBe(true); // taken, nothing done
    expect(editor.dispatchCommand(FORMAT_TEXT_COMMAND, 'highlight')).toBe(true);
    for (const kept of ['bold', 'italic', 'underline', 'strikethrough', 'subscript', 'superscript'] as const) {
      expect(editor.dispatchCommand(FORMAT_TEXT_COMMAND, kept)).toBe(false); // left to the editor
    }
    expect(briefingOf(editor).body[0]).toMatchObject({
      children: [{ type: 'text', text: 'Kern', bold: true, underline: true, superscript: true }],
    });
  });
});
