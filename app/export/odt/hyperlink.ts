import { isLinkUrl } from '../../briefing/link-url';
import { escapeXml } from './xml';

/** The named text style of a link's text (LibreOffice's own "Internet Link": blue, underlined). */
export const LINK_STYLE = 'Internet_20_link';

/** Its definition, for styles.xml's office:styles (ODF 1.3 Part 3 §16.2; needs no other style). */
export const LINK_STYLE_XML =
  `<style:style style:name="${LINK_STYLE}" style:display-name="Internet Link" style:family="text">` +
  `<style:text-properties fo:color="#0563c1" style:text-underline-style="solid" style:text-underline-width="auto" style:text-underline-color="font-color"/></style:style>`;

/** The xlink namespace text:a's address lives in (declared on the document parts' root, see NAMESPACES). */
export const XLINK_NAMESPACE = 'xmlns:xlink="http://www.w3.org/1999/xlink"';

/**
 * A hyperlink around paragraph content (ODF 1.3 Part 3 §6.1.8 `text:a`, `xlink:type="simple"`,
 * `xlink:href` the address) in the Internet Link style. `content` is ready paragraph XML (text and
 * spans, no notes); `url` must be an http(s) or mailto address (app/briefing/link-url.ts).
 * Throws an Error for any other address: a briefing never holds one, so this is a bug upstream.
 *
 * Reusable for any external link in the ODT export (e.g. a source's publication page):
 * `odtHyperlink(url, odfText(text))` (a link's text keeps its characters).
 */
export function odtHyperlink(url: string, content: string): string {
  if (!isLinkUrl(url)) throw new Error(`Not a link address an export may write: ${JSON.stringify(url.slice(0, 80))}`);
  return `<text:a xlink:type="simple" xlink:href="${escapeXml(url)}" text:style-name="${LINK_STYLE}">${content}</text:a>`;
}
