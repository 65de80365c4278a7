import { type CSSProperties, useId, useLayoutEffect, useRef, useState } from 'react';
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
  const [place, setPlace] = useState<CSSProperties>({});
  const anchor = useRef<HTMLAnchorElement>(null);
  const tip = useRef<HTMLSpanElement>(null);

  // Fixed position next to the number (the panes clip and scroll), kept within the reader's width.
  useLayoutEffect(() => {
    if (!open || !anchor.current || !tip.current) return;
    const at = anchor.current.getBoundingClientRect();
    const size = tip.current.getBoundingClientRect();
    const margin = 8;
    // Keep it over the reader, not the neighbouring pane.
    const pane = anchor.current.closest('.reader')?.getBoundingClientRect() ?? { left: 0, right: window.innerWidth };
    const left = Math.max(pane.left + margin, Math.min(at.left - margin, pane.right - size.width - margin));
    const below = at.bottom + 6;
    const top = below + size.height + margin > window.innerHeight ? Math.max(margin, at.top - size.height - 6) : below;
    setPlace({ left, top });
  }, [open]);

  return (
    <sup className="note-ref" {...{ [NON_TEXT_ATTR]: '' }} onMouseEnter={() => setOpen(true)} onMouseLeave={() => setOpen(false)}>
      <a
        ref={anchor}
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
      <span role="tooltip" id={tipId} ref={tip} className="note-tooltip" hidden={!open} style={place}>
        <span className="note-tooltip-label">{note.label}</span> {note.text}
      </span>
    </sup>
  );
}
