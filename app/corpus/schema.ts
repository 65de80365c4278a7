import { z } from 'zod';

import { MessageSchema } from '../ipc/messages/message-schema';

/**
 * The corpus as the rest of Dossier sees it, defined once: these zod schemas are the source and
 * `./types` re-exports their inferred types (`z.infer`) under the names importers use. Shapes
 * follow the `parse --json` output (issue 2/3, shared/corpus/FORMATS.md). Plain data only
 * (JSON-safe): these objects cross IPC (validated there, app/ipc/contract.ts) and are cached on
 * disk (validated when read back, main/corpus/cache-file.ts).
 */

/** How the letter was read: text extracted from Word (`word`) or PDF (`pdf`), or a Word file itself (`docx`). */
export const LetterFormatSchema = z.enum(['word', 'pdf', 'docx']);

export const BlockKindSchema = z.enum([
  'reference', // the reference column at the top (Ministerie van …, Onze referentie, Datum, Betreft)
  'salutation',
  'heading',
  'paragraph',
  'list-item',
  'question',
  'answer',
  'closing',
  'signature',
  'table', // a table read from a Word file: `Block.cells` says where each cell's text lies
]);

/** A footnote reference inside a block: `offset` is the UTF-16 index in `Block.text` where the marker stood. */
export const NoteAnchorSchema = z.object({
  /** `Footnote.id` of the note referenced. */
  footnote: z.string(),
  offset: z.number().int().nonnegative(),
});

/** A range `[start, end)` of UTF-16 offsets in `Block.text`. */
export const TextRangeSchema = z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() });

/**
 * A table cell: the range of `Block.text` it holds, and how it is merged (a Word file's
 * `w:gridSpan`/`w:vMerge`): `colSpan` grid columns wide, `rowSpan` rows high (absent: 1). A cell
 * under a vertically merged one is kept in its row, `covered` (its text is empty; ODF calls it a
 * covered table cell), so every row's cells, each counted `colSpan` wide, fill the same grid.
 */
export const CellRangeSchema = TextRangeSchema.extend({
  colSpan: z.number().int().min(2).optional(),
  rowSpan: z.number().int().min(2).optional(),
  covered: z.literal(true).optional(),
});

/** A hyperlink in a block read from a Word file: its text is the range, `href` its target (URL or `#bookmark`). */
export const TextLinkSchema = TextRangeSchema.extend({ href: z.string() });

/** A Word comment on a range of a block; not part of the quotable text. */
export const BlockCommentSchema = TextRangeSchema.extend({
  author: z.string(),
  /** ISO date-time as the file states it, or empty. */
  date: z.string(),
  text: z.string(),
});

export const BlockSchema = z.object({
  /** Stable within a letter: derived from position and content, e.g. `b12`. */
  id: z.string(),
  kind: BlockKindSchema,
  /** Text with every marker removed. A table's text is its cells joined by `\t`, its rows by `\n`. */
  text: z.string(),
  notes: z.array(NoteAnchorSchema),
  /** A table block's rows of cells, each cell a range of `text` (with its spans). */
  cells: z.array(z.array(CellRangeSchema)).optional(),
  /** A table block's header rows: this many rows from the top (Word's `w:tblHeader`); absent: none. */
  headerRows: z.number().int().positive().optional(),
  /** Hyperlinks (Word files only). */
  links: z.array(TextLinkSchema).optional(),
  /**
   * Word files only. A list item's nesting level, 1–8 below the outer list (absent for the outer
   * level); a heading's level, 1–9 (Heading 1 = 1, from its style or outline level).
   */
  level: z.number().int().min(1).max(9).optional(),
  /**
   * A list item's label as the letter prints it (Word's numbering or the text). A number label is
   * printed at the start of `text` (`1.`, `IV`, `2.b.1`, `Vraag 1`); a bullet (`•`, `–`, `o`, `▪`) is
   * not part of `text` (so `text` does not start with it). Absent when the letter states none.
   */
  label: z.string().optional(),
  /** Comments anchored in this block (Word files only). */
  comments: z.array(BlockCommentSchema).optional(),
  /** The 1-based page the block starts on, when read from PDF (for a citation's `p. 3`). */
  page: z.number().int().positive().optional(),
});

export const FootnoteSchema = z.object({
  /** Stable id, e.g. `fn2` (Word id) or `fn1` (PDF). */
  id: z.string(),
  /** The number as Word printed it: order of appearance, 1-based, as a string. */
  label: z.string(),
  /** Full note text, markers removed, multi-paragraph notes joined with `\n`. */
  text: z.string(),
  /** The 1-based page of the page foot it stands at, when read from PDF. */
  page: z.number().int().positive().optional(),
  /** Hyperlinks in the note read from a Word file (ranges of `text`, as a block's `links`). */
  links: z.array(TextLinkSchema).optional(),
});

export const CitationSchema = z.object({
  /** The citation as written. */
  text: z.string(),
  /** Normalised key such as `kst-36045-215`, `zaak-2025Z15748`, `tkdoc-2025D08281`. */
  key: z.string(),
  /** Id of the block it stands in, or of the block whose footnote holds it. */
  block: z.string(),
  /** Id of the footnote it stands in, when it stands in a footnote. */
  footnote: z.string().optional(),
  /** `file` of the cited letter when that letter is in the corpus, else null. */
  target: z.string().nullable(),
  /** The pages the citation refers to, as written after `p.`/`blz.` (`10`, `7-8`, `3 en 5`). */
  pages: z.string().optional(),
});

export const SignatorySchema = z.object({
  name: z.string(),
  /** e.g. "minister van Buitenlandse Zaken"; empty when unknown. */
  function: z.string(),
});

/** The metadata fields a summary shares with a letter. */
const summaryMetaShape = {
  title: z.string().nullable(),
  /** ISO date `YYYY-MM-DD` or null. */
  date: z.string().nullable(),
  /** e.g. "Kamerbrief", "Antwoorden op Kamervragen", or null. */
  kind: z.string().nullable(),
  ministry: z.string().nullable(),
  signatories: z.array(SignatorySchema),
  /** Own references: Onze referentie, kenmerk, case numbers, and the paper's own Kamerstuk when known. */
  references: z.array(z.string()),
};

/** What is known about a letter; unknown stays null/empty, never invented. */
export const LetterMetaSchema = z.object({
  ...summaryMetaShape,
  /** Normalised keys (citation-key form) under which other letters may cite this letter. */
  keys: z.array(z.string()),
});

const fileShape = {
  /** Path relative to the corpus root, with `/` separators. */
  file: z.string(),
  format: LetterFormatSchema,
  /** Content hash (sha-256 hex) of the file's bytes; passages record it for "check quotes". */
  hash: z.string(),
};

/** What the masthead of an official publication of parliamentary papers states (PDF; pdf-text/masthead.ts). */
export const PublicationSchema = z.object({
  /** `Tweede Kamer` or `Eerste Kamer`. */
  chamber: z.string(),
  /** Parliamentary year, e.g. `2023–2024`. */
  year: z.string(),
  /** e.g. `Aanhangsel van de Handelingen`, `Kamerstukken`; null when not stated. */
  series: z.string().nullable(),
  /** Dossier number as printed, e.g. `36 045`, and the dossier's title. */
  dossier: z.string().nullable(),
  dossierTitle: z.string().nullable(),
  /** Document number within the dossier, e.g. `215`. */
  number: z.string().nullable(),
  /** Kind of document as printed after the number, e.g. `Brief van de minister van Buitenlandse Zaken`. */
  kind: z.string().nullable(),
  /** ISO dates: sent (`Den Haag, …`, `ingezonden …`) and received (`ontvangen …`). */
  sent: z.string().nullable(),
  received: z.string().nullable(),
});

export const LetterSchema = LetterMetaSchema.extend({
  ...fileShape,
  blocks: z.array(BlockSchema),
  footnotes: z.array(FootnoteSchema),
  citations: z.array(CitationSchema),
  /** Files of corpus letters that cite this one. */
  citedBy: z.array(z.string()),
  /**
   * Where `date` comes from when the letter's text does not state it: `file-properties` is the
   * Word file's creation date (docProps/core.xml), a fallback the reader names as such. Absent when
   * the date is the letter's own, set by the sidecar, or unknown.
   */
  dateSource: z.enum(['file-properties']).optional(),
  /** A Word file with tracked changes: the text is read with all changes accepted. */
  trackedChanges: z.boolean().optional(),
  /**
   * What the reader could not settle (e.g. a gap in the footnote numbering of a PDF), as keyed
   * messages (app/ipc/messages `pdf.*`, e.g. `{key: 'pdf.note-missing', params: {number: 4}}`),
   * rendered in the interface language; shown, not guessed.
   */
  warnings: z.array(MessageSchema).optional(),
  /** The masthead of an official publication, when the letter is one (PDF). */
  publication: PublicationSchema.optional(),
});

/** The short form listed in the library. */
export const LetterSummarySchema = z.object({
  ...summaryMetaShape,
  /** The letter's own keys after the sidecar (LetterMeta.keys): what its paper number or request is found by. */
  keys: z.array(z.string()),
  ...fileShape,
  blockCount: z.number().int(),
  footnoteCount: z.number().int(),
});

/**
 * A file that could not be read or parsed; the rest of the corpus loads regardless. `message` is
 * the Dutch text (the command line prints it); `problem` the same reason as a keyed message
 * (app/ipc/messages), which the interface renders in its language (absent: show `message`).
 */
export const CorpusErrorSchema = z.object({ file: z.string(), message: z.string(), problem: MessageSchema.optional() });

/** Editable metadata fields (reader's metadata panel); written to the folder's sidecar. */
export const MetaPatchSchema = z
  .object({
    title: z.string().max(500).nullable(),
    date: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/)
      .nullable(),
    kind: z.string().max(200).nullable(),
    ministry: z.string().max(200).nullable(),
    signatories: z.array(SignatorySchema).max(20),
    references: z.array(z.string().max(200)).max(50),
  })
  .partial();
export type MetaPatch = z.infer<typeof MetaPatchSchema>;
