import type PDFDocument from 'pdfkit';

import type { ExportLanguage } from '../common/labels';
import { formatPageLabel } from '../common/page-label';
import { MARGIN, PAGE } from './styles';
import type { StructureTree } from './tagging';

const SIZE = 9;

/**
 * Header and footer of every page, drawn once all pages exist (pdfkit `bufferPages`): the
 * classification marking centred at top and bottom when the briefing has one, as the
 * Rijksoverheid marking rules ask, and "Pagina X van Y" ("Page X of Y" in English) at the bottom right. Pagination artifacts.
 */
export function drawPageFurniture(doc: PDFDocument, tree: StructureTree, classification: string, language: ExportLanguage = 'nl'): void {
  const marking = classification.trim();
  const { start, count } = doc.bufferedPageRange();
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i);
    tree.artifact('Pagination', () => {
      doc.fillColor('#000000');
      if (marking) {
        doc.font('bold', SIZE);
        const x = (PAGE.width - doc.widthOfString(marking)) / 2;
        doc.text(marking, x, MARGIN.top / 2, { lineBreak: false, baseline: 'alphabetic' });
        doc.text(marking, x, PAGE.height - MARGIN.bottom / 2 - 12, { lineBreak: false, baseline: 'alphabetic' });
      }
      const label = formatPageLabel(i - start + 1, count, language);
      doc.font('regular', SIZE);
      const width = doc.widthOfString(label);
      doc.text(label, PAGE.width - MARGIN.right - width, PAGE.height - MARGIN.bottom / 2, { lineBreak: false, baseline: 'alphabetic' });
    });
  }
}
