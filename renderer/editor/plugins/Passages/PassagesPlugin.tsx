import './Passages.css';

import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import { COMMAND_PRIORITY_EDITOR, COMMAND_PRIORITY_HIGH, DRAGOVER_COMMAND, DROP_COMMAND } from 'lexical';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

import { errorTextIn } from '../../../../app/ipc/errors';
import { useInterfaceLanguage } from '../../../i18n/language';
import { useEditorUi } from '../../context/EditorUiContext';
import { focusPassageFrame } from '../../utils/focus-block';
import { renderAtOnce } from '../../utils/render-at-once';
import { registerAddTarget, showAdded } from './add-target';
import { registerDocumentEnd } from './document-end';
import { DropIndicator } from './drop-indicator';
import { DropTargets } from './drop-target';
import { insertPassageNow, orderedInserts } from './insert-from-outside';
import { $moveTopLevel, type InsertTarget } from './insert-passage';
import { passageFromPayload, registerLetterPrefetch } from './letter-passage';
import { registerBlockMove } from './move-block';
import { registerPassageGuard } from './passage-guard';
import {
  BRIEFING_PASSAGE_MIME,
  INSERT_PASSAGE_COMMAND,
  LETTER_PASSAGE_MIME,
  parsePassagePayload,
  type PassagePayload,
} from './passage-transfer';

const OUR_TYPES = [LETTER_PASSAGE_MIME, BRIEFING_PASSAGE_MIME];

/**
 * Passages into the briefing: drops from the reader (a selection or a whole block) land where
 * they were dropped; a passage dragged by its handle within the briefing moves there;
 * INSERT_PASSAGE_COMMAND (the reader's "add to briefing") inserts after the block that held the
 * briefing's caret (else at the end), scrolls to it, highlights it and announces it, in the order
 * asked for and without taking the focus from the reader (insert-from-outside.ts). A selected
 * passage stays one unit (passage-guard.ts); Ctrl+End reaches the end past a passage (document-end.ts).
 */
export function PassagesPlugin() {
  const [editor] = useLexicalComposerContext();
  const ui = useEditorUi();
  const { t } = useTranslation();
  const language = useInterfaceLanguage();

  useEffect(() => {
    const indicator = new DropIndicator(editor);
    const targets = new DropTargets(editor);
    const addTarget = registerAddTarget(editor);
    const inOrder = orderedInserts();
    const insert = async (payload: PassagePayload, target: () => InsertTarget, fromReader = false) => {
      try {
        await inOrder(passageFromPayload(payload), ({ passage, footnotes }) => {
          const key = insertPassageNow(editor, passage, footnotes, target);
          // In view, where it was dropped or added: laid out in one pass in its first frame.
          const element = editor.getElementByKey(key);
          if (element) renderAtOnce(element);
          if (!fromReader) {
            focusPassageFrame(editor, key); // dropped: the focus goes with it (Ctrl+Z works there)
            return;
          }
          addTarget.added(key);
          showAdded(editor, key);
          ui.notice.set({ kind: 'info', text: t('editor.passageAdded', { source: passage.source.title ?? passage.citation }) });
        });
      } catch (error) {
        ui.notice.set({
          kind: 'error',
          text: t('editor.letterFailed', { message: errorTextIn(error, language) }),
        });
      }
    };
    return mergeRegister(
      () => indicator.hide(),
      registerLetterPrefetch(document),
      addTarget.dispose,
      registerBlockMove(editor, (move) =>
        ui.notice.set({
          kind: 'info',
          text: t(move.passage ? 'editor.passageMoved' : 'editor.blockMoved', { place: move.place, total: move.total }),
        }),
      ),
      // Scrolled to once the update has put it in the page.
      registerDocumentEnd(editor, (key) => setTimeout(() => editor.getElementByKey(key)?.scrollIntoView({ block: 'nearest' }), 0)),
      registerPassageGuard(editor, {
        refused: () => ui.notice.set({ kind: 'info', text: t('editor.passageVerbatim') }),
        removed: (count) => ui.notice.set({ kind: 'info', text: t('editor.passageRemoved', { count }) }),
      }),
      editor.registerCommand(
        INSERT_PASSAGE_COMMAND,
        (payload) => {
          const valid = parsePassagePayload(payload);
          if (!valid) return false;
          void insert(valid, () => addTarget.get(), true);
          return true;
        },
        COMMAND_PRIORITY_EDITOR,
      ),
      editor.registerCommand(
        DRAGOVER_COMMAND,
        (event) => {
          const types = [...(event.dataTransfer?.types ?? [])];
          if (!OUR_TYPES.some((type) => types.includes(type))) return false;
          event.preventDefault();
          if (event.dataTransfer) event.dataTransfer.dropEffect = types.includes(BRIEFING_PASSAGE_MIME) ? 'move' : 'copy';
          // Command handlers run inside an update: $ functions have their active editor here.
          indicator.show(targets.$over(event.clientX, event.clientY));
          return true;
        },
        COMMAND_PRIORITY_HIGH,
      ),
      editor.registerCommand(
        DROP_COMMAND,
        (event) => {
          const data = event.dataTransfer;
          const moved = data?.getData(BRIEFING_PASSAGE_MIME);
          const payload = parsePassagePayload(data?.getData(LETTER_PASSAGE_MIME));
          // The target before the line goes: a read of layout after that write would lay out the briefing again.
          const target = moved || payload ? targets.$drop(event.clientX, event.clientY) : null;
          indicator.hide();
          if (!target) return false;
          event.preventDefault();
          if (moved) {
            editor.update(() => void $moveTopLevel(moved, target), { tag: 'dossier-drop' });
            focusPassageFrame(editor, moved);
          } else if (payload) {
            void insert(payload, () => target);
          }
          return true;
        },
        COMMAND_PRIORITY_HIGH,
      ),
    );
  }, [editor, ui, t, language]);

  return null;
}
