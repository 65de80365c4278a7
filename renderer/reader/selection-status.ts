import type { TFunction } from 'i18next';

import type { SelectionSummary } from './selection-summary';

/** "Twee", "Drie", … for counts up to twelve (capitalised: the status line starts with it), digits above. */
function countWord(count: number, t: TFunction): string {
  const words = t('reader.countWords').split('|');
  return words[count - 1] ?? String(count);
}

/** Where the selection stands: `alinea 4`, `alinea 4 tot en met 6`, `de aanhef`, `een kop`. */
function placeOf(summary: SelectionSummary, t: TFunction): string {
  if (summary.unit === 'blocks') {
    if (summary.first === null || summary.last === null) return t('reader.place_parts', { count: summary.count });
    if (summary.first === summary.last) return t('reader.place_paragraph', { number: summary.first });
    return t('reader.place_paragraphs', { first: summary.first, last: summary.last });
  }
  if (summary.paragraph !== null) return t('reader.place_paragraph', { number: summary.paragraph });
  if (summary.unit === 'table') return t('reader.place_table');
  return t(`reader.place_${summary.kind}`, { defaultValue: t('reader.place_heading') });
}

/**
 * The reader's selection status in plain language, in the interface language:
 * "Twee zinnen uit alinea 4 geselecteerd", "Vijf woorden uit de aanhef geselecteerd",
 * "Tekst uit alinea 4 tot en met 6 geselecteerd" (English: "Two sentences from paragraph 4 selected");
 * in a table "Tabel uit alinea 2 geselecteerd: hele tabel, 3 rijen", "Twee rijen uit de tabel in
 * alinea 2 geselecteerd", "Drie woorden uit de tabel in alinea 2 geselecteerd" (one row).
 * Paragraph numbers are body-paragraph numbers (app/briefing/locator), as the sources cite them.
 */
export function describeSelection(summary: SelectionSummary, t: TFunction): string {
  const place = placeOf(summary, t);
  if (summary.unit === 'blocks') return t('reader.selectionBlocks', { place });
  if (summary.unit === 'table') {
    if (summary.whole) return t('reader.selectionTable', { count: summary.total, place });
    const rows = summary.rows > 1;
    const count = rows ? summary.rows : summary.count;
    return t(rows ? 'reader.selectionTableRows' : 'reader.selectionTableWords', { count, number: countWord(count, t), place });
  }
  const key = summary.unit === 'sentences' ? 'reader.selectionSentences' : 'reader.selectionWords';
  return t(key, { count: summary.count, number: countWord(summary.count, t), place });
}
