import type { BriefingProperties } from '../../briefing/model';

/** An ISO calendar date, `2026-02-20`, as the briefing's "Datum" holds it. */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The time written by an export of a briefing without a date when a format needs one (the PDF's
 * CreationDate/ModDate, the .docx's dcterms:created/modified): 1 Jan 2026 00:00 UTC, fixed, so
 * exports stay byte-identical.
 */
export const UNDATED_TIME = new Date('2026-01-01T00:00:00Z');

/**
 * The time the OpenDocument, PDF and Word exports write as the document's creation and modification
 * time (meta.xml's meta:creation-date and dc:date; the PDF's CreationDate/ModDate; the .docx's
 * docProps/core.xml dcterms:created/modified): `now` when the
 * caller gives one, else the briefing's own date (`properties.date`, "Datum", ISO `YYYY-MM-DD`) at
 * 00:00 UTC, else null (OpenDocument then writes none; the PDF and the .docx UNDATED_TIME). Never the clock, so two exports of the same briefing
 * are byte-identical (the zip entries' own times are fixed too). A date that is no calendar day
 * (`2026-02-30`, free text) counts as none.
 */
export function documentTime(properties: Pick<BriefingProperties, 'date'>, now?: Date): Date | null {
  if (now) return now;
  const match = ISO_DATE.exec(properties.date.trim());
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const time = new Date(Date.UTC(year, month - 1, day));
  return time.getUTCFullYear() === year && time.getUTCMonth() === month - 1 && time.getUTCDate() === day ? time : null;
}
