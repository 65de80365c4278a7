/**
 * The page label in the footer, "Pagina X van Y". Word fills X and Y with fields, the PDF
 * exporter with numbers, so the label is given as the text around the two numbers.
 */
export const PAGE_LABEL = { before: 'Pagina ', between: ' van ', after: '' } as const;

/** "Pagina 3 van 12": the page label with known numbers (for PDF, where pages are counted after layout). */
export function formatPageLabel(current: number, total: number): string {
  return `${PAGE_LABEL.before}${current}${PAGE_LABEL.between}${total}${PAGE_LABEL.after}`;
}
