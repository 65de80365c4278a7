/**
 * Dutch written dates ↔ ISO `YYYY-MM-DD`: `4 maart 2025`, `2025-03-04`, and numeric dates in Dutch
 * day-month-year order with `-`, `.` or `/` between (`4-3-2025`, `12.05.2025`, `12/05/2025`).
 */

const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];

const iso = (y: number, m: number, d: number): string | null => {
  if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1800 || y > 2200) return null;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d > days) return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
};

/** Parses the first date in `text` written in one of the forms above (null: none, or no real calendar date). */
export const parseDutchDate = (text: string): string | null => {
  const written =
    /(?<!\d)(\d{1,2}) (januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december) (\d{4})(?!\d)/i.exec(text);
  if (written) return iso(Number(written[3]), MONTHS.indexOf(written[2]!.toLowerCase()) + 1, Number(written[1]));
  const isoForm = /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/.exec(text);
  if (isoForm) return iso(Number(isoForm[1]), Number(isoForm[2]), Number(isoForm[3]));
  // Day first, as the Dutch write it; the same separator twice (`12.05.2025`, not `12.05/2025`).
  const numeric = /(?<![\d./-])(\d{1,2})([-./])(\d{1,2})\2(\d{4})(?![\d./-]?\d)/.exec(text);
  if (numeric) return iso(Number(numeric[4]), Number(numeric[3]), Number(numeric[1]));
  return null;
};

/**
 * Formats an ISO 8601 date (`YYYY-MM-DD`, optionally followed by a time) the Dutch way, month
 * names lower case: `2026-01-06` → `6 januari 2026`. Returns null for anything that is not a real
 * calendar date, so callers leave the date out rather than print a wrong one.
 */
export function formatDutchDate(isoDate: string | null | undefined): string | null {
  if (!isoDate) return null;
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:$|T)/.exec(isoDate.trim());
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return `${day} ${MONTHS[month - 1]} ${year}`;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * A letter's place-and-date line (`Den Haag, 12 mei 2025`, `'s-Gravenhage, 12-05-2025`): a place
 * name (capital or `'s-`), a comma, then only the date (written, or day-month-year with `-`, `.`
 * or `/`), an optional full stop. Group 1 is the line without that stop. Shared by the block
 * classifier (such a line is a paragraph, never a heading) and the metadata (the letter's date).
 */
export const PLACE_DATE = /^((?:['’]s-)?\p{Lu}[\p{L}'’. -]{1,40},\s*(?:\d{1,2} \p{L}{3,9} \d{4}|\d{1,2}([-./])\d{1,2}\2\d{4}))\.?$/u;
