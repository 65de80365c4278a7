import type { BriefingProperties } from '../../briefing/model';
import { formatLocalDate } from '../../corpus/localized-date';
import { exportLabels, exportLanguage } from './labels';

/** One row of a briefing's title block: its label in the briefing's language and its value. */
export interface TitleBlockRow {
  label: string;
  value: string;
}

/**
 * The rows of the title block above a briefing (ministerial "nota"), in the customary order
 * (Aan, Van, Datum, Betreft, Kenmerk; in English To, From, Date, Subject, Reference: the labels
 * from ./labels in the briefing's language). Empty rows are left out; the date is written out in
 * that language ("6 januari 2026", "6 January 2026"). Shared by the Word, PDF and OpenDocument
 * exporters so all print the same block.
 */
export function titleBlockRows(properties: BriefingProperties): TitleBlockRow[] {
  const labels = exportLabels(properties).titleBlock;
  const rows: TitleBlockRow[] = [
    { label: labels.to, value: properties.to },
    { label: labels.from, value: properties.from },
    // A date that is not ISO (typed freely) is printed as typed rather than dropped.
    { label: labels.date, value: formatLocalDate(properties.date, exportLanguage(properties)) ?? properties.date },
    { label: labels.subject, value: properties.subject },
    { label: labels.reference, value: properties.reference },
  ];
  return rows.map((row) => ({ label: row.label, value: row.value.trim() })).filter((row) => row.value !== '');
}
