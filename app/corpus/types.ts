/**
 * The corpus types, inferred from their zod schemas in `./schema` (the one definition; field
 * documentation is there). Type-only: importing this module loads no zod.
 */
import type { z } from 'zod';

import type {
  BlockCommentSchema,
  BlockKindSchema,
  BlockSchema,
  CellRangeSchema,
  CitationSchema,
  CorpusErrorSchema,
  FootnoteSchema,
  LetterFormatSchema,
  LetterMetaSchema,
  LetterSchema,
  LetterSummarySchema,
  NoteAnchorSchema,
  PublicationSchema,
  SignatorySchema,
  TextLinkSchema,
  TextRangeSchema,
} from './schema';

/** How the text file was produced. */
export type LetterFormat = z.infer<typeof LetterFormatSchema>;
export type BlockKind = z.infer<typeof BlockKindSchema>;
/** A footnote reference inside a block: `offset` is the UTF-16 index in `Block.text` where the marker stood. */
export type NoteAnchor = z.infer<typeof NoteAnchorSchema>;
export type Block = z.infer<typeof BlockSchema>;
/** A range `[start, end)` of UTF-16 offsets in a block's text. */
export type TextRange = z.infer<typeof TextRangeSchema>;
export type CellRange = z.infer<typeof CellRangeSchema>;
export type TextLink = z.infer<typeof TextLinkSchema>;
export type BlockComment = z.infer<typeof BlockCommentSchema>;
export type Footnote = z.infer<typeof FootnoteSchema>;
export type Citation = z.infer<typeof CitationSchema>;
export type Signatory = z.infer<typeof SignatorySchema>;
/** What is known about a letter; unknown stays null/empty, never invented. */
export type LetterMeta = z.infer<typeof LetterMetaSchema>;
export type Letter = z.infer<typeof LetterSchema>;
/** A file that could not be read or parsed; the rest of the corpus loads regardless. */
export type CorpusError = z.infer<typeof CorpusErrorSchema>;
/** The short form listed in the library. */
export type LetterSummary = z.infer<typeof LetterSummarySchema>;
/** The masthead facts of an official publication (chamber, year, dossier, number, dates). */
export type Publication = z.infer<typeof PublicationSchema>;
