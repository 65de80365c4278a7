import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { formatDutchDate } from '../../app/briefing/dates';
import type { LetterSummary } from '../../app/corpus/types';
import { nextIndex } from '../ui/list-navigation';
import { displayTitle } from './letter-filter';

interface Props {
  letters: readonly LetterSummary[];
  selected: string | null;
  onSelect: (file: string) => void;
}

const optionId = (file: string) => `letter-${file.replace(/[^A-Za-z0-9_-]/g, '_')}`;

/**
 * The letters as a listbox: one tab stop, ArrowUp/Down/Home/End move the active letter
 * (aria-activedescendant), Enter or Space opens it; a click opens it too.
 */
export function LetterList({ letters, selected, onSelect }: Props) {
  const { t } = useTranslation();
  const [active, setActive] = useState<string | null>(null);
  const activeIndex = letters.findIndex((l) => l.file === (active ?? selected));

  return (
    <ul
      className="letter-list"
      role="listbox"
      tabIndex={0}
      aria-label={t('library.lettersLabel')}
      aria-activedescendant={activeIndex >= 0 ? optionId(letters[activeIndex]!.file) : undefined}
      onKeyDown={(event) => {
        if ((event.key === 'Enter' || event.key === ' ') && activeIndex >= 0) {
          event.preventDefault();
          onSelect(letters[activeIndex]!.file);
          return;
        }
        const next = nextIndex(event.key, activeIndex, letters.length);
        if (next === null) return;
        event.preventDefault();
        const file = letters[next]!.file;
        setActive(file);
        document.getElementById(optionId(file))?.scrollIntoView({ block: 'nearest' });
      }}
    >
      {letters.map((letter) => {
        const date = formatDutchDate(letter.date);
        const names = letter.signatories.map((s) => s.name).join(', ');
        return (
          <li
            key={letter.file}
            id={optionId(letter.file)}
            role="option"
            aria-selected={letter.file === selected}
            className={`letter-item${letter.file === (active ?? selected) ? ' is-active' : ''}`}
            data-file={letter.file}
            onClick={() => (setActive(letter.file), onSelect(letter.file))}
          >
            <span className="letter-title">{displayTitle(letter)}</span>
            <span className="letter-meta">
              <span className={date ? '' : 'muted'}>{date ?? t('library.noDate')}</span>
              <span aria-hidden="true"> · </span>
              <span className={letter.kind ? '' : 'muted'}>{letter.kind ?? t('library.noKind')}</span>
            </span>
            {names && <span className="letter-signatories">{names}</span>}
            <span className="letter-file">{letter.file}</span>
          </li>
        );
      })}
    </ul>
  );
}
