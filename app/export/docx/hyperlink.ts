import { ExternalHyperlink, type IRunOptions, type ParagraphChild, TextRun, UnderlineType } from 'docx';

import { isLinkUrl } from '../../briefing/link-url';

/** Word's own colour for a hyperlink (the built-in Hyperlink character style: 0563C1, single underline). */
export const LINK_COLOR = '0563C1';

/** Run properties that make a run look like a link in Word: blue, single underline (ECMA-376 §17.3.2.40 w:u). */
export const LINK_RUN: Pick<IRunOptions, 'color' | 'underline'> = { color: LINK_COLOR, underline: { type: UnderlineType.SINGLE } };

/**
 * A hyperlink to an external address around `children` (ECMA-376 §17.16.22 `w:hyperlink` with an
 * `r:id` naming an External relationship of type …/hyperlink in document.xml.rels, TargetMode
 * "External"). `url` must be an http(s) or mailto address (app/briefing/link-url.ts).
 * Throws an Error for any other address: a briefing never holds one, so this is a bug upstream.
 *
 * Reusable for any external link in the Word export (e.g. a source's publication page):
 * `docxHyperlink(url, [new TextRun({ text, ...LINK_RUN })])`, or `linkedText(url, text)`.
 */
export function docxHyperlink(url: string, children: ParagraphChild[]): ExternalHyperlink {
  if (!isLinkUrl(url)) throw new Error(`Not a link address an export may write: ${JSON.stringify(url.slice(0, 80))}`);
  return new ExternalHyperlink({ link: url, children });
}

/** `text` as one link run to `url`, in the link look (see docxHyperlink for what it throws). */
export function linkedText(url: string, text: string): ExternalHyperlink {
  return docxHyperlink(url, [new TextRun({ text, ...LINK_RUN })]);
}
