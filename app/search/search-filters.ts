import { normalizeTerm } from '../corpus/search-text';
import type { LetterMeta } from '../corpus/types';
import type { SearchRequest } from '../ipc/contract';
import type { ShardData } from './index-shard';

/** Letter metadata used by the filters. */
export type MetaLookup = (file: string) => Pick<LetterMeta, 'kind' | 'date' | 'signatories'> | undefined;
/** Letter metadata used by the filters and by grouped search (the readable title and own keys). */
export type FactLookup = (file: string) => (Pick<LetterMeta, 'kind' | 'date' | 'signatories' | 'keys'> & { title: string }) | undefined;

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
  const names = req.signatories && req.signatories.length > 0 ? new Set(req.signatories) : null;
  const dated = (date: string | null, test: (date: string) => boolean) => (date === null ? Boolean(req.undated) : test(date));
  return (file) => {
    const meta = metaOf(file);
    return (
      meta !== undefined &&
      (!kinds || (meta.kind !== null && kinds.has(meta.kind))) &&
      (!req.dateFrom || dated(meta.date, (date) => date >= req.dateFrom!)) &&
      (!req.dateTo || dated(meta.date, (date) => date <= req.dateTo!)) &&
      (!signatory || meta.signatories.some((s) => foldName(s.name).includes(signatory))) &&
      (!names || meta.signatories.some((s) => names.has(s.name)))
    );
  };
};

/**
 * The letters the filters (and tombstones) let through, per shard, decided before any scoring
 * and remembered per filter: most searches repeat one of a few filter settings. Valid for one
 * metadata version (any object replaced when metadata changes) and shard set (`clear`).
 */
export class FilterMasks {
  private cache = { version: {} as object, masks: new Map<string, Uint8Array[]>() };

  clear(): void {
    this.cache.masks.clear();
  }

  /** Per shard index: 1 for each letter the request's filters let through and that is not dead. */
  allowed(
    req: SearchRequest,
    metaOf: MetaLookup,
    version: object,
    shardAt: (si: number) => { data: ShardData; dead: Uint8Array<ArrayBufferLike> },
  ): (shard: number) => Uint8Array {
    if (this.cache.version !== version) this.cache = { version, masks: new Map() };
    const key = JSON.stringify([
      req.kinds ?? [],
      req.dateFrom ?? '',
      req.dateTo ?? '',
      req.signatory ?? '',
      req.signatories ?? [],
      req.undated ?? false,
    ]);
    let masks = this.cache.masks.get(key);
    if (!masks) {
      if (this.cache.masks.size >= 16) this.cache.masks.clear();
      this.cache.masks.set(key, (masks = []));
    }
    const accepts = letterFilter(req, metaOf);
    const known = masks;
    return (si) => {
      let mask = known[si];
      if (!mask) {
        const { data, dead } = shardAt(si);
        mask = known[si] = new Uint8Array(data.files.length);
        for (let l = 0; l < mask.length; l++) if (!dead[l] && accepts(data.files[l]!)) mask[l] = 1;
      }
      return mask;
    };
  }
}

/**
 * Documents known not to contain a phrase query (they had the probe terms but failed the check).
 * Documents never change (a changed letter gets new ones), so this holds while the index lives;
 * it spares re-reading them when the same phrase is searched again with other filters.
 */
export class PhraseMisses {
  private readonly sets = new Map<string, Set<number>>();

  /** The misses of these phrases (a live set to add to), or undefined when there are none. */
  of(phrases: string[][]): Set<number> | undefined {
    if (phrases.length === 0) return undefined;
    const key = JSON.stringify(phrases);
    let set = this.sets.get(key);
    if (!set) {
      if (this.sets.size >= 64) this.sets.delete(this.sets.keys().next().value!);
      this.sets.set(key, (set = new Set()));
    }
    return set;
  }

  clear(): void {
    this.sets.clear();
  }
}
