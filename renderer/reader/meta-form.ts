import type { MetaPatch } from '../../app/corpus/schema';
import type { LetterMeta, Signatory } from '../../app/corpus/types';

/** The metadata form's fields, all plain strings as the inputs hold them. */
export interface MetaFields {
  title: string;
  date: string;
  kind: string;
  ministry: string;
  /** One reference per line. */
  references: string;
  /** One signatory per line: `name, function` (the function may itself contain commas). */
  signatories: string;
}

export function fieldsOf(meta: Pick<LetterMeta, 'title' | 'date' | 'kind' | 'ministry' | 'references' | 'signatories'>): MetaFields {
  return {
    title: meta.title ?? '',
    date: meta.date ?? '',
    kind: meta.kind ?? '',
    ministry: meta.ministry ?? '',
    references: meta.references.join('\n'),
    signatories: meta.signatories.map((s) => (s.function ? `${s.name}, ${s.function}` : s.name)).join('\n'),
  };
}

const lines = (text: string): string[] =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');

const orNull = (text: string): string | null => (text.trim() === '' ? null : text.trim());

/** Splits `D.M. van Weel, minister van Buitenlandse Zaken` at the first comma. */
export function parseSignatory(line: string): Signatory {
  const comma = line.indexOf(',');
  if (comma < 0) return { name: line.trim(), function: '' };
  return { name: line.slice(0, comma).trim(), function: line.slice(comma + 1).trim() };
}

/** The patch for corpusUpdateMeta (app/corpus/schema MetaPatchSchema): empty fields become null/[]. */
export function patchOf(fields: MetaFields): MetaPatch {
  return {
    title: orNull(fields.title),
    date: /^\d{4}-\d{2}-\d{2}$/.test(fields.date.trim()) ? fields.date.trim() : null,
    kind: orNull(fields.kind),
    ministry: orNull(fields.ministry),
    references: lines(fields.references),
    signatories: lines(fields.signatories).map(parseSignatory),
  };
}
