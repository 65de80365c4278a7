/** Dutch month names, lower case as Dutch writes them ("6 januari 2026"). */
const MONTHS = [
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
] as const;

/**
 * Formats an ISO 8601 date (`YYYY-MM-DD`, optionally followed by a time) the Dutch way:
 * `2026-01-06` → `6 januari 2026`. Returns null for anything that is not a real calendar date,
 * so callers leave the date out rather than print a wrong one.
 */
export function formatDutchDate(iso: string | null | undefined): string | null {
  if (!iso) return null;
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:$|T)/.exec(iso.trim());
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return `${day} ${MONTHS[month - 1]} ${year}`;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}
