import { buildLetter } from '../parse-letter';
import { readMasthead, withPublication } from '../pdf-text/masthead';
import type { Letter } from '../types';
import { analysePdfLayout } from './index';
import type { PdfPageText } from './types';

/**
 * A Letter from a native PDF's positioned text (analysePdfLayout): format `pdf`, blocks and
 * footnotes with their pages, numbering problems as `warnings`, an official publication's
 * masthead as `publication` (pdf-text/masthead.ts). Pure.
 */
export const parsePdfLetter = (input: { file: string; hash: string }, pages: readonly PdfPageText[]): Letter => {
  const analysed = analysePdfLayout(pages);
  const { publication, paragraphs, title } = readMasthead(analysed.paragraphs);
  const { footnotes, problems } = analysed;
  const letter = withPublication(buildLetter(input, 'pdf', paragraphs, footnotes), publication, title);
  return problems.length > 0 ? { ...letter, warnings: problems } : letter;
};
