import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

import { describe, expect, it } from 'vitest';

import { docsOf } from '../../../app/search/index-shard';
import { DEFAULT_MAX_FILE_BYTES } from '../../../main/corpus/letter-file';
import { WorkerPool } from '../../../main/corpus/worker-pool';

/**
 * Checks the Electron bundles that `npm run build` writes to out/ (npm test builds before the unit
 * tests). Run alone without a build, these tests skip and say so.
 */
const out = resolve(import.meta.dirname, '..', '..', '..', 'out');
const built = existsSync(join(out, 'main', 'parse-worker.js')) && existsSync(join(out, 'preload', 'index.cjs'));
if (!built) console.log('[bundle.test] skipped: out/ not built; run `npm run build` first (npm test does).');

describe.skipIf(!built)('Electron bundles', () => {
  it('the sandboxed preload requires nothing but electron (a sandboxed preload cannot load npm modules)', () => {
    const preload = readFileSync(join(out, 'preload', 'index.cjs'), 'utf8');
    const required = [...preload.matchAll(/require\(["']([^"']+)["']\)/g)].map((m) => m[1]);
    expect([...new Set(required)]).toEqual(['electron']);
    expect(preload).toContain('dossier:');
  });

  it('the bundled parse worker reads, parses and indexes a batch of sample letters, handing back an index shard', async () => {
    const pool = new WorkerPool(join(out, 'main', 'parse-worker.js'), 1, 10_000);
    try {
      const corpus = resolve(out, '..', 'assets', 'corpus');
      const reply = await pool.parseBatch(
        ['000_b4e4b4ff528499ed.txt', '004_ea691d26e1781c0b.txt'].map((file) => ({ file, path: join(corpus, file) })),
        DEFAULT_MAX_FILE_BYTES,
      );
      expect('failed' in reply).toBe(false);
      if ('failed' in reply) return;
      expect(reply.results[1]).toMatchObject({
        ok: true,
        entry: { file: '004_ea691d26e1781c0b.txt' },
        stamp: { hash: expect.stringMatching(/^[0-9a-f]{64}$/) },
      });
      expect(reply.shard?.files).toEqual(['000_b4e4b4ff528499ed.txt', '004_ea691d26e1781c0b.txt']);
      expect(reply.shard?.terms).toContain('oekraine');
      expect(docsOf(reply.shard!, 0).find((d) => d.note !== '' && d.text === 'Kamerstuk 36 045 nr. 215')).toBeDefined();
    } finally {
      await pool.close();
    }
  });

  it('the renderer page is served with a strict CSP meta tag and no remote origins', () => {
    const html = readFileSync(join(out, 'renderer', 'index.html'), 'utf8');
    expect(html).toContain("script-src 'self'");
    expect(html).not.toMatch(/https?:\/\//);
  });
});
