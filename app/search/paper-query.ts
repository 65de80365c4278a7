import { extractCitations } from '../corpus/citations';

/**
 * What a search query says about a paper's own identity, in the key form of app/corpus/keys.ts
 * (`kst-36045-264`, `zaak-2025Z15748`, `ref-BZ2519785`): `exact` keys the whole query names, and
 * `dossier`, a key prefix (`kst-36045-`) when the query is a dossier number alone (`36 045`).
 */
export interface PaperQuery {
  /** Keys, lower-cased (keys compare case-insensitively: `zaak-2025z15748`). */
  exact: string[];
  /** `kst-<dossier>-`, lower-cased, or null. */
  dossier: string | null;
}

/** A key written out: `kst-36045-264`, `zaak-2025Z15748`, `stb-2021-123`, `h-tk-20192020-45`. */
const KEY = /^(?:kst|h|ah|stb|stcrt|zaak|ref)-[\p{L}\d-]+$/iu;
/** `36045-264`, `36 045-264`, `36045 264` (a dossier and a number joined the short way). */
const SHORT = /^(\d{2}) ?(\d{3})(?:-| nr\.? ?|-| )(\d{1,5})$/;
/** A dossier number alone: `36 045`, `36045`. */
const DOSSIER = /^(\d{2}) ?(\d{3})$/;
/** Own references that are neither citations nor plain words: `BZ2519785` (letters and at least three digits). */
const REFERENCE = /^(?=(?:.*\d){3})(?=.*\p{L})[\p{L}\d./-]{5,40}$/u;

/**
 * Reads a query as a paper number the way people type one: `36 045, nr. 264`, `Kamerstuk 36 045
 * nr. 264`, `36045-264`, `kst-36045-264`, `2025Z15748`, `BZ2519785`, or a dossier alone
 * (`36 045`). Parsing follows the citation forms of app/corpus/citations (shared/corpus/FORMATS.md).
 * Any other query gives `{exact: [], dossier: null}`; never throws.
 */
export const paperQuery = (query: string): PaperQuery => {
  const q = query
    .replace(/[\u00A0\u2007\u202F]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^"(.*)"$/, '$1')
    .trim();
  const none: PaperQuery = { exact: [], dossier: null };
  if (q.length < 5 || q.length > 80) return none;
  if (KEY.test(q)) return { exact: [q.toLowerCase()], dossier: null };
  const dossier = DOSSIER.exec(q);
  if (dossier) return { exact: [], dossier: `kst-${dossier[1]}${dossier[2]}-` };
  const short = SHORT.exec(q);
  if (short) return { exact: [`kst-${short[1]}${short[2]}-${short[3]}`], dossier: null };
  const spelled = /^kamerstuk(ken)?\b/i.test(q) ? q : `Kamerstuk ${q}`;
  const found = extractCitations(spelled).filter((c) => c.end >= spelled.replace(/[.,;]+$/, '').length);
  if (found.length > 0) return { exact: found.map((c) => c.key.toLowerCase()), dossier: null };
  const cases = extractCitations(q).filter((c) => c.text.length === q.length);
  if (cases.length > 0) return { exact: cases.map((c) => c.key.toLowerCase()), dossier: null };
  if (REFERENCE.test(q) && !q.includes(' ')) return { exact: [`ref-${q}`.toLowerCase()], dossier: null };
  return none;
};
