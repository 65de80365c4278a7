/**
 * The parliamentary year (vergaderjaar) of the States General: it opens on the third Tuesday of
 * September (Prinsjesdag, Grondwet art. 65) and runs to the day before the next one. Kamerstukken
 * and Handelingen are cited with it: `Kamerstukken II 2025/26, …` (Aanwijzingen voor de
 * regelgeving; Leidraad voor juridische auteurs).
 */

/** The day of September (15–21) that is the third Tuesday of September of `year`. */
export function thirdTuesdayOfSeptember(year: number): number {
  const weekdayOfFirst = new Date(Date.UTC(year, 8, 1)).getUTCDay(); // 0 = Sunday, 2 = Tuesday
  return 1 + ((2 - weekdayOfFirst + 7) % 7) + 14;
}

/**
 * The parliamentary year an ISO date (`YYYY-MM-DD`, a time after it ignored) falls in, written
 * as citations write it: `2026-01-06` → `2025/26`; `2025-09-15` (the Monday before the third
 * Tuesday) → `2024/25`, `2025-09-16` (that Tuesday) → `2025/26`; `1999-10-01` → `1999/00`.
 * Null for anything that is not a date in that form (never throws).
 */
export function parliamentaryYear(iso: string | null | undefined): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:$|T)/.exec(iso?.trim() ?? '');
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const opened = month > 9 || (month === 9 && day >= thirdTuesdayOfSeptember(year));
  const first = opened ? year : year - 1;
  return `${first}/${String((first + 1) % 100).padStart(2, '0')}`;
}

/**
 * A parliamentary year as a masthead or a key writes it, in the citation form: `2023–2024`,
 * `2023-2024`, `2023/2024`, `20232024` → `2023/24`; `2023/24` stays. Null when it is none of these.
 */
export function citedYear(written: string | null | undefined): string | null {
  const match = /^(\d{4})\s*[-–/]?\s*(\d{2}|\d{4})$/.exec(written?.trim() ?? '');
  if (!match) return null;
  return `${match[1]}/${match[2]!.slice(-2)}`;
}
