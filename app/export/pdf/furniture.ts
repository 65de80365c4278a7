import type PDFDocument from 'pdfkit';

import type { ExportLanguage } from '../common/labels';
import { formatPageLabel } from '../common/page-label';
import { createCoverage, fontSegments } from './fallback';
import { drawText, type Shaper } from './shaping';
import { type FontKey, MARGIN, PAGE } from './styles';
import type { StructureTree } from './tagging';

const SIZE = 9;

/**
 * Header and footer of every page, drawn once all pages exist (pdfkit `bufferPages`): the
 * classification marking centred at top and bottom when the briefing has one, as the
 * Rijksoverheid marking rules ask, and "Pagina X van Y" ("Page X of Y" in English) at the bottom right. Pagination artifacts,
 * set by `shaper` (drawText). The marking is set as the body is: in NFC (a briefing string, so nfcBriefing made it so), and what the bold face
 * lacks (U+2011, a letter with an uncomposable mark, emoji) in the fallback faces (fontSegments).
 */
export function drawPageFurniture(
  doc: PDFDocument,
  tree: StructureTree,
  classification: string,
  language: ExportLanguage,
  shaper: Shaper,
): void {
  const marking = classification.trim();
  const segments = marking ? fontSegments(marking, 'bold', createCoverage(doc)) : [];
  const markingWidth = segments.reduce((sum, { text, font }) => sum + (shaper.width(text, font) * SIZE) / 1000, 0);
  const { start, count } = doc.bufferedPageRange();
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i);
    tree.artifact('Pagination', () => {
      doc.fillColor('#000000');
      if (marking) {
        const x = (PAGE.width - markingWidth) / 2;
        drawSegments(doc, shaper, segments, x, MARGIN.top / 2);
        drawSegments(doc, shaper, segments, x, PAGE.height - MARGIN.bottom / 2 - 12);
      }
      const label = formatPageLabel(i - start + 1, count, language);
      const width = (shaper.width(label, 'regular') * SIZE) / 1000;
      drawText(doc, shaper, 'regular', SIZE, PAGE.width - MARGIN.right - width, PAGE.height - MARGIN.bottom / 2, label);
    });
  }
}

/** Draws font segments one after the other on one line from `x` at SIZE points. */
function drawSegments(
  doc: PDFDocument,
  shaper: Shaper,
  segments: ReadonlyArray<{ text: string; font: FontKey }>,
  x: number,
  baseline: number,
): void {
  for (const { text, font } of segments) {
    drawText(doc, shaper, font, SIZE, x, baseline, text);
    x += (shaper.width(text, font) * SIZE) / 1000;
  }
}
