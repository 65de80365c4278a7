import { $isLinkNode, LinkNode } from '@lexical/link';
import { mergeRegister } from '@lexical/utils';
import { COMMAND_PRIORITY_CRITICAL, FORMAT_TEXT_COMMAND, type LexicalEditor, type TextFormatType, TextNode } from 'lexical';

import { isLinkUrl } from '../../../../app/briefing/link-url';

/**
 * The text formats the briefing model holds (app/briefing/model: a text run's `bold`, `italic`,
 * `underline`, `strikethrough`, `subscript`, `superscript`), and so the file and all three exports
 * keep. Everything else (code, highlight, inline styles: colours, fonts, sizes) is not offered:
 * nothing could carry it.
 */
export const KEPT_FORMATS: readonly TextFormatType[] = ['bold', 'italic', 'strikethrough', 'underline', 'subscript', 'superscript'];

// Lexical's IS_BOLD 1 | IS_ITALIC 2 | IS_STRIKETHROUGH 4 | IS_UNDERLINE 8 | IS_SUBSCRIPT 32 | IS_SUPERSCRIPT 64.
const KEPT_MASK = 0b1101111;

/**
 * Keeps the editor to the formats the model holds: FORMAT_TEXT_COMMAND for any other format is
 * refused, and a text node that arrives with one (paste, drop, a loaded state) loses it, and any
 * inline style, in a node transform. A link (LinkNode) whose address the model refuses (anything
 * but http(s) and mailto, app/briefing/link-url.ts) is unwrapped to its text; its target and rel
 * attributes are dropped (the app never opens a link itself). Returns the unregister function.
 */
export function registerAllowedFormats(editor: LexicalEditor): () => void {
  return mergeRegister(
    editor.registerCommand(FORMAT_TEXT_COMMAND, (format) => !KEPT_FORMATS.includes(format), COMMAND_PRIORITY_CRITICAL),
    editor.registerNodeTransform(TextNode, (node) => {
      const format = node.getFormat();
      if ((format & ~KEPT_MASK) !== 0) node.setFormat(format & KEPT_MASK);
      if (node.getStyle() !== '') node.setStyle('');
    }),
    editor.registerNodeTransform(LinkNode, (node) => {
      if (!$isLinkNode(node)) return; // an AutoLinkNode subclass is not registered; kept for safety
      if (!isLinkUrl(node.getURL())) {
        for (const child of node.getChildren()) node.insertBefore(child);
        node.remove();
        return;
      }
      if (node.getTarget() !== null) node.setTarget(null);
      if (node.getRel() !== null) node.setRel(null);
      if (node.getTitle() !== null) node.setTitle(null);
    }),
  );
}
