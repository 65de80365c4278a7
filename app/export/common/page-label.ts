import { EXPORT_LABELS, type ExportLanguage } from './labels';

/**
 * The page label in the footer, "Pagina X van Y" (Dutch, the default) or "Page X of Y". Word and
 * OpenDocument fill X and Y with fields, the PDF exporter with numbers, so the label is given as
 * the text around the two numbers.
 */
export const PAGE_LABEL = EXPORT_LABELS.nl.page;

/** The page label's text around its numbers in `language`. */
export const pageLabel = (language: ExportLanguage = 'nl') => EXPORT_LABELS[language].page;

/** "Pagina 3 van 12" / "Page 3 of 12": the page label with known numbers (for PDF, where pages are counted after layout). */
export function formatPageLabel(current: number, total: number, language: ExportLanguage = 'nl'): string {
  const label = pageLabel(language);
  return `${label.before}${current}${label.between}${total}${label.after}`;
}
