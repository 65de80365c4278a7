import { ExternalHyperlink, type IRunOptions, type ParagraphChild, TextRun, UnderlineType } from 'docx';

import { isLinkUrl } from '../../briefing/link-url';
import { escapeXml, type RunProps, wRun, wText } from './wml';

/** Word's own colour for a hyperlink (the built-in Hyperlink character style: 0563C1, single underline). */
export const LINK_COLOR = '0563C1';

/** Run properties that make a run look like a link in Word: blue, single underline (ECMA-376 §17.3.2.40 w:u). */
export const LINK_RUN: Pick<IRunOptions, 'color' | 'underline'> = { color: LINK_COLOR, underline: { type: UnderlineType.SINGLE } };

/** LINK_RUN for the body's writer (wml.ts). */
export const LINK_RUN_PROPS: Pick<RunProps, 'color' | 'underline'> = { color: LINK_COLOR, underline: true };

const refuse = (url: string): never => {
  throw new Error(`Not a link address an export may write: ${JSON.stringify(url.slice(0, 80))}`);
};

/**
 * A hyperlink to an external address around `children` (ECMA-376 §17.16.22 `w:hyperlink` with an
 * `r:id` naming an External relationship of type …/hyperlink in document.xml.rels, TargetMode
 * "External"). `url` must be an http(s) or mailto address (app/briefing/link-url.ts).
 * Throws an Error for any other address: a briefing never holds one, so this is a bug upstream.
 * For the notes and comments, which docx writes; the body's links are `LinkRelationships.hyperlink`.
 */
export function docxHyperlink(url: string, children: ParagraphChild[]): ExternalHyperlink {
  if (!isLinkUrl(url)) refuse(url);
  return new ExternalHyperlink({ link: url, children });
}

/** `text` as one link run to `url`, in the link look (see docxHyperlink for what it throws). */
export function linkedText(url: string, text: string): ExternalHyperlink {
  return docxHyperlink(url, [new TextRun({ text, ...LINK_RUN })]);
}

/** Longest fragment Word keeps in `w:anchor`; a longer one stays in the target (as docx splits it). */
const MAX_ANCHOR = 255;

/**
 * The external hyperlinks of the body (document.xml) and their relationships, numbered in
 * document order (`rIdLink1`, …). A fragment of up to 255 characters goes to `w:anchor` and the
 * relationship's target is the address without it, as Word writes it (MS-OI29500 §2.1.1470) and
 * docx splits it. Each link has a relationship of its own, as docx gives it.
 */
export class LinkRelationships {
  /** The relationships to add to document.xml.rels, in order: id and target (unescaped). */
  readonly entries: Array<{ id: string; target: string }> = [];

  /** `w:hyperlink` to `url` around `runs` (run XML). Throws as docxHyperlink does for an address a briefing never holds. */
  hyperlink(url: string, runs: string): string {
    if (!isLinkUrl(url)) refuse(url);
    const hash = url.indexOf('#');
    const fragment = hash > 0 ? url.length - hash - 1 : 0;
    const anchor = fragment > 0 && fragment <= MAX_ANCHOR ? url.slice(hash + 1) : undefined;
    const id = `rIdLink${this.entries.length + 1}`;
    this.entries.push({ id, target: anchor === undefined ? url : url.slice(0, hash) });
    return `<w:hyperlink w:history="1"${anchor === undefined ? '' : ` w:anchor="${escapeXml(anchor)}"`} r:id="${id}">${runs}</w:hyperlink>`;
  }

  /** `text` as one link run to `url`, in the link look. */
  linkedText(url: string, text: string): string {
    return this.hyperlink(url, wRun(LINK_RUN_PROPS, wText(text)));
  }
}
