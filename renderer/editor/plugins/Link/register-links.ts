import { mergeRegister } from '@lexical/utils';
import i18next from 'i18next';
import { COMMAND_PRIORITY_EDITOR, COMMAND_PRIORITY_LOW, KEY_DOWN_COMMAND, type LexicalEditor } from 'lexical';

import { isLinkUrl } from '../../../../app/briefing/link-url';
import { commandForKey } from '../../../../app/commands/lookup';
import type { EditorUi } from '../../context/EditorUiContext';
import { $openForm } from '../../ui/form-state';
import { OPEN_LINK_FORM_COMMAND, type OpenLink } from './link-commands';
import { $selectionHasPassage } from './link-edit';

/**
 * A click on a link in the briefing never navigates the app (the default is prevented; Electron's
 * will-navigate and window-open handlers deny as well); Ctrl+click (Cmd+click) hands an allowed
 * address to `openLink`, the system browser. Middle clicks do nothing.
 */
function linkClicks(root: HTMLElement, openLink: OpenLink): () => void {
  const onClick = (event: MouseEvent): void => {
    const anchor = event.target instanceof Element ? event.target.closest('a') : null;
    if (!anchor || !root.contains(anchor)) return;
    event.preventDefault();
    const href = anchor.getAttribute('href') ?? '';
    if (event.type === 'click' && (event.ctrlKey || event.metaKey) && isLinkUrl(href)) openLink(href);
  };
  root.addEventListener('click', onClick);
  root.addEventListener('auxclick', onClick);
  return () => {
    root.removeEventListener('click', onClick);
    root.removeEventListener('auxclick', onClick);
  };
}

/**
 * The link commands: OPEN_LINK_FORM_COMMAND and its shortcut (app/commands `insert-link`, Ctrl+K),
 * refused with the passage hint on a quoted passage. Returns the unregister function.
 */
export function registerLinkCommands(editor: LexicalEditor, ui: EditorUi): () => void {
  return mergeRegister(
    editor.registerCommand(
      OPEN_LINK_FORM_COMMAND,
      () => {
        if ($selectionHasPassage()) {
          ui.notice.set({ kind: 'info', text: i18next.t('links.notInPassage') });
          return true;
        }
        $openForm(ui, 'link');
        return true;
      },
      COMMAND_PRIORITY_EDITOR,
    ),
    editor.registerCommand(
      KEY_DOWN_COMMAND,
      (event) => {
        if (commandForKey('editor', event) !== 'insert-link') return false;
        event.preventDefault();
        return editor.dispatchCommand(OPEN_LINK_FORM_COMMAND, undefined);
      },
      COMMAND_PRIORITY_LOW,
    ),
  );
}

/** The link feature's registrations: the commands (registerLinkCommands) and the link clicks (linkClicks). */
export function registerLinks(editor: LexicalEditor, ui: EditorUi, openLink: OpenLink): () => void {
  let detach: (() => void) | null = null;
  return mergeRegister(
    registerLinkCommands(editor, ui),
    editor.registerRootListener((root) => {
      detach?.();
      detach = root ? linkClicks(root, openLink) : null;
    }),
    () => detach?.(),
  );
}
