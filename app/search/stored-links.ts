import type { Letter } from '../corpus/types';
import { type LetterEntry, skeletonOf } from './letter-entry';

/**
 * What linking and the sidecar changed in one letter, stored with the warm-start index so a warm
 * start need not parse the sidecar and link the corpus again (issue 22: at 100,000 letters that
 * was 3 s of the start). Relative to `skeletonOf(entry)`: only the metadata fields the sidecar
 * changed (`meta`), the citations' targets when any is set (`targets`, one per citation, in
 * order) and the letters citing this one when any (`citedBy`, sorted). `{}` for a letter neither
 * touched. JSON as stored: strings, nulls and arrays only.
 */
export interface LinkDiff {
  meta?: Partial<Pick<Letter, MetaField>>;
  targets?: Array<string | null>;
  citedBy?: string[];
}

/** The metadata fields the sidecar may change (see applySidecar). */
const META = ['title', 'date', 'kind', 'ministry', 'signatories', 'references', 'keys'] as const;
type MetaField = (typeof META)[number];

const same = (a: unknown, b: unknown): boolean => a === b || (typeof a === 'object' && JSON.stringify(a) === JSON.stringify(b));

/** The diff of a linked skeleton (OpenCorpus.linked) from its entry's plain skeleton. */
export const linkDiff = (entry: LetterEntry, linked: Letter): LinkDiff => {
  const diff: LinkDiff = {};
  for (const field of META) {
    if (same(entry[field], linked[field])) continue;
    diff.meta ??= {};
    (diff.meta as Record<string, unknown>)[field] = linked[field];
  }
  if (linked.citations.some((c) => c.target !== null)) diff.targets = linked.citations.map((c) => c.target);
  if (linked.citedBy.length > 0) diff.citedBy = linked.citedBy;
  return diff;
};

const isStrings = (x: unknown): x is string[] => Array.isArray(x) && x.every((s) => typeof s === 'string');
const isNullableString = (x: unknown): boolean => x === null || typeof x === 'string';
const isSignatories = (x: unknown): boolean =>
  Array.isArray(x) &&
  x.every(
    (s) =>
      typeof s === 'object' &&
      s !== null &&
      typeof (s as Letter['signatories'][number]).name === 'string' &&
      typeof (s as Letter['signatories'][number]).function === 'string',
  );
const CHECK: Record<MetaField, (x: unknown) => boolean> = {
  title: isNullableString,
  date: isNullableString,
  kind: isNullableString,
  ministry: isNullableString,
  signatories: isSignatories,
  references: isStrings,
  keys: isStrings,
};

/**
 * The linked skeleton of `entry` from its stored diff (the inverse of linkDiff). Throws when the
 * diff is not one linkDiff can give for this entry (wrong types, unknown fields, as many targets
 * as citations not given): a damaged file is never trusted.
 */
export const linkedOf = (entry: LetterEntry, diff: unknown): Letter => {
  if (typeof diff !== 'object' || diff === null || Array.isArray(diff)) throw new Error('geen koppeling');
  const { meta, targets, citedBy, ...rest } = diff as Record<string, unknown>;
  if (Object.keys(rest).length > 0) throw new Error('geen koppeling');
  const letter = skeletonOf(entry);
  if (meta !== undefined) {
    if (typeof meta !== 'object' || meta === null) throw new Error('geen koppeling');
    for (const [field, value] of Object.entries(meta)) {
      const check = CHECK[field as MetaField] as ((x: unknown) => boolean) | undefined;
      if (!check?.(value)) throw new Error('geen koppeling');
      (letter as Record<string, unknown>)[field] = value;
    }
  }
  if (targets !== undefined) {
    if (!Array.isArray(targets) || targets.length !== letter.citations.length || !targets.every(isNullableString)) {
      throw new Error('geen koppeling');
    }
    letter.citations.forEach((c, i) => (c.target = targets[i] as string | null));
  }
  if (citedBy !== undefined) {
    if (!isStrings(citedBy)) throw new Error('geen koppeling');
    letter.citedBy = citedBy;
  }
  return letter;
};
