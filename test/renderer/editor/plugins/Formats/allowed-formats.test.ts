import { $createParagraphNode, $createTextNode, $getRoot, $isTextNode, FORMAT_TEXT_COMMAND } from 'lexical';
import { describe, expect, it } from 'vitest';

import { registerAllowedFormats } from '../../../../../renderer/editor/plugins/Formats/allowed-formats';
import { briefingOf, headlessEditor, update } from '../../headless';

describe('registerAllowedFormats', () => {
  it('refuses formats the model cannot hold and strips them (and inline styles) from arriving text', () => {
    const editor = headlessEditor();
    registerAllowedFormats(editor);
    update(editor, () => {
      const text = $createTextNode('Kern');
      text.toggleFormat('bold');
      text.toggleFormat('underline');
      text.toggleFormat('superscript');
      text.setStyle('color: red');
      $getRoot().append($createParagraphNode().append(text));
    });
    const node = editor.getEditorState().read(() => $getRoot().getAllTextNodes()[0]!);
    expect($isTextNode(node)).toBe(true);
    expect(
      editor
        .getEditorState()
        .read(() => [node.hasFormat('bold'), node.hasFormat('underline'), node.hasFormat('superscript'), node.getStyle()]),
    ).toEqual([true, false, false, '']);
    expect(editor.dispatchCommand(FORMAT_TEXT_COMMAND, 'underline')).toBe(true); // taken, nothing done
    expect(editor.dispatchCommand(FORMAT_TEXT_COMMAND, 'bold')).toBe(false); // left to the editor
    expect(briefingOf(editor).body[0]).toMatchObject({ children: [{ type: 'text', text: 'Kern', bold: true }] });
  });
});
