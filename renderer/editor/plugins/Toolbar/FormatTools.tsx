import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { FORMAT_TEXT_COMMAND, type TextFormatType } from 'lexical';
import { useTranslation } from 'react-i18next';

import type { CommandId } from '../../../../app/commands/commands';
import { useCommandLabel } from '../../../ui/useCommandLabel';
import { OPEN_LINK_FORM_COMMAND } from '../Link/link-commands';
import type { FormatState } from './format';

const FORMATS: ReadonlyArray<{ id: CommandId & TextFormatType; pressed: keyof FormatState; face: 'u' | 's' | 'sub' | 'sup' }> = [
  { id: 'underline', pressed: 'underline', face: 'u' },
  { id: 'strikethrough', pressed: 'strikethrough', face: 's' },
  { id: 'subscript', pressed: 'subscript', face: 'sub' },
  { id: 'superscript', pressed: 'superscript', face: 'sup' },
];

/**
 * The toolbar's buttons for the formats the briefing keeps beyond bold and italic (underline,
 * strikethrough, sub- and superscript; app/commands names and shortcuts) and for a link (Ctrl+K).
 * Pressed while the selection has the format.
 */
export function FormatTools({ format }: { format: FormatState }) {
  const [editor] = useLexicalComposerContext();
  const { t } = useTranslation();
  const { tooltip } = useCommandLabel();
  return (
    <>
      {FORMATS.map(({ id, pressed, face }) => (
        <button
          key={id}
          type="button"
          className="ed-tool"
          aria-label={tooltip(id)}
          title={tooltip(id)}
          aria-pressed={!!format[pressed]}
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => editor.dispatchCommand(FORMAT_TEXT_COMMAND, id)}
        >
          {face === 'u' && <u>U</u>}
          {face === 's' && <s>S</s>}
          {face === 'sub' && t('links.subscriptShort')}
          {face === 'sup' && t('links.superscriptShort')}
        </button>
      ))}
      <button
        type="button"
        className="ed-tool is-wide"
        aria-label={tooltip('insert-link')}
        title={tooltip('insert-link')}
        aria-pressed={!!format.link}
        onMouseDown={(event) => event.preventDefault()}
        onClick={() => editor.dispatchCommand(OPEN_LINK_FORM_COMMAND, undefined)}
      >
        {t('links.linkShort')}
      </button>
    </>
  );
}
