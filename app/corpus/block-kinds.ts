import { parseDutchDate, PLACE_DATE } from './dates';
import { dropPrefix, type RawParagraph, trimParagraph } from './raw-paragraph';
import type { Block, BlockKind, Signatory } from './types';

/**
 * Assigns block kinds to parsed paragraphs (rules of shared/corpus/FORMATS.md and the letters):
 * - reference: short paragraphs before the salutation (the reference column: Ministerie van …,
 *   Onze referentie, Datum, Betreft); in a paper without a salutation (a nota, a memo), a
 *   `Label: value` line of the head (`Betreft:`, `Datum:`, `Aan:`, `Kenmerk:` …, the value also
 *   after a tab or a line break, see REFERENCE_LABEL), or a label standing alone with its value in
 *   the next paragraph (`Datum` / `3 maart 2026`, see LABEL_ALONE), among the first paragraphs,
 *   before any body paragraph;
 * - salutation: `Geachte …,`; closing: `Hoogachtend,` / `Met vriendelijke groet,`;
 * - list-item: `· ` bullets (bullet removed from the text, kept as the label: `•`) and numbered
 *   items `1. ` (number kept, it is text, and the label);
 * - question/answer: with both `Vraag N` and `Antwoord` labels, the label paragraphs are
 *   headings and the paragraphs after them questions resp. answers;
 * - signature: a function line (`De minister van …,`, a ministry's name may hold commas:
 *   `Onderwijs, Cultuur en Wetenschap`; tab-separated cells for side-by-side
 *   signatories) followed by a name line with as many cells, or both in one paragraph with a line
 *   break between; one block per signatory with text
 *   `function\nname`;
 * - heading: a short line without end punctuation followed by more text, not a place-and-date
 *   line (`Den Haag, 12 maart 2026`, dates.ts PLACE_DATE: the letter's date line); else paragraph.
 * A kind the reader states (`RawParagraph.kind`, from a Word file's styles, numbering or tables)
 * wins over these rules everywhere after the reference column; a stated heading before the
 * salutation stays a heading (only a `Label: value` line there is still a reference line).
 * How headings are found depends on the evidence the file gives (`HeadingEvidence`).
 */

/**
 * Where headings come from: `guess` (text extractions: the rules above); `stated` (a Word file
 * with styles states its headings by style or outline level: nothing is a heading or a question
 * or answer label unless the reader says so); `cautious` (a Word file without any style: guessed,
 * but only before a paragraph that begins like a sentence, capital or digit, since a line running
 * on in lower case is one sentence broken over two paragraphs).
 */
export type HeadingEvidence = 'guess' | 'stated' | 'cautious';

export interface Classified {
  blocks: Block[];
  signatories: Signatory[];
}

const SALUTATION = /^(?:Geachte|Hooggeachte|Zeer geachte|Beste)\b[^\n]{0,100}$/;
/** Is `text` a letter's salutation (`Geachte voorzitter,`)? */
export const isSalutation = (text: string): boolean => SALUTATION.test(text);
const CLOSING = /^(?:Hoogachtend|Met (?:vriendelijke|hartelijke|hoogachtende) groet(?:en)?)\b[^\n]{0,60}$/i;
/**
 * A labelled line of a paper's head: the labels of the reference column and of a nota's title block,
 * the value after a colon, a tab (a Word table row read as one line) or a line break (label above value).
 */
const REFERENCE_LABEL =
  /^(?:Betreft|Onderwerp|Datum|Aan|Van|Kenmerk|Ons kenmerk|Onze referentie|Uw kenmerk|Uw referentie|Uw brief(?: van)?|Kopie aan|Bijlagen?|Bijlage\(n\)|Contactpersoon|Rubricering|Kamerstuk(?:ken)?(?: I{1,2})?|Kamerstuknummer)(?:\s*:|[ \t]*[\t\n])\s*\S[^\n]{0,118}$/i;
/**
 * A reference column's label standing alone, its value in the next paragraph (a cell or line of its own). The
 * paper's own number (`Kamerstuk` / `36 045, nr. 300`, read by own-paper.ts) is one of them.
 */
const LABEL_ALONE =
  /^(Betreft|Onderwerp|Datum|Kenmerk|Ons kenmerk|Onze referentie|Uw kenmerk|Uw referentie|Uw brief(?: van)?|Kamerstuk(?:ken)?(?: I{1,2})?|Kamerstuknummer)\s*:?$/i;
/** Does `text` begin with a reference column's label, alone or before its value (REFERENCE_LABEL, LABEL_ALONE)? */
export const isReferenceLabel = (text: string): boolean => LABEL_ALONE.test(text) || REFERENCE_LABEL.test(text);

/**
 * Whether `value` can be the value of the label standing alone in `label` (LABEL_ALONE): short, one
 * line, no note, not a label itself, not a sentence; a `Datum` value must be a date (dates.ts).
 */
const labelValue = (label: string, value: RawParagraph | undefined): boolean => {
  if (!value || value.notes.length > 0 || value.text.length > 100 || /[\n\t]/.test(value.text) || /[.!?]$/.test(value.text)) return false;
  if (value.text === '' || isReferenceLabel(value.text)) return false;
  return !/^datum/i.test(label) || parseDutchDate(value.text) !== null;
};
/** How many leading paragraphs may form the head of a paper without a salutation. */
const HEAD_PARAGRAPHS = 12;
const BULLET = /^[·•▪◦‣∙]\s*/;
const NUMBERED = /^\d{1,3}[.)]\s+\S/;
const QUESTION_LABEL = /^Vraag\s+\d{1,3}[a-z]?\s*[:.]?$/i;
const ANSWER_LABEL = /^Antwoord(?:\s+(?:op\s+)?(?:vraag\s+)?\d{1,3}[a-z]?)?\s*[:.]?$/i;
const FUNCTION =
  /^(?:De |de |Het |het )?(?:minister-president|minister|staatssecretaris|secretaris-generaal|directeur-generaal|directeur|plaatsvervangend [a-z-]+)(?: (?:van|voor) [^.;:\t]{2,80}?)?,?$/i;
/** A signatory's name, after any academic or professional titles (`mr.`, `dr.`, `drs.`, `ir.`, `prof.`, `mevr.`). */
const NAME = /^(?:(?:mr|dr|drs|ir|ing|prof|mevr|dhr|mw)\.\s*)*[\p{Lu}][\p{L}.'’\- ]{1,59}$/u;

/** Cells of a tab-separated row, trimmed, empty ones dropped. */
export const cells = (text: string): string[] =>
  text
    .split('\t')
    .map((c) => c.trim())
    .filter((c) => c.length > 0);

/** A signatory's function line (`De minister van Defensie,`). */
export const isSignatoryFunction = (text: string): boolean => text.length <= 90 && FUNCTION.test(text);
const isFunctionRow = (c: string[]) => c.length > 0 && c.every((x) => x.length <= 90 && FUNCTION.test(x));
const isNameRow = (c: string[]) => c.length > 0 && c.every((x) => NAME.test(x) && x.split(' ').length <= 6);
/** "De minister van Defensie," → "minister van Defensie". */
const functionOf = (cell: string) =>
  cell
    .replace(/^(?:De|de|Het|het) /, '')
    .replace(/,$/, '')
    .trim();

const isHeading = (text: string, hasNotes: boolean, hasNext: boolean): boolean =>
  hasNext &&
  !hasNotes &&
  text.length <= 100 &&
  !text.includes('\t') &&
  !/[.,;:!?]$/.test(text) &&
  /^[\p{Lu}\d]/u.test(text) &&
  text.split(/\s+/).length <= 14 &&
  !PLACE_DATE.test(text);

/** A paragraph that begins like a sentence (capital, digit, quote or bracket first). */
const SENTENCE_START = /^["'‘“([]?[\p{Lu}\d]/u;

/** Classifies paragraphs into blocks with ids `b0`, `b1`, … in document order; `headings`: see HeadingEvidence. */
export const classifyParagraphs = (paragraphs: RawParagraph[], headings: HeadingEvidence = 'guess'): Classified => {
  const out: { kind: BlockKind; para: RawParagraph }[] = [];
  const signatories: Signatory[] = [];
  const salutation = paragraphs.slice(0, 20).findIndex((p) => SALUTATION.test(p.text));
  // Answers to Kamervragen: both labels on lines of their own. Read from the text also in a file
  // that states its headings by style: ministries type "Vraag 1" / "Antwoord 1" in Normal style.
  const qa = paragraphs.some((p) => QUESTION_LABEL.test(p.text)) && paragraphs.some((p) => ANSWER_LABEL.test(p.text));
  let mode: 'question' | 'answer' | null = null;
  // Without a salutation, the head ends at the first paragraph that reads as body text.
  let inHead = salutation < 0;
  for (let i = 0; i < paragraphs.length; i++) {
    const para = paragraphs[i]!;
    const text = para.text;
    const row = cells(text);
    const statedHeading = para.kind === 'heading' && !REFERENCE_LABEL.test(text);
    if (i < salutation && para.kind !== 'table' && !statedHeading) {
      out.push({ kind: text.length <= 120 ? 'reference' : 'paragraph', para });
      continue;
    }
    if (inHead) {
      if (i >= HEAD_PARAGRAPHS || para.kind === 'table' || para.kind === 'list-item' || text.length > 120) inHead = false;
      else if (REFERENCE_LABEL.test(text) && para.notes.length === 0) {
        out.push({ kind: 'reference', para });
        continue;
      } else if (LABEL_ALONE.test(text) && para.notes.length === 0 && labelValue(text, paragraphs[i + 1])) {
        out.push({ kind: 'reference', para }, { kind: 'reference', para: paragraphs[++i]! });
        continue;
      } else if (/[.!?]$/.test(text)) inHead = false;
    }
    if (i === salutation) {
      out.push({ kind: 'salutation', para });
      continue;
    }
    if (para.kind) {
      out.push({ kind: para.kind, para });
      mode = null;
      continue;
    }
    const lines = text.split('\n');
    if (lines.length === 2 && isFunctionRow(cells(lines[0]!)) && isNameRow(cells(lines[1]!))) {
      // Function and name in one paragraph, a line break between (Shift+Enter in Word).
      const [fns, names] = [cells(lines[0]!), cells(lines[1]!)];
      if (fns.length === names.length) {
        fns.forEach((fn, k) => {
          out.push({
            kind: 'signature',
            para: { text: `${fn}\n${names[k]!}`, notes: [], ...(para.page !== undefined ? { page: para.page } : {}) },
          });
          signatories.push({ name: names[k]!, function: functionOf(fn) });
        });
        mode = null;
        continue;
      }
    }
    if (isFunctionRow(row)) {
      const next = paragraphs[i + 1];
      const names = next ? cells(next.text) : [];
      const paired = names.length === row.length && isNameRow(names);
      if (paired || text.endsWith(',')) {
        row.forEach((fn, k) => {
          const name = paired ? names[k]! : '';
          out.push({
            kind: 'signature',
            para: { text: name ? `${fn}\n${name}` : fn, notes: [], ...(para.page !== undefined ? { page: para.page } : {}) },
          });
          if (name) signatories.push({ name, function: functionOf(fn) });
        });
        if (paired) i++;
        mode = null;
        continue;
      }
    }
    if (CLOSING.test(text)) {
      out.push({ kind: 'closing', para });
      mode = null;
      continue;
    }
    if (qa && QUESTION_LABEL.test(text)) {
      out.push({ kind: 'heading', para });
      mode = 'question';
      continue;
    }
    if (qa && ANSWER_LABEL.test(text)) {
      out.push({ kind: 'heading', para });
      mode = 'answer';
      continue;
    }
    const bullet = BULLET.exec(text);
    if (bullet && text.length > bullet[0].length) {
      // The bullet is the item's label, not its text; Tika writes Symbol's bullet (U+F0B7) as `·`.
      const mark = bullet[0].trim();
      out.push({
        kind: 'list-item',
        para: { ...trimParagraph(dropPrefix(para, bullet[0].length)), label: mark === '·' ? '•' : mark },
      });
      continue;
    }
    if (NUMBERED.test(text)) {
      out.push({ kind: 'list-item', para: { ...para, label: /^\S+/.exec(text)![0] } });
      continue;
    }
    const next = paragraphs[i + 1];
    const guessed = headings === 'guess' || (headings === 'cautious' && next !== undefined && SENTENCE_START.test(next.text));
    if (guessed && isHeading(text, para.notes.length > 0, i + 1 < paragraphs.length)) {
      out.push({ kind: 'heading', para });
      if (mode) mode = null;
      continue;
    }
    out.push({ kind: mode ?? 'paragraph', para });
  }
  const blocks = out.map(({ kind, para }, i): Block => {
    const block: Block = { id: `b${i}`, kind, text: para.text, notes: para.notes };
    if (para.cells) block.cells = para.cells;
    if (para.headerRows) block.headerRows = para.headerRows;
    if (para.page !== undefined) block.page = para.page;
    if (para.links?.length) block.links = para.links;
    if (para.comments?.length) block.comments = para.comments;
    if ((kind === 'list-item' || kind === 'heading') && para.level) block.level = para.level;
    if (kind === 'list-item' && para.label) block.label = para.label;
    return block;
  });
  return { blocks, signatories };
};
