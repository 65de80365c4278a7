import type PDFDocument from 'pdfkit';
import type { PDFStructureElement } from 'pdfkit';

import { isLinkUrl } from '../../briefing/link-url';
import type { LinkTarget } from './layout';

/** The colour of a link's text in the PDF (Word's hyperlink blue, as the Word export uses). */
export const LINK_COLOR = '#0563C1';

/**
 * A link from a run to an external address (http(s) or mailto, app/briefing/link-url.ts), for
 * `Run.link`: drawn as a URI link annotation (ISO 32000-1 §12.6.4.7 URI action) over the run, tagged
 * as a Link element whose /Contents is the address (PDF/UA-1 §7.18.5 asks for a description; the
 * address is one in every language). Throws an Error for any other address (a bug upstream).
 *
 * Reusable for any external link in the PDF (e.g. a source's publication page):
 * `{ ...styledRun(text, style), color: LINK_COLOR, underline: true, link: externalLink(url) }`.
 */
export function externalLink(url: string): LinkTarget {
  if (!isLinkUrl(url)) throw new Error(`Not a link address an export may write: ${JSON.stringify(url.slice(0, 80))}`);
  return { destination: '', url, description: url };
}

/**
 * Draws the link annotation of `link` over the box (x, y, width, height in points from the top
 * left, as pdfkit takes them): a URI action for an external link, else a GoTo to its named
 * destination. `structParent` ties it to its Link structure element.
 */
export function drawLinkAnnotation(
  doc: PDFDocument,
  box: { x: number; y: number; width: number; height: number },
  link: LinkTarget,
  structParent: PDFStructureElement,
): void {
  const options = { structParent, Contents: new String(link.description) };
  if (link.url !== undefined) doc.link(box.x, box.y, box.width, box.height, link.url, options);
  else doc.goTo(box.x, box.y, box.width, box.height, link.destination, options);
}
