import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { CorpusState } from '../../../app/ipc/contract';
import { CorpusService, type CorpusServiceOptions } from '../../../main/corpus/corpus-service';

export const SAMPLE_DIR = join(import.meta.dirname, '..', '..', '..', 'assets', 'corpus');
export const F000 = '000_b4e4b4ff528499ed.txt';
export const F001 = '001_57334ae9a84e2305.txt';
export const F002 = '002_5a2fb29aceb06802.txt';
export const F003 = '003_edbfe19a925e505f.txt';
export const F004 = '004_ea691d26e1781c0b.txt';
export const SAMPLE_FILES = [F000, F001, F002, F003, F004];

/** A temp folder with a copy of the sample corpus in `corpus/` and an empty `data/`. */
export const tempCorpus = async (): Promise<{ dir: string; corpus: string; data: string; cleanup: () => Promise<void> }> => {
  const dir = await mkdtemp(join(tmpdir(), 'dossier-corpus-'));
  const corpus = join(dir, 'corpus');
  await cp(SAMPLE_DIR, corpus, { recursive: true });
  return { dir, corpus, data: join(dir, 'data'), cleanup: () => rm(dir, { recursive: true, force: true }) };
};

export const service = (data: string, extra: Partial<CorpusServiceOptions> = {}): CorpusService =>
  new CorpusService({ sampleDir: SAMPLE_DIR, dataDir: data, watch: false, ...extra });

/** Resolves with the first `changed` state that satisfies `test`. */
export const nextChange = (svc: CorpusService, test: (s: CorpusState) => boolean, timeoutMs = 15_000): Promise<CorpusState> =>
  new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no matching change event')), timeoutMs);
    const off = svc.onChanged((s) => {
      if (!test(s)) return;
      clearTimeout(timer);
      off();
      resolve(s);
    });
  });
