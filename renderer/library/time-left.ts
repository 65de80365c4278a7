import type { CorpusProgress } from '../../app/ipc/contract';

/** One reading of a load's progress: when (ms), and the files done counting a long PDF's decoded pages as a fraction of it. */
export interface ProgressSample {
  at: number;
  units: number;
  /** Files done (main's count, never falls within a load). */
  done: number;
  /** A long PDF being decoded: its file and the pages decoded so far. */
  file?: string;
  page?: number;
}

/** The throughput the time left is estimated from: the progress of the last this many ms. */
export const RATE_WINDOW_MS = 8000;
/** No estimate before the window holds this much (ms): too little to go by. */
const MIN_SPAN_MS = 1000;

/** Files done, with the file being decoded counted for its share of pages decoded (`page` of `pages`). */
export const progressUnits = (progress: CorpusProgress): number =>
  progress.done + (progress.page !== undefined && progress.pages ? progress.page / progress.pages : 0);

/**
 * The samples with `progress` at `now` added: a new phase (or a restart, fewer files done than
 * before) starts afresh; units never fall within a load (two PDFs decoding at once report their
 * shares in turns; a long PDF's page reports are kept for pagesLeftMs); samples older than RATE_WINDOW_MS go, except the newest of them, which anchors
 * the window. Only the reading phase is sampled. Returns a new array.
 */
export const withSample = (samples: readonly ProgressSample[], progress: CorpusProgress, now: number): ProgressSample[] => {
  if (progress.phase !== 'parsing') return [];
  const units = progressUnits(progress);
  const last = samples.at(-1);
  const kept = last && progress.done >= last.done ? [...samples] : [];
  // Two PDFs decoding at once report in turns: a smaller share of another file is no restart.
  if (last && kept.length > 0 && units <= last.units && (progress.page === undefined || progress.page === last.page)) return kept;
  const sample: ProgressSample = { at: now, units: Math.max(units, last && kept.length > 0 ? last.units : 0), done: progress.done };
  if (progress.file !== undefined && progress.page !== undefined) Object.assign(sample, { file: progress.file, page: progress.page });
  kept.push(sample);
  let from = 0;
  while (from + 1 < kept.length && now - kept[from + 1]!.at >= RATE_WINDOW_MS) from++;
  return kept.slice(from);
};

/**
 * Milliseconds left to decode the rest of the long PDF `progress` names: its pages still to go
 * at the rate its pages came since its first sample in the window (to `now`, so the estimate
 * grows while no page report comes). Null when no PDF is decoding or its rate is not seen yet.
 */
export const pagesLeftMs = (progress: CorpusProgress, samples: readonly ProgressSample[], now: number): number | null => {
  if (progress.phase !== 'parsing' || progress.file === undefined || !progress.page || !progress.pages) return null;
  const first = samples.find((s) => s.file === progress.file && s.page !== undefined);
  if (!first || first.page! >= progress.page || now - first.at < MIN_SPAN_MS) return null;
  return ((progress.pages - progress.page) * (now - first.at)) / (progress.page - first.page!);
};

/**
 * Estimated milliseconds left in a load: the units still to do at the recent rate, units done
 * since the window's first sample over the time from it to `now` (not to the last sample: while
 * nothing moves, as in a long PDF between two page reports, the rate falls and the estimate
 * grows, so it never stands still at a stale "2 seconds"). Null when there is nothing to go by:
 * not reading files, less than MIN_SPAN_MS seen, or nothing done in the window. Never less than
 * the pages a long PDF still has to decode need at its own page rate (pagesLeftMs): many small
 * files read fast do not make "1 second left" while a 180-page PDF is at page 25.
 */
export const timeLeftMs = (progress: CorpusProgress, samples: readonly ProgressSample[], now: number): number | null => {
  const first = samples[0];
  const last = samples.at(-1);
  if (progress.phase !== 'parsing' || !first || !last) return null;
  const span = now - first.at;
  const done = last.units - first.units;
  const pagesLeft = pagesLeftMs(progress, samples, now);
  if (span < MIN_SPAN_MS || done <= 0) return pagesLeft;
  return Math.max(0, ((progress.total - last.units) * span) / done, pagesLeft ?? 0);
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
