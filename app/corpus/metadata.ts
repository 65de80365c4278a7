import { parseDutchDate, PLACE_DATE } from './dates';
import { keysOf } from './keys';
import { ownPapers } from './own-paper';
import type { Block, Footnote, LetterMeta, Signatory } from './types';

/**
 * Metadata inferred from a parsed letter. Only what the text states; everything else stays
 * null or empty (FORMATS.md: "Nothing in the text files states a date or a title directly").
 * - kind: `Antwoorden op Kamervragen` when it has question and answer blocks; `Kamerbrief` when
 *   it addresses the chamber (salutation to the voorzitter, or "uw Kamer"); else null.
 * - ministry: a `Ministerie van …` line in the reference column.
 * - title / date: the values of the `Betreft` (or `Onderwerp`) / `Datum` labels in the reference column;
 *   failing that, a `Betreft: …` / `Onderwerp: …` / `Datum: …` line (colon required) among the opening
 *   blocks of a letter without reference column, whatever its kind (a Word file or pandoc may style it
 *   as a heading); for the date, failing both, a place-and-date line (`Den Haag, 12 mei 2025`,
 *   `'s-Gravenhage, 12-05-2025`) in the reference column or the opening blocks. The first value that
 *   is a date (dates.ts: written, ISO, or day-month-year with `-`, `.` or `/`) counts.
 * - references: `Onze referentie` / `Ons kenmerk` / `Uw kenmerk` / `Uw referentie` values, the paper the
 *   column states as the letter's own (`Kamerstuk 36 045, nr. 300`, own-paper.ts), and case numbers
 *   given as `kenmerk 2025Z15748` in the opening paragraphs or their footnotes.
 * - keys: the normalised keys of those references.
 */

const LABELS: Record<string, 'reference' | 'date' | 'title'> = {
  'onze referentie': 'reference',
  'ons kenmerk': 'reference',
  'uw referentie': 'reference',
  'uw kenmerk': 'reference',
  kenmerk: 'reference',
  datum: 'date',
  betreft: 'title',
  onderwerp: 'title',
};
const LABEL = /^(Onze referentie|Ons kenmerk|Uw referentie|Uw kenmerk|Kenmerk|Datum|Betreft|Onderwerp)\b[:\s]*(.*)$/i;
const CASE_NUMBER = /\b[Kk]enmerk:?\s{0,3}(\d{4}Z\d{5})(?!\d)/g;

/** Label/value pairs of the reference column: value on the label's line or in the next block. */
const referenceColumn = (blocks: Block[]) => {
  const found: { field: 'reference' | 'date' | 'title'; value: string }[] = [];
  let ministry: string | null = null;
  const column = blocks.filter((b) => b.kind === 'reference');
  for (let i = 0; i < column.length; i++) {
    const text = column[i]!.text.trim();
    if (!ministry && /^Ministerie van \S.{0,100}$/.test(text)) ministry = text;
    const m = LABEL.exec(text);
    if (!m) continue;
    const field = LABELS[m[1]!.toLowerCase()]!;
    let value = m[2]!.trim();
    if (!value && i + 1 < column.length && !LABEL.test(column[i + 1]!.text)) value = column[++i]!.text.trim();
    if (value) found.push({ field, value });
  }
  return { found, ministry };
};

const SUBJECT_LINE = /^(?:Betreft|Onderwerp)\s*:\s*(\S.*)$/i;
const DATE_LINE = /^Datum\s*:\s*(\S.*)$/i;

/**
 * The value a labelled line (`line`: `Betreft: …`, `Datum: …`) states among the first 10 blocks,
 * up to the salutation, whatever their kind (heading, paragraph, list item); null when none does.
 */
const openingLine = (blocks: Block[], line: RegExp): string | null => openingLines(blocks, line)[0] ?? null;

/** Every value `line` states among the first 10 blocks up to the salutation (see openingLine), in order. */
const openingLines = (blocks: Block[], line: RegExp): string[] => {
  const out: string[] = [];
  for (const block of blocks.slice(0, 10)) {
    if (block.kind === 'salutation') break;
    const m = line.exec(block.text.trim());
    if (m) out.push(m[1]!.trim());
  }
  return out;
};

/** The letter's date (see inferMeta): the first candidate, in order of trust, that is a date. */
const letterDate = (blocks: Block[], column: string[]): string | null => {
  const placed = blocks.filter((b) => b.kind === 'reference').map((b) => PLACE_DATE.exec(b.text.trim())?.[1]);
  const candidates = [...column, ...openingLines(blocks, DATE_LINE), ...placed, ...openingLines(blocks, PLACE_DATE)];
  for (const text of candidates) {
    const date = text ? parseDutchDate(text) : null;
    if (date) return date;
  }
  return null;
};

export const inferMeta = (blocks: Block[], footnotes: Footnote[], signatories: Signatory[]): LetterMeta => {
  const { found, ministry } = referenceColumn(blocks);
  const references = found.filter((f) => f.field === 'reference').map((f) => f.value);
  for (const own of ownPapers(blocks)) if (!references.includes(own.text)) references.push(own.text);
  const opening = blocks.filter((b) => b.kind !== 'reference' && b.kind !== 'salutation').slice(0, 3);
  const noteTexts = opening.flatMap((b) => b.notes.map((n) => footnotes.find((f) => f.id === n.footnote)?.text ?? ''));
  for (const text of [...opening.map((b) => b.text), ...noteTexts]) {
    for (const m of text.matchAll(CASE_NUMBER)) if (!references.includes(m[1]!)) references.push(m[1]!);
  }
  const qa = blocks.some((b) => b.kind === 'question') && blocks.some((b) => b.kind === 'answer');
  const toChamber =
    blocks.some((b) => b.kind === 'salutation' && /voorzitter/i.test(b.text)) || blocks.some((b) => /\buw Kamer\b/.test(b.text));
  return {
    title: found.find((f) => f.field === 'title')?.value ?? openingLine(blocks, SUBJECT_LINE),
    date: letterDate(
      blocks,
      found.filter((f) => f.field === 'date').map((f) => f.value),
    ),
    kind: qa ? 'Antwoorden op Kamervragen' : toChamber ? 'Kamerbrief' : null,
    ministry,
    signatories,
    references,
    keys: keysOf(references),
  };
};
