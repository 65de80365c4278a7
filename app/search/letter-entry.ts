import type { Letter, LetterMeta, LetterSummary } from '../corpus/types';

/**
 * What main keeps of a letter: its metadata, counts and citation keys, enough for the library
 * list, the search filters and citation linking. The full letter (blocks, footnotes) stays in the
 * parse cache on disk and is read when `CorpusService.letter(file)` asks for it.
 */
export interface LetterEntry extends LetterMeta {
  file: string;
  format: Letter['format'];
  hash: string;
  blockCount: number;
  footnoteCount: number;
  /** Keys of the letter's citations, in order. */
  cites: string[];
}

export const toEntry = (l: Letter): LetterEntry => ({
  file: l.file,
  format: l.format,
  hash: l.hash,
  title: l.title,
  date: l.date,
  kind: l.kind,
  ministry: l.ministry,
  signatories: l.signatories,
  references: l.references,
  keys: l.keys,
  blockCount: l.blocks.length,
  footnoteCount: l.footnotes.length,
  cites: l.citations.map((c) => c.key),
});

/**
 * A letter without content, for the sidecar and linkCorpus (app/corpus), which only read and
 * write metadata, citation keys and targets, and citedBy.
 */
export const skeletonOf = (e: LetterEntry): Letter => ({
  file: e.file,
  format: e.format,
  hash: e.hash,
  title: e.title,
  date: e.date,
  kind: e.kind,
  ministry: e.ministry,
  signatories: e.signatories,
  references: e.references,
  keys: e.keys,
  blocks: [],
  footnotes: [],
  citations: e.cites.map((key) => ({ text: '', key, block: '', target: null })),
  citedBy: [],
});

/** The library's short form of a linked skeleton and its entry. */
export const summaryOf = (s: Letter, e: LetterEntry): LetterSummary => ({
  file: s.file,
  format: s.format,
  title: s.title,
  date: s.date,
  kind: s.kind,
  ministry: s.ministry,
  signatories: s.signatories,
  references: s.references,
  keys: s.keys,
  hash: s.hash,
  blockCount: e.blockCount,
  footnoteCount: e.footnoteCount,
});

/** The full letter as callers see it: parsed content with the skeleton's metadata and links. */
export const withLinks = (raw: Letter, s: Letter): Letter => ({
  ...raw,
  file: s.file,
  title: s.title,
  date: s.date,
  kind: s.kind,
  ministry: s.ministry,
  signatories: s.signatories,
  references: s.references,
  keys: s.keys,
  citations: raw.citations.map((c, i) => ({ ...c, target: s.citations[i]?.target ?? null })),
  citedBy: s.citedBy,
});
