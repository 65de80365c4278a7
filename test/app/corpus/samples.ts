import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import { parseLetter } from '../../../app/corpus';
import type { Letter } from '../../../app/corpus/types';

/** The sample corpus shipped in assets/corpus (read with node:fs; tests may use node). */
export const SAMPLE_DIR = fileURLToPath(new URL('../../../assets/corpus/', import.meta.url));

export const SAMPLES = {
  '000': '000_b4e4b4ff528499ed.txt',
  '001': '001_57334ae9a84e2305.txt',
  '002': '002_5a2fb29aceb06802.txt',
  '003': '003_edbfe19a925e505f.txt',
  '004': '004_ea691d26e1781c0b.txt',
} as const;
export type SampleId = keyof typeof SAMPLES;

export const sampleText = (id: SampleId): string => readFileSync(`${SAMPLE_DIR}${SAMPLES[id]}`, 'utf8');
export const sampleBytes = (id: SampleId): Uint8Array => new Uint8Array(readFileSync(`${SAMPLE_DIR}${SAMPLES[id]}`));
export const parseSample = (id: SampleId): Letter => parseLetter({ file: SAMPLES[id], text: sampleText(id), hash: `hash-${id}` });

/** The block holding an anchor for footnote `id`, and the anchor's offset. */
export const anchorOf = (letter: Letter, id: string) => {
  for (const block of letter.blocks) for (const n of block.notes) if (n.footnote === id) return { block, offset: n.offset };
  throw new Error(`no anchor for ${id}`);
};
