import { z } from 'zod';

import type { CorpusError, Letter, LetterSummary } from './types';

/** Runtime schemas for the corpus types in `./types` (validated at the IPC and cache edges). */

export const BlockKindSchema = z.enum([
  'reference',
  'salutation',
  'heading',
  'paragraph',
  'list-item',
  'question',
  'answer',
  'closing',
  'signature',
]);

export const SignatorySchema = z.object({ name: z.string(), function: z.string() });

const metaShape = {
  title: z.string().nullable(),
  date: z.string().nullable(),
  kind: z.string().nullable(),
  ministry: z.string().nullable(),
  signatories: z.array(SignatorySchema),
  references: z.array(z.string()),
};

export const LetterSchema: z.ZodType<Letter> = z.object({
  ...metaShape,
  keys: z.array(z.string()),
  file: z.string(),
  format: z.enum(['word', 'pdf']),
  hash: z.string(),
  blocks: z.array(
    z.object({
      id: z.string(),
      kind: BlockKindSchema,
      text: z.string(),
      notes: z.array(z.object({ footnote: z.string(), offset: z.number().int().nonnegative() })),
    }),
  ),
  footnotes: z.array(z.object({ id: z.string(), label: z.string(), text: z.string() })),
  citations: z.array(
    z.object({
      text: z.string(),
      key: z.string(),
      block: z.string(),
      footnote: z.string().optional(),
      target: z.string().nullable(),
    }),
  ),
  citedBy: z.array(z.string()),
});

export const LetterSummarySchema: z.ZodType<LetterSummary> = z.object({
  ...metaShape,
  file: z.string(),
  format: z.enum(['word', 'pdf']),
  hash: z.string(),
  blockCount: z.number().int(),
  footnoteCount: z.number().int(),
});

export const CorpusErrorSchema: z.ZodType<CorpusError> = z.object({ file: z.string(), message: z.string() });

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
