import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { contract, IpcErrorSchema, methodNames } from '../../../app/ipc/contract';
import { app, snapshot, workFolder } from './hostile-renderer';
import { arbitraryFor } from './schema-arbitrary';

/**
 * The IPC fuzzer (finding 16, tests): seeded, bounded requests derived from the contract's request
 * schemas, mostly well-formed, some not, with hostile paths among the strings, sent to the real
 * handlers as a hostile renderer would. Every answer is an envelope (never a throw); an error has a
 * code from the contract's list and a message; a value parses with the response schema; and no
 * file outside the data folder is read into a grant, created or changed.
 */
describe('IPC fuzzer', () => {
  let work: Awaited<ReturnType<typeof workFolder>>;
  let dossier: ReturnType<typeof app>;
  let hostile: string[];

  beforeAll(async () => {
    work = await workFolder();
    const startup = join(work.dir, '.bashrc');
    writeFileSync(startup, 'echo hallo\n');
    hostile = [
      startup,
      work.dir,
      work.corpus,
      join(work.corpus, '000_b4e4b4ff528499ed.txt'),
      join(work.dir, 'nieuw.dossier'),
      '/etc/passwd',
      '000_b4e4b4ff528499ed.txt',
      '../../x',
      '\0',
      'C:\\Windows\\win.ini',
    ];
    dossier = app(work.data);
    // The exporters' own output is tested elsewhere: here only what the handlers do with paths counts.
    dossier.services.exports.docx = async () => new Uint8Array([1, 2, 3]);
    dossier.services.exports.pdf = async () => new Uint8Array([4, 5, 6]);
    await dossier.services.corpus.openSample();
  });
  afterAll(async () => {
    await dossier.close();
    await work.cleanup();
  });

  it('answers every request with a well-formed envelope and touches nothing it was not given', { timeout: 120_000 }, async () => {
    const before = snapshot(work.dir, [work.data]);
    const request = fc.oneof(
      ...methodNames.map((name) => fc.record({ method: fc.constant<string>(name), raw: arbitraryFor(contract[name].request, hostile) })),
      fc.record({ method: fc.string({ maxLength: 20 }), raw: fc.anything({ maxDepth: 2 }) }),
    );
    await fc.assert(
      fc.asyncProperty(request, async ({ method, raw }) => {
        const result = await dossier.call(method, raw);
        if (!result.ok) {
          expect(IpcErrorSchema.safeParse(result.error).success).toBe(true);
          expect(result.error.code).not.toBe('internal');
          expect(result.error.message.length).toBeGreaterThan(0);
        } else {
          const schema = contract[method as keyof typeof contract].response;
          expect(schema.safeParse(result.value).error?.issues ?? []).toEqual([]);
        }
      }),
      { seed: 20260121, numRuns: 300, endOnFailure: true },
    );
    expect(snapshot(work.dir, [work.data])).toEqual(before);
    for (const path of hostile) {
      for (const purpose of ['briefing-write', 'export-write', 'briefing-open'] as const)
        expect(dossier.services.grants.has(path, purpose)).toBe(false);
    }
  });
});
