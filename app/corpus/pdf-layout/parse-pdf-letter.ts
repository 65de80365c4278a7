import { buildLetter } from '../parse-letter';
import type { Letter } from '../types';
import { analysePdfLayout } from './index';
import type { PdfPageText } from './types';

/**
 * A Letter from a native PDF's positioned text (analysePdfLayout): format `pdf`, blocks and
 * footnotes with their pages, numbering problems as `warnings`. Pure.
 */
export const parsePdfLetter = (input: { file: string; hash: string }, pages: readonly PdfPageText[]): Letter => {
  const { paragraphs, footnotes, problems } = analysePdfLayout(pages);
  const letter = buildLetter(input, 'pdf', paragraphs, footnotes);
  return problems.length > 0 ? { ...letter, warnings: problems } : letter;
};
