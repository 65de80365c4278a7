/**
 * Which link targets a briefing may hold (issue 19, "Links"; issue 18, finding 7): a web address
 * (`http://` or `https://` and a host) or an e-mail address (`mailto:`), nothing else. `javascript:`,
 * `file:`, `data:` and every other scheme are refused, as are addresses with white space, control
 * characters, quotes or angle brackets (they cannot be written safely into the exports' XML and PDF
 * and are never what a user typed as a link). At most LINK_URL_MAX characters.
 */

/** Longest link address kept (browsers and Word accept longer; briefings never need them). */
export const LINK_URL_MAX = 2000;

const WEB = /^https?:\/\/[^\s/?#<>"'\\`@]+(?:@[^\s/?#<>"'\\`@]+)?(?:[/?#][^\s<>"'\\`]*)?$/i;
const MAIL = /^mailto:[^\s<>"'\\`@/:]+@[^\s<>"'\\`@/:]+(?:\?[^\s<>"'\\`]*)?$/i;

/** Whether `url` is a link target a briefing may hold (see above). Pure; never throws. */
export function isLinkUrl(url: string): boolean {
  if (url.length === 0 || url.length > LINK_URL_MAX) return false;
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/.test(url)) return false;
  return WEB.test(url) || MAIL.test(url);
}

/**
 * What a user typed as a link, as the address to keep: trimmed; `www.…` and bare domains
 * (`rijksoverheid.nl/onderwerpen`) get `https://`, a bare e-mail address `mailto:`.
 * Returns null when the result is still no allowed address (see isLinkUrl). Pure; never throws.
 */
export function normalizeLinkUrl(typed: string): string | null {
  const url = typed.trim();
  if (isLinkUrl(url)) return url;
  if (/^[a-z][a-z0-9+.-]*:/i.test(url) && !/^[^:/]+\.[a-z]{2,}(?::\d+)?(?:[/?#]|$)/i.test(url)) return null;
  const candidate = /^[^\s@/:]+@[^\s@/:]+\.[a-z]{2,}$/i.test(url) ? `mailto:${url}` : `https://${url}`;
  return /\.[a-z]{2,}/i.test(candidate) && isLinkUrl(candidate) ? candidate : null;
}
