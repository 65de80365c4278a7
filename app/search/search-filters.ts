import { normalizeTerm } from '../corpus/search-text';
import type { LetterMeta } from '../corpus/types';
import type { SearchRequest } from '../ipc/contract';

/** Letter metadata used by the filters. */
export type MetaLookup = (file: string) => Pick<LetterMeta, 'kind' | 'date' | 'signatories'> | undefined;

/** Signatory names folded for the filter; names repeat across letters, so each is folded once. */
const foldedNames = new Map<string, string>();
const foldName = (name: string): string => {
  let folded = foldedNames.get(name);
  if (folded === undefined) {
    if (foldedNames.size > 10_000) foldedNames.clear();
    foldedNames.set(name, (folded = normalizeTerm(name)));
  }
  return folded;
};

/** Builds the per-letter filter once per search. */
export const letterFilter = (req: SearchRequest, metaOf: MetaLookup): ((file: string) => boolean) => {
  const kinds = req.kinds && req.kinds.length > 0 ? new Set(req.kinds) : null;
  const signatory = req.signatory ? normalizeTerm(req.signatory.trim()) : '';
  return (file) => {
    const meta = metaOf(file);
    return (
      meta !== undefined &&
      (!kinds || (meta.kind !== null && kinds.has(meta.kind))) &&
      (!req.dateFrom || (meta.date !== null && meta.date >= req.dateFrom)) &&
      (!req.dateTo || (meta.date !== null && meta.date <= req.dateTo)) &&
      (!signatory || meta.signatories.some((s) => foldName(s.name).includes(signatory)))
    );
  };
};
