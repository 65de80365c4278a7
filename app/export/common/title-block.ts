import { formatDutchDate } from '../../briefing/dates';
import type { BriefingProperties } from '../../briefing/model';

/** One row of a briefing's title block: a Dutch label and its value. */
export interface TitleBlockRow {
  label: 'Aan' | 'Van' | 'Datum' | 'Betreft' | 'Kenmerk';
  value: string;
}

/**
 * The rows of the title block above a briefing (ministerial "nota"), in the customary order
 * (Aan, Van, Datum, Betreft, Kenmerk). Empty rows are left out; the date is written the Dutch
 * way ("6 januari 2026"). Shared by the Word and PDF exporters so both print the same block.
 */
export function titleBlockRows(properties: BriefingProperties): TitleBlockRow[] {
  const rows: TitleBlockRow[] = [
    { label: 'Aan', value: properties.to },
    { label: 'Van', value: properties.from },
    // A date that is not ISO (typed freely) is printed as typed rather than dropped.
    { label: 'Datum', value: formatDutchDate(properties.date) ?? properties.date },
    { label: 'Betreft', value: properties.subject },
    { label: 'Kenmerk', value: properties.reference },
  ];
  return rows.map((row) => ({ label: row.label, value: row.value.trim() })).filter((row) => row.value !== '');
}
