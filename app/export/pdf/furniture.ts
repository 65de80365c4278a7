import type PDFDocument from 'pdfkit';

import type { ExportLanguage } from '../common/labels';
import { formatPageLabel } from '../common/page-label';
import { drawText, type Shaper } from './shaping';
import { MARGIN, PAGE } from './styles';
import type { StructureTree } from './tagging';

const SIZE = 9;

/**
 * Header and footer of every page, drawn once all pages exist (pdfkit `bufferPages`): the
 * classification marking centred at top and bottom when the briefing has one, as the
 * Rijksoverheid marking rules ask, and "Pagina X van Y" ("Page X of Y" in English) at the bottom right. Pagination artifacts,
 * set by `shaper` (drawText).
 */
export function drawPageFurniture(
  doc: PDFDocument,
  tree: StructureTree,
  classification: string,
  language: ExportLanguage,
  shaper: Shaper,
): void {
  const marking = classification.trim();
  const { start, count } = doc.bufferedPageRange();
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i);
    tree.artifact('Pagination', () => {
      doc.fillColor('#000000');
      if (marking) {
        const x = (PAGE.width - (shaper.width(marking, 'bold') * SIZE) / 1000) / 2;
        drawText(doc, shaper, 'bold', SIZE, x, MARGIN.top / 2, marking);
        drawText(doc, shaper, 'bold', SIZE, x, PAGE.height - MARGIN.bottom / 2 - 12, marking);
      }
      const label = formatPageLabel(i - start + 1, count, language);
      const width = (shaper.width(label, 'regular') * SIZE) / 1000;
      drawText(doc, shaper, 'regular', SIZE, PAGE.width - MARGIN.right - width, PAGE.height - MARGIN.bottom / 2, label);
    });
  }
}
