import { AlignmentType, Footer, Header, PageNumber, Paragraph, TextRun } from 'docx';

import type { ExportLanguage } from '../common/labels';
import { pageLabel } from '../common/page-label';
import { STYLE } from './styles';

/** The classification marking as a centred paragraph, or nothing when the briefing has none. */
function classificationParagraphs(classification: string): Paragraph[] {
  const text = classification.trim();
  return text ? [new Paragraph({ style: STYLE.classification, children: [new TextRun(text)] })] : [];
}

/**
 * Header and footer of every page (word/header1.xml, word/footer1.xml): the classification
 * marking (e.g. "Departementaal vertrouwelijk") at top and bottom, as Rijksoverheid marking rules
 * ask, and "Pagina X van Y" ("Page X of Y" in an English briefing) with PAGE and NUMPAGES fields in the footer.
 */
export function headerAndFooter(
  classification: string,
  language: ExportLanguage = 'nl',
): { headers: { default: Header }; footers: { default: Footer } } {
  const label = pageLabel(language);
  const pageParagraph = new Paragraph({
    alignment: AlignmentType.RIGHT,
    children: [
      new TextRun({
        size: 18,
        children: [label.before, PageNumber.CURRENT, label.between, PageNumber.TOTAL_PAGES, label.after].filter((part) => part !== ''),
      }),
    ],
  });
  return {
    headers: { default: new Header({ children: classificationParagraphs(classification) }) },
    footers: { default: new Footer({ children: [...classificationParagraphs(classification), pageParagraph] }) },
  };
}
