import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { type CorpusLetters, CorpusLettersSchema } from '../../../app/ipc/contract';
import { service, tempCorpus } from './helpers';

/** Issue 21: the letters read so far are listed, readable and searchable while a folder loads. */
describe('CorpusService live letters during a load', () => {
  it(
    'sends the letters in batches that continue each other, each usable at once; a warm start sends the stored ones first',
    { timeout: 60_000 },
    async () => {
      const tmp = await tempCorpus();
      const folder = join(tmp.dir, 'groot');
      await mkdir(folder);
      const total = 400;
      for (let i = 0; i < total; i++) {
        const text = `Kamerbrief nummer ${i}\n\nDe minister schrijft over steun aan Oekraïne en over wederopbouw ${i}.\n`;
        await writeFile(join(folder, `brief-${String(i).padStart(4, '0')}.txt`), text);
      }
      const svc = service(tmp.data, { workers: 1 });
      // Small batches with a pause after each: the load takes long enough to be used while it runs.
      svc.batchPauseMs = 120;
      const batches: CorpusLetters[] = [];
      const during: Array<{ listed: number; found: number; read: string }> = [];
      const off = svc.onLetters((batch) => {
        batches.push(CorpusLettersSchema.parse(batch));
        const file = batch.letters[0]!.file;
        during.push({
          listed: svc.state().letters.length,
          found: svc.searchLetters({ query: 'wederopbouw' }).totalLetters,
          read: svc.letter(file).file,
        });
      });
      const state = await svc.open([folder]);
      expect(state.letters).toHaveLength(total);
      expect(batches.length).toBeGreaterThan(1);
      expect(batches[0]).toMatchObject({ name: 'groot', root: folder, sample: false, from: 0 });
      let sent = 0;
      batches.forEach((batch, i) => {
        expect(batch.from).toBe(sent);
        sent += batch.letters.length;
        // Listed, searchable and readable as soon as sent, before the load ended.
        expect(during[i]!.listed).toBe(sent);
        expect(during[i]!.found).toBe(sent);
        expect(during[i]!.read).toBe(batch.letters[0]!.file);
      });
      expect(sent).toBeLessThanOrEqual(total);
      expect(new Set(batches.flatMap((b) => b.letters.map((l) => l.file))).size).toBe(sent);
      expect(svc.searchLetters({ query: 'wederopbouw' }).totalLetters).toBe(total);

      off();
      await svc.close();

      // Opened again after a restart: every letter comes from the warm-start store, in one first batch, searchable.
      const warm = service(tmp.data, { workers: 1 });
      const stored: CorpusLetters[] = [];
      let found = 0;
      warm.onLetters((batch) => {
        stored.push(batch);
        found = warm.searchLetters({ query: 'wederopbouw' }).totalLetters;
      });
      const again = await warm.open([folder]);
      expect(again.letters).toHaveLength(total);
      expect(stored.map((b) => [b.from, b.letters.length])).toEqual([[0, total]]);
      expect(found).toBe(total);
      expect(warm.searchLetters({ query: 'wederopbouw' }).totalLetters).toBe(total);
      await warm.close();
      await tmp.cleanup();
    },
  );
});
