import type { Letter, LetterSummary } from '../../app/corpus/types';

/** The library's short form of a letter (LetterSummary in app/corpus/types). */
export const toSummary = (l: Letter): LetterSummary => ({
  file: l.file,
  format: l.format,
  title: l.title,
  date: l.date,
  kind: l.kind,
  ministry: l.ministry,
  signatories: l.signatories,
  references: l.references,
  hash: l.hash,
  blockCount: l.blocks.length,
  footnoteCount: l.footnotes.length,
});

/** Yields to the event loop so IPC and timers keep running during long loops. */
export const yieldToLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));
