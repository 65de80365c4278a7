import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import type { TemplateEntry } from '../../app/ipc/contract';

interface Props {
  /** The radio group's name. */
  name: string;
  /** A listed template; null for the empty briefing. */
  entry: TemplateEntry | null;
  checked: boolean;
  onChoose(): void;
}

/**
 * One choice of the "Nieuw" dialog: a radio with the template's name and what it holds. A built-in
 * template is named by its kind in the interface language, a user's by its file name (and its
 * kind); an unusable one is disabled and says why (main's one sentence, "Dit sjabloon is
 * onbruikbaar: …", in the interface language).
 */
export function TemplateOption({ name, entry, checked, onChoose }: Props) {
  const { t } = useTranslation();
  const hintId = useId();
  const kind = entry?.kind ?? null;
  const label = entry === null ? t('templates.empty') : entry.origin === 'builtin' && kind ? t(`templates.${kind}`) : entry.name;
  const hint =
    entry === null
      ? t('templates.emptyHint')
      : entry.problem
        ? entry.problem
        : entry.origin === 'builtin' && kind
          ? t(`templates.${kind}Hint`)
          : kind
            ? t('templates.kindOf', { kind: t(`templates.${kind}`) })
            : t('templates.emptyHint');
  return (
    // The radio's name is the template's name only; what it holds is its description.
    <div className={`new-briefing-option${entry?.problem ? ' is-unusable' : ''}`} onClick={entry?.problem ? undefined : onChoose}>
      <label className="new-briefing-name">
        <input type="radio" name={name} checked={checked} disabled={!!entry?.problem} onChange={onChoose} aria-describedby={hintId} />{' '}
        {label}
      </label>
      <span id={hintId} className="new-briefing-hint">
        {hint}
      </span>
    </div>
  );
}
