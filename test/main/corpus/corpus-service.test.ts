import { randomBytes } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import type { CorpusProgress } from '../../../app/ipc/contract';
import { DossierError } from '../../../app/ipc/errors';
import type { CorpusService } from '../../../main/corpus/corpus-service';
import { F000, F004, SAMPLE_FILES, service, tempCorpus } from './helpers';

describe('CorpusService loading', () => {
  let tmp: Awaited<ReturnType<typeof tempCorpus>>;
  let svc: CorpusService;
  beforeEach(async () => {
    tmp = await tempCorpus();
  });
  afterEach(async () => {
    await svc?.close();
    await tmp.cleanup();
  });

  it('loads the bundled sample: 5 letters, no errors, with progress events', async () => {
    svc = service(tmp.data);
    const phases: CorpusProgress['phase'][] = [];
    svc.onProgress((p) => phases.push(p.phase));
    const state = await svc.openSample();
    expect(state.name).toBe('Voorbeeldcorpus');
    expect(state.sample).toBe(true);
    expect(state.root).toBeNull();
    expect(state.errors).toEqual([]);
    expect(state.letters.map((l) => l.file).sort()).toEqual(SAMPLE_FILES);
    expect(state.progress).toEqual({ phase: 'ready', done: 5, total: 5 });
    expect(phases[0]).toBe('scanning');
    expect(phases).toContain('parsing');
    expect(phases.at(-1)).toBe('ready');
    const letter = svc.letter(F004);
    expect(letter.footnotes.find((f) => f.label === '2')?.text).toBe('Kamerstuk 36 045, nr. 264.');
    expect(letter.citations.some((c) => c.target === F000)).toBe(true);
    expect(svc.letter(F000).citedBy).toContain(F004);
  });

  it('loads the rest of a folder when files are binary or too large, with Dutch per-file errors', async () => {
    const garbage = randomBytes(4096);
    garbage[10] = 0;
    await writeFile(join(tmp.corpus, 'garbage.txt'), garbage);
    await writeFile(join(tmp.corpus, 'huge.txt'), 'a'.repeat(1024 * 1024 + 1));
    svc = service(tmp.data, { maxFileBytes: 1024 * 1024 });
    const state = await svc.open([tmp.corpus]);
    expect(state.letters.map((l) => l.file).sort()).toEqual(SAMPLE_FILES);
    expect(state.errors).toEqual([
      {
        file: 'garbage.txt',
        message: 'Bestand bevat geen leesbare tekst (binaire inhoud) en wordt overgeslagen.',
        problem: { key: 'problem.binary', params: {} },
      },
      {
        file: 'huge.txt',
        message: 'Bestand is groter dan 1 MB en wordt overgeslagen.',
        problem: { key: 'problem.too-large', params: { mb: 1 } },
      },
    ]);
    expect(state.root).toBe(tmp.corpus);
    expect(state.name).toBe('corpus');
  });

  it('opens a set of single files keyed by base name', async () => {
    svc = service(tmp.data);
    const state = await svc.open([join(tmp.corpus, F000), join(tmp.corpus, F004)]);
    expect(state.letters.map((l) => l.file).sort()).toEqual([F000, F004]);
    expect(svc.letter(F004).citations.some((c) => c.target === F000)).toBe(true);
  });

  it('rejects a path that does not exist and a letter that is not there', async () => {
    svc = service(tmp.data);
    const missing = join(tmp.dir, 'bestaat-niet');
    await expect(svc.open([missing])).rejects.toMatchObject({ code: 'not-found', message: `Map of bestand bestaat niet: ${missing}` });
    await svc.openSample();
    expect(() => svc.letter('nope.txt')).toThrow(DossierError);
    expect(() => svc.letter('nope.txt')).toThrow('Brief niet gevonden in het corpus: nope.txt');
  });
});
