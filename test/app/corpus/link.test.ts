import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { applySidecar, linkCorpus, parseSidecar } from '../../../app/corpus';
import { parseSample, SAMPLE_DIR, SAMPLES } from './samples';

const corpus = () => {
  const sidecar = parseSidecar(readFileSync(`${SAMPLE_DIR}metadata.json`, 'utf8'));
  const ids = Object.keys(SAMPLES) as (keyof typeof SAMPLES)[];
  const linked = linkCorpus(ids.map((id) => applySidecar(parseSample(id), sidecar)));
  return Object.fromEntries(linked.map((l, i) => [ids[i], l])) as Record<keyof typeof SAMPLES, (typeof linked)[number]>;
};

describe('linkCorpus on the sample corpus', () => {
  const c = corpus();

  it('resolves 004 → 000 via kst-36045-264 and 000 → 002 via kst-36045-215', () => {
    const to000 = c['004'].citations.filter((x) => x.key === 'kst-36045-264');
    expect(to000.map((x) => x.target)).toEqual([SAMPLES['000'], SAMPLES['000']]);
    expect(c['000'].citations.filter((x) => x.key === 'kst-36045-215').map((x) => x.target)).toEqual([SAMPLES['002'], SAMPLES['002']]);
  });

  it('resolves 003 → 002 via the sidecar zaak 2025Z15788 and leaves its own case number unresolved', () => {
    const cits = c['003'].citations;
    expect(cits.find((x) => x.key === 'zaak-2025Z15788')!.target).toBe(SAMPLES['002']);
    expect(cits.find((x) => x.key === 'zaak-2025Z15748')!.target).toBeNull();
  });

  it('fills citedBy in the other direction', () => {
    expect(c['000'].citedBy).toEqual([SAMPLES['004']]);
    expect(c['002'].citedBy).toEqual([SAMPLES['000'], SAMPLES['003'], SAMPLES['004']]);
    expect(c['004'].citedBy).toEqual([]);
  });

  it('keeps citations to papers outside the corpus unresolved', () => {
    expect(c['004'].citations.find((x) => x.key === 'kst-22054-463')!.target).toBeNull();
  });
});
