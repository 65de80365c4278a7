import type { Letter } from '../../../app/corpus/types';

/** A small letter for index tests: `blocks` are texts (ids b0, b1, …); `notes` are footnote texts referenced from block b1. */
export const letterOf = (file: string, blocks: string[], notes: string[] = [], hash = `h-${file}`): Letter => ({
  file,
  format: 'word',
  hash,
  title: null,
  date: null,
  kind: null,
  ministry: null,
  signatories: [],
  references: [],
  keys: [],
  blocks: blocks.map((text, i) => ({
    id: `b${i}`,
    kind: 'paragraph',
    text,
    notes: i === 1 ? notes.map((_, k) => ({ footnote: `fn${k + 1}`, offset: text.length })) : [],
  })),
  footnotes: notes.map((text, k) => ({ id: `fn${k + 1}`, label: String(k + 1), text })),
  citations: [],
  citedBy: [],
});
