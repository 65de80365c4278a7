import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { Footnote } from '../../app/corpus/types';
import { NON_TEXT_ATTR } from './selection-range';

interface Props {
  note: Footnote;
}

/**
 * A footnote reference as the letter prints it: a superscript number (the note's `label`). The
 * note's text shows in a tooltip on hover and on keyboard focus (Escape hides it); activating the
 * number jumps to the note in the list at the end. Marked non-text: it is not part of Block.text.
 */
export function FootnoteRef({ note }: Props) {
  const { t } = useTranslation();
  const tipId = useId();
  const [open, setOpen] = useState(false);
  return (
    <sup
      className="note-ref"
      {...{ [NON_TEXT_ATTR]: '' }}
      onMouseEnter={() => setOpen(true)}
      onMouseLeave={() => setOpen(false)}
    >
      <a
        href={`#note-${note.id}`}
        draggable={false}
        aria-describedby={tipId}
        aria-label={t('reader.footnoteRef', { label: note.label })}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={(event) => event.key === 'Escape' && setOpen(false)}
        onClick={(event) => {
          event.preventDefault();
          document.getElementById(`note-${note.id}`)?.scrollIntoView({ block: 'center' });
        }}
      >
        {note.label}
      </a>
      <span role="tooltip" id={tipId} className="note-tooltip" hidden={!open}>
        <span className="note-tooltip-label">{note.label}</span> {note.text}
      </span>
    </sup>
  );
}
