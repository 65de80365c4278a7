import type { CorpusProgress } from '../../app/ipc/contract';

/** One reading of a load's progress: when (ms), and the files done counting a long PDF's decoded pages as a fraction of it. */
export interface ProgressSample {
  at: number;
  units: number;
}

/** The throughput the time left is estimated from: the progress of the last this many ms. */
export const RATE_WINDOW_MS = 8000;
/** No estimate before the window holds this much (ms): too little to go by. */
const MIN_SPAN_MS = 1000;

/** Files done, with the file being decoded counted for its share of pages decoded (`page` of `pages`). */
export const progressUnits = (progress: CorpusProgress): number =>
  progress.done + (progress.page !== undefined && progress.pages ? progress.page / progress.pages : 0);

/**
 * The samples with `progress` at `now` added: a new phase (or a restart, fewer units than before)
 * starts afresh; samples older than RATE_WINDOW_MS go, except the newest of them, which anchors
 * the window. Only the reading phase is sampled. Returns a new array.
 */
export const withSample = (samples: readonly ProgressSample[], progress: CorpusProgress, now: number): ProgressSample[] => {
  if (progress.phase !== 'parsing') return [];
  const units = progressUnits(progress);
  const last = samples.at(-1);
  const kept = last && units >= last.units ? [...samples] : [];
  if (last && units === last.units && kept.length > 0) return kept;
  kept.push({ at: now, units });
  let from = 0;
  while (from + 1 < kept.length && now - kept[from + 1]!.at >= RATE_WINDOW_MS) from++;
  return kept.slice(from);
};

/**
 * Estimated milliseconds left in a load: the units still to do at the recent rate, units done
 * since the window's first sample over the time from it to `now` (not to the last sample: while
 * nothing moves, as in a long PDF between two page reports, the rate falls and the estimate
 * grows, so it never stands still at a stale "2 seconds"). Null when there is nothing to go by:
 * not reading files, less than MIN_SPAN_MS seen, or nothing done in the window.
 */
export const timeLeftMs = (progress: CorpusProgress, samples: readonly ProgressSample[], now: number): number | null => {
  const first = samples[0];
  const last = samples.at(-1);
  if (progress.phase !== 'parsing' || !first || !last) return null;
  const span = now - first.at;
  const done = last.units - first.units;
  if (span < MIN_SPAN_MS || done <= 0) return null;
  return Math.max(0, ((progress.total - last.units) * span) / done);
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
