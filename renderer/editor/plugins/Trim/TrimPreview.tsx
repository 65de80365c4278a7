import { Fragment } from 'react';

import type { Passage } from '../../../../app/briefing/model';
import { partIndentLevel, partLabel } from '../../../../app/briefing/passage-label';
import { quoteParagraphs } from '../../../../app/briefing/trim-range';
import { OMISSION } from '../../utils/passage-text';

/**
 * The trim dialog's preview of its draft: the quoted words as they will read, "[…]" where words
 * are left out, a quoted list item's label and indent as the briefing shows them (PassageComponent),
 * each part in an element with `data-part` (its index) so a selection made in it maps back to
 * source offsets (see `selectionInPassage`; the label stands outside the parts).
 */
export function TrimPreview({ passage }: { passage: Passage }) {
  return quoteParagraphs(passage).map((parts) => {
    const label = partLabel(parts[0]!);
    const level = partIndentLevel(parts[0]!);
    return (
      <p
        key={`${parts[0]!.block}-${parts[0]!.start}`}
        className={`ed-passage-part${label ? ' is-list-item' : ''}`}
        {...(level > 0 ? { 'data-level': level } : {})}
      >
        {label && <span className="ed-list-label">{label}</span>}
        {parts[0]!.omittedBefore && <span className="ed-omission">{OMISSION} </span>}
        {parts.map((part, index) => (
          <Fragment key={part.start}>
            {index > 0 && <span className="ed-omission"> {OMISSION} </span>}
            <span data-part={passage.parts.indexOf(part)}>
              {part.children.map((inline) => (inline.type === 'text' ? inline.text : '')).join('')}
            </span>
          </Fragment>
        ))}
        {parts.at(-1)!.omittedAfter && <span className="ed-omission"> {OMISSION}</span>}
      </p>
    );
  });
}
