import './PassageDrop.css';

import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import { COMMAND_PRIORITY_HIGH, DRAGOVER_COMMAND, DROP_COMMAND, type LexicalEditor } from 'lexical';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

import { useEditorUi } from '../../context/EditorUiContext';
import { $insertPassage, $moveTopLevel, $targetAtSelection, type InsertTarget } from '../../passage/insert-passage';
import { parsePassagePayload, passageFromPayload, type PassagePayload } from '../../passage/letter-passage';
import { ADD_PASSAGE_EVENT, BRIEFING_PASSAGE_MIME, LETTER_PASSAGE_MIME } from '../../passage/mime';
import { $dropTarget } from './drop-target';

const OUR_TYPES = [LETTER_PASSAGE_MIME, BRIEFING_PASSAGE_MIME];

/**
 * Drops from the reader (a selection or a whole block) land where they were dropped; a passage
 * dragged by its handle within the briefing moves there; the reader's keyboard "add to briefing"
 * (`dossier:add-passage`) inserts after the block holding the cursor.
 */
export function PassageDropPlugin() {
  const [editor] = useLexicalComposerContext();
  const ui = useEditorUi();
  const { t } = useTranslation();

  useEffect(() => {
    const indicator = new DropIndicator(editor);
    const insert = async (payload: PassagePayload, target: () => InsertTarget) => {
      try {
        const { passage, footnotes } = await passageFromPayload(payload);
        editor.update(() => void $insertPassage(passage, footnotes, target()), { tag: 'dossier-drop' });
      } catch (error) {
        ui.notice.set({
          kind: 'error',
          text: t('editor.letterFailed', { message: error instanceof Error ? error.message : String(error) }),
        });
      }
    };
    const onAdd = (event: Event) => {
      const payload = parsePassagePayload((event as CustomEvent<unknown>).detail);
      if (payload) void insert(payload, () => $targetAtSelection());
    };
    window.addEventListener(ADD_PASSAGE_EVENT, onAdd);
    return mergeRegister(
      () => window.removeEventListener(ADD_PASSAGE_EVENT, onAdd),
      () => indicator.hide(),
      editor.registerCommand(
        DRAGOVER_COMMAND,
        (event) => {
          const types = [...(event.dataTransfer?.types ?? [])];
          if (!OUR_TYPES.some((type) => types.includes(type))) return false;
          event.preventDefault();
          if (event.dataTransfer) event.dataTransfer.dropEffect = types.includes(BRIEFING_PASSAGE_MIME) ? 'move' : 'copy';
          // Command handlers run inside an update: $ functions have their active editor here.
          indicator.show($dropTarget(editor, event.clientX, event.clientY));
          return true;
        },
        COMMAND_PRIORITY_HIGH,
      ),
      editor.registerCommand(
        DROP_COMMAND,
        (event) => {
          indicator.hide();
          const data = event.dataTransfer;
          if (!data) return false;
          const moved = data.getData(BRIEFING_PASSAGE_MIME);
          const payload = parsePassagePayload(data.getData(LETTER_PASSAGE_MIME));
          if (!moved && !payload) return false;
          event.preventDefault();
          const target = $dropTarget(editor, event.clientX, event.clientY);
          if (moved) {
            editor.update(() => void $moveTopLevel(moved, target), { tag: 'dossier-drop' });
          } else if (payload) {
            void insert(payload, () => target);
          }
          return true;
        },
        COMMAND_PRIORITY_HIGH,
      ),
    );
  }, [editor, ui, t]);

  return null;
}

/** A line between blocks where the drop will land. */
class DropIndicator {
  private element: HTMLElement | null = null;
  constructor(private readonly editor: LexicalEditor) {}

  show(target: InsertTarget): void {
    const root = this.editor.getRootElement();
    const host = root?.parentElement;
    if (!root || !host) return;
    const anchor = 'key' in target ? this.editor.getElementByKey(target.key) : (root.lastElementChild as HTMLElement | null);
    const line = (this.element ??= Object.assign(document.createElement('div'), { className: 'ed-drop-line' }));
    if (!line.isConnected) host.appendChild(line);
    const hostRect = host.getBoundingClientRect();
    const rect = anchor?.getBoundingClientRect() ?? root.getBoundingClientRect();
    const before = 'position' in target && target.position === 'before';
    line.style.top = `${(before ? rect.top : rect.bottom) - hostRect.top + host.scrollTop - 2}px`;
  }

  hide(): void {
    this.element?.remove();
  }
}
