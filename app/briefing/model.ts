import { z } from 'zod';

import { isLinkUrl, LINK_URL_MAX } from './link-url';

/**
 * The briefing model: what a `.dossier` file holds (inside its envelope, see `docs/dossier-format.md`)
 * and what the exporters read. It is Dossier's own documented model, not Lexical's JSON; the
 * editor maps to and from it without loss.
 *
 * Footnote numbers are never stored: they follow from the order of `footnote-ref` inlines in the
 * body (and, when `citationStyle` is `footnote`, a citation note right after each passage).
 */

/**
 * The newest `.dossier` version this Dossier reads and writes. Version 2 only adds the text formats
 * underline, strikethrough, sub- and superscript and links; version 3 the nota fields of the
 * properties (`notaKind`, `copyTo`, `attachments`) and tables (a `table` block, a quoted table's
 * `cells`); version 4 a quoted list item's `label` and `level` (`PassagePart`) and the links in a
 * quoted note (`BriefingFootnote.links`). A briefing using none of a version's additions is still written in the lower version
 * (see `fileVersionOf`), so an older Dossier keeps reading it.
 */
export const BRIEFING_VERSION = 4;

/** The versions a briefing object may carry: 1, or 2 / 3 / 4 when it uses that version's additions. */
export const BriefingVersionSchema = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]);
export type BriefingVersion = z.infer<typeof BriefingVersionSchema>;

/** A link target: `http(s)://…` or `mailto:…` only (app/briefing/link-url.ts; javascript:, file:, data: refused). */
export const LinkUrlSchema = z
  .string()
  .max(LINK_URL_MAX)
  .refine(isLinkUrl, { message: 'Een link moet een webadres (http:// of https://) of e-mailadres (mailto:) zijn.' });

/** An answer to a comment: its own author and date; it has no range of its own (it shares its comment's). */
export const CommentReplySchema = z.object({
  id: z.string().min(1),
  author: z.string(),
  /** ISO 8601 date-time. */
  date: z.string(),
  text: z.string(),
});
export type CommentReply = z.infer<typeof CommentReplySchema>;

/**
 * A comment anchored on a range: the inlines carrying its id in `comments` form the range.
 * `replies` (oldest first) and `resolved` are absent in files written before issue 18: no replies,
 * open. A resolved comment keeps its text and replies; it can be reopened.
 */
export const AnnotationSchema = z.object({
  id: z.string().min(1),
  author: z.string(),
  /** ISO 8601 date-time. */
  date: z.string(),
  text: z.string(),
  replies: z.array(CommentReplySchema).optional(),
  resolved: z.boolean().optional(),
});
export type Annotation = z.infer<typeof AnnotationSchema>;

export const TextInlineSchema = z
  .object({
    type: z.literal('text'),
    text: z.string(),
    bold: z.boolean().optional(),
    italic: z.boolean().optional(),
    /** Version 2 on: underlined, struck through, printed lowered (`subscript`) or raised (`superscript`, never both). */
    underline: z.boolean().optional(),
    strikethrough: z.boolean().optional(),
    subscript: z.boolean().optional(),
    superscript: z.boolean().optional(),
    /** Version 2 on: the run is (part of) a link to this address; consecutive runs with the same `link` are one link. */
    link: LinkUrlSchema.optional(),
    /** Ids of the annotations whose range covers this run. */
    comments: z.array(z.string()).optional(),
  })
  .refine((run) => !(run.subscript && run.superscript), {
    message: 'Tekst kan niet tegelijk sub- en superscript zijn.',
    path: ['superscript'],
  });
export type TextInline = z.infer<typeof TextInlineSchema>;

export const FootnoteRefInlineSchema = z.object({
  type: z.literal('footnote-ref'),
  /** `BriefingFootnote.id`. */
  footnote: z.string().min(1),
});
export type FootnoteRefInline = z.infer<typeof FootnoteRefInlineSchema>;

export const InlineSchema = z.discriminatedUnion('type', [TextInlineSchema, FootnoteRefInlineSchema]);
export type Inline = z.infer<typeof InlineSchema>;

/**
 * Version 4 on: a link in a quoted note's text, `[start, end)` in UTF-16 code units of `text`, to
 * `href` (a web or e-mail address, as a run's `link`): a link the letter's Word footnote held.
 */
export const NoteLinkSchema = z
  .object({ start: z.number().int().nonnegative(), end: z.number().int().positive(), href: LinkUrlSchema })
  .refine((link) => link.end > link.start, { message: 'Een link in een voetnoot moet tekst omvatten.', path: ['end'] });
export type NoteLink = z.infer<typeof NoteLinkSchema>;

export const FootnoteSchema = z.object({
  id: z.string().min(1),
  /** `quote`: came with a quoted passage (text verbatim); `user`: written by the user. */
  origin: z.enum(['quote', 'user']),
  text: z.string(),
  /** For `quote` notes: the letter and the footnote id there. */
  source: z.object({ file: z.string(), footnote: z.string() }).optional(),
  /** Version 4 on, `quote` notes: the links in `text` (in order, not overlapping, within `text`); absent: none. */
  links: z.array(NoteLinkSchema).optional(),
});
export type BriefingFootnote = z.infer<typeof FootnoteSchema>;

/** A published paper: `Kamerstukken II 2025/26, 36 045, nr. 264` or `Aanhangsel Handelingen II 2022/23, nr. 3649`. */
export const OfficialPaperSchema = z.object({
  series: z.enum(['kamerstukken', 'aanhangsel']),
  chamber: z.enum(['I', 'II']),
  /** Parliamentary year as cited, `2025/26`; null when unknown. */
  year: z.string().nullable(),
  /** Dossier as printed, `36 045`, `21 501-02`, `36 800 V` (Kamerstukken only). */
  dossier: z.string().nullable(),
  /** `264`; an Eerste Kamer paper's letter (`C`) or number (`12f`). */
  number: z.string(),
});
export type OfficialPaper = z.infer<typeof OfficialPaperSchema>;

export const SourceRefSchema = z.object({
  /** Letter file, relative to the corpus root, as in the corpus. */
  file: z.string().min(1),
  /** sha-256 of the letter file when quoted. */
  hash: z.string(),
  title: z.string().nullable(),
  date: z.string().nullable(),
  kind: z.string().nullable(),
  /** e.g. "Kamerstuk 36 045, nr. 264" when known. */
  kamerstuk: z.string().nullable(),
  /**
   * The official facts the citation is built from (issue 15; `official` citations only, absent in
   * older files): the numbered paper or Aanhangsel answer it is published as, else who sent it to
   * whom and its kenmerk. Unknown stays null.
   */
  paper: OfficialPaperSchema.nullable().optional(),
  /** e.g. `de minister van Buitenlandse Zaken en de minister van Defensie`. */
  sender: z.string().nullable().optional(),
  /** e.g. `Tweede Kamer`. */
  addressee: z.string().nullable().optional(),
  /** The letter's own reference (kenmerk), e.g. `BZ2519785`. */
  reference: z.string().nullable().optional(),
  /** Too little is known to identify the letter: shown as "bron onvolledig" until the metadata is filled in. */
  incomplete: z.boolean().optional(),
});
export type SourceRef = z.infer<typeof SourceRefSchema>;

/** One quoted source block (or part of one). */
export const PassagePartSchema = z.object({
  /** Block id in the source letter. */
  block: z.string().min(1),
  /** Index of that block in the letter's `blocks` (for citations such as "alinea 4"). */
  blockIndex: z.number().int().nonnegative(),
  blockKind: z.string(),
  /** UTF-16 offsets into the source block's text. */
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  /** Exactly `sourceBlock.text.slice(start, end)`: the quoted words, verbatim. */
  text: z.string(),
  /** Text runs and footnote refs; the concatenated text runs equal `text`. */
  children: z.array(InlineSchema),
  /** The user trimmed words before / after this part: shown as "[…]". */
  omittedBefore: z.boolean(),
  omittedAfter: z.boolean(),
  /** `official` citations: the 1-based page of the block (letters read from PDF) … */
  page: z.number().int().positive().optional(),
  /** … or its 1-based number among the letter's body paragraphs (see app/briefing/locator.ts). */
  paragraph: z.number().int().positive().optional(),
  /**
   * Version 3 on, a part of a letter's `table` block: the rows of cells the quoted range touches,
   * each cell a range of the source block's text (UTF-16 offsets like `start`/`end`, within them),
   * as the letter's `Block.cells` (with their spans: `colSpan`, `rowSpan`, `covered`, as the
   * letter's `CellRange`); the quote is shown and exported as a table (app/briefing/table-grid.ts).
   */
  cells: z
    .array(
      z.array(
        z.object({
          start: z.number().int().nonnegative(),
          end: z.number().int().nonnegative(),
          colSpan: z.number().int().min(2).optional(),
          rowSpan: z.number().int().min(2).optional(),
          covered: z.literal(true).optional(),
        }),
      ),
    )
    .optional(),
  /** With `cells`: how many of the quoted rows, from the top, are the letter table's header rows (absent: none). */
  headerRows: z.number().int().positive().optional(),
  /**
   * Version 4 on, a part of a letter's list item: the item's label exactly as the letter prints it
   * (`•`, `–`, `1.`, `b)`, `2.b.1`; never renumbered), the letter's `Block.label`. A number label is
   * part of the block's text in the letter model, so it is printed apart only when the quoted text
   * does not begin with it (see app/briefing/passage-label.ts).
   */
  label: z.string().min(1).max(100).optional(),
  /**
   * Version 4 on: the source block's level as the letter states it (`Block.level`): for a list item
   * its nesting depth below the outer list, 1–8 (absent: the outer list), shown as an indent.
   */
  level: z.number().int().min(1).max(8).optional(),
});
export type PassagePart = z.infer<typeof PassagePartSchema>;

export const PassageSchema = z.object({
  type: z.literal('passage'),
  id: z.string().min(1),
  source: SourceRefSchema,
  parts: z.array(PassagePartSchema).min(1),
  /** Formatted source citation, e.g. `Kamerbrief "…", 6 januari 2026, Kamerstuk 36 045, nr. 264, alinea 4`. */
  citation: z.string(),
  /** Annotations on the passage as a whole. */
  comments: z.array(z.string()).optional(),
});
export type Passage = z.infer<typeof PassageSchema>;

export const HeadingSchema = z.object({
  type: z.literal('heading'),
  level: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  children: z.array(InlineSchema),
});
export const ParagraphSchema = z.object({ type: z.literal('paragraph'), children: z.array(InlineSchema) });

/** Deepest list level (0-based): five levels, as the exports' numbering definitions have. */
export const MAX_LIST_LEVEL = 4;

/**
 * One list item. Nesting is flat, as in Word numbering: `level` is the item's indentation depth
 * (absent = 0); items after a deeper run return to their level. `ordered` is set only on a nested
 * item (level > 0) whose kind differs from the list's (e.g. a bulleted sub-list in a numbered list);
 * absent, the item has the list's kind. Level-0 items always have the list's kind.
 */
export const ListItemSchema = z
  .object({
    children: z.array(InlineSchema),
    level: z.number().int().min(0).max(MAX_LIST_LEVEL).optional(),
    ordered: z.boolean().optional(),
  })
  .refine((item) => item.ordered === undefined || (item.level ?? 0) > 0, {
    message: 'Alleen een ingesprongen lijstitem (niveau 1 of dieper) kan een eigen lijstsoort hebben.',
    path: ['ordered'],
  });
export type ListItem = z.infer<typeof ListItemSchema>;

export const ListSchema = z.object({
  type: z.literal('list'),
  ordered: z.boolean(),
  items: z.array(ListItemSchema),
});
export type Heading = z.infer<typeof HeadingSchema>;
export type Paragraph = z.infer<typeof ParagraphSchema>;
export type List = z.infer<typeof ListSchema>;

/** One cell of a table (version 3): its paragraphs, at least one, each runs and footnote refs as a paragraph's. */
export const TableCellSchema = z.object({ paragraphs: z.array(z.object({ children: z.array(InlineSchema) })).min(1) });
export type TableCell = z.infer<typeof TableCellSchema>;

/**
 * The user's own table (version 3): rows of cells, row by row; `header` marks the first row as the
 * header row, which the exports repeat at the top of every page the table runs onto. Rows normally
 * have the same number of cells; a shorter row is filled with empty cells when shown or exported.
 */
export const TableSchema = z.object({
  type: z.literal('table'),
  header: z.boolean(),
  rows: z.array(z.object({ cells: z.array(TableCellSchema).min(1) })).min(1),
});
export type Table = z.infer<typeof TableSchema>;

export const BodyBlockSchema = z.discriminatedUnion('type', [HeadingSchema, ParagraphSchema, ListSchema, PassageSchema, TableSchema]);
export type BodyBlock = z.infer<typeof BodyBlockSchema>;

/**
 * The kind of ministerial nota a briefing is (issue 19, templates): a `beslisnota` asks the
 * minister to decide (it has Beslispunten), an `informatienota` informs, a `debatnota` prepares a
 * debate (expected questions with suggested answers). Absent: a free briefing ("Lege notitie").
 */
export const NotaKindSchema = z.enum(['beslisnota', 'informatienota', 'debatnota']);
export type NotaKind = z.infer<typeof NotaKindSchema>;

export const PropertiesSchema = z.object({
  title: z.string(),
  /** "Aan" */
  to: z.string(),
  /** "Van" */
  from: z.string(),
  /** "Datum", ISO `YYYY-MM-DD` or empty. */
  date: z.string(),
  /** "Betreft" */
  subject: z.string(),
  /** "Kenmerk" */
  reference: z.string(),
  /** e.g. "Departementaal vertrouwelijk"; empty for none. */
  classification: z.string(),
  author: z.string(),
  keywords: z.array(z.string()),
  /** The language of the exports' fixed words (title block, page label); absent in older files: Dutch. */
  language: z.enum(['nl', 'en']).optional(),
  /** Version 3 on: the nota kind (the exports print a nota's title block as a table); absent: no nota. */
  notaKind: NotaKindSchema.optional(),
  /** Version 3 on: "Kopie aan", who receives a copy (a nota's closing block); absent or empty: none. */
  copyTo: z.string().optional(),
  /** Version 3 on: "Bijlagen", the attachments (a nota's closing block); absent or empty: none. */
  attachments: z.string().optional(),
});
export type BriefingProperties = z.infer<typeof PropertiesSchema>;

export const CitationStyleSchema = z.enum(['footnote', 'line']);
export type CitationStyle = z.infer<typeof CitationStyleSchema>;

export const BriefingSchema = z.object({
  version: BriefingVersionSchema,
  properties: PropertiesSchema,
  citationStyle: CitationStyleSchema,
  body: z.array(BodyBlockSchema),
  footnotes: z.array(FootnoteSchema),
  annotations: z.array(AnnotationSchema),
});
export type Briefing = z.infer<typeof BriefingSchema>;

export function emptyBriefing(): Briefing {
  return {
    version: 1,
    properties: {
      title: '',
      to: '',
      from: '',
      date: '',
      subject: '',
      reference: '',
      classification: '',
      author: '',
      keywords: [],
    },
    citationStyle: 'footnote',
    body: [],
    footnotes: [],
    annotations: [],
  };
}
