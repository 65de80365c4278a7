import type { BriefingProperties, NotaKind } from '../../briefing/model';
import { formatLocalDate } from '../../corpus/localized-date';
import { exportLabels, exportLanguage } from './labels';
import type { TitleBlockRow } from './title-block';

/** Whether the briefing is a nota (issue 19): the exports then print its title block as a table. */
export const isNota = (properties: BriefingProperties): properties is BriefingProperties & { notaKind: NotaKind } =>
  properties.notaKind !== undefined;

/**
 * A nota's heading above its title block: the briefing's title, else the name of its kind in the
 * export language ("Beslisnota", "Nota voor debat"; "Decision memorandum"…). Empty for no nota
 * without a title.
 */
export function notaHeading(properties: BriefingProperties): string {
  const title = properties.title.trim();
  if (title || !isNota(properties)) return title;
  return exportLabels(properties).nota.kinds[properties.notaKind];
}

/**
 * The rows of a nota's title block, as a ministry's nota has them and in that order: Aan, Van,
 * Datum, Kenmerk, Onderwerp (To, From, Date, Reference, Subject), every row even when empty, so
 * the table always has its shape; the date written out in the export language ("6 januari 2026"),
 * a date typed freely as typed. Shared by the three exporters.
 */
export function notaTitleRows(properties: BriefingProperties): TitleBlockRow[] {
  const labels = exportLabels(properties);
  const date = formatLocalDate(properties.date, exportLanguage(properties)) ?? properties.date;
  return [
    { label: labels.titleBlock.to, value: properties.to },
    { label: labels.titleBlock.from, value: properties.from },
    { label: labels.titleBlock.date, value: date },
    { label: labels.titleBlock.reference, value: properties.reference },
    { label: labels.nota.subject, value: properties.subject },
  ].map((row) => ({ label: row.label, value: row.value.trim() }));
}

/** A nota's closing block after its sections: Kopie aan and Bijlagen (Copy to, Attachments), each only when filled in. */
export function notaClosingRows(properties: BriefingProperties): TitleBlockRow[] {
  const labels = exportLabels(properties).nota;
  return [
    { label: labels.copyTo, value: (properties.copyTo ?? '').trim() },
    { label: labels.attachments, value: (properties.attachments ?? '').trim() },
  ].filter((row) => row.value !== '');
}
