import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import type { DossierError } from '../../../app/ipc/errors';
import type { CorpusService } from '../../../main/corpus/corpus-service';
import { F001, F003, SAMPLE_DIR, service, tempCorpus } from './helpers';

describe('metadata edits and recent corpora', () => {
  let tmp: Awaited<ReturnType<typeof tempCorpus>>;
  const open: CorpusService[] = [];
  beforeEach(async () => {
    tmp = await tempCorpus();
  });
  afterEach(async () => {
    for (const s of open.splice(0)) await s.close();
    await tmp.cleanup();
  });
  const start = (): CorpusService => {
    const s = service(tmp.data);
    open.push(s);
    return s;
  };

  it("writes the folder's metadata.json and applies it after a restart", async () => {
    const first = start();
    await first.open([tmp.corpus]);
    const summary = await first.updateMeta(F003, { title: 'Antwoorden op vragen van het lid Dobbe', date: '2025-09-20' });
    expect(summary).toMatchObject({ file: F003, title: 'Antwoorden op vragen van het lid Dobbe', date: '2025-09-20' });
    expect(first.state().letters.find((l) => l.file === F003)?.title).toBe('Antwoorden op vragen van het lid Dobbe');
    const written = JSON.parse(await readFile(join(tmp.corpus, 'metadata.json'), 'utf8')) as { letters: Array<Record<string, unknown>> };
    // The sample ships a metadata.json; the edit lands in its entry for the file, other fields kept.
    expect(written.letters.find((e) => e.file === F003)).toMatchObject({
      title: 'Antwoorden op vragen van het lid Dobbe',
      date: '2025-09-20',
      zaak: '2025Z15748',
    });

    const second = start();
    await second.open([tmp.corpus]);
    expect(second.letter(F003)).toMatchObject({ title: 'Antwoorden op vragen van het lid Dobbe', date: '2025-09-20' });
    await expect(second.updateMeta('nope.txt', { title: 'x' })).rejects.toMatchObject({ code: 'not-found' });
    await expect(second.updateMeta(F003, { date: '20 sept' })).rejects.toMatchObject({ code: 'invalid-request' });
    // Keyed messages: an English interface reads them in English.
    const missing = (await second.updateMeta('nope.txt', { title: 'x' }).catch((e: unknown) => e)) as DossierError;
    expect(missing.toIpc('en').message).toBe('Letter not found in the corpus: nope.txt');
    const invalid = (await second.updateMeta(F003, { date: '20 sept' }).catch((e: unknown) => e)) as DossierError;
    expect([invalid.message, invalid.toIpc('en').message]).toEqual(['Ongeldige metagegevens.', 'Invalid metadata.']);
  });

  it('keeps edits to the read-only sample in an overlay in the data folder', async () => {
    const shipped = await readFile(join(SAMPLE_DIR, 'metadata.json'), 'utf8');
    const first = start();
    await first.openSample();
    await first.updateMeta(F001, { title: 'Reactie op het CAVV-advies', ministry: 'Buitenlandse Zaken' });
    const overlay = JSON.parse(await readFile(join(tmp.data, 'sample-metadata.json'), 'utf8')) as unknown;
    expect(overlay).toEqual({ letters: [{ file: F001, title: 'Reactie op het CAVV-advies', ministry: 'Buitenlandse Zaken' }] });
    expect(await readFile(join(SAMPLE_DIR, 'metadata.json'), 'utf8')).toBe(shipped);

    const second = start();
    const state = await second.openSample();
    // Overlay over the shipped sidecar: its date stays, the edited fields are applied.
    expect(state.letters.find((l) => l.file === F001)).toMatchObject({
      title: 'Reactie op het CAVV-advies',
      ministry: 'Buitenlandse Zaken',
      date: '2025-03-04',
    });
  });

  it('lists recently opened folders, most recent first, across restarts', async () => {
    const first = start();
    await first.open([tmp.corpus]);
    await first.open([SAMPLE_DIR]);
    expect(first.recent().map((r) => [r.path, r.name])).toEqual([
      [SAMPLE_DIR, 'corpus'],
      [tmp.corpus, 'corpus'],
    ]);
    const second = start();
    expect(second.recent().map((r) => r.path)).toEqual([SAMPLE_DIR, tmp.corpus]);
    expect(Number.isNaN(Date.parse(second.recent()[0]!.openedAt))).toBe(false);
  });
});
