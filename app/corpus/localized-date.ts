import { formatDutchDate } from './dates';

const ENGLISH = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/**
 * An ISO 8601 date (`YYYY-MM-DD`, optionally with a time) written out in `language`: Dutch
 * `6 januari 2026` (formatDutchDate), English `6 January 2026` (Intl, en-GB, the day as given,
 * no time-zone shift). Null for anything that is not a real calendar date, as formatDutchDate.
 */
export function formatLocalDate(isoDate: string | null | undefined, language: 'nl' | 'en'): string | null {
  const dutch = formatDutchDate(isoDate);
  if (!dutch || language === 'nl') return dutch;
  const [year, month, day] = isoDate!.trim().slice(0, 10).split('-').map(Number) as [number, number, number];
  return ENGLISH.format(new Date(Date.UTC(year, month - 1, day)));
}
