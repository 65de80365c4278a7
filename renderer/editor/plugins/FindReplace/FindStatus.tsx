import { useTranslation } from 'react-i18next';

import type { FindState } from './use-find-replace';

/** "3 van 12", whether the current match is in a quote, and after "Alles vervangen" what it did ("7 vervangen; 2 in citaten overgeslagen"). */
export function FindStatus({ state }: { state: FindState }) {
  const { t } = useTranslation();
  const { query, matches, current, lastReplaceAll } = state;
  const parts: string[] = [];
  if (lastReplaceAll) {
    parts.push(t('find.replacedAll', { replaced: lastReplaceAll.replaced }));
    if (lastReplaceAll.skipped > 0) parts.push(t('find.skipped', { count: lastReplaceAll.skipped }));
  } else if (query !== '') {
    if (matches.length === 0) parts.push(t('find.countNone'));
    else parts.push(t('find.count', { current: current + 1, total: matches.length }));
    if (matches[current] && !matches[current].replaceable) parts.push(t('find.inQuote'));
  }
  return (
    <span className="ed-find-count" role="status" aria-live="polite">
      {parts.join('; ')}
    </span>
  );
}
