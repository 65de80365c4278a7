import { $insertDataTransferForRichText } from '@lexical/clipboard';
import { $getSelection, COMMAND_PRIORITY_HIGH, type LexicalEditor, PASTE_COMMAND, PASTE_TAG } from 'lexical';

import { cleanClipboardHtml } from './clipboard-html';

/** Lexical's own clipboard format (a copy inside Dossier): already made of the briefing's nodes. */
const LEXICAL_MIME = 'application/x-lexical-editor';

/** The clipboard with its HTML replaced by `html`; every other type read through from the original. */
function withHtml(data: DataTransfer, html: string): DataTransfer {
  return {
    types: data.types,
    files: data.files,
    items: data.items,
    getData: (type: string) => (type === 'text/html' ? html : data.getData(type)),
  } as unknown as DataTransfer;
}

/**
 * Pasted HTML (Word, LibreOffice, a web page) goes through cleanClipboardHtml before Lexical's
 * own HTML import, so only what the briefing holds arrives (bold, italic, underline,
 * strikethrough, sub/superscript, lists with levels, headings, links; see clipboard-html.ts), and
 * the formats transform (Formats/allowed-formats.ts) still strips anything else. A paste of
 * Lexical's own format or of plain text is left to Lexical. Runs below the passage guard (which
 * refuses a paste on a quoted passage at CRITICAL priority) and above the rich-text plugin.
 * One undo step, as Lexical's own paste.
 */
export function registerPaste(editor: LexicalEditor): () => void {
  return editor.registerCommand(
    PASTE_COMMAND,
    (event) => {
      const data = event instanceof ClipboardEvent ? event.clipboardData : null;
      const html = data?.getData('text/html') ?? '';
      if (!data || !html || data.types.includes(LEXICAL_MIME)) return false;
      event.preventDefault();
      const clean = cleanClipboardHtml(html);
      editor.update(
        () => {
          const selection = $getSelection();
          if (selection) $insertDataTransferForRichText(withHtml(data, clean), selection, editor);
        },
        { tag: PASTE_TAG },
      );
      return true;
    },
    COMMAND_PRIORITY_HIGH,
  );
}
