import { z } from 'zod';

import { DossierError } from '../ipc/errors';
import { issueMessage } from '../ipc/issue-message';
import { message } from '../ipc/messages';
import { jsonErrorOffset } from './json-error-place';
import { keysOf } from './keys';
import { type MetaPatch, MetaPatchSchema } from './schema';
import type { Letter, Signatory } from './types';

/**
 * The corpus folder's sidecar `metadata.json` (format of shared/corpus/metadata.json):
 * `{letters: [{file, kind, date, kamerstuk, zaak, reference, request, signatories, evidence}]}`,
 * extended with optional `title`, `ministry`, `references`; signatories as `"Name, function"`
 * or `{name, function}`. null or absent = not established (the inferred value stays); any other
 * value overrides the inferred one. Unknown fields are kept so that writing back loses nothing.
 */

const SignatoryInputSchema = z.union([z.string().min(1), z.object({ name: z.string().min(1), function: z.string().default('') })]);
const nullableText = z.string().nullable().optional();

export const SidecarEntrySchema = z.looseObject({
  file: z.string().min(1),
  title: nullableText,
  kind: nullableText,
  date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'issue.date-format') // a message key (app/ipc/messages): either language
    .nullable()
    .optional(),
  ministry: nullableText,
  kamerstuk: nullableText,
  zaak: nullableText,
  reference: nullableText,
  request: nullableText,
  references: z.array(z.string()).nullable().optional(),
  signatories: z.array(SignatoryInputSchema).nullable().optional(),
  evidence: nullableText,
});
export const SidecarSchema = z.looseObject({
  letters: z.array(SidecarEntrySchema),
});

export type SidecarEntry = z.infer<typeof SidecarEntrySchema>;
export type Sidecar = z.infer<typeof SidecarSchema>;

/** `"D.M. van Weel, minister van Buitenlandse Zaken"` → name and function (split at the first comma). */
export const toSignatory = (input: string | { name: string; function: string }): Signatory => {
  if (typeof input !== 'string') return { name: input.name.trim(), function: input.function.trim() };
  const comma = input.indexOf(',');
  return comma < 0
    ? { name: input.trim(), function: '' }
    : {
        name: input.slice(0, comma).trim(),
        function: input.slice(comma + 1).trim(),
      };
};

/** Where a JSON syntax error is, as `sidecar.place` (` (regel L, teken C)`, 1-based), or ''; never the text itself. */
const syntaxErrorPlace = (json: string) => {
  const offset = jsonErrorOffset(json);
  if (offset === null) return '';
  const before = json.slice(0, offset).split('\n');
  return message('sidecar.place', { line: before.length, column: before.at(-1)!.length + 1 });
};

/**
 * The sidecar's text as JSON (any value), a leading byte-order mark skipped. Throws DossierError
 * (`sidecar-invalid`, `sidecar.not-json` with the place of the fault, never the text).
 */
export const parseSidecarJson = (text: string): unknown => {
  const json = text.startsWith('\uFEFF') ? text.slice(1) : text;
  try {
    return JSON.parse(json) as unknown;
  } catch {
    throw new DossierError('sidecar-invalid', message('sidecar.not-json', { place: syntaxErrorPlace(json) }));
  }
};

/**
 * Parses and validates a sidecar; a leading byte-order mark (Notepad writes one) is skipped.
 * Throws DossierError (`sidecar-invalid`) with a keyed message (`sidecar.*`) that names the place
 * of the fault, never the file's text.
 */
export const parseSidecar = (text: string): Sidecar => {
  const data = parseSidecarJson(text);
  const result = SidecarSchema.safeParse(data);
  if (!result.success) {
    throw new DossierError('sidecar-invalid', message('sidecar.bad-shape', { issue: issueMessage(result.error, 'metadata.json') }));
  }
  const files = new Set<string>();
  for (const entry of result.data.letters) {
    if (files.has(entry.file)) throw new DossierError('sidecar-invalid', message('sidecar.duplicate', { file: entry.file }));
    files.add(entry.file);
  }
  return result.data;
};

/** Applies the sidecar entry for `letter.file` (if any): its values override the inferred ones. */
export const applySidecar = (letter: Letter, sidecar: Sidecar): Letter => {
  const entry = sidecar.letters.find((e) => e.file === letter.file);
  if (!entry) return letter;
  const own = [entry.reference, entry.kamerstuk, entry.zaak].filter((x): x is string => !!x && x.trim() !== '');
  const references = entry.references ?? [...new Set([...letter.references, ...own])];
  const extraKeys = [...own, ...(entry.request ? [entry.request] : [])];
  // A date the sidecar sets is established: no longer the file's creation date standing in.
  const { dateSource, ...rest } = letter;
  return {
    ...rest,
    ...(dateSource && !entry.date ? { dateSource } : {}),
    title: entry.title ?? letter.title,
    date: entry.date ?? letter.date,
    kind: entry.kind ?? letter.kind,
    ministry: entry.ministry ?? letter.ministry,
    signatories: entry.signatories ? entry.signatories.map(toSignatory) : letter.signatories,
    references,
    keys: [...new Set([...letter.keys, ...keysOf(references), ...keysOf(extraKeys)])],
  };
};

/** Writes a sidecar as pretty JSON (2-space indent, trailing newline). */
export const serializeSidecar = (sidecar: Sidecar): string => `${JSON.stringify(sidecar, null, 2)}\n`;

/** A signatory in the sidecar's string form, or as an object when the name holds a comma. */
const signatoryOut = (s: Signatory) =>
  s.name.includes(',') ? { name: s.name, function: s.function } : s.function ? `${s.name}, ${s.function}` : s.name;

/**
 * Returns a new sidecar with the metadata panel's edits for `file` (creating its entry when
 * absent). Throws DossierError (`meta-invalid`) when the patch is invalid.
 */
export const updateSidecarEntry = (sidecar: Sidecar, file: string, patch: MetaPatch): Sidecar => {
  const parsed = MetaPatchSchema.safeParse(patch);
  if (!parsed.success) throw new DossierError('meta-invalid', message('meta.invalid', { issue: issueMessage(parsed.error) }));
  const p = parsed.data;
  const changes: Partial<SidecarEntry> = {};
  if (p.title !== undefined) changes.title = p.title;
  if (p.date !== undefined) changes.date = p.date;
  if (p.kind !== undefined) changes.kind = p.kind;
  if (p.ministry !== undefined) changes.ministry = p.ministry;
  if (p.references !== undefined) changes.references = p.references;
  if (p.signatories !== undefined) changes.signatories = p.signatories.map(signatoryOut);
  const exists = sidecar.letters.some((e) => e.file === file);
  const letters = exists
    ? sidecar.letters.map((e) => (e.file === file ? { ...e, ...changes } : e))
    : [...sidecar.letters, { file, ...changes }];
  return { ...sidecar, letters };
};
