import type { CorpusProgress } from '../../app/ipc/contract';

/** Where a load's rate is measured from: the first progress seen in its current phase. */
export interface ProgressMark {
  phase: CorpusProgress['phase'];
  done: number;
  at: number;
}

/**
 * Estimated milliseconds left in a load: the files still to do at the rate seen since `mark`
 * (files per ms in the same phase). Null until there is a rate to go by (at least one second and
 * one file since the mark), or when the phase is not reading files.
 */
export const timeLeftMs = (progress: CorpusProgress, mark: ProgressMark | null, now: number): number | null => {
  if (!mark || progress.phase !== 'parsing' || mark.phase !== 'parsing') return null;
  const elapsed = now - mark.at;
  const done = progress.done - mark.done;
  if (elapsed < 1000 || done <= 0) return null;
  return Math.max(0, ((progress.total - progress.done) * elapsed) / done);
};

/**
 * A remaining time as people say it, rounded: under a minute in seconds (5 s steps above 10 s),
 * else in whole minutes. Returns the unit and count for the interface strings.
 */
export const roundedTime = (ms: number): { unit: 'seconds' | 'minutes'; count: number } => {
  const s = Math.ceil(ms / 1000);
  if (s < 60) return { unit: 'seconds', count: s <= 10 ? Math.max(1, s) : Math.ceil(s / 5) * 5 };
  return { unit: 'minutes', count: Math.round(s / 60) };
};
