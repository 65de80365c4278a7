/**
 * The regular expressions of the citation forms (shared/corpus/FORMATS.md, "Citations of
 * parliamentary papers"; issue 15), used by ./citations. All are sticky (`y`) and bounded, so a
 * scan stays linear; each is tried right after its keyword.
 */

/**
 * A keyword that may open a citation. Word keywords may follow a digit, since a note label
 * printed at a page foot is often glued to its note (`7Kamerstukken II …`); case numbers and a
 * bare Rijkswet dossier (`34 775 (R 2100)`) may not.
 */
export const ANCHOR =
  /(?<!\p{L})(?:Aanhangsel (?:van de )?Handelingen|Handelingen|[Kk]amerstukken|[Kk]amerstuk|[Mm]oties|[Mm]otie|[Kk]enmerk|Stb\.|Stcrt\.|Staatsblad|Staatscourant)(?!\p{L})|(?<![\p{L}\d])\d{4}\.?[DZ]\.?\d{5}(?!\d)|(?<![\p{L}\d])(?<!\d )\d{2} ?\d{3} \(R ?\d{3,5}\)/gu;

/** A cheap necessary condition for an ANCHOR match (most blocks cite nothing). */
export const MAYBE_ANCHOR = /andelingen|amerstuk|otie|enmerk|Stb|Stcrt|Staats|\d{4}\.?[DZ]\.?\d{5}|\(R ?\d/;

/** A dossier `36 045`, `21 501-02`, `36 800 V`, `36 410-V`, `35 000-A`, the typo `36 45`; groups: number, suffix. */
export const DOSSIER = String.raw`(\d{2} ?\d{3}(?!\d)|\d{2} \d{2}(?!\d))((?:[- ][IVXL]{1,5}|-[A-Z]{1,3}|-\d{1,3})(?![\p{L}\d]))?`;

/** A paper's number (`12`, Eerste Kamer `12f`); `211en` is 211 followed by `en`. */
const NUMBER = String.raw`(\d{1,5}(?:[a-z](?!\p{L}))?)(?!\d)`;

/**
 * `[I|II][,] [2018/19|2019-2020][,] <dossier>[ (R 2100)][,] (nr[s]. <n> | <letter>)`; groups:
 * chamber, year, year end, dossier, suffix, plural `s`, number, Eerste Kamer letter.
 */
export const KST = new RegExp(
  String.raw`(?: (I|II|EK|TK))?,?(?: (\d{4})[/-](\d{2}|\d{4}))?,? ?${DOSSIER}(?: \(R ?\d{3,5}\))?,? (?:nr(s)?\.? ?${NUMBER}|([A-Z]{1,2})(?![\p{L}\d]))`,
  'duy',
);

/** A page reference after a citation: `, p. 10`, `blz. 7-8`, `p. 3 en 5`, `pp. 4–6`; group: the pages. */
export const PAGES = /,? (?:pp?|blz|pag)\.? ?(\d{1,4}(?:[-–]\d{1,4})?(?:(?:, ?| en | & )\d{1,4}(?:[-–]\d{1,4})?(?![\d.]| \d))*)(?![\d/])/y;

/** A further number after `nrs.`: `en 14`, `, 14`, `en261`; group: the number. */
export const MORE_NRS = new RegExp(String.raw`(?:\s?(?:,|en|&)\s?)${NUMBER}(?![/])`, 'duy');

/** A list continued with another dossier: `; 21 112, nr. 3758`; groups: dossier, suffix, plural, number. */
export const CONTINUED = new RegExp(String.raw`[;,] (?:en )?${DOSSIER},? nr(s)?\.? ?${NUMBER}`, 'duy');

/** A list continued in the same dossier: `; nr. 8`, `, en nr. 6`; groups: plural, number. */
export const SAME_DOSSIER = new RegExp(String.raw`[;,] (?:en )?nr(s)?\.? ?${NUMBER}`, 'duy');

/** `motie 36 045-191`, `motie 21501-02-3047`; groups: dossier, suffix, number. */
export const MOTIE = new RegExp(String.raw` (\d{2} ?\d{3})((?:-(?:\d{1,3}|[IVXL]{1,5}|[A-Z]{1,3}))?)-(\d{1,5})(?!\d)`, 'duy');

/**
 * A case or document number after a keyword (`kenmerk 2025Z15748`); groups: year, D/Z, number. Only
 * spaces between (no-break spaces are spaces by then): after a tab or a line break the keyword is a
 * label in a cell or line of its own, and the number is read as a citation by itself.
 */
export const CASE = /:? {0,3}(\d{4})\.?([DZ])\.?(\d{5})(?!\d)/dy;
export const BARE_CASE = /(\d{4})\.?([DZ])\.?(\d{5})/y;

/** `[Aanhangsel] Handelingen II[,] 2019/20, nr. 45[, item 7]`; groups: chamber, year, year end, number, item. */
export const HANDELINGEN = /(?: (I|II|EK|TK))?,? (\d{4})[/-](\d{2}|\d{4}),? nr\.? ?(\d{1,5})(?!\d)(?:,? item ?(\d{1,4}))?/y;

/** `Stb. 2021, 123`, `Stcrt. 2020, 4567`, `Staatscourant 2020, nr. 4567`; groups: year, number. */
export const GAZETTE = /,? (\d{4}),? (?:nr\.? ?)?(\d{1,6})(?![\d/])/y;
