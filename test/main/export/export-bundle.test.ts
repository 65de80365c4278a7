import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

import { describe, expect, it } from 'vitest';

import { briefingToPdf } from '../../../app/export/pdf/index';
import { ExportRunner } from '../../../main/export/export-runner';
import { loadFonts, loadLetters, pageText, writePdf } from '../../app/export/pdf/pdf-tools';
import { sampleBriefing } from '../../app/export/pdf/sample-briefing';

/**
 * The export worker as electron-vite bundles it (`out/main/export-worker.js`, an entry of its own
 * in electron.vite.config.ts). Run alone without a build, this test skips and says so.
 */
const root = resolve(import.meta.dirname, '..', '..', '..');
const workerPath = join(root, 'out', 'main', 'export-worker.js');
const built = existsSync(workerPath);
if (!built) console.log('[export-bundle.test] skipped: out/ not built; run `npm run build` first (npm test does).');

describe.skipIf(!built)('the bundled export worker', () => {
  it('exports the sample briefing to PDF and Word as the exporters do in-process', async () => {
    const runner = new ExportRunner({ assetsDir: join(root, 'assets'), workerPath });
    try {
      const briefing = sampleBriefing(loadLetters());
      const pdf = await runner.pdf(briefing);
      expect(pageText(writePdf(pdf, 'bundled-worker.pdf'))).toBe(
        pageText(writePdf(await briefingToPdf(briefing, loadFonts()), 'bundled-here.pdf')),
      );
      expect([...(await runner.docx(briefing)).subarray(0, 2)]).toEqual([0x50, 0x4b]); // "PK": a zip package
    } finally {
      await runner.close();
    }
  }, 60_000);
});
