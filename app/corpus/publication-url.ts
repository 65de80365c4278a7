/**
 * The address of a publication on the government's official publication site, from a citation's
 * normalised key (./citations), which for official publications is the site's own document id:
 * `kst-36045-264` → `https://zoek.officielebekendmakingen.nl/kst-36045-264` (issue 15, "Links").
 */

/** The official publication site (Kamerstukken, Handelingen, Aanhangsel, Staatsblad, Staatscourant). */
export const PUBLICATION_SITE = 'https://zoek.officielebekendmakingen.nl/';

/**
 * Keys that are official publication ids: `kst-<dossier>[-<suffix>]-<number>`,
 * `h-<tk|ek>-<yyyyyyyy>-<nr>[-<item>]`, `ah-<tk|ek>-<yyyyyyyy>-<nr>`, `stb-<year>-<nr>`, `stcrt-<year>-<nr>`.
 */
const OFFICIAL_KEY =
  /^(?:kst-\d{5}(?:-[A-Z]{1,5}|-\d{1,3})?-(?:\d{1,5}[a-z]?|[A-Z]{1,2})|h-(?:tk|ek)-\d{8}-\d{1,5}(?:-\d{1,4})?|ah-(?:tk|ek)-\d{8}-\d{1,5}|stb-\d{4}-\d{1,6}|stcrt-\d{4}-\d{1,6})$/;

/**
 * The publication's URL for an official key, e.g. `stb-2021-123` →
 * `https://zoek.officielebekendmakingen.nl/stb-2021-123`; null for keys that are no official
 * publication (`zaak-2025Z15748`, `tkdoc-2025D08281`, a ministry's `ref-…`). Pure; never throws.
 */
export function publicationUrl(key: string): string | null {
  return OFFICIAL_KEY.test(key) ? `${PUBLICATION_SITE}${key}` : null;
}

/**
 * Whether `url` is exactly an address `publicationUrl` makes (`https://zoek.officielebekendmakingen.nl/`
 * followed by an official key, nothing more: no query, fragment, path or other host). The only
 * address the app may ask the system browser to open (issue 15, "Links"). Pure; never throws.
 */
export function isPublicationUrl(url: string): boolean {
  return url.startsWith(PUBLICATION_SITE) && publicationUrl(url.slice(PUBLICATION_SITE.length)) === url;
}
