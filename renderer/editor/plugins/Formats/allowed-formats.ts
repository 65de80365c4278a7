import { mergeRegister } from '@lexical/utils';
import { COMMAND_PRIORITY_CRITICAL, FORMAT_TEXT_COMMAND, type LexicalEditor, type TextFormatType, TextNode } from 'lexical';

/**
 * The text formats the briefing model holds (app/briefing/model: a text run's `bold` and
 * `italic`), and so the file and both exports keep. Everything else (underline, strikethrough,
 * sub- and superscript, code, highlight, inline styles) is not offered: nothing could carry it.
 */
export const KEPT_FORMATS: readonly TextFormatType[] = ['bold', 'italic'];

const KEPT_MASK = 0b11; // Lexical's IS_BOLD | IS_ITALIC

/**
 * Keeps the editor to the formats the model holds: FORMAT_TEXT_COMMAND for any other format
 * (Ctrl+U, Lexical's own shortcuts) is refused, and a text node that arrives with one (paste, drop,
 * a loaded state) loses it, and any inline style, in a node transform. Returns the unregister function.
 */
export function registerAllowedFormats(editor: LexicalEditor): () => void {
  return mergeRegister(
    editor.registerCommand(FORMAT_TEXT_COMMAND, (format) => !KEPT_FORMATS.includes(format), COMMAND_PRIORITY_CRITICAL),
    editor.registerNodeTransform(TextNode, (node) => {
      const format = node.getFormat();
      if ((format & ~KEPT_MASK) !== 0) node.setFormat(format & KEPT_MASK);
      if (node.getStyle() !== '') node.setStyle('');
    }),
  );
}
