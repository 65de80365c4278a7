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

const MONTHS: Record<string, number> = Object.fromEntries(
  [
    ['januari', 'january', 'jan'],
    ['februari', 'february', 'feb'],
    ['maart', 'march', 'mrt', 'mar'],
    ['april', 'apr'],
    ['mei', 'may'],
    ['juni', 'june', 'jun'],
    ['juli', 'july', 'jul'],
    ['augustus', 'august', 'aug'],
    ['september', 'sept', 'sep'],
    ['oktober', 'october', 'okt', 'oct'],
    ['november', 'nov'],
    ['december', 'dec'],
  ].flatMap((names, i) => names.map((name) => [name, i + 1])),
);

/**
 * A date as a user types it in a date field, in Dutch or English, to ISO `YYYY-MM-DD`:
 * `30 november 2026`, `30 November 2026`, `November 30, 2026`, month names abbreviated
 * (`30 nov. 2026`), `30-11-2026`, `30/11/2026`, `30.11.2026` (day first) and `2026-11-30`.
 * The whole text must be the date. Null for anything else or a day the calendar lacks (`31-4-2026`).
 */
export function parseLocalDate(text: string): string | null {
  const plain = text.trim().toLowerCase().replace(/\s+/g, ' ');
  const iso = (year: string, month: number | undefined, day: string): string | null => {
    if (!month) return null;
    const value = `${year}-${String(month).padStart(2, '0')}-${day.padStart(2, '0')}`;
    return formatDutchDate(value) ? value : null;
  };
  let match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(plain);
  if (match) return iso(match[1]!, Number(match[2]), match[3]!);
  match = /^(\d{1,2})([-/.])(\d{1,2})\2(\d{4})$/.exec(plain);
  if (match) return iso(match[4]!, Number(match[3]), match[1]!);
  match = /^(\d{1,2}) (\p{L}+)\.? (\d{4})$/u.exec(plain);
  if (match) return iso(match[3]!, MONTHS[match[2]!], match[1]!);
  match = /^(\p{L}+)\.? (\d{1,2}),? (\d{4})$/u.exec(plain);
  if (match) return iso(match[3]!, MONTHS[match[1]!], match[2]!);
  return null;
}
